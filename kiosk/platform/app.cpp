#include "platform/app.h"

#include <imgui.h>
#include <imgui_impl_sdlrenderer.h>

#include <algorithm>
#include <cfloat>
#include <chrono>
#include <cstdio>
#include <malloc.h>
#include <stdexcept>

#include "platform/audio.h"
#include "platform/fonts.h"
#include "platform/service.h"
#include "ui/screen_parts.h"
#include "platform/software_draw.h"
#include "ui/theme.h"

namespace kiosk {

namespace {
// After input, ImGui needs a few frames to show its effect (a click spans two frames).
constexpr int kSettleFrames = 3;
constexpr double kCoastFrameSeconds = 1.0 / 60.0;
}  // namespace

// Draws a SolidRect (see ui/widgets.h) with SDL's rectangle fill, which a software renderer does
// many times faster than the same rectangle as two blended triangles.
void fill_solid_rect(const ImDrawList*, const ImDrawCmd* command) {
    const auto* rect = static_cast<const SolidRect*>(command->UserCallbackData);
    auto* renderer = static_cast<SDL_Renderer*>(rect->context);
    const ImVec4& clip = command->ClipRect;
    const SDL_Rect clip_rect{static_cast<int>(clip.x), static_cast<int>(clip.y), static_cast<int>(clip.z - clip.x),
                             static_cast<int>(clip.w - clip.y)};
    SDL_RenderSetClipRect(renderer, &clip_rect);
    SDL_SetRenderDrawBlendMode(renderer, SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(renderer, rect->colour & 0xFF, (rect->colour >> 8) & 0xFF, (rect->colour >> 16) & 0xFF, 255);
    const SDL_FRect area{rect->min.x, rect->min.y, rect->max.x - rect->min.x, rect->max.y - rect->min.y};
    SDL_RenderFillRectF(renderer, &area);
}

// Draws a PictureCall (see ui/screens.h) with SDL's scaled copy, clipped like the command: for a
// software renderer much cheaper than ImGui's two textured triangles over the same pixels.
void draw_picture_call(const ImDrawList*, const ImDrawCmd* command) {
    const auto* call = static_cast<const PictureCall*>(command->UserCallbackData);
    SDL_Renderer* renderer = static_cast<const PictureCache*>(call->context)->renderer();
    auto* texture = static_cast<SDL_Texture*>(call->picture.texture);
    const ImVec4& clip = command->ClipRect;
    const SDL_Rect clip_rect{static_cast<int>(clip.x), static_cast<int>(clip.y), static_cast<int>(clip.z - clip.x),
                             static_cast<int>(clip.w - clip.y)};
    SDL_RenderSetClipRect(renderer, &clip_rect);
    const auto w = static_cast<float>(call->picture.width), h = static_cast<float>(call->picture.height);
    const SDL_Rect source{static_cast<int>(call->uv0.x * w), static_cast<int>(call->uv0.y * h),
                          std::max(1, static_cast<int>((call->uv1.x - call->uv0.x) * w)), std::max(1, static_cast<int>((call->uv1.y - call->uv0.y) * h))};
    const SDL_FRect target{call->min.x, call->min.y, call->max.x - call->min.x, call->max.y - call->min.y};
    SDL_SetTextureAlphaMod(texture, static_cast<Uint8>(std::clamp(call->alpha, 0.0f, 1.0f) * 255.0f));
    SDL_RenderCopyF(renderer, texture, &source, &target);
    SDL_SetTextureAlphaMod(texture, 255);
}

double wall_clock() {
    using namespace std::chrono;
    return duration<double>(system_clock::now().time_since_epoch()).count();
}

App::SdlSession::SdlSession(const AppOptions& options, const VideoChoice& video) {
    if (!video.sdl_driver.empty()) SDL_SetHint(SDL_HINT_VIDEODRIVER, video.sdl_driver.c_str());
    if (video.no_framebuffer_acceleration) SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    // Fingers are read as SDL_FINGER* events (App::handle_event); a mouse made of them as well
    // would be a second copy of the same touch.
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");
    SDL_SetHint(SDL_HINT_MOUSE_TOUCH_EVENTS, "0");
    // No screen saver, no blanking, no display power saving while the kiosk runs (X: the
    // screen saver extension, which also holds off DPMS; a desktop: its inhibit call).
    SDL_SetHint(SDL_HINT_VIDEO_ALLOW_SCREENSAVER, "0");
    if (options.booth) {
        // A window manager's close (its button, Alt+F4) then comes only as SDL_WINDOWEVENT_CLOSE,
        // which booth mode ignores; SDL_QUIT is left for signals (systemctl stop, Ctrl+C in the
        // terminal that started it), which must still end the kiosk cleanly.
        SDL_SetHint(SDL_HINT_QUIT_ON_LAST_WINDOW_CLOSE, "0");
    }
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) throw std::runtime_error(video_failure_message(video, SDL_GetError()));
}

App::SdlSession::~SdlSession() { SDL_Quit(); }

namespace {

SDL_Window* open_window(const AppOptions& options, const VideoChoice& video) {
    Uint32 flags = SDL_WINDOW_SHOWN;
    int x = SDL_WINDOWPOS_CENTERED, y = SDL_WINDOWPOS_CENTERED, width = options.width, height = options.height;
    SDL_Rect bounds{};
    if (video.fullscreen && !options.headless && SDL_GetDisplayBounds(0, &bounds) == 0) {
        // Made at the display's own place and size, not at --size: SDL 2.26 asks the window
        // manager for fullscreen (_NET_WM_STATE_FULLSCREEN), and in a bare X session nobody
        // answers. SDL then believes the window is fullscreen while X still shows the --size
        // window centred (1280x800 on a 1080x1920 screen: 100 px off the left edge, the layout
        // cut off in landscape). Made at the bounds, borderless, it covers the display with or
        // without a window manager; a window manager still gets the fullscreen request.
        x = bounds.x;
        y = bounds.y;
        width = bounds.w;
        height = bounds.h;
        flags |= SDL_WINDOW_FULLSCREEN_DESKTOP | SDL_WINDOW_BORDERLESS;
    }
    SDL_Window* window = SDL_CreateWindow("Open dag", x, y, width, height, flags);
    if (!window && video.console) throw std::runtime_error(video_failure_message(video, SDL_GetError()));
    if (!window) throw std::runtime_error(std::string("venster kan niet geopend worden: ") + SDL_GetError());
    if (options.booth && !options.headless) {
        // SDL grabs the keyboard only for a window with the input focus, and without a window
        // manager nobody hands it out (X's focus then follows the pointer, which a touch booth
        // need not have over the window): take it.
        SDL_RaiseWindow(window);
        SDL_SetWindowInputFocus(window);
        // Every key comes to the kiosk, not to the window manager (Alt+Tab, its Alt+F4, its
        // menus). Ctrl+Alt+F1.. and Ctrl+Alt+Backspace are the X server's: docs/operations.md.
        SDL_SetWindowKeyboardGrab(window, SDL_TRUE);
    }
    return window;
}

SDL_Renderer* open_renderer(SDL_Window* window, const AppOptions& options) {
    SDL_Renderer* renderer = nullptr;
    if (!options.headless && !options.software)
        renderer = SDL_CreateRenderer(window, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
    if (!renderer) renderer = SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE);
    if (!renderer) throw std::runtime_error(std::string("tekenen is niet mogelijk: ") + SDL_GetError());
    return renderer;
}

// One line on the console at start: which driver SDL took, which renderer, how big the display
// and the window are. The first thing to read when a booth's screen looks wrong.
void log_video(SDL_Window* window, const SDL_RendererInfo& info, const AppOptions& options) {
    SDL_Rect bounds{};
    SDL_GetDisplayBounds(0, &bounds);
    int x = 0, y = 0, width = 0, height = 0;
    SDL_GetWindowPosition(window, &x, &y);
    SDL_GetWindowSize(window, &width, &height);
    const bool fullscreen = (SDL_GetWindowFlags(window) & SDL_WINDOW_FULLSCREEN) != 0;
    std::fprintf(stderr, "kiosk: beeld via %s, tekenen met %s, scherm %dx%d, venster %dx%d op %d,%d%s%s\n",
                 SDL_GetCurrentVideoDriver(), info.name ? info.name : "?", bounds.w, bounds.h, width, height, x, y,
                 fullscreen ? ", volledig scherm" : "", options.booth ? ", standmodus (vergrendeld)" : "");
}

}  // namespace

Metrics App::screen_metrics() const {
    int width = 0, height = 0;
    SDL_GetRendererOutputSize(renderer_.get(), &width, &height);
    float dpi = options_.dpi;
    if (dpi <= 0 && SDL_GetDisplayDPI(0, &dpi, nullptr, nullptr) != 0) dpi = 0;
    return compute_metrics(static_cast<float>(width), static_cast<float>(height), dpi);
}

App::App(const AppOptions& options, double now)
    : options_(options),
      instance_lock_(options.kiosk.store_path),
      video_(choose_video(video_request_from_environment(options.video, options.headless, options.software,
                                                         options.fullscreen || options.booth))),
      sdl_(options, video_),
      console_(video_.console && !options.headless),
      window_(open_window(options, video_)),
      renderer_(open_renderer(window_.get(), options)),
      // Building the atlas (finding the fonts, rasterising some 2,700 glyphs) and reading the
      // content are each a good part of start-up and need nothing of each other: on two cores
      // the first frame comes that much sooner. The atlas needs no ImGui context.
      fonts_building_(std::async(std::launch::async, build_fonts, screen_metrics())),
      kiosk_(options.kiosk, now) {
    IMGUI_CHECKVERSION();
    fonts_ = fonts_building_.get();  // rethrows "lettertype ... niet gevonden"
    imgui_ = ImGui::CreateContext(fonts_.atlas.get());
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing of a session is written to disk by ImGui
    io.LogFilename = nullptr;
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    ui_.frame.metrics = screen_metrics();
    io.DisplaySize = ImVec2(ui_.frame.metrics.width, ui_.frame.metrics.height);
    set_reach_band(ui_.frame.metrics, options.reach);
    ui_.frame.record_texts = options.headless;  // so tests can read the screen (HeadlessKiosk::shows_text, shows)
    gesture_.settings.slop_px = ui_.frame.metrics.mm * 3.0f;
    apply_theme(ui_.frame.metrics);
    ui_.frame.fonts = fonts_.fonts;
    ImGui_ImplSDLRenderer_Init(renderer_.get());
    SDL_RendererInfo info{};
    software_ = SDL_GetRendererInfo(renderer_.get(), &info) == 0 && (info.flags & SDL_RENDERER_SOFTWARE) != 0;
    if (options.booth && !options.headless) SDL_ShowCursor(SDL_DISABLE);  // touch: no arrow in the middle of the screen
    if (!options.headless) log_video(window_.get(), info, options);
    if (!instance_lock_.warning().empty()) std::fprintf(stderr, "%s\n", instance_lock_.warning().c_str());
    // The back-end would make its own font texture from a full RGBA copy of the atlas in its
    // first NewFrame (its NewFrame does nothing else); this one comes straight from the atlas's
    // coverage, and ImGui_ImplSDLRenderer_NewFrame is never called.
    font_texture_.reset(upload_font_texture(renderer_.get(), *fonts_.atlas));
    if (!font_texture_) throw std::runtime_error(std::string("lettertypen kunnen niet getekend worden: ") + SDL_GetError());

    ui_.frame.solid_fill = {&fill_solid_rect, renderer_.get()};
    std::string base;
    if (char* path = SDL_GetBasePath()) {
        base = std::string(path) + "kiosk";
        SDL_free(path);
    }
    pictures_ = std::make_unique<PictureCache>(
        renderer_.get(), kiosk_, find_picture_library(options.pictures.empty() ? KIOSK_PICTURES_DIR : options.pictures, base));
    ui_.pictures = pictures_->source();
    ui_.pictures.draw = &draw_picture_call;
    ui_.kiosk = &kiosk_;
    // The one thing a frame writes into the Kiosk: the visit's cache of laid-out texts. The visit
    // is replaced in place when a visitor is forgotten, so this stays valid.
    ui_.frame.laid_out = &kiosk_.laid_out_texts();
    std::shared_ptr<AudioSink> audio = options.audio;
    if (!audio && options.headless) audio = std::make_shared<SilentSink>();
    if (!audio) audio = std::make_shared<Loudspeaker>();
    kiosk_.set_audio(std::move(audio));
    // The atlas was built on a thread of its own, so glibc gave that thread its own heap; the font
    // files and FreeType's work space freed there (some 1.5 MiB) stay resident until trimmed,
    // since only the main thread allocates from now on.
    malloc_trim(0);
}

App::~App() {
    kiosk_.set_audio(nullptr);  // the speech thread ends and the audio device closes before SDL_Quit
    pictures_.reset();  // textures belong to the renderer: gone before it is
    if (imgui_) {
        ImGui_ImplSDLRenderer_Shutdown();
        ImGui::DestroyContext(imgui_);
    }
    font_texture_.reset();
    renderer_.reset();
    window_.reset();
}

std::vector<std::string> App::problems() const {
    std::vector<std::string> lines;
    for (const auto& problem : kiosk_.problems()) lines.push_back(to_string(problem));
    return lines;
}

void App::handle_event(const SDL_Event& event, double now, double happened) {
    GestureOutput out;
    const auto x = [&](int value) { return static_cast<float>(value); };
    // Where a finger was, and when: from the event itself (see EventClock).
    const double stamped = event_time(event_clock_, event.common.timestamp, now);
    const double at = happened >= 0 ? happened : stamped;
    // A finger arrives as SDL_FINGER* events; SDL may also make a mouse of it (which ==
    // SDL_TOUCH_MOUSEID), and a mouse may come as a finger (touchId == SDL_MOUSE_TOUCHID). Each
    // is read once: fingers as fingers, the mouse (and xdotool, and the headless driver) as a mouse.
    const bool finger = event.type == SDL_FINGERDOWN || event.type == SDL_FINGERMOTION || event.type == SDL_FINGERUP;
    if (finger && event.tfinger.touchId == SDL_MOUSE_TOUCHID) return;
    if ((event.type == SDL_MOUSEBUTTONDOWN || event.type == SDL_MOUSEBUTTONUP) && event.button.which == SDL_TOUCH_MOUSEID) return;
    if (event.type == SDL_MOUSEMOTION && event.motion.which == SDL_TOUCH_MOUSEID) return;
    // Only the first finger on the screen counts: a second hand or a leaning palm does nothing.
    if (finger && event.type != SDL_FINGERDOWN && (!finger_down_ || event.tfinger.fingerId != finger_)) return;
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    const float fx = finger ? event.tfinger.x * size.x : 0, fy = finger ? event.tfinger.y * size.y : 0;
    auto down = [&](float px, float py) {
        consume_touch_ = kiosk_.idle(now).asking;
        kiosk_.touch(now);
        pointer_down(gesture_, px, py, at);
    };
    auto up = [&](float px, float py) {
        kiosk_.touch(now);
        pointer_up(gesture_, px, py, at, out);
        if (consume_touch_) out.tap = false;
    };
    switch (event.type) {
    case SDL_FINGERDOWN:
        if (finger_down_ || gesture_.down) return;  // a second finger, or one beside the mouse
        finger_down_ = true;
        finger_ = event.tfinger.fingerId;
        down(fx, fy);
        break;
    case SDL_FINGERMOTION:
        kiosk_.touch(now);
        pointer_move(gesture_, fx, fy, at, out);
        break;
    case SDL_FINGERUP:
        finger_down_ = false;
        up(fx, fy);
        break;
    case SDL_MOUSEBUTTONDOWN:
        if (event.button.button != SDL_BUTTON_LEFT || finger_down_) return;
        down(x(event.button.x), x(event.button.y));
        break;
    case SDL_MOUSEMOTION:
        if (!gesture_.down || finger_down_) return;
        kiosk_.touch(now);
        pointer_move(gesture_, x(event.motion.x), x(event.motion.y), at, out);
        break;
    case SDL_MOUSEBUTTONUP:
        if (event.button.button != SDL_BUTTON_LEFT || finger_down_) return;
        up(x(event.button.x), x(event.button.y));
        break;
    case SDL_MOUSEWHEEL:
        kiosk_.touch(now);
        out.scroll = -static_cast<float>(event.wheel.y) * ui_.frame.metrics.body * 3;
        break;
    case SDL_WINDOWEVENT:  // shown, exposed, resized: the next frames redraw (at the new size)
        handle_lockdown(event);
        break;
    case SDL_QUIT:
    case SDL_KEYDOWN:
        handle_lockdown(event);
        return;
    default:
        return;
    }
    ui_.frame.scroll_request += out.scroll;
    if (out.tap) clicks_.push_back({out.tap_x, out.tap_y, 0});
    // The frame right after this one shows what the finger did (pressed, scrolled, tapped).
    settle_frames_ = kSettleFrames;
}

namespace {

// The keys people try to leave a kiosk with; nullptr for any other key.
const char* leaving_keys(const SDL_Keysym& key) {
    const bool alt = (key.mod & KMOD_ALT) != 0, ctrl = (key.mod & KMOD_CTRL) != 0;
    if (key.sym == SDLK_ESCAPE) return "Escape";
    if (alt && key.sym == SDLK_F4) return "Alt+F4";
    if (alt && key.sym == SDLK_TAB) return "Alt+Tab";
    if (ctrl && key.sym == SDLK_q) return "Ctrl+Q";
    if (ctrl && key.sym == SDLK_w) return "Ctrl+W";
    return nullptr;
}

}  // namespace

// What may end the kiosk. SDL_QUIT always does: in booth mode SDL sends it only for a signal
// (SIGTERM from systemctl stop, SIGINT), never for the window manager's close (see SdlSession).
// The window manager's close ends a kiosk outside booth mode only. No key ends it in any mode;
// in booth mode the usual ones are logged, so whoever tried them finds why in the journal.
void App::handle_lockdown(const SDL_Event& event) {
    if (event.type == SDL_QUIT) ending_ = true;
    if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE) {
        if (!options_.booth) ending_ = true;
        else std::fprintf(stderr, "kiosk: sluiten van het venster genegeerd (standmodus; afsluiten via het medewerkersscherm)\n");
    }
    if (event.type == SDL_KEYDOWN && !event.key.repeat && options_.booth)
        if (const char* keys = leaving_keys(event.key.keysym))
            std::fprintf(stderr, "kiosk: %s genegeerd (standmodus; afsluiten via het medewerkersscherm)\n", keys);
}

// Hands queued taps to ImGui as clicks: press in one frame, release in the next, then move the
// pointer away so nothing stays "hovered" on a touchscreen.
void App::feed_pointer(double now) {
    ImGuiIO& io = ImGui::GetIO();
    GestureOutput out;
    coast(gesture_, now, out);  // coasting runs on the frame clock: it moves as frames are drawn
    ui_.frame.scroll_request += out.scroll;
    // Pressed from the frame after touch-down until the finger lifts or the touch becomes a drag;
    // not while the "are you still there?" question takes the touch.
    ui_.frame.press.down = pressing(gesture_) && !consume_touch_;
    ui_.frame.press.at = ImVec2(gesture_.start_x, gesture_.start_y);
    if (clicks_.empty()) {
        io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
        io.MouseDown[0] = false;
        return;
    }
    PendingClick& click = clicks_.front();
    io.MousePos = ImVec2(click.x, click.y);
    io.MouseDown[0] = click.stage == 0;
    if (++click.stage == 2) clicks_.erase(clicks_.begin());
}

void App::render_frame(double now) {
    ImGuiIO& io = ImGui::GetIO();
    int width = 0, height = 0;
    SDL_GetRendererOutputSize(renderer_.get(), &width, &height);
    if (static_cast<float>(width) != io.DisplaySize.x || static_cast<float>(height) != io.DisplaySize.y) {
        // A resized or rotated window keeps its font sizes but lays out for the new shape.
        io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
        ui_.frame.metrics.width = io.DisplaySize.x;
        ui_.frame.metrics.height = io.DisplaySize.y;
        ui_.frame.metrics.portrait = height > width;
        set_reach_band(ui_.frame.metrics, options_.reach);
    }
    io.DeltaTime = last_frame_ > 0 ? static_cast<float>(std::max(0.001, now - last_frame_)) : 1.0f / 60.0f;
    last_frame_ = now;
    kiosk_.tick(now);
    feed_pointer(now);

    ImGui::NewFrame();
    pictures_->begin_frame();
    ui_.pictures_drawn.clear();
    ui_.picture_calls.clear();  // the previous frame has been rendered
    draw_kiosk(ui_, now);
    ImGui::Render();
    // The frame is drawn from the state it started with; its taps change the kiosk now.
    for (const Intent& intent : ui_.intents) kiosk_.apply(intent, now);
    ui_.intents.clear();
    if (ui_.frame.scroll_hit_edge) stop(gesture_);
    ui_.frame.scroll_hit_edge = false;

    const Screen screen = kiosk_.staff().view == StaffView::Closed ? kiosk_.session().screen : Screen::Attract;
    if (screen != last_screen_) {
        // A new screen starts still, and gets a few frames to lay itself out.
        last_screen_ = screen;
        stop(gesture_);
        ui_.frame.scroll_request = 0;
        settle_frames_ = kSettleFrames;
    } else if (settle_frames_ > 0) {
        --settle_frames_;
    }

    const ImU32 bg = colour::background;
    SDL_SetRenderDrawColor(renderer_.get(), bg & 0xFF, (bg >> 8) & 0xFF, (bg >> 16) & 0xFF, 255);
    SDL_RenderClear(renderer_.get());
    if (software_) draw_software(renderer_.get(), ImGui::GetDrawData());
    else ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
    SDL_RenderPresent(renderer_.get());
    ++frames_drawn_;
}

double App::seconds_until_redraw(double now) const {
    const double kiosk = kiosk_.seconds_until_redraw(now);
    const bool attract = kiosk_.staff().view == StaffView::Closed && kiosk_.session().screen == Screen::Attract;
    return attract ? std::min(kiosk, attract_seconds_until_redraw(kiosk_, now)) : kiosk;
}

bool App::busy() const {
    // A chosen answer on show (core/session.h: Session::moving_on_at) moves on by the clock alone.
    return settle_frames_ > 0 || !clicks_.empty() || coasting(gesture_) || ui_.frame.relayout || kiosk_.session().moving_on_at > 0 ||
           pictures_->decoding() || kiosk_.checking_stick();
}

bool App::pictures_decoding() const { return pictures_->decoding(); }

void App::wait_for_background() const {
    if (pictures_->decoding()) pictures_->wait_for_decodes(60.0);
    kiosk_.wait_for_stick_check(60.0);
}

int App::run(double max_seconds) {
    bool running = true;
    const double started = wall_clock();
    render_frame(started);
    // Under systemd (the package's service): ready now, and the watchdog pinged from this loop.
    ServiceNotifier service("Kiosk draait met " + kiosk_.pack().pack.name + " " + kiosk_.pack().pack.version, started);
    while (running) {
        double now = wall_clock();
        if (max_seconds > 0 && now - started >= max_seconds) break;
        // While something moves (a coasting list, an animation that wants the next frame) the
        // next frame is due one display frame after the last one *started*, not a frame's time
        // after it ended: waiting 1/60 s after a frame that took 8 ms would give 40 frames a
        // second. Otherwise the loop sleeps until input or the next change.
        double due = now + seconds_until_redraw(now);
        if (coasting(gesture_) || due <= now + kCoastFrameSeconds) due = std::max(now, last_frame_ + kCoastFrameSeconds);
        if (settle_frames_ > 0 || !clicks_.empty()) due = now;
        double wait = due - now;
        if (max_seconds > 0) wait = std::min(wait, started + max_seconds - now);
        wait = std::min(wait, service.alive(now));  // an idle loop still wakes for the watchdog
        // A decoded picture wakes SDL_WaitEventTimeout with an event; headless, look again soon.
        if (options_.headless && pictures_->decoding()) wait = std::min(wait, 0.005);
        SDL_Event event;
        const int wait_ms = static_cast<int>(wait * 1000.0 + 0.5);
        // SDL's dummy driver cannot block on events and would poll every millisecond; headless,
        // no outside event can arrive anyway, so sleeping is the same and costs nothing.
        if (options_.headless && wait_ms > 0) SDL_Delay(static_cast<Uint32>(wait_ms));
        std::vector<SDL_Event> read;
        if (options_.headless ? SDL_PollEvent(&event) : SDL_WaitEventTimeout(&event, wait_ms)) {
            do read.push_back(event);
            while (SDL_PollEvent(&event));
        }
        now = wall_clock();
        // Touch events read together with one stamp happened while the last frame was drawn
        // (see spread_over); a read after a wait holds only what just came in.
        std::vector<std::size_t> touches;
        for (std::size_t i = 0; i < read.size(); ++i)
            if (read[i].type == SDL_MOUSEMOTION || read[i].type == SDL_MOUSEBUTTONDOWN || read[i].type == SDL_MOUSEBUTTONUP ||
                read[i].type == SDL_FINGERDOWN || read[i].type == SDL_FINGERMOTION || read[i].type == SDL_FINGERUP)
                touches.push_back(i);
        const bool one_stamp = touches.size() >= 2 && read[touches.back()].common.timestamp - read[touches.front()].common.timestamp <= 1;
        std::vector<double> happened(read.size(), -1.0);
        if (one_stamp) {
            const std::vector<double> times = spread_over(touches.size(), std::max(last_read_, now - last_render_), now);
            for (std::size_t t = 0; t < touches.size(); ++t) happened[touches[t]] = times[t];
        }
        for (std::size_t i = 0; i < read.size(); ++i) handle_event(read[i], now, happened[i]);
        if (ending_) running = false;
        last_read_ = now;
        render_frame(now);
        last_render_ = wall_clock() - now;
        if (kiosk_.quit_requested()) running = false;
    }
    if (max_seconds <= 0) kiosk_.wipe(wall_clock(), EndReason::Stopped);
    return 0;
}

Image App::screenshot() const {
    Image image;
    SDL_GetRendererOutputSize(renderer_.get(), &image.width, &image.height);
    image.rgba.resize(static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 4);
    SDL_RenderReadPixels(renderer_.get(), nullptr, SDL_PIXELFORMAT_ABGR8888, image.rgba.data(), image.width * 4);
    return image;
}

}  // namespace kiosk
