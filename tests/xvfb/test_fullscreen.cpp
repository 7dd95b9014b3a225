// The kiosk program in a real X server without a window manager (a bare Xvfb, as a booth's X
// session without a desktop): --fullscreen covers the whole screen in portrait and landscape,
// and --booth holds the keyboard, hides the pointer, ignores the window's close and the keys people leave a kiosk
// with, refuses a second kiosk on its store, and still ends on SIGTERM (systemctl stop).
//
// Each test starts its own Xvfb on a free display (Xvfb -displayfd tells which, once it is ready)
// and the real kiosk binary in it, and waits for what it expects (a line on the kiosk's stderr,
// the screen's pixels), never a fixed time. Without Xvfb (xvfb) or xdotool the tests exit with
// 77, which ctest reports as skipped, saying what to install (tools/install-deps does).
#include <catch2/catch.hpp>

#include <array>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <memory>
#include <string>
#include <vector>

#include "output/png.h"
#include "support/paths.h"
#include "support/patience.h"
#include "ui/palette.h"

// Last: Xlib's macros (None, Status, Bool) would break the project's headers.
#include <X11/Xlib.h>
#include <X11/Xatom.h>
#include <X11/Xutil.h>
#include <X11/extensions/Xfixes.h>

namespace {

constexpr const char* kWindowTitle = "Open dag";  // SDL_CreateWindow in platform/app.cpp

bool on_path(const std::string& program) {
    const std::string command = "command -v " + program + " >/dev/null 2>&1";
    return std::system(command.c_str()) == 0;
}

void skip_without_x_tools(const std::vector<const char*>& programs = {"Xvfb", "xdotool"}) {
    for (const char* program : programs)
        if (!on_path(program)) {
            std::printf("SKIP: %s is not installed (Debian: xvfb, xdotool, openbox; tools/install-deps installs them)\n", program);
            std::fflush(stdout);
            std::_Exit(77);  // SKIP_RETURN_CODE in tests/CMakeLists.txt
        }
}

// A child process that is ended (SIGTERM, then waited for) when it goes out of scope.
class Child {
public:
    // `stderr_path`: where the child's stderr goes ("" = /dev/null). `keep_fd`: a descriptor the
    // child keeps open (Xvfb's -displayfd).
    Child(const std::vector<std::string>& argv, const std::vector<std::string>& env, const std::string& stderr_path, int keep_fd = -1) {
        pid_ = ::fork();
        REQUIRE(pid_ >= 0);
        if (pid_ == 0) {
            // Until exec the child is a copy of this test, with Catch's handlers: a SIGTERM here
            // (the test giving up early) must end it, not make it report as a test.
            for (const int sig : {SIGTERM, SIGINT, SIGSEGV, SIGABRT}) ::signal(sig, SIG_DFL);
            for (const std::string& pair : env) ::putenv(const_cast<char*>(pair.c_str()));
            const int err = ::open(stderr_path.empty() ? "/dev/null" : stderr_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            const int null = ::open("/dev/null", O_RDWR);
            ::dup2(null, 0);
            ::dup2(null, 1);
            ::dup2(err, 2);
            if (keep_fd >= 0) ::fcntl(keep_fd, F_SETFD, 0);
            std::vector<char*> args;
            for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
            args.push_back(nullptr);
            ::execvp(args[0], args.data());
            ::_exit(127);
        }
    }
    ~Child() {
        if (running()) {
            ::kill(pid_, SIGTERM);
            if (!wait_for_exit()) {
                ::kill(pid_, SIGKILL);
                ::waitpid(pid_, nullptr, 0);
            }
        }
    }
    Child(const Child&) = delete;
    Child& operator=(const Child&) = delete;

    pid_t pid() const { return pid_; }
    bool running() {
        if (exited_) return false;
        int status = 0;
        if (::waitpid(pid_, &status, WNOHANG) == pid_) {
            exited_ = true;
            status_ = status;
        }
        return !exited_;
    }
    // Waits (within test::kPatience) until the child has ended; false when it did not.
    bool wait_for_exit() { return test::wait_until([&] { return !running(); }); }
    int exit_code() const { return exited_ && WIFEXITED(status_) ? WEXITSTATUS(status_) : -1; }
    void terminate() { ::kill(pid_, SIGTERM); }

private:
    pid_t pid_ = -1;
    bool exited_ = false;
    int status_ = 0;
};

// A bare X server of its own, without a window manager, black outside any window (-br).
class Xvfb {
public:
    Xvfb(int width, int height) {
        int fds[2];
        REQUIRE(::pipe2(fds, O_CLOEXEC) == 0);
        server_ = std::make_unique<Child>(std::vector<std::string>{"Xvfb", "-displayfd", std::to_string(fds[1]), "-screen", "0",
                                                                   std::to_string(width) + "x" + std::to_string(height) + "x24",
                                                                   "-br", "-nolisten", "tcp", "-noreset"},
                                          std::vector<std::string>{}, "", fds[1]);
        ::close(fds[1]);
        // Xvfb writes the display's number once it accepts clients; EOF means it died.
        std::string number;
        const auto give_up = std::chrono::steady_clock::now() + test::kPatience;
        while (number.empty() || number.back() != '\n') {
            pollfd ready{fds[0], POLLIN, 0};
            if (std::chrono::steady_clock::now() > give_up || ::poll(&ready, 1, 100) < 0) break;
            char c = 0;
            if ((ready.revents & (POLLIN | POLLHUP)) && ::read(fds[0], &c, 1) != 1) break;
            if (ready.revents & POLLIN) number += c;
        }
        ::close(fds[0]);
        REQUIRE(!number.empty());
        REQUIRE(number.back() == '\n');
        name_ = ":" + number.substr(0, number.size() - 1);
        display_ = XOpenDisplay(name_.c_str());
        REQUIRE(display_);
    }
    ~Xvfb() {
        if (display_) XCloseDisplay(display_);
    }
    Xvfb(const Xvfb&) = delete;
    Xvfb& operator=(const Xvfb&) = delete;

    const std::string& name() const { return name_; }
    Display* display() const { return display_; }
    Window root() const { return DefaultRootWindow(display_); }

    // The kiosk's window (by its title; a window manager puts it inside a frame of its own), or 0.
    Window kiosk_window() const { return find_window(root()); }

    // Where a window is on the screen, and how big: x, y, width, height.
    std::vector<int> geometry_on_screen(Window window) const {
        XWindowAttributes attributes{};
        if (!XGetWindowAttributes(display_, window, &attributes) || attributes.map_state != IsViewable) return {};
        int x = 0, y = 0;
        Window child = 0;
        XTranslateCoordinates(display_, window, root(), 0, 0, &x, &y, &child);
        return {x, y, attributes.width, attributes.height};
    }

    // Whether a window manager has started (it names itself on the root window, EWMH).
    bool window_manager_running() const {
        const Atom check = XInternAtom(display_, "_NET_SUPPORTING_WM_CHECK", False);
        Atom type = 0;
        int format = 0;
        unsigned long items = 0, after = 0;
        unsigned char* data = nullptr;
        const bool found = XGetWindowProperty(display_, root(), check, 0, 1, False, XA_WINDOW, &type, &format, &items, &after, &data) == Success &&
                           items == 1;
        if (data) XFree(data);
        return found;
    }

    // What a taskbar or `wmctrl -c` sends: asks the window manager to close the window, which
    // then sends the window WM_DELETE_WINDOW.
    void ask_window_manager_to_close(Window window) const {
        // data: when, and that it comes from a pager or taskbar (the user asked).
        send_message(root(), window, "_NET_CLOSE_WINDOW", {CurrentTime, 2}, SubstructureRedirectMask | SubstructureNotifyMask);
    }

    // The whole screen as X shows it (what a visitor sees), as RGBA.
    kiosk::Image screenshot() const {
        XWindowAttributes attributes{};
        XGetWindowAttributes(display_, root(), &attributes);
        kiosk::Image image;
        image.width = attributes.width;
        image.height = attributes.height;
        image.rgba.resize(static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 4);
        XImage* shot = XGetImage(display_, root(), 0, 0, static_cast<unsigned>(image.width), static_cast<unsigned>(image.height), AllPlanes, ZPixmap);
        REQUIRE(shot);
        for (int y = 0; y < image.height; ++y)
            for (int x = 0; x < image.width; ++x) {
                const unsigned long pixel = XGetPixel(shot, x, y);  // 24-bit TrueColor: 0xRRGGBB
                std::uint8_t* out = &image.rgba[(static_cast<std::size_t>(y) * static_cast<std::size_t>(image.width) + static_cast<std::size_t>(x)) * 4];
                out[0] = static_cast<std::uint8_t>((pixel >> 16) & 0xFF);
                out[1] = static_cast<std::uint8_t>((pixel >> 8) & 0xFF);
                out[2] = static_cast<std::uint8_t>(pixel & 0xFF);
                out[3] = 255;
            }
        XDestroyImage(shot);
        return image;
    }

    // What a window manager's close button (or its Alt+F4) sends: WM_DELETE_WINDOW.
    void ask_to_close(Window window) const {
        send_message(window, window, "WM_PROTOCOLS", {static_cast<long>(XInternAtom(display_, "WM_DELETE_WINDOW", False)), CurrentTime},
                     NoEventMask);
    }

    // A client message `type` about `window` with two data words, sent to `to`.
    void send_message(Window to, Window window, const char* type, std::array<long, 2> data, long mask) const {
        XEvent event{};
        event.xclient.type = ClientMessage;
        event.xclient.window = window;
        event.xclient.message_type = XInternAtom(display_, type, False);
        event.xclient.format = 32;
        event.xclient.data.l[0] = data[0];
        event.xclient.data.l[1] = data[1];
        XSendEvent(display_, to, False, mask, &event);
        XSync(display_, False);
    }

    // Whether the pointer shows where it is (over the kiosk: it starts in the screen's middle).
    bool pointer_visible() const {
        XFixesCursorImage* cursor = XFixesGetCursorImage(display_);
        REQUIRE(cursor);
        bool visible = false;
        for (int i = 0; i < cursor->width * cursor->height && !visible; ++i) visible = (cursor->pixels[i] >> 24) != 0;  // ARGB
        XFree(cursor);
        return visible;
    }

    // Whether another client (a window manager's shortcuts) could take the keyboard now.
    bool keyboard_free() const {
        const int result = XGrabKeyboard(display_, root(), False, GrabModeAsync, GrabModeAsync, CurrentTime);
        if (result == GrabSuccess) XUngrabKeyboard(display_, CurrentTime);
        XSync(display_, False);
        return result == GrabSuccess;
    }

private:
    Window find_window(Window parent) const {
        Window root_return = 0, parent_return = 0;
        Window* children = nullptr;
        unsigned int count = 0;
        Window found = 0;
        if (!XQueryTree(display_, parent, &root_return, &parent_return, &children, &count)) return 0;
        for (unsigned int i = 0; i < count && !found; ++i) {
            char* title = nullptr;
            if (XFetchName(display_, children[i], &title) && title) {
                if (std::string(title) == kWindowTitle) found = children[i];
                XFree(title);
            }
            if (!found) found = find_window(children[i]);
        }
        if (children) XFree(children);
        return found;
    }

    std::unique_ptr<Child> server_;  // ended after the connection closes (members end in reverse)
    std::string name_;
    Display* display_ = nullptr;
};

struct Rgb {
    int r, g, b;
    bool operator==(const Rgb& o) const { return r == o.r && g == o.g && b == o.b; }
};

Rgb at(const kiosk::Image& image, int x, int y) {
    const std::uint8_t* p = &image.rgba[(static_cast<std::size_t>(y) * static_cast<std::size_t>(image.width) + static_cast<std::size_t>(x)) * 4];
    return {p[0], p[1], p[2]};
}

const Rgb kBackground{kiosk::palette::background.r, kiosk::palette::background.g, kiosk::palette::background.b};
const Rgb kXvfbRoot{0, 0, 0};  // -br

// The kiosk's page colour in an 8x8 block at each of the four corners.
bool corners_are_kiosk(const kiosk::Image& image) {
    for (const int cx : {0, image.width - 8})
        for (const int cy : {0, image.height - 8})
            for (int y = cy; y < cy + 8; ++y)
                for (int x = cx; x < cx + 8; ++x)
                    if (!(at(image, x, y) == kBackground)) return false;
    return true;
}

// Pixels of the X server's own background (black) in the outermost rows and columns: a window
// that does not reach an edge leaves a whole line of them there.
int root_pixels_on_edges(const kiosk::Image& image) {
    int count = 0;
    for (int x = 0; x < image.width; ++x) count += (at(image, x, 0) == kXvfbRoot) + (at(image, x, image.height - 1) == kXvfbRoot);
    for (int y = 0; y < image.height; ++y) count += (at(image, 0, y) == kXvfbRoot) + (at(image, image.width - 1, y) == kXvfbRoot);
    return count;
}

// A kiosk process in `x`, with a store and settings of its own in `temp`.
std::unique_ptr<Child> start_kiosk(const Xvfb& x, const test::TempDir& temp, const std::string& mode, const std::string& log) {
    const std::vector<std::string> argv{KIOSK_BINARY, mode, "--software", "--dpi", "92", "--content", test::content_dir(),
                                        "--trust", test::source_dir() + "/tools/dev-key/dev.pub", "--store", temp.path + "/kiosk.db"};
    const std::vector<std::string> env{"DISPLAY=" + x.name(), "XDG_CONFIG_HOME=" + temp.path, "XDG_DATA_HOME=" + temp.path};
    return std::make_unique<Child>(argv, env, log);
}

// The kiosk's stderr so far ("" before it has written any).
std::string read_log(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

bool log_says(const std::string& log, const std::string& text) {
    return test::wait_until([&] { return read_log(log).find(text) != std::string::npos; });
}

// Whether the kiosk has drawn a frame: its page colour shows somewhere (every 8th pixel looked at).
// A frame is cleared with that colour and put on the screen in one request, so from then on
// every pixel of the window is the kiosk's.
bool kiosk_has_drawn(const kiosk::Image& image) {
    for (int y = 0; y < image.height; y += 8)
        for (int x = 0; x < image.width; x += 8)
            if (at(image, x, y) == kBackground) return true;
    return false;
}

// Waits until the kiosk's first frame is on the screen, and returns the screen.
kiosk::Image wait_for_first_frame(const Xvfb& x, Child& kiosk, const std::string& log) {
    kiosk::Image shot;
    const bool drawn = test::wait_until([&] {
        if (!kiosk.running()) return true;
        shot = x.screenshot();
        return kiosk_has_drawn(shot);
    });
    INFO(read_log(log));
    REQUIRE(kiosk.running());
    REQUIRE(drawn);
    return shot;
}

void check_covers_screen(const Xvfb& x, Child& kiosk, const std::string& log, int width, int height, const std::string& name) {
    REQUIRE(log_says(log, "kiosk: beeld via x11"));
    const kiosk::Image shot = wait_for_first_frame(x, kiosk, log);
    kiosk::write_png(test::screenshot_dir() + "/" + name + ".png", shot);
    CHECK(corners_are_kiosk(shot));
    CHECK(shot.width == width);
    CHECK(shot.height == height);
    CHECK(root_pixels_on_edges(shot) == 0);
    const Window window = x.kiosk_window();
    REQUIRE(window != 0);
    CHECK(x.geometry_on_screen(window) == std::vector<int>{0, 0, width, height});
    // The kiosk says the same on its console. (Alone this line proves nothing: before the fix
    // SDL reported the display's size for the 1280x800 window X showed.)
    CHECK_THAT(read_log(log), Catch::Contains("scherm " + std::to_string(width) + "x" + std::to_string(height) + ", venster " +
                                                     std::to_string(width) + "x" + std::to_string(height) + " op 0,0, volledig scherm"));
}

}  // namespace

TEST_CASE("The option --fullscreen in an X server without a window manager covers a portrait 1080x1920 screen to every edge") {
    skip_without_x_tools();
    test::TempDir temp("kiosk-xvfb");
    Xvfb x(1080, 1920);
    const std::string log = temp.path + "/kiosk.log";
    auto kiosk = start_kiosk(x, temp, "--fullscreen", log);
    check_covers_screen(x, *kiosk, log, 1080, 1920, "xvfb-fullscreen-1080x1920");
}

TEST_CASE("The option --fullscreen in an X server without a window manager covers a landscape 1920x1080 screen, and its close ends it") {
    skip_without_x_tools();
    test::TempDir temp("kiosk-xvfb");
    Xvfb x(1920, 1080);
    const std::string log = temp.path + "/kiosk.log";
    auto kiosk = start_kiosk(x, temp, "--fullscreen", log);
    check_covers_screen(x, *kiosk, log, 1920, 1080, "xvfb-fullscreen-1920x1080");
    CHECK(x.pointer_visible());  // outside booth mode the pointer stays, for a mouse
    // Outside booth mode a window manager's close ends the kiosk, cleanly.
    x.ask_to_close(x.kiosk_window());
    REQUIRE(kiosk->wait_for_exit());
    CHECK(kiosk->exit_code() == 0);
}

TEST_CASE("The option --booth in a bare X server holds the keyboard, hides the pointer, ignores the window's close, Alt+F4, Ctrl+Q, Escape and Alt+Tab, refuses a second kiosk, and ends on SIGTERM") {
    skip_without_x_tools();
    test::TempDir temp("kiosk-xvfb");
    Xvfb x(1080, 1920);
    const std::string log = temp.path + "/kiosk.log";
    auto kiosk = start_kiosk(x, temp, "--booth", log);
    check_covers_screen(x, *kiosk, log, 1080, 1920, "xvfb-booth-1080x1920");
    CHECK_THAT(read_log(log), Catch::Contains("standmodus"));
    // No other client (a window manager's Alt+Tab, its menus) gets the keyboard.
    CHECK_FALSE(x.keyboard_free());
    CHECK_FALSE(x.pointer_visible());  // touch: no arrow on the screen

    x.ask_to_close(x.kiosk_window());
    REQUIRE(log_says(log, "sluiten van het venster genegeerd"));
    const std::string display = "DISPLAY=" + x.name();
    for (const char* keys : {"alt+F4", "ctrl+q", "Escape", "alt+Tab"}) {
        const std::string command = display + " xdotool key " + keys;
        REQUIRE(std::system(command.c_str()) == 0);
    }
    for (const char* name : {"Alt+F4 genegeerd", "Ctrl+Q genegeerd", "Escape genegeerd", "Alt+Tab genegeerd"}) {
        INFO(name);
        CHECK(log_says(log, name));
    }
    CHECK(kiosk->running());
    CHECK(x.kiosk_window() != 0);
    CHECK(corners_are_kiosk(x.screenshot()));

    // A second kiosk on the same store refuses, in Dutch, and leaves the first alone.
    const std::string second_log = temp.path + "/second.log";
    auto second = start_kiosk(x, temp, "--booth", second_log);
    REQUIRE(second->wait_for_exit());
    CHECK(second->exit_code() == 1);
    CHECK_THAT(read_log(second_log), Catch::Contains("er draait al een kiosk met de opslag " + temp.path + "/kiosk.db (proces " +
                                                             std::to_string(kiosk->pid()) + ")"));
    CHECK(kiosk->running());

    // systemctl stop sends SIGTERM: the kiosk ends, cleanly.
    kiosk->terminate();
    REQUIRE(kiosk->wait_for_exit());
    CHECK(kiosk->exit_code() == 0);
}

TEST_CASE("The option --booth under a window manager (openbox) covers the screen, and the window manager's close and its Alt+F4 leave it running") {
    skip_without_x_tools({"Xvfb", "xdotool", "openbox"});
    test::TempDir temp("kiosk-xvfb");
    Xvfb x(1920, 1080);
    Child window_manager({"openbox", "--sm-disable"}, {"DISPLAY=" + x.name(), "HOME=" + temp.path, "XDG_CONFIG_HOME=" + temp.path}, "");
    REQUIRE(test::wait_until([&] { return x.window_manager_running(); }));
    const std::string log = temp.path + "/kiosk.log";
    auto kiosk = start_kiosk(x, temp, "--booth", log);
    check_covers_screen(x, *kiosk, log, 1920, 1080, "xvfb-openbox-booth-1920x1080");
    CHECK_FALSE(x.keyboard_free());
    x.ask_window_manager_to_close(x.kiosk_window());
    REQUIRE(log_says(log, "sluiten van het venster genegeerd"));
    const std::string command = "DISPLAY=" + x.name() + " xdotool key alt+F4";
    REQUIRE(std::system(command.c_str()) == 0);
    REQUIRE(log_says(log, "Alt+F4 genegeerd"));
    CHECK(kiosk->running());
    CHECK(x.geometry_on_screen(x.kiosk_window()) == std::vector<int>{0, 0, 1920, 1080});
    CHECK(corners_are_kiosk(x.screenshot()));
}
