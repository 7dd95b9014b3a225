// The kiosk under systemd (platform/service.h): READY once the first frame is drawn, WATCHDOG
// from the event loop at least every half WatchdogSec also while it sleeps idle, STATUS naming
// the content, STOPPING on the way out; and nothing at all outside systemd. systemd's side is a
// datagram socket this test binds itself, as NOTIFY_SOCKET names it.
#include <catch2/catch.hpp>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include <SDL.h>

#include "platform/app.h"
#include "platform/headless.h"
#include "platform/service.h"
#include "support/kiosk_fixture.h"
#include "support/patience.h"
#include "support/paths.h"

using namespace kiosk;

namespace {

// The notification socket, and NOTIFY_SOCKET / WATCHDOG_USEC / WATCHDOG_PID pointing at it, for
// one test; the environment is as before afterwards.
class FakeSystemd {
public:
    explicit FakeSystemd(double watchdog_seconds, pid_t watchdog_pid = ::getpid()) : dir_("kiosk-systemd") {
        path_ = dir_.path + "/notify";
        socket_ = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        REQUIRE(socket_ >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        REQUIRE(path_.size() < sizeof(address.sun_path));
        path_.copy(address.sun_path, path_.size());
        REQUIRE(::bind(socket_, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) == 0);
        // Blocking reads end after the test's patience, so a broken kiosk fails instead of hanging.
        timeval patience{static_cast<time_t>(test::kPatience.count()), 0};
        ::setsockopt(socket_, SOL_SOCKET, SO_RCVTIMEO, &patience, sizeof(patience));
        ::setenv("NOTIFY_SOCKET", path_.c_str(), 1);
        if (watchdog_seconds > 0) {
            ::setenv("WATCHDOG_USEC", std::to_string(static_cast<long long>(watchdog_seconds * 1e6)).c_str(), 1);
            ::setenv("WATCHDOG_PID", std::to_string(watchdog_pid).c_str(), 1);
        }
    }
    ~FakeSystemd() {
        ::unsetenv("NOTIFY_SOCKET");
        ::unsetenv("WATCHDOG_USEC");
        ::unsetenv("WATCHDOG_PID");
        ::close(socket_);
    }
    FakeSystemd(const FakeSystemd&) = delete;
    FakeSystemd& operator=(const FakeSystemd&) = delete;

    // Every message sent so far, without waiting (sd_notify has sent it when it returns).
    std::vector<std::string> sent() {
        std::vector<std::string> messages;
        for (std::string message; !(message = receive(MSG_DONTWAIT)).empty();) messages.push_back(message);
        return messages;
    }
    // The next message, waiting for it (up to the test's patience); "" when none came.
    std::string next() { return receive(0); }

private:
    std::string receive(int flags) {
        char buffer[4096];
        const ssize_t length = ::recv(socket_, buffer, sizeof(buffer), flags);
        return length > 0 ? std::string(buffer, static_cast<std::size_t>(length)) : "";
    }

    test::TempDir dir_;
    std::string path_;
    int socket_ = -1;
};

int count(const std::vector<std::string>& messages, const std::string& message) {
    return static_cast<int>(std::count(messages.begin(), messages.end(), message));
}

}  // namespace

TEST_CASE("Under systemd the kiosk says it is ready with a status, and STOPPING when it ends") {
    FakeSystemd systemd(0);
    {
        ServiceNotifier service("Kiosk draait met Open dag 3", 100);
        CHECK(service.under_systemd());
        CHECK(service.watchdog_seconds() == 0);
        CHECK(systemd.sent() == std::vector<std::string>{"READY=1\nSTATUS=Kiosk draait met Open dag 3"});
        CHECK(service.alive(100) >= 3600);  // no watchdog: the loop sleeps as long as it likes
        service.status("Nieuwe inhoud geladen");
        CHECK(systemd.sent() == std::vector<std::string>{"STATUS=Nieuwe inhoud geladen"});
    }
    CHECK(systemd.sent() == std::vector<std::string>{"STOPPING=1\nSTATUS=De kiosk stopt."});
}

TEST_CASE("An idle kiosk still pings the watchdog at least every half WatchdogSec") {
    FakeSystemd systemd(10);
    ServiceNotifier service("Kiosk draait", 100);
    CHECK(service.watchdog_seconds() == Approx(10));
    CHECK(count(systemd.sent(), "WATCHDOG=1") == 1);  // with READY
    // The loop sleeps as long as alive() allows, over an hour with nothing to draw.
    double now = 100, last_ping = 100;
    while (now < 100 + 3600) {
        const double sleep = service.alive(now);
        const int pings = count(systemd.sent(), "WATCHDOG=1");
        REQUIRE(pings <= 1);
        if (pings == 1) {
            CHECK(now - last_ping <= 5.0);  // half of WatchdogSec
            last_ping = now;
        }
        REQUIRE(sleep > 0);
        REQUIRE(sleep <= 5.0);
        now += sleep;
    }
    CHECK(now - last_ping <= 5.0);
}

TEST_CASE("A busy kiosk pings the watchdog about once a second, not every frame") {
    FakeSystemd systemd(30);
    ServiceNotifier service("Kiosk draait", 0);
    systemd.sent();
    int pings = 0;
    for (int frame = 1; frame <= 600; ++frame) {  // ten seconds at 60 frames a second
        service.alive(frame / 60.0);
        pings += count(systemd.sent(), "WATCHDOG=1");
    }
    CHECK(pings >= 9);
    CHECK(pings <= 10);
}

TEST_CASE("A clock set back does not silence the watchdog") {
    FakeSystemd systemd(10);
    ServiceNotifier service("Kiosk draait", 5000);
    systemd.sent();
    service.alive(1000);  // the wall clock went back over an hour (NTP)
    CHECK(count(systemd.sent(), "WATCHDOG=1") == 1);
    CHECK(service.alive(1000) <= 5.0);
}

TEST_CASE("A watchdog meant for another process is not pinged, and outside systemd nothing is sent") {
    {
        FakeSystemd systemd(10, ::getpid() + 1);
        ServiceNotifier service("Kiosk draait", 100);
        CHECK(service.watchdog_seconds() == 0);
        service.alive(200);
        CHECK(count(systemd.sent(), "WATCHDOG=1") == 0);
    }
    ServiceNotifier outside("Kiosk draait", 100);
    CHECK_FALSE(outside.under_systemd());
    CHECK(outside.alive(200) >= 3600);
}

TEST_CASE("The kiosk's event loop says READY after its first frame and pings the watchdog while it waits") {
    // A watchdog of 0.2 s: pings are due every 50 ms, far more often than the attract screen draws.
    FakeSystemd systemd(0.2);
    HeadlessKiosk kiosk(test::headless_options(1080, 1920), wall_clock());
    const std::string name = kiosk.app().pack().pack.name;
    std::vector<std::string> heard;
    // systemd's side: once READY and three pings came, close the kiosk as the window manager would.
    std::thread listener([&] {
        int pings = 0;
        for (std::string message; pings < 3 && !(message = systemd.next()).empty();) {
            heard.push_back(message);
            if (message == "WATCHDOG=1") ++pings;
        }
        SDL_Event quit{};
        quit.type = SDL_QUIT;
        SDL_PushEvent(&quit);
    });
    kiosk.app().run(static_cast<double>(test::kPatience.count()));
    listener.join();
    REQUIRE(!heard.empty());
    CHECK(heard.front().rfind("READY=1\nSTATUS=Kiosk draait met " + name, 0) == 0);
    CHECK(count(heard, "WATCHDOG=1") == 3);
    // Pings may still have come while the quit travelled; the last word is STOPPING.
    const std::vector<std::string> after = systemd.sent();
    REQUIRE(!after.empty());
    CHECK(after.back() == "STOPPING=1\nSTATUS=De kiosk stopt.");
}
