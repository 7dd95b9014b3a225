// The kiosk program: an SDL window and renderer, Dear ImGui, the store and the screens, and an
// event loop that only draws when something changes (an idle kiosk sleeps in
// SDL_WaitEventTimeout). Headless runs use the same class with SDL's dummy video driver.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <SDL.h>

#include "output/printer.h"
#include "output/png.h"
#include "output/ticket.h"
#include "store/active_content.h"
#include "store/pack_import.h"
#include "store/store.h"
#include "input/gesture.h"
#include "ui/screens.h"

struct ImGuiContext;

namespace kiosk {

struct AppOptions {
    int width = 1280;
    int height = 800;
    bool fullscreen = false;
    bool headless = false;   // SDL dummy video driver + software renderer
    bool software = false;   // software renderer even with a real window
    float dpi = 0;           // 0 = ask the display (falls back to 92 dpi)
    std::string content_dir; // the default content pack folder
    std::string store_path;  // SQLite file; ":memory:" for tests
    std::vector<std::string> trusted_keys;  // public keys whose signed packs the kiosk takes
    std::string staff_pin_hash;             // empty: the staff screen cannot be opened
    std::vector<std::string> usb_roots;     // where sticks are mounted
};

class App {
public:
    explicit App(const AppOptions& options);  // throws std::runtime_error with a Dutch message
    ~App();
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    void handle_event(const SDL_Event& event, double now);
    // Draws one frame (input queued by handle_event reaches ImGui here).
    void render_frame(double now);
    // True while frames are needed without new input: a tap in flight, a coasting list, a
    // screen that just changed.
    bool busy() const;
    // The real event loop; returns when the window is closed, or after `max_seconds` when given
    // (the benchmark uses that to measure an idle kiosk).
    int run(double max_seconds = 0);

    KioskUi& ui() { return ui_; }
    const KioskUi& ui() const { return ui_; }
    const Content& content() const { return active_.content; }
    Store& store() { return *store_; }
    Image screenshot() const;
    std::vector<std::string> problems() const;  // problems with the default content, if any
    std::uint64_t frames_drawn() const { return frames_drawn_; }
    bool quit_requested() const { return quit_requested_; }  // staff chose to leave the kiosk

private:
    struct WindowDestroy { void operator()(SDL_Window* w) const { SDL_DestroyWindow(w); } };
    struct RendererDestroy { void operator()(SDL_Renderer* r) const { SDL_DestroyRenderer(r); } };
    struct TextureDestroy { void operator()(SDL_Texture* t) const { SDL_DestroyTexture(t); } };
    struct PendingClick { float x, y; int stage; };

    void feed_pointer(double now);
    void print_ticket(const TakeHome& home);
    void start_print_job(const TicketText& text);
    void watch_print_jobs();
    void show_card_photo();
    // The staff desk (platform/app_staff.cpp).
    void handle_staff_action(StaffAction action, double now);
    void watch_usb(double now);
    void refresh_staff_desk();
    void switch_content();
    std::string export_to_stick();

    AppOptions options_;
    std::unique_ptr<Store> store_;
    ActiveContent active_;
    std::unique_ptr<SDL_Window, WindowDestroy> window_;
    std::unique_ptr<SDL_Renderer, RendererDestroy> renderer_;
    ImGuiContext* imgui_ = nullptr;
    KioskUi ui_;
    Gesture gesture_;
    std::vector<PendingClick> clicks_;
    bool consume_touch_ = false;  // this touch only woke the "are you still there?" prompt
    Screen last_screen_ = Screen::Attract;
    int settle_frames_ = 2;
    double last_frame_ = 0;
    std::uint64_t frames_drawn_ = 0;
    // Jobs still printing stay alive here until done, so starting a new one never waits.
    std::vector<std::shared_ptr<PrintJob>> print_jobs_;
    PrinterState last_printer_state_ = PrinterState::Idle;
    TicketFonts ticket_fonts_;  // read when the first ticket prints
    // USB: the packs found at the last look, and the first one, inspected.
    double last_usb_look_ = -1e9;
    std::vector<std::string> usb_packs_;
    std::optional<PackCandidate> stick_pack_;
    bool quit_requested_ = false;
    // Only the open card's photo is decoded and kept, so photos never add up in memory.
    std::unique_ptr<SDL_Texture, TextureDestroy> card_photo_;
};

double wall_clock();

}  // namespace kiosk
