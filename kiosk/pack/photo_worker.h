// Decodes pictures on a thread of its own, so no frame waits for a photo: the screen draws
// without the picture until it is ready, a frame or two later. Every pack photo has been decoded
// once, whole and within the budgets, when the pack was loaded (check_photos); here the kiosk
// decodes it again only at the size a screen draws it.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "pack/photo.h"

namespace kiosk {

class PhotoWorker {
public:
    // `on_done` runs on the worker thread after each decode: it wakes the event loop. It has run
    // for every result before decoding() turns false.
    explicit PhotoWorker(std::function<void()> on_done = {});
    ~PhotoWorker();  // drops what is still queued and waits for the decode under way
    PhotoWorker(const PhotoWorker&) = delete;
    PhotoWorker& operator=(const PhotoWorker&) = delete;

    struct Done {
        std::uint64_t request = 0;
        std::optional<Photo> photo;  // nullopt: the bytes did not decode
    };

    // Queues a decode of `bytes` at most `max_width` wide; the number names it in take_done().
    std::uint64_t request(std::string bytes, int max_width);
    // The decodes finished since the last call.
    std::vector<Done> take_done();
    // True while a request is queued or being decoded (finished ones not yet taken do not count).
    bool decoding() const;
    // Waits until nothing is queued or being decoded, at most `max_seconds`; false on time-out.
    bool wait_until_idle(double max_seconds) const;

private:
    struct Job {
        std::uint64_t request;
        std::string bytes;
        int max_width;
    };
    void work();

    std::function<void()> on_done_;
    mutable std::mutex mutex_;
    mutable std::condition_variable changed_;
    std::deque<Job> queue_;
    std::vector<Done> done_;
    std::uint64_t next_request_ = 1;
    bool busy_ = false;      // a job is being decoded
    bool stopping_ = false;
    std::thread thread_;     // started by the first request; last member, so it starts last
};

}  // namespace kiosk
