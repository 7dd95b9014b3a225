// Draws a frame's ImGui draw data with SDL's software renderer, cheaper than handing every
// triangle to SDL_RenderGeometryRaw as ImGui's SDL_Renderer back-end does:
// - a solid rectangle (two triangles sampling the atlas's white pixel) becomes SDL_RenderFillRect,
//   which SDL fills row by row, instead of a scaled, blended copy of one pixel;
// - other solid triangles (circles, rounded corners, anti-aliased edges) go to SDL without the
//   texture, so SDL fills them instead of sampling the atlas for every pixel;
// - nothing outside the clip rectangle reaches SDL (ImGui keeps the geometry of a whole list,
//   visible or not).
// The result is the same picture (tests compare the screenshots' texts and layout as before).
#pragma once

#include <SDL.h>

struct ImDrawData;

namespace kiosk {

void draw_software(SDL_Renderer* renderer, ImDrawData* draw_data);

}  // namespace kiosk
