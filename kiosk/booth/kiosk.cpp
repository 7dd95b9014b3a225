#include "booth/kiosk.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "output/short_code.h"
#include "output/take_home.h"
#include "output/font_files.h"
#include "speech/read_aloud.h"

namespace kiosk {

namespace {
constexpr double kPrinterPollSeconds = 0.5;  // how soon the finish screen shows the printer's outcome
constexpr double kStaffIdleSeconds = 120;    // a staff screen left alone closes itself
constexpr double kStaffRefreshSeconds = 1.0; // the staff desk follows the stick and the printer
constexpr double kStickCheckPollSeconds = 0.1;  // the result of a stick's check shows at once
constexpr double kNothingChanges = 3600;
constexpr double kReadingPollSeconds = 0.25;  // how soon the speaker button turns back after the last word

constexpr std::size_t kNoticesKept = 10;    // a store failing again and again says so without growing
}  // namespace

Kiosk::Kiosk(const KioskOptions& options, double now) : options_(options), attract_since_(now) {
    OpenedStore opened = open_store(options.store_path, now);
    store_ = std::move(opened.store);
    for (StoreNotice& notice : opened.notices) note(std::move(notice));
    try {
        store_->prune(now);
        active_ = load_active_content(*store_, options.content_dir, options.trusted_keys);
    } catch (const StoreError& error) {
        // Damage quick_check could not see (inside a pack's files): dealt with like any other,
        // once; should the content still not load, the kiosk cannot start.
        store_failed(error, now);
        active_ = load_active_content(*store_, options.content_dir, options.trusted_keys);
    }
    for (StoreNotice& notice : active_.notices) note(std::move(notice));
    active_.notices.clear();
    // Wrong PINs and the lock outlive a restart (issue 14): pulling the plug must not give
    // five fresh guesses.
    try {
        store_->load_staff_lock(staff_.access);
    } catch (const StoreError& error) {
        std::fprintf(stderr, "PIN-slot niet gelezen: %s\n", error.what());
    }
    restore_staff_lock(staff_.access, now);
}

void Kiosk::note(StoreNotice notice) {
    std::fprintf(stderr, "%s\n", to_string(notice.problem).c_str());
    store_notices_.push_back(std::move(notice));
    if (store_notices_.size() > kNoticesKept) store_notices_.erase(store_notices_.begin());
    if (staff_.view == StaffView::Desk) refresh_staff_desk();
}

void Kiosk::store_failed(const StoreError& error, double now) {
    OpenedStore opened = recover_store(std::move(store_), error, now);
    store_ = std::move(opened.store);
    for (StoreNotice& notice : opened.notices) note(std::move(notice));
}

bool Kiosk::write_store(double now, const char* what, const std::function<void(Store&)>& write) {
    for (int attempt = 0; attempt < 2; ++attempt) {
        try {
            write(*store_);
            return true;
        } catch (const StoreError& error) {
            if (attempt == 0) store_failed(error, now);
            else std::fprintf(stderr, "%s niet opgeslagen: %s\n", what, error.what());
        } catch (const std::exception& error) {
            std::fprintf(stderr, "%s niet opgeslagen: %s\n", what, error.what());
            return false;
        }
    }
    return false;
}

const Content& Kiosk::content() const { return visit_.localised ? *visit_.localised : active_.content; }

void Kiosk::apply(const Intent& intent, double now) {
    if (staff_.view != StaffView::Closed || is_staff_intent(intent.kind)) {
        stop_reading();  // the staff's screens are not read aloud
        apply_staff(intent, now);
        return;
    }
    if (intent.kind == IntentKind::Speak) {
        kiosk::touch(visit_.session, now);
        speak();
        return;
    }
    if (intent.kind == IntentKind::ChooseLanguage) {
        choose_language(intent.text, now);
    } else {
        switch (kiosk::apply(visit_.session, content(), intent, now)) {
        case Flow::Stay: break;
        case Flow::EndVisit: wipe(now, EndReason::Stopped); break;
        case Flow::ReachedFinish: reached_finish(now); break;
        case Flow::VisitDone: wipe(now, EndReason::Finished); break;
        }
    }
    follow_reading();
}

void Kiosk::set_audio(std::shared_ptr<AudioSink> sink) {
    visit_.reading.clear();
    speech_.reset();  // joins its thread, which may be using the old sink
    audio_ = std::move(sink);
    audio_failed_ = false;
}

bool Kiosk::read_aloud_offered() const { return audio_ && !audio_failed_ && kiosk::read_aloud_offered(content()); }

// The speaker button: reads what the screen says, or stops when it is reading.
void Kiosk::speak() {
    if (reading_aloud()) {
        stop_reading();
        return;
    }
    if (!read_aloud_offered()) return;
    std::string text = read_aloud_text(content(), visit_.session);
    if (text.empty()) return;
    if (!speech_) speech_ = std::make_unique<Speech>(*audio_);
    if (!speech_->say(text, speech_voice(content().language.code))) {
        audio_failed_ = true;  // the sink said why, once
        return;
    }
    visit_.reading = std::move(text);
}

void Kiosk::stop_reading() {
    if (speech_) speech_->stop();
    visit_.reading.clear();
}

// What is read belongs to the screen it was read from: when the screen says something else now
// (another screen, question, language or card), the reading stops.
void Kiosk::follow_reading() {
    if (reading_aloud() && read_aloud_text(content(), visit_.session) != visit_.reading) stop_reading();
}

void Kiosk::touch(double now) { kiosk::touch(visit_.session, now); }

void Kiosk::tick(double now) {
    if (staff_.view != StaffView::Closed && now - visit_.session.last_touch > kStaffIdleSeconds) close_staff();
    const Session& session = visit_.session;
    // A language picked on the attract screen by someone who walked away is theirs too.
    const bool language_left_behind = session.screen == Screen::Attract && visit_.localised &&
                                      now - session.last_touch >= content().event.idle_seconds;
    if (language_left_behind || idle(now).expired) wipe(now, EndReason::Timeout);
    if (reading_aloud() && !speech_->active()) visit_.reading.clear();  // read to the end
    move_on(visit_.session, content(), now);  // an answer shown long enough gives way to the next question
    follow_reading();  // which is not read aloud in the words of the last one
    watch_print_jobs();
    watch_usb(now);
}

void Kiosk::wipe(double now, EndReason reason) {
    Session& session = visit_.session;
    if (in_walk_through(session) || session.started_at > 0) {
        const SessionRecord record = end_session(session, content(), reason);
        // The visitor must never notice; staff see it in the log and on the desk.
        write_store(now, "sessie", [&](Store& store) { store.count_visit(record); });
    }
    if (speech_) speech_->stop();  // not another word for the next visitor
    visit_ = Visit{};
    attract_since_ = now;
    ++visits_ended_;
}

double Kiosk::seconds_until_redraw(double now) const {
    if (stick_check_.valid()) return kStickCheckPollSeconds;
    if (staff_.view != StaffView::Closed) return kStaffRefreshSeconds;
    if (reading_aloud()) return kReadingPollSeconds;
    const Session& session = visit_.session;
    if (visit_.print_job && visit_.print_job->state() == PrinterState::Printing) return kPrinterPollSeconds;
    if (session.screen == Screen::Attract && !visit_.localised) return kNothingChanges;
    if (session.moving_on_at > 0) return std::max(0.0, session.moving_on_at - now);
    const IdleState idle = this->idle(now);
    if (idle.asking) {
        const double quiet = now - session.last_touch;
        return std::max(0.01, 1.0 - std::fmod(quiet, 1.0));  // the countdown ticks each second
    }
    return std::max(0.01, session.last_touch + content().event.idle_seconds - now);
}

// Texts, content and layout direction follow at once; the answers stay (set_language). A result
// on the finish screen is made again, so the QR opens in the new language; a ticket already
// printed stays as it is.
void Kiosk::choose_language(const std::string& code, double now) {
    const std::vector<LanguageInfo> offered = offered_languages(active_.content);
    if (std::none_of(offered.begin(), offered.end(), [&](const LanguageInfo& l) { return l.code == code; })) return;
    if (code == active_.content.language.code)
        visit_.localised.reset();
    else
        visit_.localised = std::make_shared<const Content>(localise(active_.content, code));
    set_language(visit_.session, content(), now);
    if (visit_.session.screen == Screen::Finish && visit_.take_home) {
        visit_.take_home = take_home(content(), visit_.session, now, visit_.take_home->token);
        keep_portfolio_record(now);  // token mode: the school's record opens in the new language too
    }
}

// The finish screen opened: the QR code and short code, the ticket, and in token mode the record
// the school keeps. Coming back to it keeps the visitor's token.
void Kiosk::reached_finish(double now) {
    const std::string token = visit_.take_home ? visit_.take_home->token : std::string();
    // Nothing on the way to the finish screen may end the kiosk (issue 14): whatever fails in
    // making the link, its QR code or the ticket, the visitor still sees the screen and a code.
    try {
        visit_.take_home = take_home(content(), visit_.session, now, token);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "link naar de uitslag niet gemaakt, alleen de korte code: %s\n", error.what());
        TakeHome fallback;
        try {
            if (content().event.portfolio_mode == PortfolioMode::Fragment) fallback.code = short_code(content(), visit_.session);
        } catch (const std::exception& again) {
            std::fprintf(stderr, "ook de korte code niet gemaakt: %s\n", again.what());
        }
        visit_.take_home = std::move(fallback);
    }
    const TakeHome& home = *visit_.take_home;
    if (active_.content.event.printer_kind != PrinterKind::None) {
        try {
            visit_.print_job = print(ticket_text(content(), visit_.session, home));  // in the visitor's language
        } catch (const std::exception& error) {
            std::fprintf(stderr, "bonnetje niet gemaakt: %s\n", error.what());
        }
    }
    keep_portfolio_record(now);
}

// Token mode: the result the visitor took home, kept under its token for the school's portfolio
// system. Fragment mode keeps nothing.
void Kiosk::keep_portfolio_record(double now) {
    if (!visit_.take_home || visit_.take_home->token.empty()) return;
    write_store(now, "portfolio-record",
                [&](Store& store) { store.save_portfolio_record(visit_.take_home->token, now, visit_.take_home->record_json); });
}

// Lays the ticket out and hands it to a worker thread; the finish screen and the staff desk
// follow its state.
std::shared_ptr<const PrintJob> Kiosk::print(const TicketText& text) {
    const EventSettings& event = active_.content.event;
    try {
        if (ticket_fonts_.regular.empty()) ticket_fonts_ = read_ticket_fonts();
        PrinterSettings settings;
        settings.kind = event.printer_kind;
        settings.device = event.printer_device;
        settings.server = event.printer_server;
        settings.width_dots = event.paper_mm == 80 ? 576 : 384;
        const Bitmap ticket = render_ticket(text, settings.width_dots, ticket_fonts_);
        const std::shared_ptr<const PrintJob> previous = print_jobs_.empty() ? nullptr : print_jobs_.back();
        print_jobs_.push_back(std::make_shared<PrintJob>(settings, printer_bytes(settings, ticket), previous));
        watched_job_ = print_jobs_.back().get();
        return print_jobs_.back();
    } catch (const std::exception& error) {
        std::fprintf(stderr, "bonnetje niet gemaakt: %s\n", error.what());
        return nullptr;
    }
}

// Tells staff when the printer's state changes: on the console, and on the attract screen while
// the last ticket did not print. Lets go of finished jobs (a visit may still hold its own).
void Kiosk::watch_print_jobs() {
    if (watched_job_ && watched_job_->state() != last_printer_state_) {
        last_printer_state_ = watched_job_->state();
        std::fprintf(stderr, "printer: %s\n", active_.content.texts.get(printer_state_key(last_printer_state_)).c_str());
        if (last_printer_state_ == PrinterState::Printed)
            printer_trouble_.reset();
        else if (last_printer_state_ != PrinterState::Printing)
            printer_trouble_ = last_printer_state_;
        if (staff_.view == StaffView::Desk) refresh_staff_desk();
    }
    std::erase_if(print_jobs_, [this](const std::shared_ptr<PrintJob>& job) {
        return job.get() != watched_job_ && job->state() != PrinterState::Printing;
    });
}

std::optional<std::string> Kiosk::pack_file(const std::string& path) const {
    // A store can still be damaged, and then the screen simply shows no image (the next write
    // finds the damage and deals with it).
    try {
        return store_->pack_file(active_.pack_id, path);
    } catch (const StoreError&) {
        return std::nullopt;
    }
}

}  // namespace kiosk
