// Fuzz target: a programme photo from a pack. Decoding never crashes, and what decodes is no
// larger than asked for.
#include <cstddef>
#include <cstdint>
#include <string>

#include "pack/photo.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto photo = kiosk::decode_photo(std::string(reinterpret_cast<const char*>(data), size), 64);
    if (photo && (photo->width > 64 || photo->rgba.size() != static_cast<std::size_t>(photo->width) * static_cast<std::size_t>(photo->height) * 4))
        __builtin_trap();
    return 0;
}
