#include "platform/fonts.h"

#include "language/glyphs.h"
#include "output/font_files.h"

#include <stdexcept>
#include <vector>

namespace kiosk {

namespace {

// ImGui's form of a range table: pairs, zero-terminated, alive as long as the atlas.
std::vector<ImWchar> imgui_ranges(const std::vector<std::pair<char32_t, char32_t>>& ranges) {
    std::vector<ImWchar> out;
    for (const auto& [low, high] : ranges) {
        out.push_back(static_cast<ImWchar>(low));
        out.push_back(static_cast<ImWchar>(high));
    }
    out.push_back(0);
    return out;
}

// The codepoint ranges of the atlas in ImGui's form: from Noto Sans, and from Noto Sans Arabic
// merged into the same fonts (language/glyphs.h).
const ImWchar* glyph_ranges() {
    static const std::vector<ImWchar> ranges = imgui_ranges(latin_cyrillic_ranges());
    return ranges.data();
}

const ImWchar* arabic_glyph_ranges() {
    static const std::vector<ImWchar> ranges = imgui_ranges(arabic_ranges());
    return ranges.data();
}

}  // namespace

Fonts load_fonts(const Metrics& metrics) {
    const auto [regular, bold, arabic, arabic_bold] = font_files();
    if (regular.empty() || bold.empty() || arabic.empty() || arabic_bold.empty())
        throw std::runtime_error("lettertype Noto Sans of Noto Sans Arabic niet gevonden; installeer het pakket fonts-noto-core");
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    atlas->Clear();
    atlas->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;  // no empty half atlas to hold in memory
    ImFontConfig config;
    config.OversampleH = 2;  // enough for crisp text; keeps the atlas small and start-up fast
    config.OversampleV = 1;
    // Each size is Noto Sans with the Arabic letters of Noto Sans Arabic merged in, so a line
    // that mixes scripts ("BOL في ...") is one font to ImGui.
    auto add = [&](const std::string& file, const std::string& arabic_file, float size) {
        ImFont* font = atlas->AddFontFromFileTTF(file.c_str(), size, &config, glyph_ranges());
        ImFontConfig merge = config;
        merge.MergeMode = true;
        if (font) font = atlas->AddFontFromFileTTF(arabic_file.c_str(), size * kArabicScale, &merge, arabic_glyph_ranges());
        if (!font) throw std::runtime_error("lettertype kan niet geladen worden: " + file);
        return font;
    };
    Fonts fonts;
    fonts.body = add(regular, arabic, metrics.body);
    fonts.bold = add(bold, arabic_bold, metrics.body);
    fonts.title = add(bold, arabic_bold, metrics.title);
    fonts.small = add(regular, arabic, metrics.small);
    return fonts;
}

}  // namespace kiosk
