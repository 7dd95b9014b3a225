#include "platform/fonts.h"

#include <fontconfig/fontconfig.h>

#include <memory>
#include <stdexcept>

namespace kiosk {

namespace {
struct PatternFree {
    void operator()(FcPattern* pattern) const { FcPatternDestroy(pattern); }
};
using Pattern = std::unique_ptr<FcPattern, PatternFree>;
}  // namespace

const ImWchar* glyph_ranges() {
    static const ImWchar ranges[] = {
        0x0020, 0x00FF,  // Basic Latin + Latin-1 (é, ë, ï, ...)
        0x0100, 0x017F,  // Latin Extended-A (ĳ and the letters of neighbouring languages)
        0x2010, 0x2027,  // dashes, quotes, bullet, ellipsis
        0x2039, 0x203A,  // single guillemets used on back and next
        0x20AC, 0x20AC,  // euro sign
        0,
    };
    return ranges;
}

std::string find_font_file(const std::string& pattern_text) {
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
        std::string(reinterpret_cast<const char*>(family)) != "Noto Sans")
        return {};
    return reinterpret_cast<const char*>(file);
}

Fonts load_fonts(const Metrics& metrics) {
    const std::string regular = find_font_file("Noto Sans:style=Regular");
    const std::string bold = find_font_file("Noto Sans:style=Bold");
    if (regular.empty() || bold.empty())
        throw std::runtime_error("lettertype Noto Sans niet gevonden; installeer het pakket fonts-noto-core");
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    atlas->Clear();
    ImFontConfig config;
    config.OversampleH = 2;  // enough for crisp text; keeps the atlas small and start-up fast
    config.OversampleV = 1;
    auto add = [&](const std::string& file, float size) {
        ImFont* font = atlas->AddFontFromFileTTF(file.c_str(), size, &config, glyph_ranges());
        if (!font) throw std::runtime_error("lettertype kan niet geladen worden: " + file);
        return font;
    };
    Fonts fonts;
    fonts.body = add(regular, metrics.body);
    fonts.bold = add(bold, metrics.body);
    fonts.title = add(bold, metrics.title);
    fonts.small = add(regular, metrics.small);
    return fonts;
}

}  // namespace kiosk
