// The Linux console under the kiosk's picture in console mode (KMS/DRM): the kernel's text
// terminal is still there, with its blinking cursor, kernel messages and blanking. Setting the
// terminal to KD_GRAPHICS tells the kernel that a program draws this screen, as X and Weston
// do; it goes back to KD_TEXT when the kiosk ends. (A kiosk that crashes leaves it in graphics
// mode: a systemd unit with TTYReset=yes sets it back.) No SDL here.
#pragma once

namespace kiosk {

class ConsoleGraphics {
public:
    // Does nothing unless `console` and the kiosk's controlling terminal (/dev/tty) is a
    // virtual console.
    explicit ConsoleGraphics(bool console);
    ~ConsoleGraphics();
    ConsoleGraphics(const ConsoleGraphics&) = delete;
    ConsoleGraphics& operator=(const ConsoleGraphics&) = delete;

    bool active() const { return fd_ >= 0; }

private:
    int fd_ = -1;
};

}  // namespace kiosk
