#include "platform/fonts.h"

#include <imgui_freetype.h>

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <vector>

#include "language/glyphs.h"
#include "output/font_files.h"

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

FontAtlas build_fonts(const Metrics& metrics) {
    const auto [regular, bold, arabic, arabic_bold] = font_files();
    if (regular.empty() || bold.empty() || arabic.empty() || arabic_bold.empty())
        throw std::runtime_error("lettertype Noto Sans of Noto Sans Arabic niet gevonden; installeer het pakket fonts-noto-core");
    FontAtlas out;
    out.atlas = std::make_unique<ImFontAtlas>();
    ImFontAtlas* atlas = out.atlas.get();
    atlas->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;  // no empty half atlas to hold in memory
    // FreeType instead of stb_truetype: hinted glyphs at whole-pixel advances, so letter spacing
    // is even at body sizes. Light hinting snaps only vertically, which keeps Noto Sans' shapes
    // and widths; it also needs no horizontal oversampling, so the atlas is half as wide.
    atlas->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas->FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    ImFontConfig config;
    config.OversampleH = 1;  // FreeType ignores oversampling; say so
    config.OversampleV = 1;
    // Each size is Noto Sans with the Arabic letters of Noto Sans Arabic merged in, so a line
    // that mixes scripts ("BOL في ...") is one font to ImGui. A merged font keeps the line height
    // and ascent of the first, so Arabic never changes line spacing.
    auto add = [&](const std::string& file, const std::string& arabic_file, float size) {
        ImFont* font = atlas->AddFontFromFileTTF(file.c_str(), size, &config, glyph_ranges());
        ImFontConfig merge = config;
        merge.MergeMode = true;
        if (font) font = atlas->AddFontFromFileTTF(arabic_file.c_str(), size * kArabicScale, &merge, arabic_glyph_ranges());
        if (!font) throw std::runtime_error("lettertype kan niet geladen worden: " + file);
        return font;
    };
    out.fonts.body = add(regular, arabic, metrics.body);
    out.fonts.bold = add(bold, arabic_bold, metrics.body);
    out.fonts.title = add(bold, arabic_bold, metrics.title);
    out.fonts.small = add(regular, arabic, metrics.small);
    if (!atlas->Build()) throw std::runtime_error("lettertypen kunnen niet opgebouwd worden");
    // Each AddFontFromFileTTF above read its file into memory (Noto Sans twice per size, some
    // 3 MiB in all); the glyphs are in the atlas now, so those copies go.
    atlas->ClearInputData();
    return out;
}

SDL_Texture* upload_font_texture(SDL_Renderer* renderer, ImFontAtlas& atlas) {
    unsigned char* alpha = nullptr;
    int width = 0, height = 0;
    atlas.GetTexDataAsAlpha8(&alpha, &width, &height);
    // SDL 2 has no alpha-only texture format. ImGui's own back-end asks for the atlas as RGBA,
    // a second, four times larger CPU copy of it; instead the coverage goes into the texture a
    // band of rows at a time as white with that alpha, through a buffer of a few hundred KiB.
    SDL_Texture* texture = SDL_CreateTexture(renderer, SDL_PIXELFORMAT_ABGR8888, SDL_TEXTUREACCESS_STATIC, width, height);
    if (!texture) return nullptr;
    const int band = std::max(1, std::min(height, (256 * 1024) / std::max(1, width * 4)));
    std::vector<std::uint32_t> pixels(static_cast<std::size_t>(width) * static_cast<std::size_t>(band));
    for (int top = 0; top < height; top += band) {
        const int rows = std::min(band, height - top);
        const unsigned char* from = alpha + static_cast<std::size_t>(top) * static_cast<std::size_t>(width);
        const std::size_t count = static_cast<std::size_t>(width) * static_cast<std::size_t>(rows);
        for (std::size_t i = 0; i < count; ++i) pixels[i] = (std::uint32_t{from[i]} << 24) | 0x00FFFFFFu;
        const SDL_Rect rect{0, top, width, rows};
        if (SDL_UpdateTexture(texture, &rect, pixels.data(), width * 4) != 0) {
            SDL_DestroyTexture(texture);
            return nullptr;
        }
    }
    SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_BLEND);
    atlas.SetTexID(static_cast<ImTextureID>(texture));
    atlas.ClearTexData();  // the texture holds the pixels now; the kiosk never reads them again
    return texture;
}

}  // namespace kiosk
