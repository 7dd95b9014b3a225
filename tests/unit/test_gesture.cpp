#include <catch2/catch.hpp>

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
