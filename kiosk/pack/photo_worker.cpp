#include "pack/photo_worker.h"

#include <chrono>
#include <exception>
#include <utility>

namespace kiosk {

PhotoWorker::PhotoWorker(std::function<void()> on_done) : on_done_(std::move(on_done)) {}

PhotoWorker::~PhotoWorker() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        queue_.clear();
    }
    changed_.notify_all();
    if (thread_.joinable()) thread_.join();
}

std::uint64_t PhotoWorker::request(std::string bytes, int max_width) {
    std::uint64_t request = 0;
    {
        std::lock_guard lock(mutex_);
        request = next_request_++;
        queue_.push_back({request, std::move(bytes), max_width});
        if (!thread_.joinable()) thread_ = std::thread(&PhotoWorker::work, this);
    }
    changed_.notify_all();
    return request;
}

std::vector<PhotoWorker::Done> PhotoWorker::take_done() {
    std::lock_guard lock(mutex_);
    return std::exchange(done_, {});
}

bool PhotoWorker::decoding() const {
    std::lock_guard lock(mutex_);
    return busy_ || !queue_.empty();
}

bool PhotoWorker::wait_until_idle(double max_seconds) const {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, std::chrono::duration<double>(max_seconds), [this] { return !busy_ && queue_.empty(); });
}

void PhotoWorker::work() {
    std::unique_lock lock(mutex_);
    for (;;) {
        changed_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
        if (stopping_) return;
        Job job = std::move(queue_.front());
        queue_.pop_front();
        busy_ = true;
        lock.unlock();
        std::optional<Photo> photo;
        try {
            photo = decode_photo(job.bytes, job.max_width);
        } catch (const std::exception&) {
            // Out of memory for the pixels: the screen draws without this picture.
        }
        job.bytes = {};  // the file's bytes go before the next one comes
        lock.lock();
        done_.push_back({job.request, std::move(photo)});
        lock.unlock();
        // The wake belongs to the job: whoever waits for the worker to be idle also finds the
        // event loop woken for every result.
        if (on_done_) on_done_();
        lock.lock();
        busy_ = false;
        changed_.notify_all();
    }
}

}  // namespace kiosk
