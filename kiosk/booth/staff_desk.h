// What the staff screens show: the PIN pad, then the desk with what runs now, the pack on the
// stick (its check and what it would change), the printer and the statistics. The Kiosk fills it
// (booth/staff_desk.cpp); the screens only draw it and turn taps into staff intents.
#pragma once

#include <string>
#include <vector>

#include "core/staff.h"

namespace kiosk {

enum class StaffView { Closed, Pin, Desk };

struct StaffDesk {
    std::vector<std::string> notices;  // what went wrong with the store, and what the kiosk did (Kiosk::store_notices)
    std::vector<std::string> current;  // the content in use
    std::string previous;              // the pack a rollback brings back; empty = none
    std::string stick;                 // the pack found on a USB stick, or that none was found
    std::vector<std::string> stick_problems, stick_warnings, stick_changes;
    std::vector<std::string> stick_older;  // why the stick's pack goes back in time (older version, past date)
    bool confirming_load = false;          // "Toch laden?" is asked: the desk shows yes and no
    bool can_load = false;
    bool can_export = false;           // a stick is there to write to
    std::string printer;               // the printer's state, in Dutch
    bool has_printer = false;
    std::string message;               // how the last action went
};

struct Staff {
    StaffView view = StaffView::Closed;
    StaffAccess access;
    std::string pin;          // digits typed so far; checked and forgotten on OK
    std::string pin_message;  // e.g. wrong PIN, locked
    bool asking_quit = false; // "Kiosk afsluiten?" is on screen: only its answers count
    bool confirming_load = false;  // LoadPack of a pack that goes back in time: asked once more
    StaffDesk desk;
};

}  // namespace kiosk
