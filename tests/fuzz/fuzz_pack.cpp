// Fuzz target: a whole content pack. The input is split into the pack's files at NUL bytes, in
// this order: pack.ini, event.ini, features.ini, programmes.csv, questions.ini, texts/nl.ini,
// reflection.ini, texts/ar.ini, translations/ar.ini.
// A pack that reads without errors must also rank, so the matching is fuzzed on odd content too,
// and its Arabic translation is shaped and broken into lines as the screen would.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/matching.h"
#include "language/bidi.h"
#include "pack/pack_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const char* const kFiles[] = {"pack.ini", "event.ini", "features.ini", "programmes.csv", "questions.ini", "texts/nl.ini",
                                         "reflection.ini", "texts/ar.ini", "translations/ar.ini"};
    kiosk::PackFiles files;
    std::size_t file = 0;
    std::string current;
    for (std::size_t i = 0; i < size && file < std::size(kFiles); ++i) {
        if (data[i] == 0) {
            files[kFiles[file++]] = current;
            current.clear();
        } else {
            current += static_cast<char>(data[i]);
        }
    }
    if (file < std::size(kFiles)) files[kFiles[file]] = current;
    const kiosk::PackReadResult result = kiosk::read_pack(files);
    if (!result.ok()) return 0;
    kiosk::Answers answers = kiosk::Answers::empty_for(result.content);
    for (std::size_t q = 0; q < result.content.questions.size(); ++q) answers.picked[q] = {0};
    const kiosk::Ranking ranking = kiosk::rank(result.content, answers);
    for (const auto& match : ranking.fits)
        if (match.programme < 0 || static_cast<std::size_t>(match.programme) >= result.content.programmes.size()) __builtin_trap();
    kiosk::Content arabic = kiosk::localise(result.content, "ar");
    if (kiosk::rank(arabic, answers).fits.size() != ranking.fits.size()) __builtin_trap();  // the language never changes a result
    const auto width_of = [](const std::string& line) { return static_cast<float>(line.size()); };
    kiosk::visit_content_texts(arabic, [&](const std::string&, std::string& text) { kiosk::display_lines(text, 40, true, width_of); });
    return 0;
}
