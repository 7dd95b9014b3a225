// Sizes and colours, scaled to the display so the same screens work on a 21" landscape and a
// 32" portrait screen. Tap targets never drop below 12 mm.
#pragma once

#include <imgui.h>

#include "ui/palette.h"

namespace kiosk {

// The visual system (docs/architecture.md § Look):
// - Type scale: one body size from the screen, every other step a power of 1.25 of it, so sizes
//   relate by fixed ratios: small = body / 1.25, lead = body * 1.25, title = body * 1.25^2,
//   display = body * 1.25^4. A headline for 3 metres uses `display`.
// - Spacing grid: every distance is a whole number of `unit` (a quarter of the body size):
//   gap = 2 units, pad = 4 units, a control's height = 9 units, ...
// - One control height for every button in a bar (back, globe, Uitleg, next), and no control
//   closer to the bottom edge than `safe_bottom`, where a finger meets the bezel.
struct Metrics {
    float width = 0, height = 0;
    float mm = 3.6f;       // pixels per millimetre
    bool portrait = false;
    float body = 28;       // font sizes in pixels (the type scale)
    float title = 50;
    float small = 22;
    float lead = 35;
    float display = 68;
    float unit = 7;        // the spacing grid
    float pad = 24;        // outer padding: 4 units
    float gap = 16;        // between items: 2 units
    float tile_height = 96;
    float bar_height = 120;  // header and footer bars
    float min_target = 43;   // 12 mm
    float control_height = 63;  // every button of a bar, the globe included
    float safe_bottom = 28;     // no control nearer the bottom edge than this
    // The rows between which every control a visitor needs stands: 80-140 cm above the floor
    // (core/reach.h, kiosk.ini [reach]). The whole screen on a table-top screen.
    float reach_top = 0;
    float reach_bottom = 0;
    // The band, or the whole screen while no band is set (reach_bottom 0).
    float band_top() const { return reach_bottom > reach_top ? reach_top : 0; }
    float band_bottom() const { return reach_bottom > reach_top ? reach_bottom : height; }
};

// The type scale's ratio: each step is this much larger than the one below it.
inline constexpr float kTypeRatio = 1.25f;

Metrics compute_metrics(float width, float height, float dots_per_inch);

struct Fonts {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* title = nullptr;
    ImFont* small = nullptr;
};

// A colour that text may be drawn in: only the inks of ui/palette.h, whose contrast against
// every surface they may stand on is tested (tests/unit/test_theme.cpp). draw_text and text_block
// take only this type, so a line or fill colour cannot become a text colour by accident.
struct TextColour {
    ImU32 value;
    constexpr operator ImU32() const { return value; }  // text colours also draw dots and bars
};

namespace colour {
constexpr ImU32 rgb(palette::Rgb c) { return IM_COL32(c.r, c.g, c.b, 255); }
// Surfaces
constexpr ImU32 background = rgb(palette::background);
constexpr ImU32 surface = rgb(palette::surface);
constexpr ImU32 selected = rgb(palette::selected);
constexpr ImU32 surprise = rgb(palette::surprise);
// Inks for text on those surfaces
constexpr TextColour ink{rgb(palette::ink)};
constexpr TextColour muted{rgb(palette::muted)};
constexpr TextColour primary{rgb(palette::primary)};
constexpr TextColour accent{rgb(palette::accent)};
// Text on a filled primary or accent shape
constexpr TextColour primary_ink{rgb(palette::on_fill)};
// The label of a control that cannot be tapped yet
constexpr TextColour disabled{rgb(palette::disabled)};
// Lines: `outline` edges a control, `border` decorates
constexpr ImU32 outline = rgb(palette::outline);
constexpr ImU32 border = rgb(palette::border);
constexpr ImU32 shade = IM_COL32(20, 24, 40, 150);

// An ink on its way in or out of view (the attract screen's slide, 0.4 s): the same ink with
// less alpha. At rest a text is always drawn in its full ink, so the tested pairs still hold.
// `colour` with its alpha scaled by `alpha` (0-1).
inline ImU32 with_alpha(ImU32 colour, float alpha) {
    const float kept = alpha < 0 ? 0 : (alpha > 1 ? 1 : alpha);
    const auto a = static_cast<ImU32>(static_cast<float>((colour >> IM_COL32_A_SHIFT) & 0xFF) * kept);
    return (colour & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}
inline TextColour fading(TextColour text, float alpha) { return TextColour{with_alpha(text.value, alpha)}; }
}  // namespace colour

void apply_theme(const Metrics& metrics);

}  // namespace kiosk
