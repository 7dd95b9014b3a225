#include "support/faulty_disk.h"

#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <stdexcept>

namespace test {

namespace {

// One faulty disk at a time: SQLite calls back without a way to say which.
struct Disk {
    sqlite3_vfs vfs{};
    sqlite3_vfs* real = nullptr;
    std::string folder;
    std::atomic<DiskState> state{DiskState::Fine};
    std::atomic<int> last_errno{0};
};
Disk* disk = nullptr;

// The wrapped file; the real one (real->szOsFile bytes) follows it in the same allocation.
struct File {
    sqlite3_file base;
    sqlite3_file* real;
    bool watched;
};

sqlite3_file* real_of(sqlite3_file* file) { return reinterpret_cast<File*>(file)->real; }
bool failing(sqlite3_file* file, DiskState state) { return reinterpret_cast<File*>(file)->watched && disk->state == state; }

int file_close(sqlite3_file* file) { return real_of(file)->pMethods->xClose(real_of(file)); }
int file_read(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset) {
    return real_of(file)->pMethods->xRead(real_of(file), buffer, amount, offset);
}
int file_write(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset) {
    if (failing(file, DiskState::Full)) {
        disk->last_errno = ENOSPC;
        return SQLITE_FULL;  // what unixWrite returns when write() gives ENOSPC
    }
    return real_of(file)->pMethods->xWrite(real_of(file), buffer, amount, offset);
}
int file_truncate(sqlite3_file* file, sqlite3_int64 size) { return real_of(file)->pMethods->xTruncate(real_of(file), size); }
int file_sync(sqlite3_file* file, int flags) { return real_of(file)->pMethods->xSync(real_of(file), flags); }
int file_size(sqlite3_file* file, sqlite3_int64* size) { return real_of(file)->pMethods->xFileSize(real_of(file), size); }
int file_lock(sqlite3_file* file, int level) { return real_of(file)->pMethods->xLock(real_of(file), level); }
int file_unlock(sqlite3_file* file, int level) { return real_of(file)->pMethods->xUnlock(real_of(file), level); }
int file_reserved(sqlite3_file* file, int* out) { return real_of(file)->pMethods->xCheckReservedLock(real_of(file), out); }
int file_control(sqlite3_file* file, int op, void* arg) { return real_of(file)->pMethods->xFileControl(real_of(file), op, arg); }
int file_sector(sqlite3_file* file) { return real_of(file)->pMethods->xSectorSize(real_of(file)); }
int file_device(sqlite3_file* file) { return real_of(file)->pMethods->xDeviceCharacteristics(real_of(file)); }
int file_shm_map(sqlite3_file* file, int region, int size, int extend, void volatile** out) {
    return real_of(file)->pMethods->xShmMap(real_of(file), region, size, extend, out);
}
int file_shm_lock(sqlite3_file* file, int offset, int n, int flags) { return real_of(file)->pMethods->xShmLock(real_of(file), offset, n, flags); }
void file_shm_barrier(sqlite3_file* file) { real_of(file)->pMethods->xShmBarrier(real_of(file)); }
int file_shm_unmap(sqlite3_file* file, int remove) { return real_of(file)->pMethods->xShmUnmap(real_of(file), remove); }
int file_fetch(sqlite3_file* file, sqlite3_int64 offset, int amount, void** out) {
    return real_of(file)->pMethods->xFetch(real_of(file), offset, amount, out);
}
int file_unfetch(sqlite3_file* file, sqlite3_int64 offset, void* page) { return real_of(file)->pMethods->xUnfetch(real_of(file), offset, page); }

const sqlite3_io_methods kMethods = {3,          file_close,     file_read,   file_write,       file_truncate,  file_sync,
                                     file_size,  file_lock,      file_unlock, file_reserved,    file_control,   file_sector,
                                     file_device, file_shm_map,  file_shm_lock, file_shm_barrier, file_shm_unmap, file_fetch,
                                     file_unfetch};

int disk_open(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* out_flags) {
    auto* wrapped = reinterpret_cast<File*>(file);
    wrapped->base.pMethods = nullptr;
    wrapped->real = reinterpret_cast<sqlite3_file*>(wrapped + 1);
    wrapped->watched = name && std::string(name).rfind(disk->folder, 0) == 0;
    if (wrapped->watched && disk->state == DiskState::ReadOnly && (flags & SQLITE_OPEN_READWRITE)) {
        // As unixOpen does when open(O_RDWR) fails with EROFS: read-only if the file is there.
        if (::access(name, F_OK) != 0) {
            disk->last_errno = EROFS;
            return SQLITE_CANTOPEN;
        }
        flags = (flags & ~(SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) | SQLITE_OPEN_READONLY;
    }
    const int rc = disk->real->xOpen(disk->real, name, wrapped->real, flags, out_flags);
    if (wrapped->real->pMethods) wrapped->base.pMethods = &kMethods;
    return rc;
}

int disk_last_error(sqlite3_vfs*, int size, char* text) {
    if (const int error = disk->last_errno.exchange(0)) return error;
    return disk->real->xGetLastError(disk->real, size, text);
}

}  // namespace

FaultyDisk::FaultyDisk(const std::string& folder) {
    if (disk) throw std::logic_error("one FaultyDisk at a time");
    disk = new Disk;
    disk->real = sqlite3_vfs_find("unix");
    disk->folder = folder;
    disk->vfs = *disk->real;  // its other calls ignore the vfs they are given, but for its sizes
    disk->vfs.zName = "faulty-disk";
    disk->vfs.szOsFile = static_cast<int>(sizeof(File)) + disk->real->szOsFile;
    disk->vfs.pNext = nullptr;
    disk->vfs.xOpen = disk_open;
    disk->vfs.xGetLastError = disk_last_error;
    sqlite3_vfs_register(&disk->vfs, 1);
}

FaultyDisk::~FaultyDisk() {
    sqlite3_vfs_unregister(&disk->vfs);
    sqlite3_vfs_register(disk->real, 1);
    delete disk;
    disk = nullptr;
}

void FaultyDisk::set(DiskState state) { disk->state = state; }

}  // namespace test
