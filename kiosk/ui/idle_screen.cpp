// "Ben je er nog?": the countdown over the screen after a while without touches.
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
    const ImVec2 min((m.width - box_w) * 0.5f, (m.height - box_h) * 0.5f);
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

}  // namespace kiosk
