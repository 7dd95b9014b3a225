// A test printer: reads ESC/POS back into an image, and a fake network printer on loopback that
// can behave well, run out of paper, have its cover open, stall, or drop the connection.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>
#include <thread>

#include "output/ticket.h"

namespace test {

// Parses the commands the kiosk sends (ESC @, GS v 0, ESC d, GS V, DLE EOT) into the printed
// image; REQUIREs that nothing else is in the stream.
kiosk::Bitmap decode_escpos(const std::string& bytes);
// The bitmap as RGBA pixels (black dots on white), for zbar.
std::vector<std::uint8_t> rgba_of(const kiosk::Bitmap& bitmap);

enum class FakeBehaviour { Ready, OutOfPaper, CoverOpen, Stall, Drop };

class FakePrinter {
public:
    explicit FakePrinter(FakeBehaviour behaviour);
    ~FakePrinter();
    FakePrinter(const FakePrinter&) = delete;
    FakePrinter& operator=(const FakePrinter&) = delete;

    std::string address() const;   // "tcp://127.0.0.1:PORT"
    std::string received();         // waits for the connection to end, then returns the bytes

private:
    void serve();

    FakeBehaviour behaviour_;
    int listener_ = -1;
    int port_ = 0;
    std::atomic<bool> stop_{false};
    std::string received_;
    std::thread thread_;
};

}  // namespace test
