// Loads Noto Sans (found by output/font_files.h) into a Dear ImGui font atlas at the sizes the
// theme asks for: the Latin, Cyrillic and Arabic letters of the kiosk's languages, rasterised
// and hinted by FreeType. The atlas needs no ImGui context and no renderer, so the App builds it
// on a second core while the Kiosk reads its content, and uploads it once it has both.
#pragma once

#include <memory>

#include <SDL.h>

#include "ui/theme.h"

namespace kiosk {

struct FontAtlas {
    std::unique_ptr<ImFontAtlas> atlas;  // outlives the ImGui context that draws with it
    Fonts fonts;                         // point into `atlas`
};

// Throws std::runtime_error (Dutch) when no suitable font is installed.
FontAtlas build_fonts(const Metrics& metrics);

// Makes the atlas a texture of `renderer` straight from its 8-bit coverage (white, with the
// coverage as alpha), sets it as the atlas's texture and frees the atlas's CPU pixels. Returns
// nullptr (with SDL_GetError) when the renderer refuses the texture.
SDL_Texture* upload_font_texture(SDL_Renderer* renderer, ImFontAtlas& atlas);

}  // namespace kiosk
