#include "core/reach.h"

#include <algorithm>
#include <cmath>

namespace kiosk {

float picture_height_cm(const ScreenMount& mount, float width_px, float height_px) {
    if (mount.height_cm > 0) return mount.height_cm;
    if (mount.diagonal_inch <= 0 || width_px <= 0 || height_px <= 0) return 0;
    return mount.diagonal_inch * 2.54f * height_px / std::hypot(width_px, height_px);
}

ReachBand reach_band(const ScreenMount& mount, float width_px, float height_px, float min_rows) {
    const float picture = picture_height_cm(mount, width_px, height_px);
    if (picture <= 0 || height_px <= 0) return {0, height_px, true};
    // Row 0 is the top edge, `height_px` the lower edge at mount.bottom_cm above the floor.
    const auto row_at = [&](float cm) { return height_px - (cm - mount.bottom_cm) / picture * height_px; };
    const float top = row_at(kReachHighCm), bottom = row_at(kReachLowCm);
    ReachBand band{std::clamp(top, 0.0f, height_px), std::clamp(bottom, 0.0f, height_px), bottom > 0 && top < height_px};
    const float wanted = std::min(min_rows, height_px);
    if (band.bottom - band.top >= wanted) return band;
    // Too little of the band on the screen: widen it towards the middle of the real band, which
    // lies beyond one of the edges (or the band is simply narrow: then around its middle).
    const float middle = (top + bottom) * 0.5f;
    band.top = std::clamp(middle - wanted * 0.5f, 0.0f, height_px - wanted);
    band.bottom = band.top + wanted;
    return band;
}

std::optional<ScreenMount> default_mount(float width_px, float height_px) {
    if (height_px <= width_px) return std::nullopt;
    ScreenMount mount;
    mount.bottom_cm = 90;
    mount.diagonal_inch = 32;
    return mount;
}

}  // namespace kiosk
