// One kiosk per store: a lock file beside the store (kiosk.db.lock), held with flock() for the
// life of the kiosk. Two kiosks on one store would both draw fullscreen on one screen and count
// every visitor in the same file; the second one refuses to start instead.
//
// The kernel lets go of the lock when the process ends, however it ends (kill -9, a power cut
// ends everything anyway), so a lock file left behind never blocks the next start; the file is
// therefore never removed (removing it would let a third kiosk lock a new file while the second
// still holds the old one). No SDL here: the tests use it without a screen.
#pragma once

#include <string>

namespace kiosk {

class InstanceLock {
public:
    // Throws std::runtime_error with a Dutch message when another process holds the lock. A store
    // in memory (":memory:", the tests) needs none. When the lock file cannot be made at all (a
    // read-only or full disk), the kiosk still starts, so visitors are served: that is the store's
    // problem to report, and `warning()` says why there is no lock.
    explicit InstanceLock(const std::string& store_path);
    ~InstanceLock();
    InstanceLock(const InstanceLock&) = delete;
    InstanceLock& operator=(const InstanceLock&) = delete;

    bool held() const { return fd_ >= 0; }
    const std::string& path() const { return path_; }
    const std::string& warning() const { return warning_; }

private:
    int fd_ = -1;
    std::string path_;
    std::string warning_;
};

std::string lock_path_for(const std::string& store_path);  // "" for a store in memory

}  // namespace kiosk
