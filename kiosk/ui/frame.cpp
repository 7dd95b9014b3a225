// The frame controller: which screen a frame draws, and the "are you still there?" question over
// it. Nothing here changes the kiosk; the taps of the frame wait in ui.intents.
#include "ui/screen_parts.h"

namespace kiosk {

void draw_kiosk(KioskUi& ui, double now) {
    const Kiosk& kiosk = *ui.kiosk;
    ui.frame.targets.clear();
    ui.frame.overflows.clear();
    ui.frame.cut.clear();
    ui.frame.texts.clear();
    ui.frame.solid_rects.clear();  // the previous frame has been rendered
    ui.frame.relayout = false;
    ui.frame.rtl = kiosk.content().language.rtl;
    ui.frame.visitor = kiosk.visits_ended();
    begin_screen();
    ImGui::PushFont(ui.frame.fonts.body);
    const StaffView staff = kiosk.staff().view;
    if (staff == StaffView::Pin) draw_staff_pin(ui);
    if (staff == StaffView::Desk) draw_staff_desk(ui);
    if (staff == StaffView::Closed) {
        switch (kiosk.session().screen) {
        case Screen::Attract: draw_attract(ui, now); break;
        case Screen::Question: draw_question(ui); break;
        case Screen::Results: draw_results(ui); break;
        case Screen::Programme: draw_programme(ui); break;
        case Screen::Reflect: draw_reflect(ui); break;
        case Screen::Finish: draw_finish(ui); break;
        case Screen::Explain: draw_explain(ui); break;
        case Screen::Compare: draw_compare(ui); break;
        case Screen::Browse: draw_browse(ui); break;
        case Screen::Language: draw_language_choice(ui); break;
        case Screen::Favourite: draw_favourite(ui); break;
        case Screen::Step: draw_step(ui); break;
        }
    }
    ImGui::PopFont();
    ImGui::End();
    const IdleState idle = kiosk.idle(now);
    const bool asking_stop = staff == StaffView::Closed && kiosk.session().asking_stop;
    const bool asking_quit = staff == StaffView::Desk && kiosk.staff().asking_quit;
    if ((staff == StaffView::Closed && idle.asking) || asking_stop || asking_quit) {
        ui.frame.targets.clear();  // only the question over the screen can be answered now
        for (HitTarget& text : ui.frame.texts) text.shaded = true;
        ui.intents.clear();
        if (staff == StaffView::Closed && idle.asking) draw_idle_question(ui, idle);
        else if (asking_stop) draw_stop_question(ui);
        else draw_quit_question(ui);
    }
}

}  // namespace kiosk
