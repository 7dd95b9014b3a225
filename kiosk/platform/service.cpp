#include "platform/service.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include <systemd/sd-daemon.h>

namespace kiosk {

namespace {

// Pings four times per interval: one late wake-up on a busy machine still lands inside it.
constexpr double kPingsPerInterval = 4;
// Not more than this often while frames run at display rate: one datagram a second is plenty.
constexpr double kMinPingGap = 1.0;
// Without a watchdog the loop sleeps as long as it likes; an hour keeps its milliseconds an int.
constexpr double kNoWatchdogSleep = 3600;

}  // namespace

ServiceNotifier::ServiceNotifier(const std::string& status, double now) : last_ping_(now) {
    const char* socket = std::getenv("NOTIFY_SOCKET");
    notify_ = socket && *socket;
    if (!notify_) return;
    std::uint64_t usec = 0;
    // > 0 only when the watchdog is meant for this process (WATCHDOG_PID), not for a parent.
    if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0) watchdog_ = static_cast<double>(usec) / 1e6;
    send("READY=1\nSTATUS=" + status);
    if (watchdog_ > 0) send("WATCHDOG=1");
}

ServiceNotifier::~ServiceNotifier() {
    if (notify_) send("STOPPING=1\nSTATUS=De kiosk stopt.");
}

double ServiceNotifier::alive(double now) {
    if (watchdog_ <= 0) return kNoWatchdogSleep;
    const double gap = watchdog_ / kPingsPerInterval;
    // A clock that jumped back (the wall clock set by NTP) must not silence the pings.
    if (now - last_ping_ >= std::min(gap, kMinPingGap) || now < last_ping_) {
        send("WATCHDOG=1");
        last_ping_ = now;
    }
    return std::max(0.0, last_ping_ + gap - now);
}

void ServiceNotifier::status(const std::string& text) {
    if (notify_) send("STATUS=" + text);
}

bool ServiceNotifier::send(const std::string& message) const {
    const int result = sd_notify(0, message.c_str());
    if (result < 0) std::fprintf(stderr, "systemd: melding '%s' kon niet verstuurd worden (fout %d)\n", message.c_str(), -result);
    return result > 0;
}

}  // namespace kiosk
