// QR codes through libqrencode, as a plain matrix the screen and the ticket both draw.
#pragma once

#include <string>
#include <vector>

namespace kiosk {

struct QrCode {
    int version = 0;
    int size = 0;                 // modules per side, without the quiet zone
    std::vector<bool> dark;       // size * size, row by row

    bool module(int x, int y) const { return dark[static_cast<std::size_t>(y * size + x)]; }
    bool operator==(const QrCode&) const = default;
};

// Error correction M; the smallest version that holds `text`. Throws std::runtime_error when
// the text does not fit any version.
QrCode make_qr(const std::string& text);

}  // namespace kiosk
