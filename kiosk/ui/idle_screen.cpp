// Questions over the whole screen: "Ben je er nog?" (the countdown after a while without
// touches), "Wil je stoppen?" before "Stoppen" wipes a visit, and "Kiosk afsluiten?" on the staff
// desk. Each box stands in the reach band.
#include <algorithm>

#include "ui/screen_parts.h"

namespace kiosk {

void draw_idle_question(KioskUi& ui, const IdleState& idle) {
    const Metrics& m = ui.frame.metrics;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0, 0, 0, 0));
    ImGui::Begin("idle", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRectFullScreen();
    draw->AddRectFilled(ImVec2(0, 0), ImVec2(m.width, m.height), colour::shade);
    draw->PopClipRect();
    const float box_w = std::min(m.width - 2 * m.pad, m.body * 22);
    const float inner = box_w - 2 * m.pad;
    const std::string body = texts(ui).format("idle.body", {{"seconden", std::to_string(idle.seconds_left)}});
    const float box_h = text_height(ui.frame, ui.frame.fonts.title, T(ui, "idle.title"), inner) +
                        text_height(ui.frame, ui.frame.fonts.body, body, inner) + m.control_height + 2 * m.pad + 3 * m.gap;
    // In the middle of the reach band, so "Ik ben er nog" is within reach from a wheelchair.
    const float band_top = m.reach_bottom > m.reach_top ? m.reach_top : 0, band_bottom = m.reach_bottom > m.reach_top ? m.reach_bottom : m.height;
    const ImVec2 min((m.width - box_w) * 0.5f, std::clamp((band_top + band_bottom - box_h) * 0.5f, 0.0f, std::max(0.0f, m.height - box_h)));
    draw->AddRectFilled(min, ImVec2(min.x + box_w, min.y + box_h), colour::surface, m.body * 0.6f);
    ImGui::SetCursorScreenPos(ImVec2(min.x + m.pad, min.y + m.pad));
    ImGui::BeginGroup();
    text_block(ui.frame, ui.frame.fonts.title, T(ui, "idle.title"), colour::ink, inner);
    text_block(ui.frame, ui.frame.fonts.body, body, colour::ink, inner);
    ImGui::Dummy(ImVec2(1, m.gap));
    button(ui.frame, T(ui, "idle.stay"), ButtonStyle::Primary, inner);  // any touch keeps the visitor
    ImGui::EndGroup();
    ImGui::End();
    ImGui::PopStyleColor();
}



void draw_stop_question(KioskUi& ui) {
    const int answer = confirm_dialog(ui, "stop", T(ui, "stand.stop_title"), T(ui, "stand.stop_body"), T(ui, "stand.stop_yes"), T(ui, "stand.stop_no"));
    if (answer == 1) ui.emit(IntentKind::ConfirmStop);
    if (answer == 0) ui.emit(IntentKind::CancelStop);
}

void draw_quit_question(KioskUi& ui) {
    const int answer = confirm_dialog(ui, "quit", T(ui, "staff.quit_title"), T(ui, "staff.quit_body"), T(ui, "staff.quit_yes"), T(ui, "staff.quit_no"));
    if (answer == 1) ui.emit(IntentKind::ConfirmQuit);
    if (answer == 0) ui.emit(IntentKind::CancelQuit);
}

}  // namespace kiosk
