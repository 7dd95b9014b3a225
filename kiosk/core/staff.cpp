#include "core/staff.h"

namespace kiosk {

bool tap_staff_corner(StaffAccess& access, double now) {
    if (access.corner_taps == 0 || now - access.first_corner_tap > kCornerSeconds) {
        access.corner_taps = 0;
        access.first_corner_tap = now;
    }
    if (++access.corner_taps < kCornerTaps) return false;
    access.corner_taps = 0;
    return true;
}

bool staff_locked(const StaffAccess& access, double now) { return now < access.locked_until; }

PinOutcome enter_staff_pin(StaffAccess& access, bool matches, double now) {
    if (staff_locked(access, now)) return PinOutcome::Locked;
    if (matches) {
        access.wrong_pins = 0;
        return PinOutcome::Open;
    }
    if (++access.wrong_pins >= kWrongPinsBeforeLock) {
        access.wrong_pins = 0;
        access.locked_until = now + kLockSeconds;
        return PinOutcome::Locked;
    }
    return PinOutcome::Wrong;
}

void restore_staff_lock(StaffAccess& access, double now) {
    if (access.locked_until > now + kLockSeconds) access.locked_until = now + kLockSeconds;
    if (access.wrong_pins < 0 || access.wrong_pins >= kWrongPinsBeforeLock) access.wrong_pins = 0;
}

}  // namespace kiosk
