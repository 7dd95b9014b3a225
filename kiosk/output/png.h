// PNG files through libpng, for screenshots (and for tests that read them back).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kiosk {

struct Image {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;  // width * height * 4
};

// Returns false when the file cannot be written.
bool write_png(const std::string& path, const Image& image);
// Returns an empty image when the file cannot be read.
Image read_png(const std::string& path);

}  // namespace kiosk
