// The booth appliance's own rules, without a screen: booth mode ignores the keys and the window
// manager's close people try to leave a kiosk with, one kiosk per store, and how the kiosk picks
// SDL's video driver (the console when there is no desktop). The same behaviour in a real X
// server is tested in tests/xvfb/test_fullscreen.cpp.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <optional>
#include <stdexcept>

#include "platform/console.h"
#include "platform/single_instance.h"
#include "platform/video.h"
#include "support/kiosk_fixture.h"

using namespace kiosk;

namespace {

std::string text(const HeadlessKiosk& kiosk, const std::string& key) { return kiosk.app().kiosk().content().texts.get(key); }

SDL_Event key_down(SDL_Keycode key, Uint16 mod) {
    SDL_Event event{};
    event.type = SDL_KEYDOWN;
    event.key.state = SDL_PRESSED;
    event.key.keysym.sym = key;
    event.key.keysym.scancode = SDL_GetScancodeFromKey(key);
    event.key.keysym.mod = mod;
    return event;
}

SDL_Event window_close() {
    SDL_Event event{};
    event.type = SDL_WINDOWEVENT;
    event.window.event = SDL_WINDOWEVENT_CLOSE;
    return event;
}

}  // namespace

TEST_CASE("In booth mode closing the window, Alt+F4, Ctrl+Q, Escape and Alt+Tab leave the kiosk running and serving") {
    AppOptions options = test::headless_options(1080, 1920);
    options.booth = true;
    HeadlessKiosk kiosk(options, test::kStartTime);
    for (const SDL_Event& event : {window_close(), key_down(SDLK_F4, KMOD_LALT), key_down(SDLK_q, KMOD_LCTRL),
                                   key_down(SDLK_ESCAPE, KMOD_NONE), key_down(SDLK_TAB, KMOD_LALT), key_down(SDLK_w, KMOD_RCTRL)})
        kiosk.app().handle_event(event, kiosk.now());
    kiosk.settle();
    CHECK_FALSE(kiosk.app().ending());
    // Still a kiosk: the next visitor starts.
    REQUIRE(kiosk.tap(text(kiosk, "attract.start")));
    CHECK(kiosk.app().kiosk().session().screen == Screen::Question);
}

TEST_CASE("In booth mode a signal (SDL_QUIT: systemctl stop) still ends the kiosk") {
    AppOptions options = test::headless_options(1080, 1920);
    options.booth = true;
    HeadlessKiosk kiosk(options, test::kStartTime);
    SDL_Event quit{};
    quit.type = SDL_QUIT;
    kiosk.app().handle_event(quit, kiosk.now());
    CHECK(kiosk.app().ending());
}

TEST_CASE("Outside booth mode the window manager's close ends the kiosk, and keys still do nothing") {
    HeadlessKiosk kiosk(test::headless_options(1280, 800), test::kStartTime);
    kiosk.app().handle_event(key_down(SDLK_ESCAPE, KMOD_NONE), kiosk.now());
    kiosk.app().handle_event(key_down(SDLK_q, KMOD_LCTRL), kiosk.now());
    CHECK_FALSE(kiosk.app().ending());
    kiosk.app().handle_event(window_close(), kiosk.now());
    CHECK(kiosk.app().ending());
}

TEST_CASE("A second kiosk on the same store refuses to start, in Dutch, naming the store, and starts once the first has ended") {
    test::TempDir temp;
    AppOptions options = test::headless_options(1080, 1920);
    options.kiosk.store_path = temp.path + "/kiosk.db";
    {
        HeadlessKiosk first(options, test::kStartTime);
        try {
            HeadlessKiosk second(options, test::kStartTime);
            FAIL("the second kiosk started");
        } catch (const std::runtime_error& error) {
            const std::string message = error.what();
            CHECK_THAT(message, Catch::Contains("er draait al een kiosk met de opslag " + options.kiosk.store_path));
            CHECK_THAT(message, Catch::Contains("Kiosk afsluiten"));
        }
        // The first one is untouched by the attempt.
        REQUIRE(first.tap(text(first, "attract.start")));
    }
    HeadlessKiosk again(options, test::kStartTime);
    CHECK(again.app().kiosk().session().screen == Screen::Attract);
}

TEST_CASE("The lock beside the store is held by one holder at a time, names the holder's process, and is let go at its end") {
    test::TempDir temp;
    const std::string store = temp.path + "/kiosk.db";
    CHECK(lock_path_for(store) == store + ".lock");
    CHECK(lock_path_for(":memory:").empty());
    std::optional<InstanceLock> first(std::in_place, store);
    CHECK(first->held());
    CHECK_THAT(test::read_file(store + ".lock"), Catch::Contains(std::to_string(::getpid())));
    CHECK_THROWS_WITH(InstanceLock(store), Catch::Contains("(proces " + std::to_string(::getpid()) + ")"));
    first.reset();
    CHECK(InstanceLock(store).held());
    // Another store is another kiosk.
    const InstanceLock again(store);
    CHECK(InstanceLock(temp.path + "/ander.db").held());
}

TEST_CASE("A lock file that cannot be made does not stop the kiosk: it starts with a warning naming the file") {
    // A read-only or full disk: the store reports that itself, and visitors are still served.
    const InstanceLock lock("/nonexistent-kiosk-folder/kiosk.db");
    CHECK_FALSE(lock.held());
    CHECK_THAT(lock.warning(), Catch::Contains("/nonexistent-kiosk-folder/kiosk.db.lock"));
    const InstanceLock memory(":memory:");
    CHECK_FALSE(memory.held());
    CHECK(memory.warning().empty());
}

TEST_CASE("The option --video names SDL's drivers, and 'console' is KMS/DRM") {
    CHECK(parse_video_driver("auto") == VideoDriver::Auto);
    CHECK(parse_video_driver("x11") == VideoDriver::X11);
    CHECK(parse_video_driver("wayland") == VideoDriver::Wayland);
    CHECK(parse_video_driver("kmsdrm") == VideoDriver::KmsDrm);
    CHECK(parse_video_driver("console") == VideoDriver::KmsDrm);
    CHECK_FALSE(parse_video_driver("dummy"));
    CHECK_FALSE(parse_video_driver("KMSDRM"));
    CHECK_FALSE(parse_video_driver(""));
}

TEST_CASE("Without X or Wayland the kiosk runs on the console (KMS/DRM), fullscreen, through OpenGL ES even with --software") {
    VideoRequest request;
    request.software = true;
    const VideoChoice choice = choose_video(request);
    CHECK(choice.sdl_driver == "kmsdrm");
    CHECK(choice.console);
    CHECK(choice.fullscreen);
    CHECK_FALSE(choice.no_framebuffer_acceleration);
    const std::string message = video_failure_message(choice, "Could not initialize KMSDRM");
    CHECK_THAT(message, Catch::Contains("groepen video en input"));
    CHECK_THAT(message, Catch::Contains("(SDL: Could not initialize KMSDRM)"));
}

TEST_CASE("In a desktop session SDL chooses, and --software keeps the window's pixels off OpenGL") {
    VideoRequest request;
    request.has_x11 = true;
    request.software = true;
    VideoChoice choice = choose_video(request);
    CHECK(choice.sdl_driver.empty());
    CHECK_FALSE(choice.console);
    CHECK_FALSE(choice.fullscreen);
    CHECK(choice.no_framebuffer_acceleration);
    request.has_x11 = false;
    request.has_wayland = true;
    request.software = false;
    request.fullscreen = true;
    choice = choose_video(request);
    CHECK(choice.sdl_driver.empty());
    CHECK(choice.fullscreen);
    CHECK_FALSE(choice.no_framebuffer_acceleration);
}

TEST_CASE("The options --video and $SDL_VIDEODRIVER win over the guess, --headless over everything") {
    VideoRequest request;
    request.has_x11 = true;
    request.driver = VideoDriver::KmsDrm;
    CHECK(choose_video(request).sdl_driver == "kmsdrm");
    CHECK(choose_video(request).console);
    request.driver = VideoDriver::Auto;
    request.env_videodriver = "kmsdrm";
    CHECK(choose_video(request).sdl_driver.empty());  // SDL reads its variable itself
    CHECK(choose_video(request).console);
    CHECK(choose_video(request).fullscreen);
    request.has_x11 = false;
    request.env_videodriver = "x11";
    CHECK(choose_video(request).sdl_driver.empty());
    CHECK_FALSE(choose_video(request).console);
    request.headless = true;
    request.driver = VideoDriver::KmsDrm;
    CHECK(choose_video(request).sdl_driver == "dummy");
    CHECK(choose_video(request).no_framebuffer_acceleration);
    CHECK_FALSE(choose_video(request).console);
}

TEST_CASE("The text console is put in graphics mode only in console mode and only on a virtual console") {
    CHECK_FALSE(ConsoleGraphics(false).active());
    // The tests run under a pseudo-terminal, a pipe or nothing, never on a virtual console: no change.
    if (::isatty(0) == 0 || ::ttyname(0) == nullptr || std::string(::ttyname(0)).rfind("/dev/tty", 0) != 0)
        CHECK_FALSE(ConsoleGraphics(true).active());
}
