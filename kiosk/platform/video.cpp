#include "platform/video.h"

#include <cstdlib>

namespace kiosk {

std::optional<VideoDriver> parse_video_driver(const std::string& text) {
    if (text == "auto") return VideoDriver::Auto;
    if (text == "x11") return VideoDriver::X11;
    if (text == "wayland") return VideoDriver::Wayland;
    if (text == "kmsdrm" || text == "console") return VideoDriver::KmsDrm;
    return std::nullopt;  // "dummy" is --headless, not a way to run a booth
}

const char* video_driver_name(VideoDriver driver) {
    switch (driver) {
    case VideoDriver::Auto: return "";
    case VideoDriver::X11: return "x11";
    case VideoDriver::Wayland: return "wayland";
    case VideoDriver::KmsDrm: return "kmsdrm";
    case VideoDriver::Dummy: return "dummy";
    }
    return "";
}

VideoChoice choose_video(const VideoRequest& request) {
    VideoChoice choice;
    VideoDriver driver = request.headless ? VideoDriver::Dummy : request.driver;
    if (driver == VideoDriver::Auto && !request.env_videodriver.empty()) {
        // The operator said which driver (SDL_VIDEODRIVER=kmsdrm in a unit file): SDL reads it
        // itself; the kiosk only needs to know whether that is the console.
        if (parse_video_driver(request.env_videodriver) == VideoDriver::KmsDrm) choice.console = true;
    } else if (driver == VideoDriver::Auto && !request.has_x11 && !request.has_wayland) {
        // No desktop to open a window on: SDL would try X and Wayland first and then report only
        // the last failure; asking for the console directly gives a message about the console.
        driver = VideoDriver::KmsDrm;
    }
    choice.sdl_driver = video_driver_name(driver);
    if (driver == VideoDriver::KmsDrm) choice.console = true;
    choice.fullscreen = request.fullscreen || choice.console;
    // Without this, SDL puts a software renderer's window surface on an OpenGL texture, which on
    // a machine without a GPU loads Mesa's LLVM (over 50 MiB) just to copy pixels. KMS/DRM has
    // no plain framebuffer in SDL 2.26: there the texture is the only way to the screen.
    choice.no_framebuffer_acceleration = driver == VideoDriver::Dummy || (request.software && !choice.console);
    return choice;
}

VideoRequest video_request_from_environment(VideoDriver driver, bool headless, bool software, bool fullscreen) {
    const auto set = [](const char* name) {
        const char* value = std::getenv(name);
        return value && *value;
    };
    VideoRequest request;
    request.driver = driver;
    request.headless = headless;
    request.software = software;
    request.fullscreen = fullscreen;
    if (const char* value = std::getenv("SDL_VIDEODRIVER")) request.env_videodriver = value;
    request.has_x11 = set("DISPLAY");
    request.has_wayland = set("WAYLAND_DISPLAY");
    return request;
}

std::string video_failure_message(const VideoChoice& choice, const std::string& sdl_error) {
    std::string message;
    if (choice.console) {
        message =
            "het scherm kan niet geopend worden zonder bureaublad (KMS/DRM op de console, /dev/dri/card*). "
            "Controleer: is de gebruiker van de kiosk lid van de groepen video en input (sudo usermod -aG video,input GEBRUIKER, "
            "daarna opnieuw aanmelden); draait er geen grafische sessie (X, Wayland) op hetzelfde scherm; "
            "heeft de computer een grafische kaart met een KMS-stuurprogramma (ls /dev/dri). "
            "Met een bureaublad: start de kiosk daarin (DISPLAY of WAYLAND_DISPLAY gezet) of kies --video x11";
    } else if (choice.sdl_driver == "x11") {
        message = "het scherm kan niet geopend worden via X (DISPLAY=" +
                  std::string(std::getenv("DISPLAY") ? std::getenv("DISPLAY") : "") +
                  "). Draait de X-server, en mag deze gebruiker erop (xhost, XAUTHORITY)? Zonder bureaublad: --video kmsdrm";
    } else if (choice.sdl_driver == "wayland") {
        message = "het scherm kan niet geopend worden via Wayland (WAYLAND_DISPLAY). Draait de Wayland-sessie van deze gebruiker? "
                  "Zonder bureaublad: --video kmsdrm";
    } else {
        message = "het scherm kan niet gestart worden";
    }
    return message + " (SDL: " + sdl_error + ")";
}

}  // namespace kiosk
