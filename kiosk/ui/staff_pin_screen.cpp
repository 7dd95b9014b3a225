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
    ImGui::SetCursorPos(ImVec2(left, m.pad * 2));
    ImGui::BeginGroup();
    text_block(ui.frame, ui.frame.fonts.title, T(ui, "staff.pin_title"), colour::ink, column);
    ImGui::Dummy(ImVec2(1, m.gap));
    // Dots, never the digits: someone may be looking over a shoulder.
    text_block(ui.frame, ui.frame.fonts.title, staff.pin.empty() ? " " : std::string(staff.pin.size(), '*'), colour::primary, column);
    if (!staff.pin_message.empty()) text_block(ui.frame, ui.frame.fonts.body, staff.pin_message, colour::accent, column);
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
    if (button(ui.frame, T(ui, "staff.pin_clear"), ButtonStyle::Quiet, key)) ui.emit(IntentKind::PinClear);
    ImGui::SameLine(0, m.gap);
    if (button(ui.frame, T(ui, "staff.cancel"), ButtonStyle::Secondary, key)) ui.emit(IntentKind::CloseStaff);
    ImGui::SameLine(0, m.gap);
    if (button(ui.frame, T(ui, "staff.pin_ok"), ButtonStyle::Primary, key, !staff.pin.empty())) ui.emit(IntentKind::CheckPin);
    ImGui::EndGroup();
}

}  // namespace kiosk
