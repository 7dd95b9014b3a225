// Questions over the whole screen: "Ben je er nog?" (the countdown after a while without
// touches), "Wil je stoppen?" before "Stoppen" wipes a visit, and "Kiosk afsluiten?" on the staff
// desk. Each box stands in the reach band. The visitor's two carry a picture of the library (a
// pack's pictures/NAME.png of the same name replaces it), for those who read Dutch slowly.
#include <algorithm>

#include "ui/screen_parts.h"

namespace kiosk {

namespace {
constexpr const char* kIdlePicture = "stopwatch";
constexpr const char* kStopPicture = "deur";
}  // namespace

void draw_idle_question(KioskUi& ui, const IdleState& idle) {
    // Any touch keeps the visitor, so the box needs no speaker button: tapping it would answer.
    QuestionBox box{T(ui, "idle.title"), texts(ui).format("idle.body", {{"seconden", std::to_string(idle.seconds_left)}}),
                    {T(ui, "idle.stay")}, kIdlePicture};
    question_box(ui, "idle", box);
}

void draw_stop_question(KioskUi& ui) {
    QuestionBox box{T(ui, "stand.stop_title"), T(ui, "stand.stop_body"), {}, kStopPicture, true};
    const int answer = confirm_dialog(ui, "stop", box, T(ui, "stand.stop_yes"), T(ui, "stand.stop_no"));
    if (answer == 1) ui.emit(IntentKind::ConfirmStop);
    if (answer == 0) ui.emit(IntentKind::CancelStop);
}

void draw_quit_question(KioskUi& ui) {
    QuestionBox box{T(ui, "staff.quit_title"), T(ui, "staff.quit_body"), {}, "", false};
    const int answer = confirm_dialog(ui, "quit", box, T(ui, "staff.quit_yes"), T(ui, "staff.quit_no"));
    if (answer == 1) ui.emit(IntentKind::ConfirmQuit);
    if (answer == 0) ui.emit(IntentKind::CancelQuit);
}

}  // namespace kiosk
