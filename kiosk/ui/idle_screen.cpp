// Questions over the whole screen: "Ben je er nog?" (the countdown after a while without
// touches), "Wil je stoppen?" before "Stoppen" wipes a visit, and "Kiosk afsluiten?" on the staff
// desk. Each box stands in the reach band.
#include <algorithm>

#include "ui/screen_parts.h"

namespace kiosk {

void draw_idle_question(KioskUi& ui, const IdleState& idle) {
    const std::string body = texts(ui).format("idle.body", {{"seconden", std::to_string(idle.seconds_left)}});
    question_box(ui, "idle", T(ui, "idle.title"), body, {T(ui, "idle.stay")});  // any touch keeps the visitor
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
