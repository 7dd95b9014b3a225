#include "platform/software_draw.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace kiosk {

namespace {

struct Batch {
    SDL_Renderer* renderer;
    const ImDrawVert* vertices;
    int vertex_count;
    SDL_Texture* texture;
    std::vector<int> solid;     // indices of triangles that sample only the white pixel
    std::vector<int> textured;  // indices of triangles that sample the atlas (text, lines)

    // Solid and textured triangles are kept in two lists only while none overlaps the other's
    // order: a change of kind flushes, so what is painted later stays on top.
    void add(bool is_solid, const ImDrawIdx* tri) {
        std::vector<int>& into = is_solid ? solid : textured;
        if (!(is_solid ? textured : solid).empty()) flush();
        into.insert(into.end(), {tri[0], tri[1], tri[2]});
    }
    void flush() {
        draw(solid, nullptr);
        draw(textured, texture);
    }
    void draw(std::vector<int>& indices, SDL_Texture* with) {
        if (indices.empty()) return;
        const auto* base = reinterpret_cast<const char*>(vertices);
        SDL_RenderGeometryRaw(renderer, with, reinterpret_cast<const float*>(base + offsetof(ImDrawVert, pos)), sizeof(ImDrawVert),
                              reinterpret_cast<const SDL_Color*>(base + offsetof(ImDrawVert, col)), sizeof(ImDrawVert),
                              reinterpret_cast<const float*>(base + offsetof(ImDrawVert, uv)), sizeof(ImDrawVert), vertex_count,
                              indices.data(), static_cast<int>(indices.size()), sizeof(int));
        indices.clear();
    }
};

}  // namespace

void draw_software(SDL_Renderer* renderer, ImDrawData* draw_data) {
    const ImVec2 white = ImGui::GetIO().Fonts->TexUvWhitePixel;
    const ImVec2 display = draw_data->DisplaySize;
    SDL_RenderSetViewport(renderer, nullptr);
    for (int n = 0; n < draw_data->CmdListsCount; ++n) {
        const ImDrawList* list = draw_data->CmdLists[n];
        for (const ImDrawCmd& command : list->CmdBuffer) {
            if (command.UserCallback) {
                if (command.UserCallback != ImDrawCallback_ResetRenderState) command.UserCallback(list, &command);
                continue;
            }
            const float clip_x0 = std::max(0.0f, command.ClipRect.x), clip_y0 = std::max(0.0f, command.ClipRect.y);
            const float clip_x1 = std::min(display.x, command.ClipRect.z), clip_y1 = std::min(display.y, command.ClipRect.w);
            if (clip_x1 <= clip_x0 || clip_y1 <= clip_y0) continue;
            const SDL_Rect clip{static_cast<int>(clip_x0), static_cast<int>(clip_y0), static_cast<int>(clip_x1 - clip_x0),
                                static_cast<int>(clip_y1 - clip_y0)};
            SDL_RenderSetClipRect(renderer, &clip);
            const ImDrawVert* v = list->VtxBuffer.Data + command.VtxOffset;
            const ImDrawIdx* idx = list->IdxBuffer.Data + command.IdxOffset;
            Batch batch{renderer, v, list->VtxBuffer.Size - static_cast<int>(command.VtxOffset),
                        static_cast<SDL_Texture*>(command.GetTexID()), {}, {}};
            const auto is_white = [&](const ImDrawVert& p) { return p.uv.x == white.x && p.uv.y == white.y; };
            for (unsigned i = 0; i + 2 < command.ElemCount; i += 3) {
                const ImDrawVert &a = v[idx[i]], &b = v[idx[i + 1]], &c = v[idx[i + 2]];
                const float x0 = std::min({a.pos.x, b.pos.x, c.pos.x}), x1 = std::max({a.pos.x, b.pos.x, c.pos.x});
                const float y0 = std::min({a.pos.y, b.pos.y, c.pos.y}), y1 = std::max({a.pos.y, b.pos.y, c.pos.y});
                if (x1 <= clip_x0 || x0 >= clip_x1 || y1 <= clip_y0 || y0 >= clip_y1) continue;  // not visible
                const bool solid = is_white(a) && is_white(b) && is_white(c);
                // ImGui's rectangles are two triangles (0,1,2) (0,2,3) over one quad: in one colour
                // it is a plain fill.
                if (solid && i + 5 < command.ElemCount && idx[i + 3] == idx[i] && idx[i + 4] == idx[i + 2]) {
                    const ImDrawVert& d = v[idx[i + 5]];
                    const bool quad = a.pos.y == b.pos.y && b.pos.x == c.pos.x && c.pos.y == d.pos.y && d.pos.x == a.pos.x;
                    const bool one_colour = a.col == b.col && b.col == c.col && c.col == d.col;
                    if (quad && one_colour && is_white(d)) {
                        batch.flush();
                        const ImU32 col = a.col;
                        const Uint8 alpha = static_cast<Uint8>(col >> 24);
                        SDL_SetRenderDrawBlendMode(renderer, alpha == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
                        SDL_SetRenderDrawColor(renderer, col & 0xFF, (col >> 8) & 0xFF, (col >> 16) & 0xFF, alpha);
                        // The pixels whose centres the quad covers, as SDL's triangles would fill.
                        const auto edge = [](float at) { return static_cast<int>(std::ceil(at - 0.5f)); };
                        const int left = edge(std::min(a.pos.x, c.pos.x)), right = edge(std::max(a.pos.x, c.pos.x));
                        const int top = edge(std::min(a.pos.y, c.pos.y)), bottom = edge(std::max(a.pos.y, c.pos.y));
                        const SDL_Rect rect{left, top, right - left, bottom - top};
                        SDL_RenderFillRect(renderer, &rect);
                        i += 3;  // the second triangle of the quad
                        continue;
                    }
                }
                batch.add(solid, idx + i);
            }
            batch.flush();
        }
    }
    SDL_RenderSetClipRect(renderer, nullptr);
}

}  // namespace kiosk
