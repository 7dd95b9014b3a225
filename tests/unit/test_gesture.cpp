#include <catch2/catch.hpp>

#include <algorithm>

#include "input/gesture.h"

using namespace kiosk;

namespace {
// A quick upward flick of 300 px in 80 ms.
void flick(Gesture& g) {
    GestureOutput out;
    pointer_down(g, 0, 800, 0.0);
    for (int i = 1; i <= 5; ++i) pointer_move(g, 0, 800.0f - 60.0f * static_cast<float>(i), 0.016 * i, out);
    pointer_up(g, 0, 500, 0.08, out);
}
}  // namespace

TEST_CASE("A touch that hardly moves is a tap") {
    Gesture g;
    GestureOutput out;
    pointer_down(g, 100, 100, 0.0);
    pointer_move(g, 104, 103, 0.05, out);
    pointer_up(g, 104, 103, 0.1, out);
    CHECK(out.tap);
    CHECK(out.scroll == 0);
}

TEST_CASE("A drag scrolls with the finger and is never a tap") {
    Gesture g;
    GestureOutput out;
    pointer_down(g, 100, 500, 0.0);
    for (int i = 1; i <= 10; ++i) pointer_move(g, 100, 500.0f - 30.0f * static_cast<float>(i), 0.02 * i, out);
    pointer_up(g, 100, 200, 0.21, out);
    CHECK_FALSE(out.tap);
    CHECK(out.scroll == Approx(300));  // content moves exactly as far as the finger
}

TEST_CASE("A flick coasts on, slows down and stops") {
    Gesture g;
    flick(g);
    REQUIRE(coasting(g));
    double t = 0.08;
    float previous_step = 1e9f, travelled = 0;
    while (coasting(g) && t < 10) {
        GestureOutput step;
        t += 1.0 / 60.0;
        coast(g, t, step);
        CHECK(step.scroll >= 0);
        CHECK(step.scroll <= previous_step + 1e-3f);
        previous_step = step.scroll;
        travelled += step.scroll;
    }
    CHECK_FALSE(coasting(g));
    CHECK(travelled > 100);
}

TEST_CASE("Touching a coasting list stops it without tapping what is under the finger") {
    Gesture g;
    flick(g);
    REQUIRE(coasting(g));
    GestureOutput touch;
    pointer_down(g, 50, 50, 0.1);
    pointer_up(g, 50, 50, 0.15, touch);
    CHECK_FALSE(touch.tap);
    CHECK_FALSE(coasting(g));
    GestureOutput next;
    pointer_down(g, 50, 50, 0.3);
    pointer_up(g, 50, 50, 0.35, next);
    CHECK(next.tap);
}

TEST_CASE("Touch: a flick read late, after a slow frame, still coasts when each point keeps its own time") {
    // A 120 ms flick of 360 px, one point every 10 ms, all read at once 150 ms after it began (the
    // loop was busy drawing). With the time each point happened it coasts; stamped with the time
    // it was read, every point has the same time and the list stops dead (the old behaviour).
    const auto flick_read_at = [](bool own_time) {
        Gesture g;
        GestureOutput out;
        const double read = 0.15;
        pointer_down(g, 0, 800, own_time ? 0.0 : read);
        for (int i = 1; i <= 12; ++i) pointer_move(g, 0, 800.0f - 30.0f * static_cast<float>(i), own_time ? 0.01 * i : read, out);
        pointer_up(g, 0, 440, own_time ? 0.124 : read, out);
        return g;
    };
    const Gesture kept = flick_read_at(true);
    CHECK(coasting(kept));
    CHECK(kept.velocity == Approx(3000).epsilon(0.1));  // 360 px in 0.12 s
    CHECK_FALSE(coasting(flick_read_at(false)));
}

TEST_CASE("Touch: coasting runs on the frame clock, also when frames come slowly") {
    Gesture g;
    flick(g);
    REQUIRE(coasting(g));
    // Frames every 150 ms: each moves the list further, and by as much as 60 frames a second
    // would have over the same time (the decay is exact, not per frame).
    Gesture fast = g;
    float slow_total = 0, fast_total = 0;
    for (int frame = 1; frame <= 4; ++frame) {
        GestureOutput step;
        coast(g, 0.08 + 0.15 * frame, step);
        CHECK(step.scroll > 0);
        slow_total += step.scroll;
    }
    for (int frame = 1; frame <= 36; ++frame) {
        GestureOutput step;
        coast(fast, 0.08 + (1.0 / 60.0) * frame, step);
        fast_total += step.scroll;
    }
    CHECK(slow_total == Approx(fast_total).epsilon(0.02));
}

TEST_CASE("Touch: SDL's event stamps map onto the kiosk's clock") {
    EventClock clock;
    // SDL started 1000 s before the kiosk clock's 5000; the first event is read 30 ms late.
    CHECK(event_time(clock, 2000, 5001.030) == Approx(5001.030));  // nothing better known yet
    // A later one read at once: now the offset is known to the millisecond.
    CHECK(event_time(clock, 2100, 5001.100) == Approx(5001.100));
    // A flick read late after a slow frame: each event keeps its own moment.
    CHECK(event_time(clock, 2200, 5001.350) == Approx(5001.200));
    CHECK(event_time(clock, 2210, 5001.350) == Approx(5001.210));
    CHECK(event_time(clock, 2220, 5001.350) == Approx(5001.220));
    // No stamp: the time it is read.
    CHECK(event_time(clock, 0, 5002.0) == Approx(5002.0));
    // The kiosk's clock jumped ahead (the wall clock set): start again from the event.
    CHECK(event_time(clock, 2300, 5100.0) == Approx(5100.0));
    CHECK(event_time(clock, 2400, 5100.1) == Approx(5100.1));
    // SDL's stamp wrapped round (after 49 days): start again as well.
    CHECK(event_time(clock, 5, 5200.0) == Approx(5200.0));
    CHECK(event_time(clock, 105, 5200.1) == Approx(5200.1));
}

TEST_CASE("Touch: a touch is pressing until it becomes a drag, and never when it only stops a coasting list") {
    Gesture g;
    GestureOutput out;
    pointer_down(g, 100, 500, 0.0);
    CHECK(pressing(g));
    pointer_move(g, 102, 498, 0.02, out);
    CHECK(pressing(g));  // within the slop
    pointer_move(g, 100, 400, 0.05, out);
    CHECK_FALSE(pressing(g));
    pointer_up(g, 100, 100, 0.1, out);
    CHECK_FALSE(pressing(g));
    REQUIRE(coasting(g));
    pointer_down(g, 100, 300, 0.12);
    CHECK_FALSE(pressing(g));  // this touch only catches the list
}

TEST_CASE("Touch: a flick SDL read in one go, with one stamp, is spread over the slow frame and still coasts") {
    // SDL 2 stamps events when it reads them: twelve moves read after a 150 ms frame share a stamp.
    const std::vector<double> times = spread_over(14, 10.0, 10.15);
    REQUIRE(times.size() == 14);
    CHECK(times.front() == Approx(10.0 + 0.15 / 14));
    CHECK(times.back() == Approx(10.15));
    CHECK(std::is_sorted(times.begin(), times.end()));
    Gesture g;
    GestureOutput out;
    pointer_down(g, 0, 800, times[0]);
    for (int i = 1; i <= 12; ++i) pointer_move(g, 0, 800.0f - 25.0f * static_cast<float>(i), times[static_cast<std::size_t>(i)], out);
    pointer_up(g, 0, 500, times[13], out);
    CHECK(coasting(g));
    CHECK(g.velocity > 1000);  // 300 px in about a tenth of a second, not nothing
}
