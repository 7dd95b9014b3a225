#include "fake_printer.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <stdexcept>

namespace soak {

const char* fault_name(PrinterFault fault) {
    switch (fault) {
    case PrinterFault::None: return "geen";
    case PrinterFault::OutOfPaper: return "papier op";
    case PrinterFault::CoverOpen: return "klep open";
    case PrinterFault::Refuse: return "offline";
    case PrinterFault::Stall: return "reageert niet";
    }
    return "?";
}

FakePrinter::FakePrinter() {
    listener_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (listener_ < 0 || ::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(listener_, 8) != 0 || ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        if (listener_ >= 0) ::close(listener_);
        throw std::runtime_error("soak: geen poort op 127.0.0.1 voor de nep-printer");
    }
    port_ = ntohs(address.sin_port);
    stop_event_ = ::eventfd(0, EFD_CLOEXEC);
    thread_ = std::thread([this] { serve(); });
}

FakePrinter::~FakePrinter() {
    stop_ = true;
    const std::uint64_t one = 1;
    if (::write(stop_event_, &one, sizeof one) < 0) {}  // wakes every poll below
    if (thread_.joinable()) thread_.join();
    ::close(listener_);
    ::close(stop_event_);
}

std::string FakePrinter::address() const { return "tcp://127.0.0.1:" + std::to_string(port_); }

void FakePrinter::serve() {
    while (!stop_) {
        pollfd incoming[2] = {{listener_, POLLIN, 0}, {stop_event_, POLLIN, 0}};
        if (::poll(incoming, 2, -1) < 0) {
            if (errno == EINTR) continue;
            return;
        }
        if (stop_) return;
        if (!(incoming[0].revents & POLLIN)) continue;
        const int client = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0) continue;
        talk(client);
        ::close(client);
        ++served_;
    }
}

void FakePrinter::talk(int client) {
    const PrinterFault fault = fault_.load();  // one job, one behaviour
    if (fault == PrinterFault::Refuse) {
        // Reset the connection at once: the kiosk sees the printer drop off the network.
        linger hard{1, 0};
        ::setsockopt(client, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        return;
    }
    if (fault == PrinterFault::Stall) {
        // Takes the connection and never reads nor answers, until the kiosk gives up and closes it.
        pollfd wait[2] = {{client, POLLRDHUP, 0}, {stop_event_, POLLIN, 0}};
        while (!stop_) {
            if (::poll(wait, 2, -1) < 0 && errno == EINTR) continue;
            if (wait[0].revents & (POLLRDHUP | POLLHUP | POLLERR)) return;
            if (wait[1].revents & POLLIN) return;
        }
        return;
    }
    std::string pending;
    std::size_t raster_left = 0;
    while (!stop_) {
        pollfd wait[2] = {{client, POLLIN, 0}, {stop_event_, POLLIN, 0}};
        if (::poll(wait, 2, -1) < 0) {
            if (errno == EINTR) continue;
            return;
        }
        if (stop_ || !(wait[0].revents & (POLLIN | POLLHUP | POLLERR))) return;
        char buffer[4096];
        const ssize_t n = ::read(client, buffer, sizeof buffer);
        if (n <= 0) return;  // the kiosk closes the connection after every job
        pending.append(buffer, static_cast<std::size_t>(n));
        // Status queries are answered only outside raster data, as a printer's parser does: the
        // ticket's dots may hold the same two bytes.
        std::size_t at = 0;
        while (at < pending.size()) {
            if (raster_left > 0) {
                const std::size_t skip = std::min(raster_left, pending.size() - at);
                raster_left -= skip;
                at += skip;
            } else if (pending.compare(at, 3, "\x1dv0") == 0) {
                if (pending.size() - at < 8) break;
                const auto b = [&](std::size_t i) { return static_cast<std::size_t>(static_cast<unsigned char>(pending[at + i])); };
                raster_left = (b(4) | (b(5) << 8)) * (b(6) | (b(7) << 8));
                at += 8;
            } else if (pending.compare(at, 2, "\x10\x04") == 0) {
                if (pending.size() - at < 3) break;
                const int which = pending[at + 2];
                unsigned char reply = 0x12;  // the fixed bits of every status byte
                if (which == 4 && fault == PrinterFault::OutOfPaper) reply |= 0x60;
                if (which == 2 && fault == PrinterFault::CoverOpen) reply |= 0x04;
                if (::send(client, &reply, 1, MSG_NOSIGNAL) != 1) return;
                at += 3;
            } else if (pending.size() - at < 3 && (pending[at] == 0x1d || pending[at] == 0x10)) {
                break;  // the start of a command, the rest still on its way
            } else {
                ++at;
            }
        }
        pending.erase(0, at);
    }
}

}  // namespace soak
