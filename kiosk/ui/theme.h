// Sizes and colours, scaled to the display so the same screens work on a 21" landscape and a
// 32" portrait screen. Tap targets never drop below 12 mm.
#pragma once

#include <imgui.h>

namespace kiosk {

struct Metrics {
    float width = 0, height = 0;
    float mm = 3.6f;       // pixels per millimetre
    bool portrait = false;
    float body = 28;       // font sizes in pixels
    float title = 50;
    float small = 22;
    float pad = 24;        // outer padding
    float gap = 16;        // between items
    float tile_height = 96;
    float bar_height = 120;  // header and footer bars
    float min_target = 43;   // 12 mm
    // The rows between which every control a visitor needs stands: 80-140 cm above the floor
    // (core/reach.h, kiosk.ini [reach]). The whole screen on a table-top screen.
    float reach_top = 0;
    float reach_bottom = 0;
};

Metrics compute_metrics(float width, float height, float dots_per_inch);

struct Fonts {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* title = nullptr;
    ImFont* small = nullptr;
};

namespace colour {
constexpr ImU32 rgb(unsigned r, unsigned g, unsigned b) { return IM_COL32(r, g, b, 255); }
constexpr ImU32 background = rgb(0xF7, 0xF4, 0xEE);
constexpr ImU32 ink = rgb(0x1E, 0x24, 0x33);
constexpr ImU32 muted = rgb(0x5A, 0x61, 0x70);
constexpr ImU32 primary = rgb(0x1F, 0x4E, 0x9A);
constexpr ImU32 primary_ink = rgb(0xFF, 0xFF, 0xFF);
constexpr ImU32 accent = rgb(0xF0, 0x8A, 0x24);
constexpr ImU32 surface = rgb(0xFF, 0xFF, 0xFF);
constexpr ImU32 border = rgb(0xD9, 0xD4, 0xCA);
constexpr ImU32 selected = rgb(0xDC, 0xE8, 0xFA);
constexpr ImU32 surprise = rgb(0xFF, 0xF1, 0xDC);
constexpr ImU32 disabled = rgb(0xB8, 0xBC, 0xC4);
constexpr ImU32 shade = IM_COL32(20, 24, 40, 150);
}  // namespace colour

void apply_theme(const Metrics& metrics);

}  // namespace kiosk
