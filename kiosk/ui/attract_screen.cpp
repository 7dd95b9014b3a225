// The attract screen, while nobody uses the kiosk: an invitation from across the hall, the
// languages, and the ways in (alone, together with a parent, the whole offer, "Uitleg mbo").
#include <algorithm>
#include <cmath>

#include "ui/screen_parts.h"

namespace kiosk {

void draw_attract(KioskUi& ui, double now) {
    const Metrics& m = ui.frame.metrics;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRectFullScreen();
    // Small dots drifting slowly upwards along both sides: enough movement to catch an eye
    // across the hall, while a frame stays cheap for a software renderer (small areas only).
    const double t = now - ui.kiosk->attract_since();
    const float short_side = std::min(m.width, m.height);
    for (int i = 0; i < 14; ++i) {
        const bool left = i % 2 == 0;
        const double speed = 0.012 + 0.004 * (i % 3);  // screen heights per second
        const double rise = std::fmod(0.13 * i + t * speed, 1.0);
        const float lane = static_cast<float>(0.03 + 0.035 * ((i / 2) % 3));
        const float x = m.width * (left ? lane : 1.0f - lane) +
                        short_side * 0.015f * static_cast<float>(std::sin(t * 0.5 + i));
        const float y = m.height * static_cast<float>(1.05 - 1.1 * rise);
        const float r = short_side * (0.008f + 0.004f * static_cast<float>(i % 4));
        draw->AddCircleFilled(ImVec2(x, y), r, i % 3 ? colour::primary : colour::accent, 20);
    }
    draw->PopClipRect();
    const float column = std::min(m.width - 2 * m.pad, m.body * 26.0f);
    const float left = (m.width - column) * 0.5f;
    // In the middle of the screen, to be seen from across the hall; but the languages and the
    // ways in are what a visitor taps, so the block (by its height in the last frame) never
    // starts above the reach band, nor ends below it.
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID group_key = ImGui::GetID("##attract_height");
    const float group_height = storage->GetFloat(group_key, -1.0f);
    float top = m.height * (m.portrait ? 0.22f : 0.14f);
    if (group_height > 0) {
        top = std::max(std::min(std::max((m.height - group_height) * 0.5f, m.reach_top), m.reach_bottom - group_height), m.pad);
    }
    ImGui::SetCursorPos(ImVec2(left, top));
    ImGui::BeginGroup();
    language_row(ui, column);
    speech_button(ui, column);
    ImGui::Dummy(ImVec2(1, m.gap * 1.5f));
    text_block(ui.frame, ui.frame.fonts.bold, ui.content().event.name, colour::muted, column);
    ImGui::Dummy(ImVec2(1, m.gap));
    text_block(ui.frame, ui.frame.fonts.title, T(ui, "attract.title"), colour::ink, column);
    ImGui::Dummy(ImVec2(1, m.gap));
    text_block(ui.frame, ui.frame.fonts.body,
               texts(ui).format("attract.subtitle", {{"totaal", std::to_string(ui.content().questions.size())}}),
               colour::ink, column);
    ImGui::Dummy(ImVec2(1, m.gap * 3));
    if (button(ui.frame, T(ui, "attract.start"), ButtonStyle::Primary, column)) ui.emit(IntentKind::StartAlone);
    ImGui::Dummy(ImVec2(1, m.gap));
    if (button(ui.frame, T(ui, "together.start"), ButtonStyle::Quiet, column)) ui.emit(IntentKind::StartTogether);
    ImGui::Dummy(ImVec2(1, m.gap * 0.5f));
    if (button(ui.frame, T(ui, "browse.open"), ButtonStyle::Quiet, column)) ui.emit(IntentKind::StartBrowse);
    ImGui::Dummy(ImVec2(1, m.gap * 0.5f));
    if (button(ui.frame, T(ui, "explain.open"), ButtonStyle::Quiet, column)) ui.emit(IntentKind::OpenExplain);
    ImGui::Dummy(ImVec2(1, m.gap * 2));
    text_block(ui.frame, ui.frame.fonts.small, T(ui, "attract.privacy"), colour::muted, column);
    ImGui::EndGroup();
    if (std::abs(ImGui::GetItemRectSize().y - group_height) > 0.5f) ui.frame.relayout = true;  // placed by a guess
    storage->SetFloat(group_key, ImGui::GetItemRectSize().y);
    // The hidden way in for staff: five quick taps in the top right corner. Not a hit target a
    // visitor can read, and nothing shows until the gesture is complete.
    const float corner = m.mm * 15;
    ImGui::SetCursorPos(ImVec2(m.width - corner, 0));
    if (ImGui::InvisibleButton("##staff", ImVec2(corner, corner))) ui.emit(IntentKind::StaffCorner);
    if (const auto trouble = ui.kiosk->printer_trouble()) {
        const std::string status = texts(ui).format("printer.staff", {{"status", T(ui, printer_state_key(*trouble))}});
        ImGui::SetCursorPos(ImVec2(left, m.height - m.pad - 3 * ui.frame.fonts.small->FontSize));
        text_block(ui.frame, ui.frame.fonts.small, status, colour::accent, column);
    }
}

}  // namespace kiosk
