// Fuzz target: a content pack as a .zip archive from a USB stick. Whatever the bytes, reading
// either refuses with a PackError or gives files whose names are safe and sizes within limits.
#include <cstddef>
#include <cstdint>
#include <string>

#include "pack/pack_files.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    kiosk::PackLimits limits;
    limits.max_total_bytes = 4u << 20;  // keeps the fuzzer's memory small; the rules are the same
    limits.max_file_bytes = 1u << 20;
    try {
        const kiosk::PackFiles files = kiosk::read_pack_zip_bytes(std::string(reinterpret_cast<const char*>(data), size), limits);
        std::size_t total = 0;
        for (const auto& [path, bytes] : files) {
            if (!kiosk::safe_pack_path(path, limits) || bytes.size() > limits.max_file_bytes) __builtin_trap();
            total += bytes.size();
        }
        if (total > limits.max_total_bytes || files.size() > limits.max_files) __builtin_trap();
    } catch (const kiosk::PackError&) {
    }
    return 0;
}
