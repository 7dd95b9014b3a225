#include "ui/theme.h"

#include <algorithm>
#include <cmath>

namespace kiosk {

Metrics compute_metrics(float width, float height, float dots_per_inch) {
    Metrics m;
    m.width = width;
    m.height = height;
    m.portrait = height > width;
    m.mm = (dots_per_inch > 0 ? dots_per_inch : 92.0f) / 25.4f;
    m.min_target = 12.0f * m.mm;
    // Text scales with the short side of the screen: pupils read it standing at arm's length.
    const float short_side = std::min(width, height);
    m.body = std::round(std::clamp(short_side / 36.0f, 18.0f, 64.0f));
    // The type scale: whole pixels, so a line of text sits on the pixel grid.
    m.small = std::round(m.body / kTypeRatio);
    m.lead = std::round(m.body * kTypeRatio);
    m.title = std::round(m.body * kTypeRatio * kTypeRatio);
    m.display = std::round(m.body * kTypeRatio * kTypeRatio * kTypeRatio * kTypeRatio);
    // The spacing grid.
    m.unit = m.body * 0.25f;
    const auto units = [&](float n) { return std::round(n * m.unit); };
    m.gap = units(2);
    m.pad = units(4);
    // A one-line button (bold body text with room above and below) and a tap target of 12 mm,
    // whichever is taller, rounded up to the grid: every button of a bar gets this height.
    m.control_height = std::ceil(std::max(m.body * 2.1f, m.min_target) / m.unit) * m.unit;
    m.tile_height = std::max(units(11), m.min_target);
    // Below the bar's buttons: at least 6 mm or 4 units, so no finger aims at the bezel.
    m.safe_bottom = std::max(units(4), std::round(6.0f * m.mm));
    // The footer (ui/screen_parts.cpp) stands under the scroll area: a gap, its divider (half a
    // gap and a gap), the controls, the safe area; the window's bottom padding (half a pad,
    // apply_theme) is part of that safe area. tests/ui/test_screens.cpp checks the result.
    m.bar_height = m.gap * 2.5f + m.control_height + m.safe_bottom - m.pad * 0.5f;
    return m;
}

void apply_theme(const Metrics& metrics) {
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    style.WindowPadding = ImVec2(metrics.pad, metrics.pad * 0.5f);
    style.ItemSpacing = ImVec2(metrics.gap, metrics.gap);
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 0;
    style.WindowRounding = 0;
    style.ScrollbarSize = std::max(6.0f, metrics.mm * 2.0f);
    style.ScrollbarRounding = style.ScrollbarSize;
    style.TouchExtraPadding = ImVec2(0, 0);
    ImVec4* c = style.Colors;
    // The renderer clears to the background colour; a full-screen window rectangle on top would
    // cost a software renderer a blended triangle fill over every pixel, every frame.
    c[ImGuiCol_WindowBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(colour::ink);
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = ImGui::ColorConvertU32ToFloat4(colour::border);
    c[ImGuiCol_ScrollbarGrabHovered] = c[ImGuiCol_ScrollbarGrab];
    c[ImGuiCol_ScrollbarGrabActive] = ImGui::ColorConvertU32ToFloat4(colour::muted);
}

}  // namespace kiosk
