// The running kiosk, without a screen: the content in use, the current visit, the staff desk,
// the print jobs and the store. It owns the data the way Tracy's Worker does, while the SDL/ImGui
// layer (platform/app.h, ui/) only draws it and turns taps into intents. Everything happens on
// the caller's thread and at the caller's clock (`now`, seconds since the epoch), so tests drive
// a whole booth day on an injected clock.
#pragma once

#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "booth/staff_desk.h"
#include "booth/visit.h"
#include "core/intent.h"
#include "output/printer.h"
#include "output/ticket.h"
#include "speech/speech.h"
#include "store/active_content.h"
#include "store/pack_import.h"
#include "store/store.h"
#include "store/store_recovery.h"

namespace kiosk {

struct KioskOptions {
    std::string content_dir;                // the default content pack folder
    std::string store_path;                 // SQLite file; ":memory:" for tests
    std::vector<std::string> trusted_keys;  // public keys whose signed packs the kiosk takes
    std::string staff_pin_hash;             // empty: the staff screen cannot be opened
    std::vector<std::string> usb_roots;     // where sticks are mounted; empty = the usual places
};

class Kiosk {
public:
    // Opens the store and the content. A damaged, full or read-only store does not stop it
    // (open_store), nor does a stored pack that no longer verifies (load_active_content): it says
    // what happened on the console and in store_notices(). Throws std::runtime_error with a
    // Dutch message only when there is no usable content at all.
    Kiosk(const KioskOptions& options, double now);
    Kiosk(const Kiosk&) = delete;
    Kiosk& operator=(const Kiosk&) = delete;

    // Carries out a tap's intent; between frames, never while a screen draws.
    void apply(const Intent& intent, double now);
    // A finger on the screen, anywhere: the visitor is still there.
    void touch(double now);
    // The clock moved on: the idle wipe, a staff desk left alone, the printer, USB sticks.
    void tick(double now);
    // Ends the visit (when there is one), counts it, and forgets the visitor: a fresh Visit.
    void wipe(double now, EndReason reason);

    const Content& pack() const { return active_.content; }  // as loaded: Dutch, with its translations
    const Content& content() const;                          // in the visitor's language
    const Visit& visit() const { return visit_; }
    const Session& session() const { return visit_.session; }
    const Staff& staff() const { return staff_; }
    // True while the pack on a stick is being checked, on a thread of its own.
    bool checking_stick() const { return stick_check_.valid(); }
    // Waits until that check is done, at most `max_seconds`; the next tick shows its result.
    void wait_for_stick_check(double max_seconds) const;
    IdleState idle(double now) const { return idle_state(visit_.session, content(), now); }
    // What went wrong with the last ticket, for staff, until a ticket prints again.
    std::optional<PrinterState> printer_trouble() const { return printer_trouble_; }
    // Seconds until the screen must change without input: the countdown, the printer, the desk.
    double seconds_until_redraw(double now) const;
    // When the attract screen started showing (its animation's clock), and how many visitors
    // have been forgotten since the kiosk started (a new visitor sees every list from the top).
    double attract_since() const { return attract_since_; }
    int visits_ended() const { return visits_ended_; }
    bool quit_requested() const { return quit_requested_; }
    const std::vector<Problem>& problems() const { return active_.problems; }
    // What went wrong with the store since the kiosk started (each also said on the console),
    // oldest first; the staff desk shows them.
    const std::vector<StoreNotice>& store_notices() const { return store_notices_; }
    // A file of the pack in use (a photo, or one of its pictures/), as its bytes; nullopt when the
    // store cannot give it. Its images passed check_photos when the pack was loaded.
    std::optional<std::string> pack_file(const std::string& path) const;
    // Changes whenever another pack is taken into use, so caches of its images know to forget them.
    long long pack_id() const { return active_.pack_id; }
    // The visit's laid-out texts, which the screens fill while they draw.
    LaidOutTexts& laid_out_texts() { return visit_.laid_out; }
    // Reading aloud (the Speak intent). The platform layer gives the kiosk its loudspeaker;
    // without one (or with nullptr, which also stops the speech thread before the sink goes)
    // nothing is read. The speaker button shows while read_aloud_offered(), and says "stop"
    // while reading_aloud().
    void set_audio(std::shared_ptr<AudioSink> sink);
    bool read_aloud_offered() const;
    bool reading_aloud() const { return !visit_.reading.empty(); }
    Store& store() { return *store_; }

private:
    void choose_language(const std::string& code, double now);
    void reached_finish(double now);
    void keep_portfolio_record(double now);
    std::shared_ptr<const PrintJob> print(const TicketText& text);
    void watch_print_jobs();
    // The staff desk (booth/staff_desk.cpp).
    void apply_staff(const Intent& intent, double now);
    void open_staff(double now);
    void close_staff();
    void check_pin(double now);
    void watch_usb(double now);
    void take_stick_check();
    void refresh_staff_desk();
    std::vector<std::string> stick_goes_back(double now) const;
    // The store failed while the kiosk ran: moved aside and made anew, or kept in memory.
    void store_failed(const StoreError& error, double now);
    // A write to the store that must never stop the kiosk: tried again once on the store that
    // replaced a failing one; false (and said on the console) when it still did not work.
    bool write_store(double now, const char* what, const std::function<void(Store&)>& write);
    void note(StoreNotice notice);
    void switch_content();
    std::string export_to_stick(double now);
    // Reading aloud: the speaker button, and what stops the reading.
    void speak();
    void stop_reading();
    void follow_reading();

    KioskOptions options_;
    std::unique_ptr<Store> store_;
    std::vector<StoreNotice> store_notices_;
    ActiveContent active_;
    Visit visit_;
    Staff staff_;
    double attract_since_ = 0;
    int visits_ended_ = 0;
    bool quit_requested_ = false;
    // Jobs still printing stay alive here until done, so starting a new one never waits.
    std::vector<std::shared_ptr<PrintJob>> print_jobs_;
    const PrintJob* watched_job_ = nullptr;  // the last ticket started, whose state staff see
    PrinterState last_printer_state_ = PrinterState::Idle;
    std::optional<PrinterState> printer_trouble_;
    TicketFonts ticket_fonts_;  // read when the first ticket prints
    // USB: the packs found at the last look, and the first one, inspected.
    double last_usb_look_ = -1e9;
    double desk_clock_ = 0;  // the time of the last staff action or USB look: whether a pack's day is past
    std::vector<std::string> usb_packs_;
    std::optional<PackCandidate> stick_pack_;
    // The stick's pack being read and checked (every photo decoded) on a thread of its own, so
    // the desk keeps answering taps meanwhile; its task works on copies, nothing of this object.
    std::future<PackCandidate> stick_check_;
    // The loudspeaker, and the voice that reads to it (made on the first tap of the speaker
    // button). The voice is declared after the sink: its thread ends before the sink goes.
    std::shared_ptr<AudioSink> audio_;
    std::unique_ptr<Speech> speech_;
    bool audio_failed_ = false;  // no sound device: the button goes, the kiosk goes on silently
};

}  // namespace kiosk
