// The kiosk program's screen side: an SDL window and renderer, Dear ImGui, fonts, touch gestures,
// the card photo's texture, and an event loop that only draws when something changes (an idle
// kiosk sleeps in SDL_WaitEventTimeout). The running kiosk itself (content, visit, staff desk,
// printer, store) is the Kiosk it owns (booth/kiosk.h). Headless runs use the same class with
// SDL's dummy video driver.
#pragma once

#include <future>
#include <memory>
#include <string>
#include <vector>

#include <SDL.h>

#include "booth/kiosk.h"
#include "input/gesture.h"
#include "output/png.h"
#include "platform/fonts.h"
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
    KioskOptions kiosk;      // content, store, trusted keys, staff PIN, USB mount points
    // Where read-aloud speech goes; nullptr: the loudspeaker, opened on first use (headless: a
    // sink that drops it, so the speaker button works the same without a sound card).
    std::shared_ptr<AudioSink> audio;
};

class App {
public:
    // Throws std::runtime_error with a Dutch message. `now`: the clock's first reading.
    App(const AppOptions& options, double now);
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

    Kiosk& kiosk() { return kiosk_; }
    const Kiosk& kiosk() const { return kiosk_; }
    const KioskUi& ui() const { return ui_; }
    const Content& pack() const { return kiosk_.pack(); }  // as loaded, in Dutch
    Store& store() { return kiosk_.store(); }
    Image screenshot() const;
    std::vector<std::string> problems() const;  // problems with the default content, if any
    std::uint64_t frames_drawn() const { return frames_drawn_; }
    // Seconds until a frame is due without input: the attract animation, the countdown.
    double seconds_until_redraw(double now) const;

private:
    struct SdlSession {  // SDL_Init for the App's lifetime: first in, last out
        explicit SdlSession(const AppOptions& options);
        ~SdlSession();
        SdlSession(const SdlSession&) = delete;
        SdlSession& operator=(const SdlSession&) = delete;
    };
    struct WindowDestroy { void operator()(SDL_Window* w) const { SDL_DestroyWindow(w); } };
    struct RendererDestroy { void operator()(SDL_Renderer* r) const { SDL_DestroyRenderer(r); } };
    struct TextureDestroy { void operator()(SDL_Texture* t) const { SDL_DestroyTexture(t); } };
    struct PendingClick { float x, y; int stage; };

    void feed_pointer(double now);
    void show_card_photo();
    Metrics screen_metrics() const;

    // Declared in the order they start: the window first, so its size and dpi give the font
    // sizes; the fonts then build on a second core while the Kiosk reads and checks its content.
    AppOptions options_;
    SdlSession sdl_;
    std::unique_ptr<SDL_Window, WindowDestroy> window_;
    std::unique_ptr<SDL_Renderer, RendererDestroy> renderer_;
    std::future<FontAtlas> fonts_building_;
    Kiosk kiosk_;
    FontAtlas fonts_;
    std::unique_ptr<SDL_Texture, TextureDestroy> font_texture_;
    ImGuiContext* imgui_ = nullptr;
    bool software_ = false;  // SDL's software renderer: frames go through draw_software
    KioskUi ui_;
    Gesture gesture_;
    std::vector<PendingClick> clicks_;
    bool consume_touch_ = false;  // this touch only woke the "are you still there?" prompt
    Screen last_screen_ = Screen::Attract;
    int settle_frames_ = 2;
    double last_frame_ = 0;
    std::uint64_t frames_drawn_ = 0;
    // Only the open card's photo is decoded and kept, so photos never add up in memory.
    std::unique_ptr<SDL_Texture, TextureDestroy> card_photo_;
};

double wall_clock();

}  // namespace kiosk
