// The staff desk: what runs now, the pack on the stick (its check and what it would change), load
// and rollback, the printer, statistics for the stick, a safe "done" and leaving the kiosk. The
// Kiosk fills the desk (booth/staff_desk.cpp); this only draws it. Texts come from the content ([staff]).
#include "ui/screen_parts.h"

namespace kiosk {

namespace {

void heading(KioskUi& ui, const std::string& key) {
    ImGui::Dummy(ImVec2(1, ui.frame.metrics.gap));
    text_block(ui.frame, ui.frame.fonts.bold, T(ui, key), colour::primary);
}

void lines(KioskUi& ui, const std::vector<std::string>& items, TextColour colour) {
    for (const std::string& item : items) text_block(ui.frame, ui.frame.fonts.small, item, colour);
}

void action(KioskUi& ui, const std::string& label_key, IntentKind what, bool enabled = true) {
    if (button(ui.frame, T(ui, label_key), ButtonStyle::Secondary, 0, enabled)) ui.emit(what);
}

}  // namespace

void draw_staff_desk(KioskUi& ui) {
    const StaffDesk& desk = ui.kiosk->staff().desk;
    const float width = ImGui::GetContentRegionAvail().x;
    text_block(ui.frame, ui.frame.fonts.title, fit_lines(ui.frame, ui.frame.fonts.title, T(ui, "staff.title"), width, 2), colour::ink);
    // The message first in the scroll area: a long one (a pack's problems) is read whole, by scrolling.
    begin_scroll_area(ui.frame, "staff", body_height(ui));
    if (!desk.message.empty()) text_block(ui.frame, ui.frame.fonts.bold, desk.message, colour::accent);
    lines(ui, desk.notices, colour::accent);  // the store: damaged, full, read-only, a pack that failed

    heading(ui, "staff.current");
    lines(ui, desk.current, colour::ink);
    if (!desk.previous.empty()) {
        text_block(ui.frame, ui.frame.fonts.small, desk.previous, colour::muted);
        action(ui, "staff.roll_back", IntentKind::RollBack);
    }

    heading(ui, "staff.stick");
    text_block(ui.frame, ui.frame.fonts.body, desk.stick, colour::ink);
    lines(ui, desk.stick_problems, colour::accent);
    lines(ui, desk.stick_warnings, colour::muted);
    lines(ui, desk.stick_changes, colour::ink);
    lines(ui, desk.stick_older, colour::accent);  // an older version or a past day: said before the tap
    if (desk.confirming_load) {
        // The second, explicit yes for a pack that goes back in time (booth/staff_desk.cpp).
        text_block(ui.frame, ui.frame.fonts.bold, T(ui, "staff.confirm_load"), colour::accent);
        action(ui, "staff.load_anyway", IntentKind::ConfirmLoad);
        action(ui, "staff.load_cancel", IntentKind::CancelLoad);
    } else if (!desk.stick_problems.empty() || desk.can_load) {
        action(ui, "staff.load", IntentKind::LoadPack, desk.can_load);
    }

    heading(ui, "staff.printer");
    text_block(ui.frame, ui.frame.fonts.body, desk.printer, colour::ink);
    if (desk.has_printer) action(ui, "staff.test_print", IntentKind::TestPrint);

    heading(ui, "staff.statistics");
    text_block(ui.frame, ui.frame.fonts.small, T(ui, "staff.statistics_help"), colour::muted);
    action(ui, "staff.export", IntentKind::ExportStatistics, desk.can_export);
    action(ui, "staff.eject", IntentKind::Eject);

    heading(ui, "staff.leave");
    action(ui, "staff.quit", IntentKind::Quit);
    end_scroll_area();
    FooterButtons buttons;
    buttons.next = T(ui, "staff.close");
    if (footer(ui, buttons) == FooterTap::Next) ui.emit(IntentKind::CloseStaff);
}

}  // namespace kiosk
