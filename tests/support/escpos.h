// A test printer: reads ESC/POS back into an image, and a fake network printer on loopback that
// can behave well, run out of paper, have its cover open, stall, hold the ticket until the test
// lets it print, or drop the connection.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "output/ticket.h"

namespace test {

// Parses the commands the kiosk sends (ESC @, GS v 0, ESC d, GS V, DLE EOT) into the printed
// image; REQUIREs that nothing else is in the stream.
kiosk::Bitmap decode_escpos(const std::string& bytes);
// The bitmap as RGBA pixels (black dots on white), for zbar.
std::vector<std::uint8_t> rgba_of(const kiosk::Bitmap& bitmap);

// Stall takes the connection and then neither reads nor answers for as long as the fake lives;
// Held does the same until release(), then prints as Ready.
enum class FakeBehaviour { Ready, OutOfPaper, CoverOpen, Stall, Held, Drop };

// Serves one connection, whenever it comes: the fake has no clock of its own, so however long the
// walk before the print takes on a busy machine, the printer is still there. It is done when the
// kiosk closes the connection, or when the test is done with the fake (the destructor).
class FakePrinter {
public:
    explicit FakePrinter(FakeBehaviour behaviour);
    ~FakePrinter();
    FakePrinter(const FakePrinter&) = delete;
    FakePrinter& operator=(const FakePrinter&) = delete;

    std::string address() const;  // "tcp://127.0.0.1:PORT"
    // Waits for the connection to end (the kiosk closes it after a job), then returns the bytes;
    // fails the test when that has not happened after test::kPatience.
    std::string received();
    void release();  // a Held printer starts reading and answering

private:
    void serve();
    void talk(int client);
    void stop();

    FakeBehaviour behaviour_;
    int listener_ = -1;
    int port_ = 0;
    int stop_event_ = -1;     // readable once the fake is to stop: wakes every poll in serve()
    int release_event_ = -1;  // readable once release() was called
    std::atomic<bool> stop_{false};
    std::mutex mutex_;
    std::condition_variable ended_;
    bool finished_ = false;  // serve() is done; received_ is whole
    std::string received_;
    std::thread thread_;
};

}  // namespace test
