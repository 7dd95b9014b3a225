// The files of a content pack, by their path inside the pack ("texts/nl.ini"). Reading a pack
// from a folder, a .zip archive or the store gives the same thing, so one parser serves all.
// A pack from a USB stick is untrusted: the readers refuse, with a Dutch message, anything that
// could hurt the kiosk (paths outside the pack, links, huge files, decompression bombs).
#pragma once

#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>

namespace kiosk {

using PackFiles = std::map<std::string, std::string>;

// What a pack may hold at most. Real packs are far smaller: the default content is ~150 KiB.
struct PackLimits {
    std::size_t max_files = 2000;
    std::size_t max_file_bytes = 16u << 20;    // 16 MiB, e.g. one large photo
    std::size_t max_total_bytes = 128u << 20;  // 128 MiB in all, unpacked
    std::size_t max_path_length = 200;
    int max_depth = 4;                         // folders inside the pack
    double max_compression_ratio = 100;        // unpacked / packed, for files over 1 MiB
};

// A pack that cannot be read or is refused; what() is a Dutch message for staff. Thrown rather
// than reported as a Problem (pack/problem.h): it ends the reading (a pulled stick, a zip bomb,
// a full disk) and has no line to point at, while Problems are findings in files that were read,
// collected so staff see them all at once.
struct PackError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// A path inside a pack that is safe to take: relative, '/'-separated, no "..", no empty or
// hidden parts, printable, not too long.
bool safe_pack_path(const std::string& path, const PackLimits& limits = {});

// Reads every file below `folder`; names starting with '.' (such as .DS_Store) are skipped.
// Throws PackError when the folder cannot be read or breaks a limit (a link, a device, ...).
PackFiles read_pack_folder(const std::string& folder, const PackLimits& limits = {});
// Reads a .zip archive with the same rules, and refuses entries that are links or whose sizes
// do not add up. Throws PackError.
PackFiles read_pack_zip(const std::string& path, const PackLimits& limits = {});
// The same, for an archive already in memory.
PackFiles read_pack_zip_bytes(const std::string& bytes, const PackLimits& limits = {});
// A folder or a .zip file, by what `path` is.
PackFiles read_pack_path(const std::string& path, const PackLimits& limits = {});

// Reads a whole file, but not much more than `limit` bytes (the caller checks the size). Throws
// PackError when it cannot be read.
std::string read_file_bytes(const std::string& path, std::size_t limit = 16u << 20);

// Writes `bytes` next to `path` and renames it into place, so a pulled stick or a full disk never
// leaves half a file that looks whole. Throws PackError.
void write_file_atomically(const std::string& path, const std::string& bytes);

// Writes the pack as a .zip (next to `path`, then renamed into place, so a pulled stick never
// leaves half an archive under the real name). Throws PackError.
void write_pack_zip(const PackFiles& files, const std::string& path);
// Writes the pack's files into `folder` (created when missing). Throws PackError.
void write_pack_folder(const PackFiles& files, const std::string& folder);

// A stable fingerprint of the pack's files (FNV-1a over paths and bytes), to notice change.
std::string pack_fingerprint(const PackFiles& files);

}  // namespace kiosk
