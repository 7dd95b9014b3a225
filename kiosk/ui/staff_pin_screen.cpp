// The staff PIN pad, after the hidden gesture on the attract screen. Texts come from the
// content ([staff]); the PIN itself is checked by the Kiosk (booth/staff_desk.cpp).
#include <algorithm>

#include "ui/screen_parts.h"

namespace kiosk {

void draw_staff_pin(KioskUi& ui) {
    const Metrics& m = ui.frame.metrics;
    const Staff& staff = ui.kiosk->staff();
    const float column = std::min(m.width - 2 * m.pad, m.body * 22.0f);
    const float left = (m.width - column) * 0.5f;
    // In the reach band, like the visitor's controls: staff in a wheelchair use it too.
    ImGui::SetCursorPos(ImVec2(left, std::max(m.pad * 2, m.reach_top)));
    ImGui::BeginGroup();
    // However long a pack makes its texts, the keys stay on the screen: staff must always get in.
    text_block(ui.frame, ui.frame.fonts.title, fit_lines(ui.frame, ui.frame.fonts.title, T(ui, "staff.pin_title"), column, 2), colour::ink, column);
    ImGui::Dummy(ImVec2(1, m.gap));
    // Dots, never the digits: someone may be looking over a shoulder.
    text_block(ui.frame, ui.frame.fonts.title, staff.pin.empty() ? " " : std::string(staff.pin.size(), '*'), colour::primary, column);
    // The message line keeps its room when empty, so the keys never move under a finger when
    // "Onjuiste PIN" appears: as tall as the longest message it can show.
    const auto message_lines = [&](const std::string& message) { return fit_lines(ui.frame, ui.frame.fonts.body, message, column, 3); };
    float message_height = 0;
    for (const std::string& message : {texts(ui).format("staff.pin_wrong", {{"over", "5"}}), T(ui, "staff.pin_locked"), T(ui, "staff.no_pin")})
        message_height = std::max(message_height, text_height(ui.frame, ui.frame.fonts.body, message_lines(message), column));
    const float message_top = ImGui::GetCursorPosY();
    if (!staff.pin_message.empty()) text_block(ui.frame, ui.frame.fonts.body, message_lines(staff.pin_message), colour::accent, column);
    ImGui::SetCursorPosY(message_top);
    ImGui::Dummy(ImVec2(column, message_height));
    ImGui::Dummy(ImVec2(1, m.gap));
    const float key = (column - 2 * m.gap) / 3;
    static const char* const kKeys[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "", "0", ""};
    for (int i = 0; i < 12; ++i) {
        if (i % 3) ImGui::SameLine(0, m.gap);
        if (kKeys[i][0] == '\0') {
            ImGui::Dummy(ImVec2(key, m.min_target * 1.4f));
            continue;
        }
        if (button(ui.frame, kKeys[i], ButtonStyle::Secondary, key)) ui.emit(IntentKind::PinDigit, kKeys[i][0] - '0');
    }
    ImGui::Dummy(ImVec2(1, m.gap));
    if (button(ui.frame, T(ui, "staff.pin_clear"), ButtonStyle::Quiet, key, true, 2)) ui.emit(IntentKind::PinClear);
    ImGui::SameLine(0, m.gap);
    if (button(ui.frame, T(ui, "staff.cancel"), ButtonStyle::Secondary, key, true, 2)) ui.emit(IntentKind::CloseStaff);
    ImGui::SameLine(0, m.gap);
    if (button(ui.frame, T(ui, "staff.pin_ok"), ButtonStyle::Primary, key, !staff.pin.empty(), 2)) ui.emit(IntentKind::CheckPin);
    ImGui::EndGroup();
}

}  // namespace kiosk
