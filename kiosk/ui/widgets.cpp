#include "ui/widgets.h"

#include <algorithm>

namespace kiosk {

float text_height(ImFont* font, const std::string& text, float width) {
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, width, text.c_str()).y;
}

float text_width(ImFont* font, const std::string& text) {
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.c_str()).x;
}

void text_block(ImFont* font, const std::string& text, ImU32 colour, float wrap_width) {
    const float width = wrap_width > 0 ? wrap_width : ImGui::GetContentRegionAvail().x;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float height = text_height(font, text, width);
    ImGui::GetWindowDrawList()->AddText(font, font->FontSize, at, colour, text.c_str(), nullptr, width);
    ImGui::Dummy(ImVec2(width, height));
}

void record_target(UiFrame& ui, const std::string& label) {
    // Only the part inside the visible clip rectangle can be tapped.
    const ImVec2 item_min = ImGui::GetItemRectMin(), item_max = ImGui::GetItemRectMax();
    const ImDrawList* list = ImGui::GetWindowDrawList();
    const ImVec2 clip_min = list->GetClipRectMin(), clip_max = list->GetClipRectMax();
    const ImVec2 min(std::max(item_min.x, clip_min.x), std::max(item_min.y, clip_min.y));
    const ImVec2 max(std::min(item_max.x, clip_max.x), std::min(item_max.y, clip_max.y));
    const bool clipped = min.x != item_min.x || min.y != item_min.y || max.x != item_max.x || max.y != item_max.y;
    if (max.x - min.x >= 1 && max.y - min.y >= 1) ui.targets.push_back({label, min, max, clipped});
}

void fill_rect(UiFrame& ui, ImDrawList* draw, ImVec2 min, ImVec2 max, ImU32 colour) {
    if (!ui.solid_fill.callback) {
        draw->AddRectFilled(min, max, colour);
        return;
    }
    ui.solid_rects.push_back({ui.solid_fill.context, min, max, colour});
    draw->AddCallback(ui.solid_fill.callback, &ui.solid_rects.back());
}

bool answer_tile(UiFrame& ui, const std::string& id, const std::string& text, bool selected, float width) {
    const Metrics& m = ui.metrics;
    ImFont* font = ui.fonts.bold;
    const float inner = width - 2 * m.pad - m.body * 1.4f;
    const float height = std::max(m.tile_height, text_height(font, text, inner) + m.body * 1.6f);
    const bool tapped = ImGui::InvisibleButton(id.c_str(), ImVec2(width, height));
    record_target(ui, text);
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    fill_rect(ui, draw, min, max, selected ? colour::selected : colour::surface);
    draw->AddRect(min, max, selected ? colour::primary : colour::border, 0, 0, selected ? m.mm * 1.0f : m.mm * 0.4f);
    // A round mark shows the choice without relying on colour alone.
    const float radius = m.body * 0.45f;
    const ImVec2 centre(min.x + m.pad * 0.6f + radius, (min.y + max.y) * 0.5f);
    draw->AddCircle(centre, radius, selected ? colour::primary : colour::muted, 24, m.mm * 0.5f);
    if (selected) draw->AddCircleFilled(centre, radius * 0.6f, colour::primary, 24);
    const float text_x = centre.x + radius + m.gap;
    const float text_h = text_height(font, text, inner);
    draw->AddText(font, font->FontSize, ImVec2(text_x, (min.y + max.y - text_h) * 0.5f), colour::ink, text.c_str(),
                  nullptr, max.x - text_x - m.pad * 0.5f);
    return tapped;
}

bool button(UiFrame& ui, const std::string& label, ButtonStyle style, float width, bool enabled) {
    const Metrics& m = ui.metrics;
    ImFont* font = ui.fonts.bold;
    const float natural = text_width(font, label) + 2 * m.pad;
    if (width <= 0) width = natural;
    // A little slack so a button sized to its text never wraps on rounding.
    const float inner = width - 2 * m.pad + 2;
    const float height = std::max(m.min_target, text_height(font, label, inner) + m.body * 1.1f);
    ImGui::PushID(label.c_str());
    const bool tapped = ImGui::InvisibleButton("button", ImVec2(width, height)) && enabled;
    ImGui::PopID();
    if (enabled) record_target(ui, label);
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float rounding = height * 0.5f;
    ImU32 fill = colour::primary, ink = colour::primary_ink, edge = colour::primary;
    if (style == ButtonStyle::Secondary) { fill = colour::surface; ink = colour::primary; }
    if (style == ButtonStyle::Quiet) { fill = colour::background; ink = colour::primary; edge = colour::border; }
    if (!enabled) { fill = colour::background; ink = colour::disabled; edge = colour::disabled; }
    // A pill: the middle as a fast solid rectangle, the round ends as two small discs (a software
    // renderer fills ImGui's rounded rectangles pixel by pixel, and a screen has many buttons).
    // A button in the background's colour needs no fill at all.
    if (fill != colour::background) {
        fill_rect(ui, draw, ImVec2(min.x + rounding, min.y), ImVec2(max.x - rounding, max.y), fill);
        draw->AddCircleFilled(ImVec2(min.x + rounding, (min.y + max.y) * 0.5f), rounding, fill, 24);
        draw->AddCircleFilled(ImVec2(max.x - rounding, (min.y + max.y) * 0.5f), rounding, fill, 24);
    }
    draw->AddRect(min, max, edge, rounding, 0, m.mm * 0.5f);
    const float text_h = text_height(font, label, inner);
    const float line_w = std::min(inner, text_width(font, label));
    draw->AddText(font, font->FontSize, ImVec2((min.x + max.x - line_w) * 0.5f, (min.y + max.y - text_h) * 0.5f), ink,
                  label.c_str(), nullptr, inner);
    return tapped;
}

void begin_scroll_area(UiFrame& ui, const char* id, float height) {
    ImGui::BeginChild(id, ImVec2(0, height), false, 0);
    // ImGui remembers each list's scroll position; a new visitor must not find a list where the
    // previous one left it.
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID seen = ImGui::GetID("##visitor");
    if (storage->GetInt(seen, -1) != ui.visitor) {
        storage->SetInt(seen, ui.visitor);
        ImGui::SetScrollY(0);
        ui.scroll_request = 0;
    }
    if (ui.scroll_request != 0) {
        const float wanted = ImGui::GetScrollY() + ui.scroll_request;
        const float limited = std::clamp(wanted, 0.0f, ImGui::GetScrollMaxY());
        ui.scroll_hit_edge = limited != wanted;
        ImGui::SetScrollY(limited);
        ui.scroll_request = 0;
    }
}

void end_scroll_area() {
    ImGui::Dummy(ImVec2(1, ImGui::GetStyle().WindowPadding.y));
    ImGui::EndChild();
}

}  // namespace kiosk
