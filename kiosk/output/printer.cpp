#include "output/printer.h"

#include "output/cups_printer.h"

#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <thread>

namespace kiosk {

namespace {

// A file descriptor that closes itself.
class Descriptor {
public:
    explicit Descriptor(int fd = -1) : fd_(fd) {}
    ~Descriptor() {
        if (fd_ >= 0) ::close(fd_);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return fd_; }

private:
    int fd_;
};

int milliseconds(double seconds) { return static_cast<int>(seconds * 1000.0); }

int open_tcp(const std::string& address, double timeout) {
    const auto colon = address.rfind(':');
    const std::string host = address.substr(0, colon);
    const std::string port = colon == std::string::npos ? "9100" : address.substr(colon + 1);
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    if (getaddrinfo(host.c_str(), port.c_str(), &hints, &found) != 0 || !found) return -1;
    const int fd = ::socket(found->ai_family, found->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, found->ai_protocol);
    if (fd < 0) {
        freeaddrinfo(found);
        return -1;
    }
    const int rc = ::connect(fd, found->ai_addr, found->ai_addrlen);
    freeaddrinfo(found);
    if (rc != 0 && errno != EINPROGRESS) {
        ::close(fd);
        return -1;
    }
    pollfd wait{fd, POLLOUT, 0};
    int error = 0;
    socklen_t length = sizeof error;
    if (::poll(&wait, 1, milliseconds(timeout)) != 1 || getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0 || error) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// Writes everything or reports why not: false with `stalled` set when the printer stopped
// taking data within the time limit.
bool write_all(int fd, const std::string& bytes, double timeout, bool& stalled) {
    std::size_t sent = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(milliseconds(timeout));
    while (sent < bytes.size()) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
        pollfd wait{fd, POLLOUT, 0};
        if (left <= 0 || ::poll(&wait, 1, static_cast<int>(left)) != 1) {
            stalled = true;
            return false;
        }
        if (wait.revents & (POLLERR | POLLHUP)) return false;
        const ssize_t n = ::send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (n < 0 && (errno == EAGAIN || errno == EINTR)) continue;
        if (n < 0 && errno == ENOTSOCK) {
            // A device file is not a socket. (Only then: write() on a socket the printer has just
            // reset would raise SIGPIPE, which ends the whole kiosk.)
            const ssize_t w = ::write(fd, bytes.data() + sent, bytes.size() - sent);
            if (w <= 0) return false;
            sent += static_cast<std::size_t>(w);
            continue;
        }
        if (n <= 0) return false;
        sent += static_cast<std::size_t>(n);
    }
    return true;
}

// DLE EOT n: the printer's real-time status byte, or -1 when it does not answer in time.
int real_time_status(int fd, int which, double timeout) {
    const char query[] = {0x10, 0x04, static_cast<char>(which)};
    bool stalled = false;
    if (!write_all(fd, std::string(query, 3), timeout, stalled)) return -1;
    pollfd wait{fd, POLLIN, 0};
    if (::poll(&wait, 1, milliseconds(timeout)) != 1 || !(wait.revents & POLLIN)) return -1;
    unsigned char reply = 0;
    return ::read(fd, &reply, 1) == 1 ? reply : -1;
}

// Reads the printer's state where it can answer: paper end (DLE EOT 4, bits 5-6) and cover
// open (DLE EOT 2, bit 2). A printer that cannot answer (a plain device file) is assumed ready.
PrinterState check_status(int fd, double timeout, bool must_answer) {
    const int paper = real_time_status(fd, 4, timeout);
    if (paper < 0) return must_answer ? PrinterState::NotAnswering : PrinterState::Idle;
    if (paper & 0x60) return PrinterState::OutOfPaper;
    const int offline = real_time_status(fd, 2, timeout);
    if (offline >= 0 && (offline & 0x04)) return PrinterState::CoverOpen;
    if (offline >= 0 && (offline & 0x20)) return PrinterState::OutOfPaper;
    return PrinterState::Idle;
}

}  // namespace

const char* printer_state_key(PrinterState state) {
    switch (state) {
    case PrinterState::Idle: return "printer.idle";
    case PrinterState::Printing: return "printer.printing";
    case PrinterState::Printed: return "printer.printed";
    case PrinterState::Offline: return "printer.offline";
    case PrinterState::OutOfPaper: return "printer.out_of_paper";
    case PrinterState::CoverOpen: return "printer.cover_open";
    case PrinterState::NotAnswering: return "printer.not_answering";
    }
    return "printer.offline";
}

std::string printer_bytes(const PrinterSettings& settings, const Bitmap& ticket) {
    return settings.kind == PrinterKind::Cups ? pdf_ticket(ticket) : escpos_ticket(ticket);
}

PrinterState send_to_printer(const PrinterSettings& settings, const std::string& bytes) {
    if (settings.kind == PrinterKind::Cups) return send_to_cups(settings, bytes);
    const bool network = settings.device.rfind("tcp://", 0) == 0;
    const Descriptor printer(network ? open_tcp(settings.device.substr(6), settings.timeout_seconds)
                                     : ::open(settings.device.c_str(), O_RDWR | O_NONBLOCK | O_CLOEXEC));
    if (printer.get() < 0) return PrinterState::Offline;
    // A network printer always answers status queries; a device file may not be able to.
    const PrinterState before = check_status(printer.get(), settings.timeout_seconds / 5, false);
    if (before != PrinterState::Idle) return before;
    bool stalled = false;
    if (!write_all(printer.get(), bytes, settings.timeout_seconds, stalled))
        return stalled ? PrinterState::NotAnswering : PrinterState::Offline;
    if (!network) return PrinterState::Printed;
    // Asking again after the job tells a printer that took the data but stopped working from
    // one that printed it.
    const PrinterState after = check_status(printer.get(), settings.timeout_seconds, true);
    return after == PrinterState::Idle ? PrinterState::Printed : after;
}

PrintJob::PrintJob(PrinterSettings settings, std::string bytes, std::shared_ptr<const PrintJob> after)
    : worker_([this, settings = std::move(settings), bytes = std::move(bytes), after = std::move(after)] {
          // One ticket at a time: on a device file two jobs would interleave their bytes.
          while (after && after->state() == PrinterState::Printing) std::this_thread::sleep_for(std::chrono::milliseconds(50));
          try {
              state_ = send_to_printer(settings, bytes);
          } catch (...) {
              state_ = PrinterState::Offline;  // a worker thread must never take the kiosk down
          }
      }) {}

PrintJob::~PrintJob() {
    if (worker_.joinable()) worker_.join();
}

}  // namespace kiosk
