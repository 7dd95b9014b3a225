// The kiosk's screens, drawn with Dear ImGui from the session state. A tap becomes a call into
// kiosk/core; nothing here decides anything about matching or what is remembered.
#pragma once

#include <functional>
#include <optional>

#include "core/content.h"
#include "core/session.h"
#include "output/printer.h"
#include "output/take_home.h"
#include "ui/widgets.h"

namespace kiosk {

struct KioskUi {
    const Content* content = nullptr;
    Session session;
    std::optional<TakeHome> take_home;  // made when the finish screen opens
    std::function<void(const SessionRecord&)> on_session_end;  // e.g. write the anonymous log
    std::function<void(const TakeHome&)> on_take_home;         // e.g. keep a record, print the ticket
    const PrintJob* print_job = nullptr;  // this visitor's ticket, while the finish screen shows
    // What went wrong with the last ticket, shown small on the attract screen for staff until a
    // ticket prints again.
    std::optional<PrinterState> printer_trouble;
    UiFrame frame;
    double attract_since = 0;  // the attract animation's clock
};

// Builds one ImGui frame (between ImGui::NewFrame and ImGui::Render).
void draw_kiosk(KioskUi& ui, double now);

// Checks the idle timer: wipes the visitor when the countdown ran out. True when it wiped.
bool check_idle(KioskUi& ui, double now);

// Ends the visitor's session, reports it, forgets everything, and shows the attract screen.
void wipe(KioskUi& ui, double now, EndReason reason);

// Seconds until the screen must be drawn again without input (for the attract animation or
// the countdown); a large value when nothing moves.
double seconds_until_redraw(const KioskUi& ui, double now);

}  // namespace kiosk
