// The staff desk's side of the Kiosk: the PIN, USB sticks, loading and rolling back packs, a test
// ticket, statistics for the stick. Everything a staff action changes is told back in Dutch
// on the desk; nothing here is ever shown to a visitor.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <future>

#include "config/kiosk_config.h"
#include "core/local_time.h"
#include "output/portfolio_record.h"
#include "pack/pack_files.h"
#include "booth/kiosk.h"

#include <chrono>
#include <future>
#include "store/usb_packs.h"
#include "store/statistics.h"

namespace kiosk {

namespace {

constexpr double kUsbLookSeconds = 2.0;

std::string source_label(const Texts& texts, const PackSource& source) {
    return source.kind == PackSource::Kind::BuiltIn ? texts.get("staff.source_default")
                                                    : texts.format("staff.source_usb", {{"pad", source.path}});
}

}  // namespace

// Why loading the stick's pack would go back in time: a lower version than the pack in use
// (pack_diff.h: compare_pack_versions), or an event day already past. An older genuine pack is
// still signed, so only staff can tell it is a mistake (or a replay): they are asked twice.
std::vector<std::string> Kiosk::stick_goes_back(double now) const {
    std::vector<std::string> reasons;
    if (!stick_pack_ || !stick_pack_->loadable()) return reasons;
    const Texts& texts = active_.content.texts;
    const PackInfo& stick = stick_pack_->content->pack;
    if (compare_pack_versions(stick.version, active_.content.pack.version) < 0)
        reasons.push_back(texts.format("staff.older", {{"versie", stick.version}, {"nu", active_.content.pack.version}}));
    const std::string& day = stick_pack_->content->event.date;
    if (!day.empty() && day < local_time(now, "%Y-%m-%d")) reasons.push_back(texts.format("staff.past", {{"datum", day}}));
    return reasons;
}

// The hidden way in: five quick taps in the corner of the attract screen, then the PIN. Staff
// read Dutch, so whatever a visitor left on the attract screen (a language) is forgotten.
void Kiosk::open_staff(double now) {
    wipe(now, EndReason::Stopped);
    touch(now);  // the desk closes itself after a while without touches, counted from here
    staff_.view = StaffView::Pin;
    staff_.pin.clear();
    staff_.pin_message.clear();
}

void Kiosk::close_staff() {
    staff_.view = StaffView::Closed;
    staff_.pin.clear();
    staff_.asking_quit = false;
    staff_.confirming_load = false;
    staff_.desk.message.clear();  // the next time the desk opens, it tells nothing of today's last action
    stick_pack_.reset();  // a pack read from a stick can be large: not kept for visitors
}

void Kiosk::check_pin(double now) {
    const Texts& texts = active_.content.texts;
    if (options_.staff_pin_hash.empty()) {
        staff_.pin_message = texts.get("staff.no_pin");
        return;
    }
    const bool matches = pin_matches(options_.staff_pin_hash, staff_.pin);
    staff_.pin.clear();  // never kept, right or wrong
    const PinOutcome outcome = enter_staff_pin(staff_.access, matches, now);
    write_store(now, "de PIN-teller", [&](Store& store) { store.save_staff_lock(staff_.access); });
    switch (outcome) {
    case PinOutcome::Open:
        staff_.view = StaffView::Desk;
        last_usb_look_ = -1e9;  // look at the stick right away
        break;
    case PinOutcome::Wrong:
        staff_.pin_message = texts.format("staff.pin_wrong", {{"over", std::to_string(kWrongPinsBeforeLock - staff_.access.wrong_pins)}});
        break;
    case PinOutcome::Locked: staff_.pin_message = texts.get("staff.pin_locked"); break;
    }
}

void Kiosk::apply_staff(const Intent& intent, double now) {
    desk_clock_ = now;
    const bool desk = staff_.view == StaffView::Desk;
    const Texts& texts = active_.content.texts;
    switch (intent.kind) {
    case IntentKind::StaffCorner:
        if (staff_.view == StaffView::Closed && visit_.session.screen == Screen::Attract && tap_staff_corner(staff_.access, now))
            open_staff(now);
        return;
    case IntentKind::PinDigit:
        if (staff_.view == StaffView::Pin && intent.index >= 0 && intent.index <= 9 && staff_.pin.size() < 12)
            staff_.pin += static_cast<char>('0' + intent.index);
        return;
    case IntentKind::PinClear: staff_.pin.clear(); return;
    case IntentKind::CheckPin:
        if (staff_.view == StaffView::Pin) check_pin(now);
        break;
    case IntentKind::CloseStaff: close_staff(); return;
    default:
        if (!desk) return;  // a visitor's tap, or a desk action before the PIN
        break;
    }
    // Leaving the kiosk ends the program: on a stand nobody may be able to start it again, so
    // it is asked first, and while it is asked nothing else on the desk counts.
    if (intent.kind == IntentKind::Quit || staff_.asking_quit) {
        if (intent.kind == IntentKind::Quit) staff_.asking_quit = true;
        if (intent.kind == IntentKind::ConfirmQuit && staff_.asking_quit) quit_requested_ = true;
        if (intent.kind == IntentKind::CancelQuit) staff_.asking_quit = false;
        return;
    }
    if (desk) staff_.desk.message.clear();
    // "Toch laden?" is answered by its own buttons; any other action is a no.
    const bool confirmed = intent.kind == IntentKind::ConfirmLoad && staff_.confirming_load;
    if (intent.kind != IntentKind::LoadPack) staff_.confirming_load = false;
    try {
        switch (intent.kind) {
        case IntentKind::LoadPack:
        case IntentKind::ConfirmLoad:
            if (stick_pack_ && stick_pack_->loadable()) {
                const std::vector<std::string> back = stick_goes_back(now);
                std::string why;
                for (const std::string& reason : back) why += (why.empty() ? "" : " ") + reason;
                if (!back.empty() && !confirmed) {
                    staff_.confirming_load = true;
                    std::fprintf(stderr, "usb: %s: %s Het pakket wordt pas geladen als een medewerker het nog een keer bevestigt.\n",
                                 stick_pack_->path.c_str(), why.c_str());
                    break;
                }
                if (!back.empty())
                    std::fprintf(stderr, "usb: %s toch geladen, bevestigd op het medewerkersscherm: %s\n", stick_pack_->path.c_str(), why.c_str());
                load_pack(*store_, *stick_pack_);
                switch_content();
                staff_.desk.message = active_.content.texts.format("staff.loaded", {{"naam", active_.content.pack.name}});
            }
            break;
        case IntentKind::CancelLoad: break;  // cleared above
        case IntentKind::RollBack:
            if (store_->roll_back_pack()) {
                switch_content();
                staff_.desk.message = active_.content.texts.format("staff.rolled_back", {{"naam", active_.content.pack.name}});
            }
            break;
        case IntentKind::TestPrint: {
            TicketText text;
            text.heading = active_.content.event.name;
            text.date = texts.get("staff.test_ticket");
            for (std::size_t i = 0; i < active_.content.programmes.size() && i < 2; ++i)
                text.programmes.push_back(active_.content.programmes[i].name);
            text.next_step_title = texts.get("staff.test_ticket");
            text.scan_hint = texts.get("ticket.scan");
            text.link = active_.content.event.viewer_url;
            print(text);
            break;
        }
        case IntentKind::ExportStatistics: staff_.desk.message = export_to_stick(now); break;
        case IntentKind::Eject:
            ::sync();  // everything written reaches the stick before it is pulled
            staff_.desk.message = texts.get("staff.ejected");
            break;
        default: break;
        }
    } catch (const StoreError& error) {
        // The store failed under the action: dealt with (store_failed) and said on the desk.
        staff_.desk.message = texts.get("staff.failed") + " " + error.what();
        store_failed(error, now);
    } catch (const std::exception& error) {
        // A full or pulled stick: said on the desk, nothing lost.
        staff_.desk.message = texts.get("staff.failed") + " " + error.what();
    }
    if (staff_.view == StaffView::Desk) refresh_staff_desk();
}

// Runs the store's active pack, after a load or a rollback switched it. Should that pack not
// read (a damaged store), the switch is undone, so the kiosk never runs something else than the
// store says.
void Kiosk::switch_content() {
    try {
        active_ = load_active_content(*store_, options_.content_dir, options_.trusted_keys, false);
    } catch (const std::exception&) {
        store_->roll_back_pack();
        active_ = load_active_content(*store_, options_.content_dir, options_.trusted_keys, false);
        throw;
    }
    // A pack that no longer reads from the store (load_active_content removed it and runs the
    // one before): staff hear it, and the action they took did not happen.
    if (!active_.notices.empty()) {
        const std::string why = active_.notices.front().problem.message;
        for (StoreNotice& notice : active_.notices) note(std::move(notice));
        active_.notices.clear();
        throw std::runtime_error(why);
    }
    // The pack on the stick was read and checked already; only what it would change is new.
    if (stick_pack_ && stick_pack_->content) stick_pack_->diff = diff_packs(active_.content, *stick_pack_->content);
}

// Looks for packs on USB sticks every few seconds and names a new one on the console. A pack is
// read and checked only while the staff desk is open: never while a visitor uses the kiosk, and
// nothing of a stick is parsed for whoever plugs one in.
void Kiosk::watch_usb(double now) {
    take_stick_check();
    if (now - last_usb_look_ < kUsbLookSeconds) return;
    last_usb_look_ = now;
    const std::vector<std::string> found = find_usb_packs(options_.usb_roots.empty() ? default_usb_roots() : options_.usb_roots);
    const bool changed = found != usb_packs_;
    desk_clock_ = now;
    if (changed) {
        usb_packs_ = found;
        stick_pack_.reset();
        staff_.confirming_load = false;  // a yes was for that stick's pack only
        if (!found.empty()) std::fprintf(stderr, "usb: pakket gevonden: %s\n", found.front().c_str());
    }
    if (staff_.view != StaffView::Desk) return;
    if (!found.empty() && !stick_pack_ && !stick_check_.valid()) {
        // Reading a pack decodes every photo in it: seconds, for a large one. The task gets
        // copies, so nothing it reads changes under it.
        stick_check_ = std::async(std::launch::async, [path = found.front(), keys = options_.trusted_keys, current = active_.content] {
            return inspect_pack(path, keys, current);
        });
    }
    if (changed || stick_pack_ || stick_check_.valid()) refresh_staff_desk();
}

void Kiosk::take_stick_check() {
    if (!stick_check_.valid() || stick_check_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return;
    std::optional<PackCandidate> candidate;
    try {
        candidate = stick_check_.get();
    } catch (const std::exception& error) {
        std::fprintf(stderr, "usb: het pakket kon niet gecontroleerd worden: %s\n", error.what());
    }
    if (staff_.view != StaffView::Desk) return;  // closed meanwhile: the check was for nothing
    // A stick pulled or swapped meanwhile: its check is dropped, and the desk says what is there.
    if (candidate && !usb_packs_.empty() && usb_packs_.front() == candidate->path) stick_pack_ = std::move(candidate);
    refresh_staff_desk();
}

void Kiosk::wait_for_stick_check(double max_seconds) const {
    if (stick_check_.valid()) stick_check_.wait_for(std::chrono::duration<double>(max_seconds));
}

void Kiosk::refresh_staff_desk() {
    const Texts& texts = active_.content.texts;
    StaffDesk& desk = staff_.desk;
    desk.notices.clear();
    for (const StoreNotice& notice : store_notices_) desk.notices.push_back(texts.format(notice_text_key(notice.kind), notice.values));
    desk.current.clear();
    std::optional<StoredPack> active, previous;
    try {
        active = store_->active_pack();
        previous = store_->previous_pack();
    } catch (const StoreError&) {
        // Told by the next write, which deals with it; the desk shows what the kiosk runs.
    }
    if (active) {
        desk.current.push_back(texts.format("staff.pack_line", {{"naam", active->name}, {"versie", active->version}}));
        desk.current.push_back(source_label(texts, active->source) + ", " + active->loaded_at + " UTC");
    }
    desk.current.push_back(texts.format("staff.counts", {{"opleidingen", std::to_string(active_.content.programmes.size())},
                                                         {"vragen", std::to_string(active_.content.questions.size())}}));
    desk.previous = previous ? texts.format("staff.previous", {{"naam", previous->name}, {"versie", previous->version}}) : "";

    desk.stick_problems.clear();
    desk.stick_warnings.clear();
    desk.stick_changes.clear();
    desk.can_load = stick_pack_ && stick_pack_->loadable();
    desk.stick_older = stick_goes_back(desk_clock_);
    desk.confirming_load = staff_.confirming_load;
    desk.can_export = stick_pack_.has_value();
    if (!stick_pack_ && stick_check_.valid()) {
        desk.stick = texts.get("staff.stick_checking");
    } else if (!stick_pack_) {
        desk.stick = texts.get("staff.no_stick");
    } else if (!stick_pack_->loadable()) {
        desk.stick = texts.format("staff.stick_bad", {{"pad", stick_pack_->path}});
        for (const Problem& problem : stick_pack_->problems)
            if (problem.severity == Problem::Severity::Error) desk.stick_problems.push_back(to_string(problem));
    } else {
        desk.stick = texts.format("staff.stick_good", {{"pad", stick_pack_->path}, {"naam", stick_pack_->content->pack.name},
                                                      {"versie", stick_pack_->content->pack.version}, {"sleutel", stick_pack_->signed_by}});
        for (const Problem& problem : stick_pack_->problems) desk.stick_warnings.push_back(to_string(problem));  // only warnings
        desk.stick_changes = describe(stick_pack_->diff);
    }

    desk.has_printer = active_.content.event.printer_kind != PrinterKind::None;
    if (!desk.has_printer)
        desk.printer = texts.get("staff.no_printer");
    else if (watched_job_)
        desk.printer = texts.get(printer_state_key(watched_job_->state()));
    else if (printer_trouble_)
        desk.printer = texts.get(printer_state_key(*printer_trouble_));
    else
        desk.printer = texts.get("printer.idle");
}

// Statistics as CSV and JSON, and in token mode the kept portfolio records, next to the pack on
// the stick. Each file is written under a temporary name and renamed, so a pulled stick never
// holds half a file under the real name.
std::string Kiosk::export_to_stick(double now) {
    const Texts& texts = active_.content.texts;
    if (!stick_pack_) return texts.get("staff.no_stick");
    const std::filesystem::path folder = std::filesystem::path(stick_pack_->path).parent_path();
    const std::string base = active_.content.event.id + "-" + store_->kiosk_id() + "-" + local_time(now, "%Y%m%d-%H%M");
    const Statistics statistics = store_->statistics(active_.content.event.id);
    std::vector<std::pair<std::string, std::string>> files = {
        {"statistiek-" + base + ".csv", statistics_csv(statistics, active_.content.event.id, store_->kiosk_id())},
        {"statistiek-" + base + ".json", statistics_json(statistics, active_.content.event.id, store_->kiosk_id())},
    };
    if (active_.content.event.portfolio_mode == PortfolioMode::Token)
        files.push_back({"portfolio-" + base + ".json", portfolio_export_json(store_->portfolio_records())});
    std::string names;
    for (const auto& [name, bytes] : files) {
        write_file_atomically((folder / name).string(), bytes);
        names += (names.empty() ? "" : ", ") + name;
    }
    return texts.format("staff.exported", {{"bestanden", names}});
}

}  // namespace kiosk
