#include "output/png.h"

#include <png.h>

#include <cstdio>
#include <memory>

namespace kiosk {

namespace {
struct FileClose {
    void operator()(std::FILE* file) const { std::fclose(file); }
};
using File = std::unique_ptr<std::FILE, FileClose>;
}  // namespace

bool write_png(const std::string& path, const Image& image) {
    File file(std::fopen(path.c_str(), "wb"));
    if (!file) return false;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!info) {
        png_destroy_write_struct(&png, nullptr);
        return false;
    }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return false;
    }
    png_init_io(png, file.get());
    png_set_IHDR(png, info, static_cast<png_uint_32>(image.width), static_cast<png_uint_32>(image.height), 8,
                 PNG_COLOR_TYPE_RGBA, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_compression_level(png, 3);
    png_write_info(png, info);
    for (int y = 0; y < image.height; ++y)
        png_write_row(png, image.rgba.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(image.width) * 4);
    png_write_end(png, nullptr);
    png_destroy_write_struct(&png, &info);
    return true;
}

Image read_png(const std::string& path) {
    png_image control{};
    control.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_file(&control, path.c_str())) return {};
    control.format = PNG_FORMAT_RGBA;
    Image image;
    image.width = static_cast<int>(control.width);
    image.height = static_cast<int>(control.height);
    image.rgba.resize(PNG_IMAGE_SIZE(control));
    if (!png_image_finish_read(&control, nullptr, image.rgba.data(), 0, nullptr)) {
        png_image_free(&control);
        return {};
    }
    return image;
}

}  // namespace kiosk
