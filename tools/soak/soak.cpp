// A whole booth day, simulated (issue 13): drives the headless kiosk (platform/headless.h) through
// a 12-hour open day on an injected clock, through its screens and not only its logic:
//   - visitors arrive at random (Poisson, busier around noon and in the early evening); between
//     them the attract screen loops, and someone who walks away mid-visit meets "Ben je er nog?"
//     and the idle wipe;
//   - each visitor walks through with some randomness: languages switched, "samen" with a parent,
//     the whole offer, cards, a comparison, the explanation of the mbo, the take-home with its
//     reflections and next step, the QR and the printed ticket, or they stop halfway;
//   - random taps, drags, flicks, scribbles and long presses everywhere, also on nothing and in
//     the middle of a screen changing; the finger's path comes at a touchscreen's rate (200 Hz), several
//     events to a frame, stamped with when they happened, as SDL queues them while a frame draws;
//   - a fake network printer (fake_printer.h) that runs out of paper, has its cover open, drops
//     off the network or stops answering, until a volunteer fixes it;
//   - staff sessions: the hidden corner, the PIN (now and then a wrong one), a signed pack loaded
//     from a (simulated) USB stick, a test ticket, a rollback, statistics to the stick.
// It samples the process's memory (RSS from /proc/self/statm; the heap in use from mallinfo2, or
// from AddressSanitizer's allocator when built with it) and the store's size on disk (file + WAL)
// every few simulated minutes, and prints the figures with the least-squares slope of memory per
// simulated hour. The seed is printed; the same seed gives the same day.
//
//   kiosk_soak [--hours 12 | --minutes M] [--seed N] [--size WxH] [--dpi D] [--frame-hz F]
//              [--input-hz I] [--sample-minutes S] [--warmup-minutes W] [--keep]
//              [--check --max-growth-mib G --max-store-mib S --min-events N]
// With --check it exits non-zero when memory grew by more than G MiB after the warm-up, the
// store passed S MiB, or fewer than N events were sent (the short run in the test suite).
#include <malloc.h>
#include <unistd.h>

#include <cstddef>

#if defined(__SANITIZE_ADDRESS__)
#define KIOSK_SOAK_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KIOSK_SOAK_ASAN 1
#endif
#endif
#ifdef KIOSK_SOAK_ASAN
// From the sanitizer runtime (<sanitizer/allocator_interface.h>, which Debian's gcc does not ship).
extern "C" std::size_t __sanitizer_get_current_allocated_bytes();
#endif

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "config/kiosk_config.h"
#include "core/local_time.h"
#include "fake_printer.h"
#include "pack/pack_files.h"
#include "pack/signature.h"
#include "platform/headless.h"

namespace fs = std::filesystem;
using namespace kiosk;

namespace {

// ---- options -------------------------------------------------------------------------------

struct Config {
    double hours = 12;
    double start_hour = 8.5;  // when the day begins on the clock: 08:30
    unsigned long long seed = 0;
    bool seed_given = false;
    int width = 1080, height = 1920;  // a portrait booth screen
    float dpi = 92;
    double frame_hz = 30;     // frames drawn a second while something moves
    // How often a touchscreen reports a moving finger: projected-capacitive booth screens report
    // some 100-240 times a second.
    double input_hz = 200;
    double sample_minutes = 10;
    double warmup_minutes = 60;
    bool keep = false;        // keep the work folder (store, packs) for a look afterwards
    bool check = false;
    double max_growth_mib = 64;
    double max_store_mib = 64;
    long long min_events = 0;
};

[[noreturn]] void usage(const std::string& problem) {
    std::fprintf(stderr, "kiosk_soak: %s\nzie het commentaar bovenaan tools/soak/soak.cpp voor de opties\n", problem.c_str());
    std::exit(2);
}

Config parse(int argc, char** argv) {
    Config config;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) usage(arg + " verwacht een waarde");
            return argv[++i];
        };
        auto number = [&]() {
            const std::string v = value();
            char* end = nullptr;
            const double d = std::strtod(v.c_str(), &end);
            if (!end || *end) usage(arg + " verwacht een getal, gevonden '" + v + "'");
            return d;
        };
        if (arg == "--help" || arg == "-h") {
            std::printf(
                "kiosk_soak: een hele standdag, gesimuleerd (tools/soak/soak.cpp)\n"
                "  --hours H | --minutes M   hoe lang de dag duurt (standaard 12 uur)\n"
                "  --start UU:MM             hoe laat de dag begint (standaard 08:30; om 12:00 is het druk)\n"
                "  --seed N                  dezelfde dag nog eens (de seed staat bovenaan elke run)\n"
                "  --size BxH --dpi D        het scherm (standaard 1080x1920, 92 dpi)\n"
                "  --frame-hz F              beelden per seconde terwijl iets beweegt (standaard 30)\n"
                "  --input-hz I              meldingen per seconde van een bewegende vinger (standaard 200)\n"
                "  --sample-minutes S        geheugen en opslag meten om de S gesimuleerde minuten (10)\n"
                "  --warmup-minutes W        de helling pas vanaf W minuten (60; hoogstens een kwart van de dag)\n"
                "  --keep                    de werkmap (opslag, pakketten) bewaren\n"
                "  --check --max-growth-mib G --max-store-mib S --min-events N\n"
                "                            fout (exit 1) bij meer groei, een grotere opslag of minder events\n");
            std::exit(0);
        }
        if (arg == "--hours") config.hours = number();
        else if (arg == "--minutes") config.hours = number() / 60.0;
        else if (arg == "--start") {
            int hh = 0, mm = 0;
            const std::string v = value();
            if (std::sscanf(v.c_str(), "%d:%d", &hh, &mm) != 2 || hh < 0 || hh > 23 || mm < 0 || mm > 59) usage("--start verwacht UU:MM");
            config.start_hour = hh + mm / 60.0;
        }
        else if (arg == "--seed") {
            config.seed = std::stoull(value());
            config.seed_given = true;
        } else if (arg == "--size") {
            const std::string v = value();
            if (std::sscanf(v.c_str(), "%dx%d", &config.width, &config.height) != 2) usage("--size verwacht BxH, bijvoorbeeld 1080x1920");
        } else if (arg == "--dpi") config.dpi = static_cast<float>(number());
        else if (arg == "--frame-hz") config.frame_hz = number();
        else if (arg == "--input-hz") config.input_hz = number();
        else if (arg == "--sample-minutes") config.sample_minutes = number();
        else if (arg == "--warmup-minutes") config.warmup_minutes = number();
        else if (arg == "--keep") config.keep = true;
        else if (arg == "--check") config.check = true;
        else if (arg == "--max-growth-mib") config.max_growth_mib = number();
        else if (arg == "--max-store-mib") config.max_store_mib = number();
        else if (arg == "--min-events") config.min_events = static_cast<long long>(number());
        else usage("onbekende optie '" + arg + "'");
    }
    if (config.hours <= 0) usage("--hours/--minutes moet meer dan 0 zijn");
    if (config.frame_hz <= 0 || config.input_hz <= 0) usage("--frame-hz en --input-hz moeten meer dan 0 zijn");
    if (!config.seed_given)
        config.seed = static_cast<unsigned long long>(std::chrono::system_clock::now().time_since_epoch().count()) % 1000000007ull;
    return config;
}

// ---- memory and store ----------------------------------------------------------------------

double rss_kib() {
    std::ifstream statm("/proc/self/statm");
    unsigned long long pages = 0, resident = 0;
    statm >> pages >> resident;
    return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / 1024.0;
}

// The heap in use: what the program asked for and has not given back. Under AddressSanitizer,
// glibc's malloc is not the allocator (mallinfo2 says nothing), so ASan's own count.
double heap_kib() {
#ifdef KIOSK_SOAK_ASAN
    return static_cast<double>(__sanitizer_get_current_allocated_bytes()) / 1024.0;
#else
    const struct mallinfo2 info = mallinfo2();
    return static_cast<double>(info.uordblks + info.hblkhd) / 1024.0;
#endif
}

std::uintmax_t file_size_or_zero(const std::string& path) {
    std::error_code error;
    const std::uintmax_t size = fs::file_size(path, error);
    return error ? 0 : size;
}

std::uintmax_t store_bytes(const std::string& path) { return file_size_or_zero(path) + file_size_or_zero(path + "-wal"); }

struct Sample {
    double hour;  // simulated hours since the day began
    double rss, heap;  // KiB
    std::uintmax_t store;
    long long events;
    std::uint64_t frames;
};

// Least squares: the slope of y over x.
double slope(const std::vector<Sample>& samples, double Sample::*y) {
    const double n = static_cast<double>(samples.size());
    if (samples.size() < 2) return 0;
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const Sample& s : samples) {
        sx += s.hour;
        sy += s.*y;
        sxx += s.hour * s.hour;
        sxy += s.hour * (s.*y);
    }
    const double d = n * sxx - sx * sx;
    return d == 0 ? 0 : (n * sxy - sx * sy) / d;
}

// ---- packs ---------------------------------------------------------------------------------

std::string dev_key(const char* name) { return read_file_bytes(std::string(KIOSK_SOURCE_DIR) + "/tools/dev-key/" + name); }

// The default content, pointed at the fake printer, under another event name when given.
PackFiles day_pack(const std::string& printer, const std::string& event_name) {
    PackFiles files = read_pack_folder(std::string(KIOSK_SOURCE_DIR) + "/content");
    std::string& event = files["event.ini"];
    if (!event_name.empty()) {
        const std::string key = "\nname = ";
        const auto at = event.find(key);
        if (at != std::string::npos) event.replace(at + key.size(), event.find('\n', at + 1) - at - key.size(), event_name);
    }
    event += "\n[printer]\nkind = escpos\ndevice = " + printer + "\npaper = 58\n";
    files.erase(std::string(kSignatureFile));
    return files;
}

// ---- the day -------------------------------------------------------------------------------

constexpr const char* kPin = "4821";

struct Touch {
    Uint32 type;
    float x, y;
    double at;
};

struct Counts {
    long long events = 0, taps = 0, label_taps = 0, drags = 0, flicks = 0, scribbles = 0, long_presses = 0, stray_taps = 0;
    int visitors = 0, passers_by = 0, gave_up_waiting = 0, finished = 0, walked_away = 0, stopped = 0, together = 0, browsed = 0;
    int language_switches = 0, compares = 0, cards = 0, explains = 0, idle_prompts = 0, idle_wipes = 0;
    int staff_sessions = 0, wrong_pins = 0, loads = 0, rollbacks = 0, test_prints = 0, exports = 0, pin_pads_by_visitors = 0;
    int printer_faults = 0, tickets = 0, tickets_printed = 0, tickets_failed = 0;
};

class Day {
public:
    Day(const Config& config, HeadlessKiosk& kiosk, soak::FakePrinter& printer, const std::string& media, std::vector<PackFiles> stick_packs)
        : config_(config), k_(kiosk), printer_(printer), media_(media), stick_packs_(std::move(stick_packs)), random_(config.seed),
          start_(kiosk.now()), opening_(kiosk.now() - (config.start_hour - 8.5) * 3600.0), frame_dt_(1.0 / config.frame_hz), input_dt_(1.0 / config.input_hz) {}

    // Runs the day until `end` on the kiosk's clock; `sample` is called at least every
    // `sample_seconds` of it.
    void run(double end, double sample_seconds, const std::function<void()>& sample);
    const Counts& counts() const { return counts_; }

private:
    // -- helpers --
    double now() const { return k_.now(); }
    double uniform(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(random_); }
    bool chance(double p) { return uniform(0, 1) < p; }
    std::size_t pick(std::size_t n) { return n == 0 ? 0 : std::uniform_int_distribution<std::size_t>(0, n - 1)(random_); }
    const Content& content() const { return k_.app().kiosk().content(); }
    const Session& session() const { return k_.app().kiosk().session(); }
    const Staff& staff() const { return k_.app().kiosk().staff(); }
    std::string text(const char* key) const { return content().texts.get(key); }
    std::string staff_text(const char* key) const { return k_.app().pack().texts.get(key); }
    float width() const { return k_.app().ui().frame.metrics.width; }
    float height() const { return k_.app().ui().frame.metrics.height; }

    // -- touch --
    void send(const Touch& touch, double frame_time);
    void play(const std::vector<Touch>& path);
    void feed(const std::vector<Touch>& path);
    void settle();
    void pass(double seconds);
    void think(double lo, double hi) { pass(uniform(lo, hi)); }
    std::vector<Touch> tap_path(float x, float y);
    void tap_at(float x, float y);
    bool tap(const std::string& label);
    bool tap_any(const std::vector<std::string>& labels);
    bool tap_scrolling(const std::string& label);
    void drag(float x0, float y0, float x1, float y1, double seconds);
    void scroll_read();
    void flick();
    void scribble();
    void long_press();
    void random_gesture();
    bool tap_random_label();

    // -- visitors --
    void visitor();
    void passer_by();
    bool visit_step(bool heading_home);
    bool purposeful(bool heading_home);
    void switch_language();
    void on_finish();
    void walk_away();

    // -- staff and printer --
    enum class StaffTask { FixPrinter, Load, RollBack, Export };
    void staff_session(StaffTask task);
    bool open_staff_desk();
    void wait_for_ticket(long long served_before);

    const Config& config_;
    HeadlessKiosk& k_;
    soak::FakePrinter& printer_;
    std::string media_;
    std::vector<PackFiles> stick_packs_;
    std::mt19937_64 random_;
    double start_;
    double opening_;  // 08:30 on the day: the visitors' hours are counted from there
    double frame_dt_, input_dt_;
    Counts counts_;
    double fault_since_ = -1;
    int next_stick_ = 0;
};

// One event as SDL hands it over: stamped with when it happened (as the headless driver stamps
// them: milliseconds since a second before the day began), read just before the frame at
// `frame_time`.
void Day::send(const Touch& touch, double frame_time) {
    SDL_Event event{};
    event.type = touch.type;
    event.common.timestamp = static_cast<Uint32>(1000.0 + (touch.at - start_) * 1000.0 + 0.5);
    if (touch.type == SDL_MOUSEMOTION) {
        event.motion.x = static_cast<Sint32>(touch.x);
        event.motion.y = static_cast<Sint32>(touch.y);
        event.motion.state = SDL_BUTTON_LMASK;
    } else {
        event.button.button = SDL_BUTTON_LEFT;
        event.button.x = static_cast<Sint32>(touch.x);
        event.button.y = static_cast<Sint32>(touch.y);
    }
    k_.app().handle_event(event, frame_time, touch.at);
    ++counts_.events;
}

// A finger's path, as it happened: the loop draws a frame every frame_dt_, and the events that
// came in meanwhile are read together just before it. Then frames until the screen is still.
void Day::play(const std::vector<Touch>& path) {
    feed(path);
    settle();
}

// Only the frames the path itself needs: what follows may catch the screen mid-coast.
void Day::feed(const std::vector<Touch>& path) {
    std::size_t read = 0;
    double frame = now();
    while (read < path.size()) {
        frame += frame_dt_;
        for (; read < path.size() && path[read].at <= frame; ++read) send(path[read], frame);
        k_.frame_after(frame - now());
    }
}

// Frames at the loop's pace while something moves (a tap on its way, a list coasting, a screen
// laying itself out), as the real loop draws them; bounded, like HeadlessKiosk::settle.
void Day::settle() {
    for (int i = 0; i < 600 && k_.app().busy(); ++i) k_.frame_after(frame_dt_);
}

// Time passes without touches: frames only when the kiosk wants one (the attract screen's slides,
// the countdown), at most frame_hz a second, as the real loop on this machine would draw them.
void Day::pass(double seconds) {
    const double end = now() + seconds;
    while (now() < end) k_.frame_after(std::min(end - now(), std::max(frame_dt_, k_.app().seconds_until_redraw(now()))));
    settle();
}

std::vector<Touch> Day::tap_path(float x, float y) {
    // A finger lands, wobbles a pixel or two, and lifts 60-180 ms later.
    std::vector<Touch> path;
    double t = now() + uniform(0, frame_dt_);
    path.push_back({SDL_MOUSEBUTTONDOWN, x, y, t});
    const double hold = uniform(0.06, 0.18);
    const int wobbles = static_cast<int>(hold / input_dt_);
    for (int i = 1; i <= wobbles; ++i)
        if (chance(0.5)) path.push_back({SDL_MOUSEMOTION, x + static_cast<float>(uniform(-2, 2)), y + static_cast<float>(uniform(-2, 2)), t + i * input_dt_});
    path.push_back({SDL_MOUSEBUTTONUP, x, y, t + hold});
    return path;
}

void Day::tap_at(float x, float y) {
    ++counts_.taps;
    play(tap_path(x, y));
}

// Taps somewhere inside the visible widget with this label, as a finger does: not its centre.
bool Day::tap(const std::string& label) {
    const HitTarget* target = k_.target(label);
    if (!target) return false;
    const float w = target->max.x - target->min.x, h = target->max.y - target->min.y;
    const float x = target->min.x + w * static_cast<float>(uniform(0.25, 0.75));
    const float y = target->min.y + h * static_cast<float>(uniform(0.25, 0.75));
    ++counts_.label_taps;
    tap_at(x, y);
    return true;
}

bool Day::tap_any(const std::vector<std::string>& labels) {
    for (const std::string& label : labels)
        if (tap(label)) return true;
    return false;
}

// Taps the widget with this label, dragging the screen up a little at a time until it shows, as a
// volunteer looking for a button on a long staff desk does; back to the top when it never shows.
bool Day::tap_scrolling(const std::string& label) {
    for (int tries = 0; tries < 8; ++tries) {
        if (tap(label)) return true;
        ++counts_.drags;
        drag(width() / 2, height() * 0.7f, width() / 2, height() * 0.45f, 0.4);
    }
    for (int tries = 0; tries < 8; ++tries) {
        ++counts_.drags;
        drag(width() / 2, height() * 0.3f, width() / 2, height() * 0.8f, 0.3);
    }
    return false;
}

void Day::drag(float x0, float y0, float x1, float y1, double seconds) {
    std::vector<Touch> path;
    const double t = now() + uniform(0, frame_dt_);
    path.push_back({SDL_MOUSEBUTTONDOWN, x0, y0, t});
    const int steps = std::max(1, static_cast<int>(seconds / input_dt_));
    for (int i = 1; i <= steps; ++i) {
        const double f = static_cast<double>(i) / steps;
        const double eased = f * f * (3 - 2 * f);  // a finger speeds up and slows down
        path.push_back({SDL_MOUSEMOTION, x0 + (x1 - x0) * static_cast<float>(eased) + static_cast<float>(uniform(-1.5, 1.5)),
                        y0 + (y1 - y0) * static_cast<float>(eased), t + i * input_dt_});
    }
    path.push_back({SDL_MOUSEBUTTONUP, x1, y1, t + steps * input_dt_ + 0.004});
    play(path);
}

// Reading a long screen: a slow drag up (mostly) or back down.
void Day::scroll_read() {
    ++counts_.drags;
    const float x = width() * static_cast<float>(uniform(0.15, 0.85));
    const float y0 = height() * static_cast<float>(uniform(0.45, 0.85));
    const float distance = height() * static_cast<float>(uniform(0.1, 0.4)) * (chance(0.75) ? -1.0f : 1.0f);
    drag(x, y0, x, std::clamp(y0 + distance, 5.0f, height() - 5), uniform(0.25, 1.6));
}

// A quick flick that sets a list coasting; now and then a tap lands while it still coasts.
void Day::flick() {
    ++counts_.flicks;
    const float x = width() * static_cast<float>(uniform(0.1, 0.9));
    const float y0 = height() * static_cast<float>(uniform(0.2, 0.9));
    const float y1 = std::clamp(y0 + height() * static_cast<float>(uniform(-0.5, 0.5)), 0.0f, height() - 1);
    std::vector<Touch> path;
    const double t = now();
    const double seconds = uniform(0.05, 0.16);
    const int steps = std::max(2, static_cast<int>(seconds / input_dt_));
    path.push_back({SDL_MOUSEBUTTONDOWN, x, y0, t});
    for (int i = 1; i <= steps; ++i) path.push_back({SDL_MOUSEMOTION, x, y0 + (y1 - y0) * static_cast<float>(i) / static_cast<float>(steps), t + i * input_dt_});
    path.push_back({SDL_MOUSEBUTTONUP, x, y1, t + steps * input_dt_ + 0.003});
    feed(path);  // what follows may catch the list mid-coast
    if (chance(0.3)) {
        k_.frame_after(frame_dt_ * static_cast<double>(1 + pick(6)));
        ++counts_.stray_taps;
        tap_at(width() * static_cast<float>(uniform(0.05, 0.95)), height() * static_cast<float>(uniform(0.05, 0.95)));
    }
    settle();
}

// A finger wandering over the glass for a few seconds: a child drawing on the screen.
void Day::scribble() {
    ++counts_.scribbles;
    std::vector<Touch> path;
    float x = width() * static_cast<float>(uniform(0.1, 0.9)), y = height() * static_cast<float>(uniform(0.1, 0.9));
    double t = now();
    path.push_back({SDL_MOUSEBUTTONDOWN, x, y, t});
    const int steps = static_cast<int>(uniform(0.5, 4.0) / input_dt_);
    float vx = 0, vy = 0;
    for (int i = 0; i < steps; ++i) {
        vx = std::clamp(vx + static_cast<float>(uniform(-3, 3)), -25.0f, 25.0f);
        vy = std::clamp(vy + static_cast<float>(uniform(-3, 3)), -25.0f, 25.0f);
        x = std::clamp(x + vx, 0.0f, width() - 1);
        y = std::clamp(y + vy, 0.0f, height() - 1);
        t += input_dt_;
        path.push_back({SDL_MOUSEMOTION, x, y, t});
    }
    path.push_back({SDL_MOUSEBUTTONUP, x, y, t + 0.004});
    play(path);
}

// A finger that rests on something for a second or three, trembling a little, then lifts.
void Day::long_press() {
    ++counts_.long_presses;
    const float x = width() * static_cast<float>(uniform(0.05, 0.95)), y = height() * static_cast<float>(uniform(0.05, 0.95));
    std::vector<Touch> path;
    const double t = now();
    path.push_back({SDL_MOUSEBUTTONDOWN, x, y, t});
    const double hold = uniform(0.8, 3.0);
    for (double s = input_dt_; s < hold; s += input_dt_)
        path.push_back({SDL_MOUSEMOTION, x + static_cast<float>(uniform(-3, 3)), y + static_cast<float>(uniform(-3, 3)), t + s});
    path.push_back({SDL_MOUSEBUTTONUP, x, y, t + hold});
    play(path);
}

// Whatever a hand does that is not a choice: on nothing, on a picture, between buttons, during a
// screen change (two taps without waiting for the first to show), sideways swipes.
void Day::random_gesture() {
    const double roll = uniform(0, 1);
    if (roll < 0.30) {
        ++counts_.stray_taps;
        tap_at(width() * static_cast<float>(uniform(0, 1)), height() * static_cast<float>(uniform(0, 1)));
    } else if (roll < 0.55) {
        scroll_read();
    } else if (roll < 0.70) {
        flick();
    } else if (roll < 0.80) {
        scribble();
    } else if (roll < 0.87) {
        long_press();
    } else if (roll < 0.94) {
        // Impatient: taps again before the first one has shown anything.
        counts_.stray_taps += 2;
        counts_.taps += 2;
        std::vector<Touch> first = tap_path(width() * static_cast<float>(uniform(0.1, 0.9)), height() * static_cast<float>(uniform(0.1, 0.9)));
        std::size_t read = 0;
        double frame = now();
        while (read < first.size()) {
            frame += frame_dt_;
            for (; read < first.size() && first[read].at <= frame; ++read) send(first[read], frame);
            k_.frame_after(frame - now());
        }
        play(tap_path(width() * static_cast<float>(uniform(0.1, 0.9)), height() * static_cast<float>(uniform(0.1, 0.9))));
    } else {
        ++counts_.drags;
        const float y = height() * static_cast<float>(uniform(0.1, 0.9));
        const bool left = chance(0.5);
        drag(width() * (left ? 0.85f : 0.15f), y, width() * (left ? 0.15f : 0.85f), y + static_cast<float>(uniform(-40, 40)), uniform(0.1, 0.5));
    }
}

bool Day::tap_random_label() {
    const std::vector<std::string> labels = k_.labels();
    if (labels.empty()) return false;
    return tap(labels[pick(labels.size())]);
}

void Day::switch_language() {
    const std::vector<LanguageInfo> languages = offered_languages(k_.app().pack());
    if (languages.empty()) return;
    const std::string name = languages[pick(languages.size())].name;
    if (tap(name)) {
        ++counts_.language_switches;
        return;
    }
    // Elsewhere than the attract screen the list opens from the globe first.
    if (tap(text("language.choose")) && tap(name)) ++counts_.language_switches;
}

// The screen's own next step, as a visitor who reads it would take it; false when nothing fitting
// was on screen (the visitor then scrolls, which may bring it into view).
bool Day::purposeful(bool heading_home) {
    const Content& c = content();
    const Session& s = session();
    switch (s.screen) {
    case Screen::Attract: return tap(text("attract.start"));
    case Screen::Question: {
        const Question& question = c.questions[s.question];
        if (chance(0.04)) return tap(text("common.back"));
        if (question.pick <= 1) return tap(question.options[pick(question.options.size())].text);
        // Pick several: a few taps (sometimes one too many, or one taken back), then on.
        const std::size_t taps = 1 + pick(static_cast<std::size_t>(question.pick) + 1);
        for (std::size_t i = 0; i < taps; ++i) tap(question.options[pick(question.options.size())].text);
        return tap_any({text("common.next"), text("question.to_results")});
    }
    case Screen::Results: {
        const double roll = uniform(0, 1);
        if (heading_home || roll < 0.15) return tap(text("results.take_home"));
        if (roll < 0.55) {
            std::vector<Match> shown = s.ranking.fits;
            shown.insert(shown.end(), s.ranking.later_routes.begin(), s.ranking.later_routes.end());
            if (s.ranking.surprise) shown.push_back(*s.ranking.surprise);
            std::shuffle(shown.begin(), shown.end(), random_);
            for (const Match& match : shown)
                if (tap(c.texts.format("results.open", {{"naam", c.programmes[static_cast<std::size_t>(match.programme)].name}}))) {
                    ++counts_.cards;
                    return true;
                }
            return false;
        }
        if (roll < 0.80) {
            // Two or three side by side.
            int ticked = 0;
            for (const Programme& programme : c.programmes)
                if (ticked < 3 && chance(0.5) && tap(c.texts.format("results.compare_on", {{"naam", programme.name}}))) ++ticked;
            for (const char* count : {"2", "3"})
                if (tap(c.texts.format("results.compare_go", {{"aantal", count}}))) {
                    ++counts_.compares;
                    return true;
                }
            return ticked > 0;
        }
        if (roll < 0.90) {
            ++counts_.explains;
            return tap(text("results.explain"));
        }
        ++counts_.browsed;
        return tap(text("results.browse_all"));
    }
    case Screen::Programme:
        if (!heading_home && chance(0.3) && tap_any({text("programme.favourite"), text("programme.favourite_on")})) return true;
        return tap_any({text("programme.back"), text("browse.back_to_list"), text("common.back")});
    case Screen::Compare: return tap_any({text("compare.back"), text("common.back")});
    case Screen::Explain:
        if (!heading_home && chance(0.4) && tap_any({text("explain.more"), text("explain.less")})) return true;
        return tap_any({text("explain.back"), text("common.back")});
    case Screen::Browse: {
        if (heading_home && tap(text("browse.take_home"))) return true;
        const double roll = uniform(0, 1);
        if (roll < 0.45) {
            for (std::size_t tries = 0; tries < 4; ++tries)
                if (tap(c.programmes[pick(c.programmes.size())].name)) {
                    ++counts_.cards;
                    return true;
                }
            return false;
        }
        if (roll < 0.65) return tap_any({text("browse.filter"), text("browse.filter_close")}) || tap_random_label();
        if (roll < 0.75) return tap(text("browse.to_questions"));
        if (roll < 0.85) return tap(text("browse.take_home"));
        return tap_any({text("browse.back_to_list"), text("common.back")});
    }
    case Screen::Language: {
        const std::vector<LanguageInfo> languages = offered_languages(k_.app().pack());
        ++counts_.language_switches;
        return tap(languages[pick(languages.size())].name);
    }
    case Screen::Favourite: {
        const std::vector<int> choices = favourite_choices(s);
        const std::size_t choice = pick(choices.size() + 1);
        if (choice < choices.size()) return tap(c.programmes[static_cast<std::size_t>(choices[choice])].name);
        return tap(text("favourite.unsure"));
    }
    case Screen::Reflect: {
        const Question& reflection = c.reflections[s.reflection];
        return tap(reflection.options[pick(reflection.options.size())].text);
    }
    case Screen::Step:
        if (s.next_step < 0 || chance(0.2)) tap(c.next_steps[pick(c.next_steps.size())].text);
        return tap(text("reflect.done"));
    case Screen::Finish: return tap(text("finish.done"));
    }
    return false;
}

// One decision of a visitor on the screen in front of them; false when their visit has ended.
bool Day::visit_step(bool heading_home) {
    if (staff().view != StaffView::Closed) {
        // A visitor who found the hidden corner: a few digits, then away (the pad closes itself).
        ++counts_.pin_pads_by_visitors;
        for (int i = 0; i < 3; ++i) tap_random_label();
        return false;
    }
    if (session().screen == Screen::Attract) return false;
    if (k_.app().kiosk().idle(now()).asking) {
        // They looked away too long and come back: a touch anywhere, or "Ik ben er nog".
        ++counts_.idle_prompts;
        if (!tap(text("idle.stay"))) tap_at(width() / 2, height() / 2);
        return true;
    }
    if (session().screen == Screen::Finish) {
        on_finish();
        return false;
    }
    // Reading a long screen first.
    const Screen screen = session().screen;
    if (screen == Screen::Results || screen == Screen::Programme || screen == Screen::Compare || screen == Screen::Explain ||
        screen == Screen::Browse) {
        // Pupils read with a finger on the glass: drag, read a few lines, drag on.
        const double until = now() + uniform(8, 45);
        while (now() < until) {
            scroll_read();
            think(0.2, 1.5);
        }
    } else if (chance(0.5)) {
        random_gesture();  // a hand that cannot keep still while thinking
    }
    const double roll = uniform(0, 1);
    const double purpose = heading_home ? 0.85 : 0.6;
    if (roll < purpose) {
        if (!purposeful(heading_home)) {
            // Not in view: scroll to find it.
            scroll_read();
        }
    } else if (roll < purpose + 0.04) {
        switch_language();
    } else if (roll < purpose + 0.17) {
        tap_random_label();
    } else {
        random_gesture();
    }
    // Now and then a talk with someone at the booth: long enough, sometimes, for "Ben je er nog?".
    if (chance(0.03)) think(30, content().event.idle_seconds + content().event.countdown_seconds * 0.8);
    else think(0.8, 7);
    return session().screen != Screen::Attract;
}

// The QR on screen and a ticket on its way: the visitor waits for it, perhaps reads the screen
// in another language, then taps "Klaar" (or walks off with the ticket).
void Day::on_finish() {
    const auto& job = k_.app().kiosk().visit().print_job;
    if (job) {
        ++counts_.tickets;
        // The printer answers on its own thread: wait for it on the wall clock (the kiosk's clock
        // stands still meanwhile), so the same seed gives the same day.
        const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(120);
        while (job->state() == PrinterState::Printing && std::chrono::steady_clock::now() < give_up)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        if (job->state() == PrinterState::Printed) ++counts_.tickets_printed;
        else ++counts_.tickets_failed;
    }
    think(3, 15);
    if (chance(0.1)) {
        switch_language();
        think(2, 6);
    }
    if (chance(0.15)) scroll_read();
    if (chance(0.8) && tap(text("finish.done")) && session().screen == Screen::Attract) {
        ++counts_.finished;
        return;
    }
    if (session().screen != Screen::Attract) walk_away();
}

// Gone without a word: "Ben je er nog?" after the idle time, then the countdown, then the wipe.
void Day::walk_away() {
    ++counts_.walked_away;
    const double idle = content().event.idle_seconds + content().event.countdown_seconds;
    pass(idle + 2);
    if (session().screen == Screen::Attract) ++counts_.idle_wipes;
}

// A pupil (or a parent with their child) at the kiosk, from the attract screen until the
// attract screen shows again.
void Day::visitor() {
    ++counts_.visitors;
    // At the attract screen: a look, maybe a language, then one of the ways in.
    think(1, 6);
    if (chance(0.3)) switch_language();
    if (chance(0.1)) random_gesture();
    const double way = uniform(0, 1);
    bool started = false;
    if (way < 0.2) {
        started = tap(text("together.start"));
        if (started) ++counts_.together;
    } else if (way < 0.32) {
        started = tap(text("browse.open"));
        if (started) ++counts_.browsed;
    } else if (way < 0.38) {
        // The mbo explained first, then back and start.
        if (tap(text("explain.open"))) {
            ++counts_.explains;
            scroll_read();
            think(3, 10);
            tap_any({text("explain.back"), text("common.back")});
        }
        started = tap(text("attract.start"));
    } else {
        started = tap(text("attract.start"));
    }
    if (!started) return;
    // How long they mean to stay (simulated seconds), and whether they will leave halfway.
    const double stay = uniform(120, 480);
    const bool leaves_halfway = chance(0.12);
    const bool stops_halfway = !leaves_halfway && chance(0.06);
    const double began = now();
    for (int step = 0; step < 400; ++step) {
        const double spent = now() - began;
        if (leaves_halfway && spent > stay * 0.5) {
            walk_away();
            break;
        }
        if (stops_halfway && spent > stay * 0.5) {
            if (tap(text("common.stop")) && tap(text("stand.stop_yes"))) ++counts_.stopped;
            if (session().screen != Screen::Attract) walk_away();
            break;
        }
        if (spent > stay * 3) {  // lost in the screens: they give up
            walk_away();
            break;
        }
        if (!visit_step(spent > stay)) break;
    }
    if (session().screen != Screen::Attract && staff().view == StaffView::Closed) walk_away();
    if (staff().view != StaffView::Closed) pass(130);  // a PIN pad they found closes itself
}

// Someone who stops at the booth, touches the screen a few times and moves on.
void Day::passer_by() {
    ++counts_.passers_by;
    const std::size_t touches = 1 + pick(8);
    for (std::size_t i = 0; i < touches; ++i) {
        if (chance(0.25)) tap_random_label();
        else random_gesture();
        think(0.3, 3);
    }
    if (session().screen != Screen::Attract || staff().view != StaffView::Closed) walk_away();
    if (staff().view != StaffView::Closed) pass(130);  // the pad they found closes itself
}

// The hidden corner and the PIN; now and then a mistyped one first. A pad locked by visitors'
// tries is waited out.
bool Day::open_staff_desk() {
    for (int attempt = 0; attempt < 3; ++attempt) {
        const float mm = k_.app().ui().frame.metrics.mm;
        // Inside the corner's 15 mm, away from the edges: ImGui clips the kiosk window's items half
        // a window padding in from its edge, so the outermost few millimetres of the corner never
        // answer (a known quirk, left to the owner of the attract screen).
        for (int i = 0; i < 5; ++i) {
            const float x = width() - mm * static_cast<float>(uniform(6, 12)), y = mm * static_cast<float>(uniform(6, 12));
            tap_at(x, y);
        }
        if (staff().view != StaffView::Pin) {
            pass(5);
            continue;
        }
        const bool wrong = chance(0.15);
        if (wrong) ++counts_.wrong_pins;
        for (char digit : std::string(wrong ? "4812" : kPin)) tap(std::string(1, digit));
        tap(staff_text("staff.pin_ok"));
        if (staff().view == StaffView::Desk) return true;
        if (staff().pin_message == staff_text("staff.pin_locked")) pass(kLockSeconds);
        if (staff().view == StaffView::Pin) {
            for (char digit : std::string(kPin)) tap(std::string(1, digit));
            tap(staff_text("staff.pin_ok"));
            if (staff().view == StaffView::Desk) return true;
        }
        tap(staff_text("staff.cancel"));
        pass(130);
    }
    return false;
}

// Waits (on the wall clock) for the fake printer to finish a job that started.
void Day::wait_for_ticket(long long served_before) {
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while (printer_.served() <= served_before && std::chrono::steady_clock::now() < give_up)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    std::this_thread::sleep_for(std::chrono::milliseconds(5));  // the job's state follows the closed connection
}

// A volunteer at the staff desk: fixes the printer and prints a test ticket, or loads the next
// pack from a stick, or rolls back, or takes the statistics home.
void Day::staff_session(StaffTask task) {
    ++counts_.staff_sessions;
    const fs::path stick = fs::path(media_) / "STICK";
    const bool fix_printer = task == StaffTask::FixPrinter, load = task == StaffTask::Load;
    const bool roll_back = task == StaffTask::RollBack, export_stats = task == StaffTask::Export;
    if (load || export_stats) {
        // The stick goes in first; the kiosk looks at it every few seconds.
        // A staff stick always holds their pack: the desk offers the statistics export only to a
        // stick it found a pack on.
        fs::create_directories(stick);
        write_pack_zip(stick_packs_[static_cast<std::size_t>(next_stick_) % stick_packs_.size()], (stick / "pakket.zip").string());
        if (load) ++next_stick_;
    }
    if (fix_printer) {
        printer_.set_fault(soak::PrinterFault::None);
        fault_since_ = -1;
    }
    if (!open_staff_desk()) {
        fs::remove_all(stick);
        return;
    }
    pass(uniform(3, 6));
    for (int i = 0; i < 2; ++i) scroll_read();  // staff read the desk
    if (load && staff().desk.can_load && tap_scrolling(staff_text("staff.load"))) ++counts_.loads;
    if (roll_back && tap_scrolling(staff_text("staff.roll_back"))) ++counts_.rollbacks;
    if (fix_printer || chance(0.3)) {
        const long long served = printer_.served();
        if (tap_scrolling(staff_text("staff.test_print"))) {
            ++counts_.test_prints;
            wait_for_ticket(served);
        }
    }
    if (export_stats && tap_scrolling(staff_text("staff.export"))) ++counts_.exports;
    if (load || export_stats) tap_scrolling(staff_text("staff.eject"));
    pass(uniform(2, 8));
    if (!tap_scrolling(staff_text("staff.close"))) pass(130);  // or left alone: it closes itself
    fs::remove_all(stick);
}

// The day: arrivals by a Poisson process whose rate follows the hour (thinning), a queue of at
// most a few people, printer faults at random that a volunteer fixes a while after they show on
// the attract screen, and staff at the desk a few times a day.
void Day::run(double end, double sample_seconds, const std::function<void()>& sample) {
    // Visitors an hour, by simulated hours since opening: a quiet start, a busy noon, a quieter
    // afternoon, the evening rush of parents after work.
    auto rate = [&](double t) {
        const double h = (t - opening_) / 3600.0;
        return 8.0 + 8.0 * std::exp(-std::pow((h - 3.5) / 1.5, 2)) + 6.0 * std::exp(-std::pow((h - 9.5) / 1.0, 2));
    };
    constexpr double kMaxRate = 22.0;
    double next_arrival = start_;
    auto draw_arrival = [&](double after) {
        double t = after;
        do t += std::exponential_distribution<double>(kMaxRate / 3600.0)(random_);
        while (uniform(0, kMaxRate) > rate(t));
        return t;
    };
    // Someone is already waiting when the booth opens (or when a short run begins).
    next_arrival = std::min(draw_arrival(start_), start_ + uniform(30, 120));
    double next_fault = start_ + std::exponential_distribution<double>(1.0 / 5400.0)(random_);
    double next_staff = start_ + uniform(600, 3600);
    double next_sample = start_ + sample_seconds;
    // Staff set up the booth before the first visitor: their pack from the stick.
    staff_session(StaffTask::Load);

    while (now() < end) {
        if (now() >= next_sample) {
            sample();
            next_sample += sample_seconds;
            continue;
        }
        if (now() >= next_fault) {
            // A fault while another one lasts is no news: the next one is drawn either way.
            if (printer_.fault() == soak::PrinterFault::None) {
                // Stalls cost the kiosk's real time limit per ticket: rarer than the rest.
                const double roll = uniform(0, 1);
                printer_.set_fault(roll < 0.35   ? soak::PrinterFault::OutOfPaper
                                   : roll < 0.6  ? soak::PrinterFault::CoverOpen
                                   : roll < 0.9  ? soak::PrinterFault::Refuse
                                                 : soak::PrinterFault::Stall);
                ++counts_.printer_faults;
                fault_since_ = now();
            }
            next_fault = now() + std::exponential_distribution<double>(1.0 / 5400.0)(random_);
        }
        // A volunteer notices the printer trouble on the attract screen a while later.
        if (fault_since_ >= 0 && now() - fault_since_ > 900 && session().screen == Screen::Attract) {
            staff_session(StaffTask::FixPrinter);
            continue;
        }
        if (now() >= next_staff && session().screen == Screen::Attract) {
            const double roll = uniform(0, 1);
            staff_session(roll < 0.4 ? StaffTask::Load : roll < 0.7 ? StaffTask::RollBack : StaffTask::Export);
            next_staff = now() + uniform(3600, 3 * 3600);
            continue;
        }
        if (next_arrival <= now()) {
            // Those who waited more than five minutes have gone on.
            while (next_arrival < now() - 300) {
                ++counts_.gave_up_waiting;
                next_arrival = draw_arrival(next_arrival);
            }
            if (chance(0.2)) passer_by();
            else visitor();
            next_arrival = draw_arrival(std::max(next_arrival, now() - 300));
            continue;
        }
        // Nobody there: the attract screen loops; children fiddle with it now and then.
        // Staff who wait for a visitor to finish, or a fault that waits for its volunteer, are no
        // moment to wake for: at least a second passes, so the day always moves on.
        double quiet_until = std::min({next_arrival, next_sample, next_fault, end});
        if (next_staff > now()) quiet_until = std::min(quiet_until, next_staff);
        if (fault_since_ >= 0) quiet_until = std::min(quiet_until, fault_since_ + 901);
        quiet_until = std::max(quiet_until, std::min(now() + 1.0, end));
        {
            const double stretch = quiet_until - now();
            if (stretch > 60 && chance(0.5)) {
                // Children waiting for their parents play with the screen for a while.
                pass(uniform(0, stretch / 2));
                const std::size_t plays = 1 + pick(20);
                for (std::size_t i = 0; i < plays; ++i) {
                    if (chance(0.4)) scribble();
                    else random_gesture();
                    pass(uniform(0.2, 2));
                }
                if (session().screen != Screen::Attract || staff().view != StaffView::Closed) walk_away();
                if (staff().view != StaffView::Closed) pass(130);
            } else {
                pass(stretch);
            }
        }
    }
}

}  // namespace

int main(int argc, char** argv) {
    const Config config = parse(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const auto wall_start = std::chrono::steady_clock::now();
    try {
        char pattern[] = "/tmp/kiosk-soak-XXXXXX";
        if (!::mkdtemp(pattern)) throw std::runtime_error("soak: geen werkmap in /tmp");
        const std::string work = pattern;
        const std::string media = work + "/media";
        const std::string store = work + "/kiosk.db";
        fs::create_directories(media);

        soak::FakePrinter printer;
        const std::string secret = *read_secret_key(dev_key("dev.secret"));
        // The kiosk's own content, and the packs staff bring on sticks during the day.
        write_pack_folder(sign_pack(day_pack(printer.address(), ""), secret), work + "/content");
        std::vector<PackFiles> sticks;
        for (const char* name : {"Open dag ROC Zuiderpoort (middag)", "Beroepenmarkt Zuiderstad"})
            sticks.push_back(sign_pack(day_pack(printer.address(), name), secret));

        // SDL turns SIGINT and SIGTERM into a quit event for a loop this program does not run:
        // without this, Ctrl+C would not stop a day.
        SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
        AppOptions options;
        options.width = config.width;
        options.height = config.height;
        options.dpi = config.dpi;
        options.headless = true;
        options.kiosk.content_dir = work + "/content";
        options.kiosk.store_path = store;
        options.kiosk.trusted_keys = {*read_public_key(dev_key("dev.pub"))};
        options.kiosk.staff_pin_hash = hash_pin(kPin);
        options.kiosk.usb_roots = {media};

        // The day begins at 08:30 (or --start) on the open day (the test suite's date), UTC.
        const double day_start = 1795824000.0 + config.start_hour * 3600.0;
        const double day_end = day_start + config.hours * 3600.0;
        std::printf("kiosk_soak: seed %llu, %.2f gesimuleerde uren, scherm %dx%d @ %.0f dpi, %g beelden/s, aanraking %g Hz\n", config.seed,
                    config.hours, config.width, config.height, static_cast<double>(config.dpi), config.frame_hz, config.input_hz);
        std::printf("kiosk_soak: opnieuw precies deze dag: %s --seed %llu", argv[0], config.seed);
        for (int i = 1; i < argc; ++i)
            if (std::strcmp(argv[i], "--seed") == 0) ++i;
            else std::printf(" %s", argv[i]);
        std::printf("\nkiosk_soak: werkmap %s\n", work.c_str());

        std::vector<Sample> samples;
        std::uintmax_t store_at_open = 0;
        Counts final_counts;
        std::uint64_t frames = 0;
        {
            HeadlessKiosk kiosk(options, day_start);
            store_at_open = store_bytes(store);
            Day day(config, kiosk, printer, media, sticks);
            auto sample = [&] {
                const Sample s{(kiosk.now() - day_start) / 3600.0, rss_kib(), heap_kib(), store_bytes(store), day.counts().events,
                               kiosk.app().frames_drawn()};
                samples.push_back(s);
                const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start).count();
                std::printf("  %5.2f h  %s  RSS %8.0f KiB  heap %8.0f KiB  store %7.1f KiB  %9lld events  %9llu frames  %6.0f s\n", s.hour,
                            local_time(kiosk.now(), "%H:%M").c_str(), s.rss, s.heap, static_cast<double>(s.store) / 1024.0, s.events,
                            static_cast<unsigned long long>(s.frames), wall);
            };
            sample();
            day.run(day_end, config.sample_minutes * 60.0, sample);
            sample();
            final_counts = day.counts();
            frames = kiosk.app().frames_drawn();
        }
        const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start).count();

        // The figures, from the first sample after the warm-up (fonts, picture cache, every
        // language once) to the end.
        const double warmup_hours = std::min(config.warmup_minutes / 60.0, config.hours / 4);
        std::vector<Sample> steady;
        for (const Sample& s : samples)
            if (s.hour >= warmup_hours - 1e-9) steady.push_back(s);
        if (steady.size() < 2) steady = samples;
        const Sample& first = steady.front();
        const Sample& last = steady.back();
        const Counts& c = final_counts;
        std::printf("\nkiosk_soak: de dag in cijfers (seed %llu)\n", config.seed);
        std::printf("  events (aanraking)      %lld  (tikken %lld, waarvan op een knop %lld, slepen %lld, vegen %lld, krabbels %lld, lang drukken %lld, los %lld)\n",
                    c.events, c.taps, c.label_taps, c.drags, c.flicks, c.scribbles, c.long_presses, c.stray_taps);
        std::printf("  gesimuleerde uren       %.2f (de laatste bezoeker maakt af wat hij begon)\n", samples.back().hour);
        std::printf("  wandtijd                %.0f s (%.1f min)\n", wall, wall / 60);
        std::printf("  beelden getekend        %llu (%.2f per event)\n", static_cast<unsigned long long>(frames),
                    c.events ? static_cast<double>(frames) / static_cast<double>(c.events) : 0.0);
        std::printf("  bezoekers               %d (voorbijgangers %d, wachtten te lang %d): afgerond %d, weggelopen %d, gestopt %d, samen %d, aanbod %d\n",
                    c.visitors, c.passers_by, c.gave_up_waiting, c.finished, c.walked_away, c.stopped, c.together, c.browsed);
        std::printf("  schermen                taalwissels %d, kaarten %d, vergelijken %d, uitleg %d, 'Ben je er nog?' %d, gewist na stilte %d\n",
                    c.language_switches, c.cards, c.compares, c.explains, c.idle_prompts, c.idle_wipes);
        std::printf("  bonnetjes               %d (geprint %d, mislukt %d), printerstoringen %d, testbonnen %d\n", c.tickets, c.tickets_printed,
                    c.tickets_failed, c.printer_faults, c.test_prints);
        std::printf("  medewerkers             %d keer (verkeerde PIN %d, geladen %d, teruggezet %d, statistiek %d), PIN-scherm door bezoekers %d\n",
                    c.staff_sessions, c.wrong_pins, c.loads, c.rollbacks, c.exports, c.pin_pads_by_visitors);
        std::printf("  geheugen na opwarmen    RSS %.0f KiB, heap %.0f KiB (op %.2f h)\n", first.rss, first.heap, first.hour);
        std::printf("  geheugen aan het eind   RSS %.0f KiB, heap %.0f KiB\n", last.rss, last.heap);
        std::printf("  helling (kleinste kw.)  RSS %+.1f KiB/uur, heap %+.1f KiB/uur (%zu metingen vanaf %.2f h)\n", slope(steady, &Sample::rss),
                    slope(steady, &Sample::heap), steady.size(), first.hour);
        std::printf("  opslag (bestand + WAL)  bij start %.1f KiB, na opwarmen %.1f KiB, aan het eind %.1f KiB\n",
                    static_cast<double>(store_at_open) / 1024.0, static_cast<double>(first.store) / 1024.0,
                    static_cast<double>(last.store) / 1024.0);
#ifdef KIOSK_SOAK_ASAN
        std::printf("  (AddressSanitizer: heap = ASan's toegewezen bytes; RSS bevat ook ASan's quarantaine en schaduwgeheugen)\n");
#endif
        if (!config.keep) fs::remove_all(work);

        if (config.check) {
            int failures = 0;
            const double growth_mib = std::max(last.rss - first.rss, last.heap - first.heap) / 1024.0;
            if (growth_mib > config.max_growth_mib) {
                std::fprintf(stderr, "kiosk_soak: het geheugen groeide %.1f MiB na het opwarmen (grens %.1f MiB)\n", growth_mib, config.max_growth_mib);
                ++failures;
            }
            for (const Sample& s : samples)
                if (static_cast<double>(s.store) / 1048576.0 > config.max_store_mib) {
                    std::fprintf(stderr, "kiosk_soak: de opslag werd %.1f MiB (grens %.1f MiB)\n", static_cast<double>(s.store) / 1048576.0,
                                 config.max_store_mib);
                    ++failures;
                    break;
                }
            if (c.events < config.min_events) {
                std::fprintf(stderr, "kiosk_soak: maar %lld events (minstens %lld)\n", c.events, config.min_events);
                ++failures;
            }
            if (c.visitors == 0) {
                std::fprintf(stderr, "kiosk_soak: geen enkele bezoeker op de dag\n");
                ++failures;
            }
            if (failures) return 1;
        }
    } catch (const std::exception& error) {
        std::fprintf(stderr, "kiosk_soak: %s\n", error.what());
        return 1;
    }
    return 0;
}
