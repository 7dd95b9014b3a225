// The kiosk's screens, drawn with Dear ImGui from the session state. A tap becomes a call into
// kiosk/core; nothing here decides anything about matching or what is remembered.
#pragma once

#include <functional>
#include <optional>

#include "core/content.h"
#include "core/session.h"
#include "core/staff.h"
#include "output/printer.h"
#include "output/take_home.h"
#include "ui/widgets.h"

namespace kiosk {

enum class StaffView { Closed, Pin, Desk };
enum class StaffAction { CheckPin, Load, RollBack, TestPrint, ExportStatistics, Eject, Quit, Close };

// What the staff screen shows. The platform layer fills it: it knows the store, the stick and the
// printer; the screen only draws it and turns taps into StaffActions.
struct StaffDesk {
    std::vector<std::string> current;  // the content in use
    std::string previous;              // the pack a rollback brings back; empty = none
    std::string stick;                 // the pack found on a USB stick, or that none was found
    std::vector<std::string> stick_problems, stick_warnings, stick_changes;
    bool can_load = false;
    bool can_export = false;           // a stick is there to write to
    std::string printer;               // the printer's state, in Dutch
    bool has_printer = false;
    std::string message;               // how the last action went
};

struct StaffUi {
    StaffView view = StaffView::Closed;
    StaffAccess access;
    std::string pin;          // digits typed so far; checked and forgotten on OK
    std::string pin_message;  // e.g. wrong PIN, locked
    StaffDesk desk;
};

// The photo of the programme whose card is open, as a texture the platform layer made.
struct CardPhoto {
    void* texture = nullptr;  // ImTextureID (an SDL_Texture)
    int programme = -1;
    int width = 0, height = 0;
};

struct KioskUi {
    KioskUi() = default;
    KioskUi(const KioskUi&) = delete;  // `content` may point into `localised`
    KioskUi& operator=(const KioskUi&) = delete;

    const Content* pack = nullptr;     // the content as loaded: Dutch, with its translations
    const Content* content = nullptr;  // the content in the visitor's language: `pack` or `localised`
    Content localised;                 // the pack in the visitor's language, when not Dutch
    // A language chosen while a screen draws from `content`: applied between frames, so no
    // screen ever holds a text of content that is being replaced.
    std::optional<std::string> language_request;
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
    StaffUi staff;
    CardPhoto card_photo;
    std::function<void(StaffAction, double now)> on_staff_action;  // handled by the platform layer
};

// Shows `pack` (after start-up or a new pack) in Dutch.
void show_content(KioskUi& ui, const Content& pack);

// The visitor's language: texts, content and layout direction follow at once; the answers stay
// (set_language). A result on the finish screen is made again, so the QR opens in the new
// language. Only between frames; screens use request_language.
void choose_language(KioskUi& ui, const std::string& code, double now);
void request_language(KioskUi& ui, const std::string& code);

// Builds one ImGui frame (between ImGui::NewFrame and ImGui::Render).
void draw_kiosk(KioskUi& ui, double now);

// Checks the idle timer: wipes the visitor when the countdown ran out, and closes a staff screen
// left alone. True when it wiped.
bool check_idle(KioskUi& ui, double now);

// The staff screens (ui/staff_screens.cpp): the PIN pad and the staff desk.
void draw_staff(KioskUi& ui, double now);

// Ends the visitor's session, reports it, forgets everything, and shows the attract screen.
void wipe(KioskUi& ui, double now, EndReason reason);

// Seconds until the screen must be drawn again without input (for the attract animation or
// the countdown); a large value when nothing moves.
double seconds_until_redraw(const KioskUi& ui, double now);

}  // namespace kiosk
