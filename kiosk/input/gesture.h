// Touch gestures without SDL or ImGui: tells a tap from a drag, and keeps a flicked list
// coasting with inertia. Dear ImGui has no drag-to-scroll of its own, and a button must never
// fire at the end of a drag, so the UI only passes *taps* on to ImGui as clicks.
#pragma once

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

}  // namespace kiosk
