// How long a test waits for something it expects to happen. Tests wait for the event itself
// (a connection closing, a job leaving Printing, a file appearing), never for a window of N
// seconds in which it "should" have happened: on a loaded machine everything takes longer. The
// one bound left is only there so a broken test fails with a message instead of hanging; it is
// far beyond any healthy run, and well under ctest's --timeout 600 so the failure is ours.
#pragma once

#include <chrono>
#include <thread>

namespace test {

constexpr std::chrono::seconds kPatience{120};

// The kiosk's own printer timeout for tests where that timeout is not what is tested: a healthy
// fake printer answers at once, so this only matters when a test is broken. The kiosk allows
// about four times its timeout for a whole job, which makes kPatience.
constexpr double kPatientPrinterSeconds = 30.0;

// Asks `done` until it says true, with a short sleep between; false when kPatience ran out.
template <class Done>
bool wait_until(Done&& done) {
    const auto give_up = std::chrono::steady_clock::now() + kPatience;
    while (!done()) {
        if (std::chrono::steady_clock::now() > give_up) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return true;
}

}  // namespace test
