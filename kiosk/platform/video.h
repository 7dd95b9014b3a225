// Which of SDL's video drivers the kiosk asks for, and what follows from it. Kept apart from
// SDL (no SDL include) so the choice can be tested without a screen.
//
// A booth runs in one of three ways: in an X session (with or without a window manager), in a
// Wayland session, or with no desktop at all, straight on the console through KMS/DRM, with
// touch and keys read from /dev/input (evdev). The kiosk picks the console when neither X
// (DISPLAY) nor Wayland (WAYLAND_DISPLAY) is there, so that a failure names what was tried.
#pragma once

#include <optional>
#include <string>

namespace kiosk {

enum class VideoDriver {
    Auto,     // SDL's own order (X11, then Wayland), or the console when neither is there
    X11,
    Wayland,
    KmsDrm,   // the console, no desktop: SDL's "kmsdrm" driver
    Dummy,    // no screen at all (--headless)
};

// `--video` takes auto, x11, wayland or kmsdrm (also "console"); nullopt for anything else.
std::optional<VideoDriver> parse_video_driver(const std::string& text);
const char* video_driver_name(VideoDriver driver);  // SDL's name ("kmsdrm"); "" for Auto

// What the kiosk knows before SDL starts.
struct VideoRequest {
    VideoDriver driver = VideoDriver::Auto;  // --video
    bool headless = false;
    bool software = false;                  // --software
    bool fullscreen = false;                // --fullscreen or --booth
    std::string env_videodriver;            // $SDL_VIDEODRIVER: the operator's choice wins over Auto
    bool has_x11 = false;                   // $DISPLAY is set
    bool has_wayland = false;               // $WAYLAND_DISPLAY is set
};

struct VideoChoice {
    // The driver to ask SDL for (SDL_HINT_VIDEODRIVER); empty: leave it to SDL (and to
    // $SDL_VIDEODRIVER).
    std::string sdl_driver;
    // True when the window surface must not go through an OpenGL texture (SDL's software
    // renderer on X or Wayland). The console driver has no other way to show a software
    // renderer's pixels, so there it stays false.
    bool no_framebuffer_acceleration = false;
    // The console has no windows: whatever is drawn fills the screen.
    bool fullscreen = false;
    bool console = false;  // KMS/DRM: the failure message names the console's needs
};

VideoChoice choose_video(const VideoRequest& request);

// VideoRequest from the environment of this process.
VideoRequest video_request_from_environment(VideoDriver driver, bool headless, bool software, bool fullscreen);

// The message when SDL cannot start its video: in plain Dutch, naming what was tried and what
// to check. `sdl_error` is SDL's own (English) explanation, kept for whoever reads the log.
std::string video_failure_message(const VideoChoice& choice, const std::string& sdl_error);

}  // namespace kiosk
