// Crockford's base 32: digits and capitals without I, L, O and U, so codes read aloud or typed
// over from a screen are not mistaken for each other.
#pragma once

namespace kiosk {

inline constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

}  // namespace kiosk
