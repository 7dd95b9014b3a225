// Where on the screen a visitor can reach. Accessibility standards put the controls a wheelchair
// user must reach between about 80 and 140 cm above the floor; on a portrait screen on a floor
// stand much of the screen lies above that. From how the screen is mounted (kiosk.ini [reach])
// this gives the band of pixel rows that lies inside that range, so the screens can keep every
// control a visitor needs there. Pure arithmetic, tested without a screen.
#pragma once

#include <optional>

namespace kiosk {

inline constexpr float kReachLowCm = 80.0f;    // lowest comfortable height of a control above the floor
inline constexpr float kReachHighCm = 140.0f;  // highest one

// How the screen stands: the height of the lower edge of its picture above the floor, and the
// picture's height (given directly, or as the diagonal in inches with the pixels' aspect ratio).
struct ScreenMount {
    float bottom_cm = 0;
    float height_cm = 0;      // > 0: the picture's height; wins over the diagonal
    float diagonal_inch = 0;  // > 0: the picture's diagonal

    bool operator==(const ScreenMount&) const = default;
};

// The picture's height in cm for a screen of `width_px` x `height_px` pixels (square pixels).
float picture_height_cm(const ScreenMount& mount, float width_px, float height_px);

// Pixel rows from the top of the screen between which visitor controls stand.
struct ReachBand {
    float top = 0;
    float bottom = 0;
    bool on_screen = true;  // false: the real band lies wholly above or below the screen

    bool operator==(const ReachBand&) const = default;
};

// The band of rows between kReachLowCm and kReachHighCm above the floor, clipped to the screen.
// Where less than `min_rows` of it is on the screen (a screen mounted high, or low), the band
// is widened to `min_rows` from the screen edge nearest to the real band: the controls then
// stand as near to it as they can. A screen wholly inside the range gives the whole screen.
ReachBand reach_band(const ScreenMount& mount, float width_px, float height_px, float min_rows);

// Without [reach] in kiosk.ini: a portrait screen is taken to be a 32" screen on a floor stand
// with the lower edge of its picture at 90 cm (its top then at about 1.61 m, like the usual
// kiosk totems); a landscape screen stands on a table, where a seated or standing visitor
// reaches all of it (no mount).
std::optional<ScreenMount> default_mount(float width_px, float height_px);

}  // namespace kiosk
