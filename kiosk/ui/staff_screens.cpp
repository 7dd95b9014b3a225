// The staff screens: a PIN pad, then the staff desk with what runs now, the pack on the stick
// (its check and what it would change), load and rollback, the printer, statistics for the
// stick, a safe "done" and leaving the kiosk. Texts come from the content ([staff]).
#include <algorithm>

#include "ui/screen_parts.h"

namespace kiosk {

namespace {

void draw_pin_pad(KioskUi& ui, double now) {
    const Metrics& m = ui.frame.metrics;
    StaffUi& staff = ui.staff;
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
        if (button(ui.frame, kKeys[i], ButtonStyle::Secondary, key) && staff.pin.size() < 12) staff.pin += kKeys[i];
    }
    ImGui::Dummy(ImVec2(1, m.gap));
    if (button(ui.frame, T(ui, "staff.pin_clear"), ButtonStyle::Quiet, key)) staff.pin.clear();
    ImGui::SameLine(0, m.gap);
    if (button(ui.frame, T(ui, "staff.cancel"), ButtonStyle::Secondary, key) && ui.on_staff_action) ui.on_staff_action(StaffAction::Close, now);
    ImGui::SameLine(0, m.gap);
    if (button(ui.frame, T(ui, "staff.pin_ok"), ButtonStyle::Primary, key, !staff.pin.empty()) && ui.on_staff_action)
        ui.on_staff_action(StaffAction::CheckPin, now);
    ImGui::EndGroup();
}

void heading(KioskUi& ui, const std::string& key) {
    ImGui::Dummy(ImVec2(1, ui.frame.metrics.gap));
    text_block(ui.frame, ui.frame.fonts.bold, T(ui, key), colour::primary);
}

void lines(KioskUi& ui, const std::vector<std::string>& items, ImU32 colour) {
    for (const std::string& item : items) text_block(ui.frame, ui.frame.fonts.small, item, colour);
}

void action(KioskUi& ui, double now, const std::string& label_key, StaffAction what, bool enabled = true) {
    if (button(ui.frame, T(ui, label_key), ButtonStyle::Secondary, 0, enabled) && ui.on_staff_action) ui.on_staff_action(what, now);
}

void draw_desk(KioskUi& ui, double now) {
    const StaffDesk& desk = ui.staff.desk;
    text_block(ui.frame, ui.frame.fonts.title, T(ui, "staff.title"), colour::ink);
    if (!desk.message.empty()) text_block(ui.frame, ui.frame.fonts.bold, desk.message, colour::accent);
    begin_scroll_area(ui.frame, "staff", body_height(ui));

    heading(ui, "staff.current");
    lines(ui, desk.current, colour::ink);
    if (!desk.previous.empty()) {
        text_block(ui.frame, ui.frame.fonts.small, desk.previous, colour::muted);
        action(ui, now, "staff.roll_back", StaffAction::RollBack);
    }

    heading(ui, "staff.stick");
    text_block(ui.frame, ui.frame.fonts.body, desk.stick, colour::ink);
    lines(ui, desk.stick_problems, colour::accent);
    lines(ui, desk.stick_warnings, colour::muted);
    lines(ui, desk.stick_changes, colour::ink);
    if (!desk.stick_problems.empty() || desk.can_load) action(ui, now, "staff.load", StaffAction::Load, desk.can_load);

    heading(ui, "staff.printer");
    text_block(ui.frame, ui.frame.fonts.body, desk.printer, colour::ink);
    if (desk.has_printer) action(ui, now, "staff.test_print", StaffAction::TestPrint);

    heading(ui, "staff.statistics");
    text_block(ui.frame, ui.frame.fonts.small, T(ui, "staff.statistics_help"), colour::muted);
    action(ui, now, "staff.export", StaffAction::ExportStatistics, desk.can_export);
    action(ui, now, "staff.eject", StaffAction::Eject);

    heading(ui, "staff.leave");
    action(ui, now, "staff.quit", StaffAction::Quit);
    end_scroll_area();
    if (footer(ui, "", T(ui, "staff.close")) == 2 && ui.on_staff_action) ui.on_staff_action(StaffAction::Close, now);
}

}  // namespace

void draw_staff(KioskUi& ui, double now) {
    if (ui.staff.view == StaffView::Pin) draw_pin_pad(ui, now);
    else draw_desk(ui, now);
}

}  // namespace kiosk
