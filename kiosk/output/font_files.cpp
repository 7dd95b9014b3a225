#include "output/font_files.h"

#include <fontconfig/fontconfig.h>

#include <fstream>
#include <iterator>
#include <memory>

namespace kiosk {

namespace {
struct PatternFree {
    void operator()(FcPattern* pattern) const { FcPatternDestroy(pattern); }
};
using Pattern = std::unique_ptr<FcPattern, PatternFree>;
}  // namespace

std::string find_font_file(const std::string& pattern_text, const std::string& family_wanted) {
    if (!FcInit()) return {};
    Pattern pattern(FcNameParse(reinterpret_cast<const FcChar8*>(pattern_text.c_str())));
    if (!pattern) return {};
    FcConfigSubstitute(nullptr, pattern.get(), FcMatchPattern);
    FcDefaultSubstitute(pattern.get());
    FcResult result = FcResultNoMatch;
    Pattern match(FcFontMatch(nullptr, pattern.get(), &result));
    if (!match) return {};
    FcChar8* file = nullptr;
    FcChar8* family = nullptr;
    if (FcPatternGetString(match.get(), FC_FILE, 0, &file) != FcResultMatch) return {};
    // fontconfig always answers with *some* font; only accept the family we asked for.
    if (FcPatternGetString(match.get(), FC_FAMILY, 0, &family) != FcResultMatch ||
        std::string(reinterpret_cast<const char*>(family)) != family_wanted)
        return {};
    return reinterpret_cast<const char*>(file);
}

FontFiles font_files() {
    return {find_font_file("Noto Sans:style=Regular", "Noto Sans"), find_font_file("Noto Sans:style=Bold", "Noto Sans"),
            find_font_file("Noto Sans Arabic:style=Regular", "Noto Sans Arabic"),
            find_font_file("Noto Sans Arabic:style=Bold", "Noto Sans Arabic")};
}

TicketFonts read_ticket_fonts() {
    auto read = [](const std::string& path) {
        std::ifstream in(path, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), {});
    };
    const FontFiles files = font_files();
    return {read(files.regular), read(files.bold), read(files.arabic), read(files.arabic_bold)};
}

}  // namespace kiosk
