// Touch gestures without SDL or ImGui: tells a tap from a drag, and keeps a flicked list
// coasting with inertia. Dear ImGui has no drag-to-scroll of its own, and a button must never
// fire at the end of a drag, so the UI only passes *taps* on to ImGui as clicks.
#pragma once

#include <cstdint>
#include <vector>

namespace kiosk {

struct GestureSettings {
    float slop_px = 12.0f;             // movement beyond this turns a touch into a drag
    float coast_time_constant = 0.35f; // seconds for the flick speed to fall to 37%
    float stop_speed = 30.0f;          // px/s below which coasting stops
};

struct Gesture {
    GestureSettings settings;
    bool down = false;
    bool dragging = false;
    bool stopped_a_coast = false;  // this touch only caught a moving list: not a tap
    float start_x = 0, start_y = 0;
    float last_x = 0, last_y = 0;
    double last_time = 0;
    float velocity = 0;  // content scroll speed in px/s while coasting
    struct Sample { double time; float y; };
    std::vector<Sample> recent;  // for the flick speed at release
};

struct GestureOutput {
    float scroll = 0;  // how far to scroll the content down (positive = show what is below)
    bool tap = false;
    float tap_x = 0, tap_y = 0;
};

void pointer_down(Gesture& gesture, float x, float y, double now);
void pointer_move(Gesture& gesture, float x, float y, double now, GestureOutput& out);
void pointer_up(Gesture& gesture, float x, float y, double now, GestureOutput& out);
// Advances coasting to `now`; adds the scroll it gives.
void coast(Gesture& gesture, double now, GestureOutput& out);
bool coasting(const Gesture& gesture);
// Stops coasting at once, e.g. when the list hits its end or the screen changes.
void stop(Gesture& gesture);
// A touch that may still become a tap: the finger is down, has not moved beyond the slop and did
// not only catch a coasting list. Widgets show it pressed.
bool pressing(const Gesture& gesture);

// The flick speed must come from when the finger was at each point, not from when the loop got
// round to reading it: after a slow frame a whole flick is read at once, and its points would
// all get the same time (the list then stops dead). SDL stamps each event with the milliseconds
// since it started; this maps a stamp onto the kiosk's own clock (`now`, which tests inject).
// An event is never read before it happened, so the smallest `now - stamp` seen is the offset
// between the two clocks; a jump of the kiosk's clock or a wrapped stamp starts it again.
struct EventClock {
    bool known = false;
    double offset = 0;         // kiosk clock minus SDL's, in seconds
    std::uint32_t last_ms = 0; // the last stamp seen
};
// The time on the kiosk's clock at which the event stamped `ms` happened; `now` when it carries
// no stamp (0).
double event_time(EventClock& clock, std::uint32_t ms, double now);

// SDL 2 stamps an event when it reads it from the system, and it reads only when the loop asks
// (SDL_PushEvent in SDL_PumpEvents): after a slow frame, a whole flick comes in one read with one
// stamp. Its events arrived one after the other while that frame was drawn, so a read of
// `count` touch events that share a stamp is spread evenly from `from` (the previous read, or
// the start of the frame) to `to` (this read). Returns the time of each.
std::vector<double> spread_over(std::size_t count, double from, double to);

}  // namespace kiosk
