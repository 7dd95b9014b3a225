#include "support/escpos.h"

#include <catch2/catch.hpp>

#include <cerrno>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include "support/patience.h"

namespace test {

kiosk::Bitmap decode_escpos(const std::string& bytes) {
    kiosk::Bitmap image;
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(bytes.at(i)); };
    std::size_t at = 0;
    while (at < bytes.size()) {
        if (bytes.compare(at, 2, "\x1b@") == 0) {
            at += 2;
        } else if (bytes.compare(at, 2, "\x10\x04") == 0) {
            at += 3;  // a status query
        } else if (bytes.compare(at, 3, "\x1dv0") == 0) {
            const int width_bytes = byte(at + 4) | (byte(at + 5) << 8);
            const int rows = byte(at + 6) | (byte(at + 7) << 8);
            at += 8;
            if (image.width == 0) image.width = width_bytes * 8;
            REQUIRE(image.width == width_bytes * 8);
            for (int y = 0; y < rows; ++y)
                for (int b = 0; b < width_bytes; ++b, ++at)
                    for (int bit = 0; bit < 8; ++bit) image.dots.push_back((byte(at) >> (7 - bit)) & 1);
            image.height += rows;
        } else if (bytes.compare(at, 2, "\x1b" "d") == 0) {
            at += 3;
        } else if (bytes.compare(at, 3, "\x1dV\x42") == 0) {
            at += 4;
        } else {
            FAIL("unexpected ESC/POS byte " << static_cast<int>(byte(at)) << " at " << at);
        }
    }
    return image;
}

std::vector<std::uint8_t> rgba_of(const kiosk::Bitmap& bitmap) {
    std::vector<std::uint8_t> rgba(static_cast<std::size_t>(bitmap.width * bitmap.height * 4), 255);
    for (std::size_t i = 0; i < bitmap.dots.size(); ++i)
        if (bitmap.dots[i]) rgba[i * 4] = rgba[i * 4 + 1] = rgba[i * 4 + 2] = 0;
    return rgba;
}

FakePrinter::FakePrinter(FakeBehaviour behaviour) : behaviour_(behaviour) {
    listener_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    REQUIRE(listener_ >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);  // loopback only
    REQUIRE(::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    REQUIRE(::listen(listener_, 1) == 0);
    socklen_t length = sizeof address;
    ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length);
    port_ = ntohs(address.sin_port);
    stop_event_ = ::eventfd(0, EFD_CLOEXEC);
    release_event_ = ::eventfd(0, EFD_CLOEXEC);
    REQUIRE(stop_event_ >= 0);
    REQUIRE(release_event_ >= 0);
    thread_ = std::thread([this] { serve(); });
}

FakePrinter::~FakePrinter() {
    stop();
    if (thread_.joinable()) thread_.join();
    ::close(listener_);
    ::close(stop_event_);
    ::close(release_event_);
}

std::string FakePrinter::address() const { return "tcp://127.0.0.1:" + std::to_string(port_); }

namespace {

void signal_event(int event) {
    const std::uint64_t one = 1;
    [[maybe_unused]] const ssize_t ignored = ::write(event, &one, sizeof one);
}

}  // namespace

void FakePrinter::stop() {
    stop_ = true;
    signal_event(stop_event_);
}

void FakePrinter::release() { signal_event(release_event_); }

std::string FakePrinter::received() {
    std::unique_lock lock(mutex_);
    if (!ended_.wait_for(lock, kPatience, [this] { return finished_; })) {
        lock.unlock();
        FAIL_CHECK("the fake printer's connection did not end within " << kPatience.count() << " s: no ticket came, or the kiosk kept it open");
        stop();
    } else {
        lock.unlock();
    }
    if (thread_.joinable()) thread_.join();
    return received_;
}

void FakePrinter::serve() {
    // Waits for the kiosk to connect, however long its walk takes, or for the test to end.
    pollfd incoming[2] = {{listener_, POLLIN, 0}, {stop_event_, POLLIN, 0}};
    while (!stop_ && ::poll(incoming, 2, -1) < 0 && errno == EINTR) {}
    if (!stop_ && (incoming[0].revents & POLLIN)) {
        const int client = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
        if (client >= 0) {
            talk(client);
            ::close(client);
        }
    }
    const std::lock_guard lock(mutex_);
    finished_ = true;
    ended_.notify_all();
}

void FakePrinter::talk(int client) {
    if (behaviour_ == FakeBehaviour::Stall || behaviour_ == FakeBehaviour::Held) {
        // Takes the connection, then neither reads nor answers: a Stall until the test is done
        // with it, a Held printer until release().
        pollfd wait[2] = {{stop_event_, POLLIN, 0}, {release_event_, POLLIN, 0}};
        const int watched = behaviour_ == FakeBehaviour::Held ? 2 : 1;
        while (!stop_ && ::poll(wait, watched, -1) < 0 && errno == EINTR) {}
        if (stop_) return;
    }
    std::string pending;
    std::size_t raster_left = 0;
    // Reads until the kiosk closes the connection (it does after every job) or the test ends;
    // a pause in the data, however long, is only a slow sender.
    while (!stop_) {
        pollfd wait[2] = {{client, POLLIN, 0}, {stop_event_, POLLIN, 0}};
        if (::poll(wait, 2, -1) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        if (stop_ || !(wait[0].revents & (POLLIN | POLLHUP | POLLERR))) break;
        char buffer[4096];
        const ssize_t n = ::read(client, buffer, sizeof buffer);
        if (n <= 0) break;  // closed by the kiosk (or reset)
        {
            const std::lock_guard lock(mutex_);
            received_.append(buffer, static_cast<std::size_t>(n));
            if (behaviour_ == FakeBehaviour::Drop && received_.size() > 1000) break;
        }
        pending.append(buffer, static_cast<std::size_t>(n));
        // Answer DLE EOT status queries, but only outside raster data, as a real printer's parser.
        std::size_t at = 0;
        while (at < pending.size()) {
            if (raster_left > 0) {
                const std::size_t skip = std::min(raster_left, pending.size() - at);
                raster_left -= skip;
                at += skip;
            } else if (pending.compare(at, 3, "\x1dv0") == 0) {
                if (pending.size() - at < 8) break;  // wait for the rest of the header
                const auto b = [&](std::size_t i) { return static_cast<unsigned char>(pending[at + i]); };
                raster_left = static_cast<std::size_t>((b(4) | (b(5) << 8)) * (b(6) | (b(7) << 8)));
                at += 8;
            } else if (pending.compare(at, 2, "\x10\x04") == 0) {
                if (pending.size() - at < 3) break;
                const int which = pending[at + 2];
                unsigned char reply = 0x12;  // the fixed bits of a status byte
                if (which == 4 && behaviour_ == FakeBehaviour::OutOfPaper) reply |= 0x60;
                if (which == 2 && behaviour_ == FakeBehaviour::CoverOpen) reply |= 0x04;
                // A kiosk that gave up on a late answer has closed the socket: no SIGPIPE for that.
                if (::send(client, &reply, 1, MSG_NOSIGNAL) != 1) return;
                at += 3;
            } else if (pending.size() - at < 3 && (pending[at] == 0x1d || pending[at] == 0x10)) {
                break;  // perhaps the start of a command still on its way
            } else {
                ++at;
            }
        }
        pending.erase(0, at);
    }
}

}  // namespace test
