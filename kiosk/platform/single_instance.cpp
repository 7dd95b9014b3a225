#include "platform/single_instance.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace kiosk {

std::string lock_path_for(const std::string& store_path) {
    if (store_path.empty() || store_path == ":memory:" || store_path.rfind("file:", 0) == 0) return "";
    return store_path + ".lock";
}

namespace {

// The process id the holder wrote into the file, for the message; "" when unreadable.
std::string holder_of(int fd) {
    char buffer[32] = {};
    const ssize_t got = ::pread(fd, buffer, sizeof buffer - 1, 0);
    if (got <= 0) return "";
    std::string pid(buffer, static_cast<std::size_t>(got));
    while (!pid.empty() && (pid.back() == '\n' || pid.back() == ' ')) pid.pop_back();
    return pid;
}

}  // namespace

InstanceLock::InstanceLock(const std::string& store_path) : path_(lock_path_for(store_path)) {
    if (path_.empty()) return;
    const int fd = ::open(path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        warning_ = "kiosk: vergrendeling " + path_ + " kan niet gemaakt worden (" + std::strerror(errno) +
                   "); de kiosk start toch, maar let erop dat er maar één kiosk met deze opslag draait";
        return;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        const std::string holder = holder_of(fd);
        ::close(fd);
        if (error == EWOULDBLOCK) {
            throw std::runtime_error(
                "er draait al een kiosk met de opslag " + store_path + (holder.empty() ? "" : " (proces " + holder + ")") +
                ". Er kan maar één kiosk tegelijk draaien: sluit die eerst af (medewerkersscherm, 'Kiosk afsluiten', "
                "of als dienst: sudo systemctl stop openday-kiosk), of geef deze kiosk een andere opslag met --store");
        }
        warning_ = "kiosk: vergrendeling " + path_ + " lukt niet (" + std::strerror(error) + "); de kiosk start toch";
        return;
    }
    fd_ = fd;
    // Who holds it, for the message of the next one. The lock, not this text, is what counts.
    const std::string pid = std::to_string(::getpid()) + "\n";
    if (::ftruncate(fd_, 0) == 0 && ::pwrite(fd_, pid.data(), pid.size(), 0) < 0) {
        // A full disk: the lock holds all the same, the next message just names no process.
    }
}

InstanceLock::~InstanceLock() {
    if (fd_ >= 0) ::close(fd_);  // closing the last descriptor lets go of the flock
}

}  // namespace kiosk
