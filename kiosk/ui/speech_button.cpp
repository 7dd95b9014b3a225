// The speaker button: reads the screen aloud in the visitor's language (booth/kiosk.cpp, the
// Speak intent), and while it reads, stops it. A drawn loudspeaker says what it does without
// words, for the pupils it is for; its name in the visitor's language is what the headless driver
// and the tests tap.
#include "ui/screen_parts.h"

namespace kiosk {

namespace {

// A loudspeaker (box and cone) facing the reading direction's end, `size` high around `centre`.
void draw_speaker(ImDrawList* draw, ImVec2 centre, float size, ImU32 colour) {
    const float u = size / 10.0f;
    const float left = centre.x - 4.5f * u;
    draw->AddRectFilled(ImVec2(left, centre.y - 1.6f * u), ImVec2(left + 2.2f * u, centre.y + 1.6f * u), colour);
    const ImVec2 cone[] = {ImVec2(left + 2.2f * u, centre.y - 1.6f * u), ImVec2(left + 5.2f * u, centre.y - 4.2f * u),
                           ImVec2(left + 5.2f * u, centre.y + 4.2f * u), ImVec2(left + 2.2f * u, centre.y + 1.6f * u)};
    draw->AddConvexPolyFilled(cone, 4, colour);
}

}  // namespace

float speech_button_width(const KioskUi& ui) { return ui.frame.metrics.control_height * 1.4f; }

bool speech_button_shown(const KioskUi& ui) { return ui.kiosk->read_aloud_offered(); }

void speech_button(KioskUi& ui, float row) {
    if (!speech_button_shown(ui)) return;
    const Metrics& m = ui.frame.metrics;
    const bool reading = ui.kiosk->reading_aloud();
    const float width = speech_button_width(ui), height = m.control_height;  // as high as the globe beside it
    if (ui.frame.rtl && row > width) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + row - width);
    if (ImGui::InvisibleButton("##speech", ImVec2(width, height))) ui.emit(IntentKind::Speak);
    record_target(ui.frame, T(ui, reading ? "speech.stop" : "speech.read"));
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float round = height * 0.5f;
    // While it reads the button is filled, and the sound waves give way to a stop square.
    if (reading) draw->AddRectFilled(min, max, colour::primary, round);
    else draw->AddRect(min, max, colour::border, round, 0, m.mm * 0.5f);
    const ImU32 ink = reading ? colour::primary_ink : colour::primary;
    const float icon = height * 0.6f;
    const ImVec2 centre((min.x + max.x) * 0.5f - icon * 0.2f, (min.y + max.y) * 0.5f);
    draw_speaker(draw, centre, icon, ink);
    const float u = icon / 10.0f;
    if (reading) {
        const ImVec2 stop(centre.x + 3.4f * u, centre.y - 2.2f * u);
        draw->AddRectFilled(stop, ImVec2(stop.x + 4.4f * u, stop.y + 4.4f * u), ink);
    } else {
        for (const float r : {3.0f, 5.6f}) {  // two sound waves
            draw->PathArcTo(ImVec2(centre.x + 1.2f * u, centre.y), r * u, -0.9f, 0.9f, 12);
            draw->PathStroke(ink, 0, m.mm * 0.45f);
        }
    }
}

}  // namespace kiosk
