#include "platform/console.h"

#include <fcntl.h>
#include <linux/kd.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace kiosk {

ConsoleGraphics::ConsoleGraphics(bool console) {
    if (!console) return;
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0) return;  // no controlling terminal (a service without TTYPath=): nothing to hide
    int mode = 0;
    // KDGETMODE fails on anything but a virtual console (a pseudo-terminal over ssh, a serial line).
    if (::ioctl(fd, KDGETMODE, &mode) != 0 || mode != KD_TEXT || ::ioctl(fd, KDSETMODE, KD_GRAPHICS) != 0) {
        ::close(fd);
        return;
    }
    fd_ = fd;
}

ConsoleGraphics::~ConsoleGraphics() {
    if (fd_ < 0) return;
    ::ioctl(fd_, KDSETMODE, KD_TEXT);
    ::close(fd_);
}

}  // namespace kiosk
