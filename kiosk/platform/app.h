// The kiosk program's screen side: an SDL window and renderer, Dear ImGui, fonts, touch gestures,
// the pictures' textures, and an event loop that only draws when something changes (an idle
// kiosk sleeps in SDL_WaitEventTimeout). The running kiosk itself (content, visit, staff desk,
// printer, store) is the Kiosk it owns (booth/kiosk.h). Headless runs use the same class with
// SDL's dummy video driver.
#pragma once

#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <SDL.h>

#include "booth/kiosk.h"
#include "core/reach.h"
#include "input/gesture.h"
#include "output/png.h"
#include "platform/pictures.h"
#include "platform/console.h"
#include "platform/fonts.h"
#include "platform/single_instance.h"
#include "platform/video.h"
#include "ui/screens.h"

struct ImGuiContext;

namespace kiosk {

struct AppOptions {
    int width = 1280;
    int height = 800;
    bool fullscreen = false;  // cover the whole display, with or without a window manager
    // The booth's lockdown (--booth, which implies fullscreen): no key or window-manager close
    // ends the kiosk (only "Kiosk afsluiten" on the staff desk, or a signal such as systemctl
    // stop), the keyboard is grabbed, the pointer hidden.
    bool booth = false;
    VideoDriver video = VideoDriver::Auto;  // --video
    bool headless = false;   // SDL dummy video driver + software renderer
    bool software = false;   // software renderer even with a real window
    float dpi = 0;           // 0 = ask the display (falls back to 92 dpi)
    KioskOptions kiosk;      // content, store, trusted keys, staff PIN, USB mount points
    // Where read-aloud speech goes; nullptr: the loudspeaker, opened on first use (headless: a
    // sink that drops it, so the speaker button works the same without a sound card).
    std::shared_ptr<AudioSink> audio;
    // The picture library's folder (--pictures); empty = the build's, else one beside the program
    // or /usr/share/openday-kiosk/pictures (find_picture_library).
    std::string pictures;
    // How the screen stands (kiosk.ini [reach]); none: default_mount() for the window's shape.
    std::optional<ScreenMount> reach;
};

class App {
public:
    // Throws std::runtime_error with a Dutch message. `now`: the clock's first reading.
    App(const AppOptions& options, double now);
    ~App();
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    // `happened`: when the event happened on the kiosk's clock, if the caller knows better than
    // its stamp (see run()); otherwise the stamp says (EventClock).
    void handle_event(const SDL_Event& event, double now, double happened = -1);
    // Draws one frame (input queued by handle_event reaches ImGui here).
    void render_frame(double now);
    // True while frames are needed without new input: a tap in flight, a coasting list, a
    // screen that just changed.
    bool busy() const;
    // A tap still on its way to ImGui (it is pressed in one frame and released in the next).
    bool tap_in_flight() const { return !clicks_.empty(); }
    // Waits (at most a generous minute each) until the pictures the frames so far asked for are
    // decoded and a stick's pack is checked, so the next frame shows them: the headless kiosk's
    // frames are then the same on a busy machine as on a quiet one.
    void wait_for_background() const;
    bool pictures_decoding() const;
    // The real event loop; returns when the window is closed, or after `max_seconds` when given
    // (the benchmark uses that to measure an idle kiosk).
    int run(double max_seconds = 0);
    // True once an event asked the kiosk to end (SDL_QUIT: a signal, or outside booth mode the
    // window manager's close); run() then returns.
    bool ending() const { return ending_; }
    const VideoChoice& video() const { return video_; }

    Kiosk& kiosk() { return kiosk_; }
    const Kiosk& kiosk() const { return kiosk_; }
    const KioskUi& ui() const { return ui_; }
    const Content& pack() const { return kiosk_.pack(); }  // as loaded, in Dutch
    Store& store() { return kiosk_.store(); }
    Image screenshot() const;
    std::vector<std::string> problems() const;  // problems with the default content, if any
    std::uint64_t frames_drawn() const { return frames_drawn_; }
    const PictureCache& pictures() const { return *pictures_; }
    // Seconds until a frame is due without input: the attract animation, the countdown.
    double seconds_until_redraw(double now) const;

private:
    struct SdlSession {  // SDL_Init for the App's lifetime: first in, last out
        SdlSession(const AppOptions& options, const VideoChoice& video);
        ~SdlSession();
        SdlSession(const SdlSession&) = delete;
        SdlSession& operator=(const SdlSession&) = delete;
    };
    struct WindowDestroy { void operator()(SDL_Window* w) const { SDL_DestroyWindow(w); } };
    struct RendererDestroy { void operator()(SDL_Renderer* r) const { SDL_DestroyRenderer(r); } };
    struct TextureDestroy { void operator()(SDL_Texture* t) const { SDL_DestroyTexture(t); } };
    struct PendingClick { float x, y; int stage; };

    void feed_pointer(double now);
    void handle_lockdown(const SDL_Event& event);
    Metrics screen_metrics() const;

    // Declared in the order they start: the window first, so its size and dpi give the font
    // sizes; the fonts then build on a second core while the Kiosk reads and checks its content.
    AppOptions options_;
    // Before anything opens: a second kiosk on the same store refuses before it shows a window.
    InstanceLock instance_lock_;
    VideoChoice video_;
    SdlSession sdl_;
    ConsoleGraphics console_;  // console mode: the text console stays out of the picture
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
    EventClock event_clock_;
    bool finger_down_ = false;    // a finger (SDL_FINGER*) is on the screen: the one in `finger_`
    SDL_FingerID finger_ = 0;
    std::vector<PendingClick> clicks_;
    bool consume_touch_ = false;  // this touch only woke the "are you still there?" prompt
    Screen last_screen_ = Screen::Attract;
    int settle_frames_ = 2;
    double last_frame_ = 0;
    double last_read_ = 0;       // when run() last emptied SDL's queue (kiosk clock)
    double last_render_ = 0;     // how long the last frame took to draw, in seconds
    std::uint64_t frames_drawn_ = 0;
    bool ending_ = false;
    // Pictures and photos as textures, within a bound in bytes (platform/pictures.h).
    std::unique_ptr<PictureCache> pictures_;
};

double wall_clock();

}  // namespace kiosk
