// Turns the files of a content pack into the content model, collecting every problem in one
// pass (the staff tool shows them all; the kiosk refuses a pack that has errors).
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/content.h"
#include "pack/limits.h"
#include "pack/pack_files.h"
#include "pack/problem.h"

namespace kiosk {

// Where a pack names a picture (`beeld`, `picture =`), so a name that is nowhere can be pointed at.
struct PictureUse {
    std::string name;
    std::string file;
    int line = 0;
};

struct PackReadResult {
    Content content;
    std::vector<Problem> problems;
    std::vector<PictureUse> pictures;

    bool ok() const { return !has_errors(problems); }
};

// Reads the Dutch content and every translation (Content::translations).
PackReadResult read_pack(const PackFiles& files);

// `viewer_url` (docs/content-pack.md): at most kMaxViewerUrlBytes, `https://` with a host, no
// spaces, control characters, '#' or '@'. `http://localhost` and `http://127.0.0.1` pass with a
// warning, for testing the viewer on the computer that makes the pack.
enum class ViewerUrlCheck { Fine, TestingOnly, Wrong };
// Fine, TestingOnly or Wrong; `why` gets the Dutch reason for the latter two.
ViewerUrlCheck check_viewer_url(const std::string& url, std::string& why);

// Keys that section headers give (features, domains, locations, questions and their answers,
// reflections, next steps, tracks, explain cards) travel into statistics exports, portfolio
// links and log lines, and are opened in spreadsheets: so they are limited to lowercase a-z,
// digits, `_` and `-`, at most kMaxPackKeyLength long (docs/content-pack.md). A key outside that
// is an error naming the file and the line.
bool safe_pack_key(std::string_view key);

enum class PackCheck { Quick, Thorough };

// Every pack the kiosk takes passes here. The signature comes first, so nothing of an unsigned or
// untrusted pack is ever parsed or decoded; then the content (read_pack, or with Thorough the
// checks of check_pack). `signed_by` receives the signing key's id when the signature was readable.
PackReadResult vet_pack(const PackFiles& files, const std::vector<std::string>& trusted_keys, PackCheck depth,
                        std::string* signed_by = nullptr);

// read_pack plus the slower checks staff get before a pack goes to a kiosk: translations,
// photos and reasons (check_translations, check_photos, check_reasons). The staff tool and the staff desk use it.
PackReadResult check_pack(const PackFiles& files);

// One claim of a reason's `if` ("niveau>=4", "bbl", "mensen>=0.5"); nullopt, with `problem`
// saying why in Dutch, for anything else.
std::optional<Claim> parse_claim(std::string_view word, const Content& content, std::string* problem = nullptr);

// What a Dutch reason sentence says of the programme that its data contradicts ("het hbo volgt
// op niveau 4"), or empty when nothing.
std::string contradiction(const Content& content, const std::string& sentence, const Programme& programme);

// Warnings for reasons whose words say something of a programme they can stand under that its
// data contradicts ("ook naar het hbo" under a level-3 programme, "BBL" where there is none).
std::vector<Problem> check_reasons(const Content& content);

// Decodes every programme photo (reading a pack only checks their headers): errors for photos
// that do not decode, one warning naming the programmes without a photo.
std::vector<Problem> check_photos(const PackFiles& files, const Content& content);

// Warnings, in Dutch with file:line, for each picture name the pack uses that is neither one of
// its own pictures (pictures/) nor in `library` (the names of the kiosk's picture library,
// picture_library_names) nor, on an Uitleg card, one of the kiosk's drawings.
std::vector<Problem> check_pictures(const PackReadResult& read, const std::set<std::string>& library);

// The names of the pictures in a library folder (NAME.png); empty when the folder is not there.
std::set<std::string> picture_library_names(const std::string& folder);

// Warnings for texts/<language>.ini files that miss a text of texts/nl.ini (the kiosk falls
// back to Dutch there) or hold texts Dutch does not have, and for content a translations/
// file leaves in Dutch: each programme by crebo, the other texts as a count.
std::vector<Problem> check_translations(const PackFiles& files, const Content& content);

}  // namespace kiosk
