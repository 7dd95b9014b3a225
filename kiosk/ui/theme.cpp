#include "ui/theme.h"

#include <algorithm>

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
    m.body = std::clamp(short_side / 36.0f, 18.0f, 64.0f);
    m.title = m.body * 1.6f;
    m.small = m.body * 0.8f;
    m.pad = m.body * 1.0f;
    m.gap = m.body * 0.55f;
    m.tile_height = std::max(m.body * 2.8f, m.min_target);
    m.bar_height = std::max(m.body * 3.2f, m.min_target + 2 * m.gap);
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
