#include "input/gesture.h"

#include <cmath>

namespace kiosk {

namespace {
constexpr double kVelocityWindow = 0.1;  // seconds of movement that decide the flick speed
// An event read this much later than the clocks' offset says is taken as a jump of the kiosk's
// clock (the wall clock set by NTP), not as a slow frame: no frame takes seconds.
constexpr double kMaxEventDelay = 2.0;
}

void pointer_down(Gesture& gesture, float x, float y, double now) {
    gesture.stopped_a_coast = coasting(gesture);
    gesture.velocity = 0;
    gesture.down = true;
    gesture.dragging = false;
    gesture.start_x = gesture.last_x = x;
    gesture.start_y = gesture.last_y = y;
    gesture.last_time = now;
    gesture.recent.assign(1, {now, y});
}

void pointer_move(Gesture& gesture, float x, float y, double now, GestureOutput& out) {
    if (!gesture.down) return;
    if (!gesture.dragging && std::hypot(x - gesture.start_x, y - gesture.start_y) > gesture.settings.slop_px) {
        gesture.dragging = true;
        gesture.last_y = gesture.start_y;  // the slop is scrolled too, so the content follows the finger
    }
    if (gesture.dragging) out.scroll += gesture.last_y - y;
    gesture.last_x = x;
    gesture.last_y = y;
    gesture.last_time = now;
    gesture.recent.push_back({now, y});
    while (gesture.recent.size() > 2 && now - gesture.recent.front().time > kVelocityWindow)
        gesture.recent.erase(gesture.recent.begin());
}

void pointer_up(Gesture& gesture, float x, float y, double now, GestureOutput& out) {
    if (!gesture.down) return;
    pointer_move(gesture, x, y, now, out);
    gesture.down = false;
    if (!gesture.dragging) {
        if (!gesture.stopped_a_coast) {
            out.tap = true;
            out.tap_x = x;
            out.tap_y = y;
        }
        return;
    }
    const auto& first = gesture.recent.front();
    const double span = now - first.time;
    gesture.velocity = span > 0.005 ? static_cast<float>((first.y - y) / span) : 0.0f;
    if (std::fabs(gesture.velocity) < gesture.settings.stop_speed) gesture.velocity = 0;
    gesture.last_time = now;
    gesture.dragging = false;
}

void coast(Gesture& gesture, double now, GestureOutput& out) {
    if (!coasting(gesture)) return;
    const double dt = now - gesture.last_time;
    if (dt <= 0) return;
    // Exponential decay: the distance is the integral of v * exp(-t / tau).
    const double tau = gesture.settings.coast_time_constant;
    const double decay = std::exp(-dt / tau);
    out.scroll += static_cast<float>(gesture.velocity * tau * (1.0 - decay));
    gesture.velocity = static_cast<float>(gesture.velocity * decay);
    gesture.last_time = now;
    if (std::fabs(gesture.velocity) < gesture.settings.stop_speed) gesture.velocity = 0;
}

bool coasting(const Gesture& gesture) { return !gesture.down && gesture.velocity != 0; }

void stop(Gesture& gesture) { gesture.velocity = 0; }

bool pressing(const Gesture& gesture) { return gesture.down && !gesture.dragging && !gesture.stopped_a_coast; }

std::vector<double> spread_over(std::size_t count, double from, double to) {
    std::vector<double> times;
    for (std::size_t i = 1; i <= count; ++i) times.push_back(from + (to - from) * static_cast<double>(i) / static_cast<double>(count));
    return times;
}

double event_time(EventClock& clock, std::uint32_t ms, double now) {
    if (ms == 0) return now;
    const double offset = now - static_cast<double>(ms) / 1000.0;  // as if read the moment it happened
    const bool restart = !clock.known || ms < clock.last_ms || offset - clock.offset > kMaxEventDelay;
    if (restart || offset < clock.offset) clock.offset = offset;
    clock.known = true;
    clock.last_ms = ms;
    return static_cast<double>(ms) / 1000.0 + clock.offset;
}

}  // namespace kiosk
