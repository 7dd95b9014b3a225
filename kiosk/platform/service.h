// Tells systemd how the kiosk is doing when systemd runs it as a service (the Debian package's
// openday-kiosk.service, Type=notify): READY once the first frame is on the screen, WATCHDOG
// while the event loop turns, STATUS in words for `systemctl status`, STOPPING on the way out.
// With WatchdogSec= set, systemd restarts a kiosk whose loop stops turning (a hang, not only a
// crash). The loop sleeps while nothing happens (SDL_WaitEventTimeout), so it must also wake for
// the watchdog: alive() says how long it may sleep, half the watchdog's interval at most. An
// idle kiosk therefore keeps its service up and a hung one is restarted. Outside systemd
// (NOTIFY_SOCKET unset: a terminal, the tests, the benchmark) every call does nothing.
#pragma once

#include <string>

namespace kiosk {

class ServiceNotifier {
public:
    // Reads what systemd passed (NOTIFY_SOCKET, WATCHDOG_USEC and WATCHDOG_PID) and, under
    // systemd, says READY=1 with `status`. `now`: the clock's reading, in seconds.
    ServiceNotifier(const std::string& status, double now);
    ~ServiceNotifier();  // STOPPING=1
    ServiceNotifier(const ServiceNotifier&) = delete;
    ServiceNotifier& operator=(const ServiceNotifier&) = delete;

    // Call on every turn of the event loop: pings the watchdog when a ping is due and returns how
    // many seconds the loop may sleep before it must call again (an hour without a watchdog).
    double alive(double now);
    // A line for `systemctl status` and the journal, e.g. which content the kiosk runs.
    void status(const std::string& text);

    bool under_systemd() const { return notify_; }
    double watchdog_seconds() const { return watchdog_; }  // 0: no watchdog

private:
    bool send(const std::string& message) const;

    bool notify_ = false;
    double watchdog_ = 0;
    double last_ping_ = 0;
};

}  // namespace kiosk
