#include "pack/photo.h"

#define STB_IMAGE_IMPLEMENTATION
#define STBI_ONLY_JPEG
#define STBI_ONLY_PNG
#define STBI_NO_STDIO
#define STBI_MAX_DIMENSIONS (1 << 16)  // photo_header_problem enforces kMaxPhotoSide
#define STB_IMAGE_RESIZE_IMPLEMENTATION
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wsign-conversion"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wunused-function"
#include <stb/stb_image.h>
#include <stb/stb_image_resize.h>
#pragma GCC diagnostic pop

#include <algorithm>
#include <memory>

namespace kiosk {

namespace {

bool starts_with(const std::string& bytes, const char* magic, std::size_t size) { return bytes.compare(0, size, magic, size) == 0; }

}  // namespace

std::optional<std::string> photo_header_problem(const std::string& bytes) {
    const bool jpeg = starts_with(bytes, "\xff\xd8\xff", 3);
    const bool png = starts_with(bytes, "\x89PNG\r\n\x1a\n", 8);
    if (!jpeg && !png) return "is geen JPEG- of PNG-foto";
    int width = 0, height = 0, channels = 0;
    if (!stbi_info_from_memory(reinterpret_cast<const stbi_uc*>(bytes.data()), static_cast<int>(bytes.size()), &width, &height, &channels))
        return "is beschadigd: de foto kan niet gelezen worden";
    if (width > kMaxPhotoSide || height > kMaxPhotoSide)
        return "is te groot (" + std::to_string(width) + "x" + std::to_string(height) + " pixels); maak hem hoogstens " +
               std::to_string(kMaxPhotoSide) + " pixels breed en hoog";
    if (width < 1 || height < 1) return "is leeg";
    return std::nullopt;
}

std::optional<Photo> decode_photo(const std::string& bytes, int max_width) {
    if (photo_header_problem(bytes)) return std::nullopt;
    int width = 0, height = 0, channels = 0;
    std::unique_ptr<stbi_uc, void (*)(void*)> pixels(
        stbi_load_from_memory(reinterpret_cast<const stbi_uc*>(bytes.data()), static_cast<int>(bytes.size()), &width, &height, &channels, 4),
        stbi_image_free);
    if (!pixels) return std::nullopt;
    Photo photo;
    photo.width = std::min(width, std::max(1, max_width));
    photo.height = std::max(1, static_cast<int>(static_cast<long long>(height) * photo.width / width));
    photo.rgba.resize(static_cast<std::size_t>(photo.width) * static_cast<std::size_t>(photo.height) * 4);
    if (photo.width == width) {
        std::copy(pixels.get(), pixels.get() + photo.rgba.size(), photo.rgba.begin());
    } else if (!stbir_resize_uint8(pixels.get(), width, height, 0, photo.rgba.data(), photo.width, photo.height, 0, 4)) {
        return std::nullopt;
    }
    return photo;
}

}  // namespace kiosk
