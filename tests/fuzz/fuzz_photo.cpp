// Fuzz target: a programme photo or picture from a pack. Decoding never crashes; what decodes is
// no larger than asked for and has a header that passes; and, under AddressSanitizer, no decode
// ever holds more memory at once than the decode budget (pack/photo.h), whether it succeeds or not.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string>

#include "pack/photo.h"

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KIOSK_COUNT_ALLOCATIONS 1
#endif
#endif

#ifdef KIOSK_COUNT_ALLOCATIONS
#include <sanitizer/allocator_interface.h>

namespace {
std::atomic<long long> live{0}, peak{0};
void on_malloc(const volatile void*, std::size_t size) {
    const long long now = live += static_cast<long long>(size);
    if (now > peak) peak = now;
}
void on_free(const volatile void* pointer) { live -= static_cast<long long>(__sanitizer_get_allocated_size(const_cast<const void*>(pointer))); }
}  // namespace
#endif

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
#ifdef KIOSK_COUNT_ALLOCATIONS
    static const bool hooked = __sanitizer_install_malloc_and_free_hooks(on_malloc, on_free) != 0;
    (void)hooked;
    const long long before = live;
    peak = before;
#endif
    long long handed_back = 0;
    for (const int width : {64, 4096}) {
        const auto photo = kiosk::decode_photo(bytes, width);
        if (!photo) continue;
        handed_back = std::max<long long>(handed_back, static_cast<long long>(photo->rgba.size()));
        if (photo->width < 1 || photo->width > width || photo->width > kiosk::kMaxPhotoSide || photo->height < 1 ||
            photo->height > kiosk::kMaxPhotoSide ||
            photo->rgba.size() != static_cast<std::size_t>(photo->width) * static_cast<std::size_t>(photo->height) * 4)
            __builtin_trap();
        if (kiosk::photo_header_problem(bytes)) __builtin_trap();  // nothing over a limit is accepted
    }
#ifdef KIOSK_COUNT_ALLOCATIONS
    // The budget, plus the photo handed back and some slack for strings and the like.
    if (peak - before > static_cast<long long>(kiosk::kMaxPhotoDecodeBytes) + handed_back + (1 << 20)) __builtin_trap();
#endif
    return 0;
}
