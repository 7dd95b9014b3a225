// A disk that fills up or turns read-only when a test says so, for the store's fault tests,
// without mount privileges: an SQLite VFS that wraps the system's own ("unix") and becomes the
// default while it lives. For files under one folder it answers the way a full or read-only
// disk makes the unix VFS answer: on a full disk every write fails with SQLITE_FULL (errno
// ENOSPC); on a read-only disk a file opens read-only and a new one cannot be made (EROFS).
// Everything else goes to the real files.
#pragma once

#include <string>

namespace test {

enum class DiskState { Fine, Full, ReadOnly };

class FaultyDisk {
public:
    explicit FaultyDisk(const std::string& folder);
    // Every SQLite connection opened while it lived must be closed by now.
    ~FaultyDisk();
    FaultyDisk(const FaultyDisk&) = delete;
    FaultyDisk& operator=(const FaultyDisk&) = delete;

    void set(DiskState state);
};

}  // namespace test
