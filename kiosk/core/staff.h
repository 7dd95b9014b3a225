// Getting into the staff screen: a hidden gesture on the attract screen (five quick taps in
// the top right corner), then the staff PIN. Wrong PINs count; after five the PIN pad locks
// for five minutes, so guessing at a busy fair is hopeless. Time comes in as a parameter, as
// everywhere in kiosk/core.
#pragma once

namespace kiosk {

struct StaffAccess {
    int corner_taps = 0;
    double first_corner_tap = 0;
    int wrong_pins = 0;
    double locked_until = 0;
};

inline constexpr int kCornerTaps = 5;
inline constexpr double kCornerSeconds = 3.0;
inline constexpr int kWrongPinsBeforeLock = 5;
inline constexpr double kLockSeconds = 300.0;

// A tap in the hidden corner; true when it completes the gesture (then the PIN pad shows).
bool tap_staff_corner(StaffAccess& access, double now);

bool staff_locked(const StaffAccess& access, double now);

enum class PinOutcome { Open, Wrong, Locked };

// The outcome of a PIN whose check (`matches`) the caller did; a locked pad refuses even the
// right PIN until the lock runs out.
PinOutcome enter_staff_pin(StaffAccess& access, bool matches, double now);

// After a restart with the counter and lock read back from the store: a lock that ends more than
// kLockSeconds from `now` (the clock was set back, or the stored value is nonsense) ends
// kLockSeconds from now, so it can never lock staff out for good.
void restore_staff_lock(StaffAccess& access, double now);

}  // namespace kiosk
