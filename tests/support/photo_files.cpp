#include "support/photo_files.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <vector>

#include <jpeglib.h>
#include <png.h>
#include <zlib.h>

namespace test {

namespace {

std::uint8_t gradient(int at, int size) { return static_cast<std::uint8_t>(at * 255 / std::max(1, size)); }

void png_write_to(png_structp png, png_bytep data, png_size_t size) {
    static_cast<std::string*>(png_get_io_ptr(png))->append(reinterpret_cast<const char*>(data), size);
}

void png_flush_nothing(png_structp) {}

void put_big_endian(std::string& out, std::uint32_t value) {
    for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((value >> shift) & 0xFF);
}

void put_chunk(std::string& out, const char* type, const std::string& data) {
    put_big_endian(out, static_cast<std::uint32_t>(data.size()));
    const std::string body = std::string(type, 4) + data;
    out += body;
    put_big_endian(out, static_cast<std::uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(body.data()), static_cast<uInt>(body.size()))));
}

}  // namespace

std::string jpeg_photo(int width, int height, JpegKind kind) {
    jpeg_compress_struct info{};
    jpeg_error_mgr error{};
    info.err = jpeg_std_error(&error);  // test inputs are well-formed: the default (exit) will do
    jpeg_create_compress(&info);
    unsigned char* buffer = nullptr;
    unsigned long size = 0;
    jpeg_mem_dest(&info, &buffer, &size);
    info.image_width = static_cast<JDIMENSION>(width);
    info.image_height = static_cast<JDIMENSION>(height);
    info.input_components = kind == JpegKind::Grey ? 1 : kind == JpegKind::Cmyk ? 4 : 3;
    info.in_color_space = kind == JpegKind::Grey ? JCS_GRAYSCALE : kind == JpegKind::Cmyk ? JCS_CMYK : JCS_RGB;
    jpeg_set_defaults(&info);
    jpeg_set_quality(&info, 90, TRUE);
    if (kind == JpegKind::Progressive) jpeg_simple_progression(&info);
    if (kind == JpegKind::ProgressiveFull) {
        for (int c = 0; c < info.num_components; ++c) info.comp_info[c].h_samp_factor = info.comp_info[c].v_samp_factor = 1;
        jpeg_simple_progression(&info);
    }
    // Every AC coefficient of every component in a scan of its own: valid, and 190 scans.
    std::vector<jpeg_scan_info> scans;
    if (kind == JpegKind::ManyScans) {
        scans.push_back({3, {0, 1, 2, 0}, 0, 0, 0, 0});
        for (int c = 0; c < 3; ++c)
            for (int k = 1; k < 64; ++k) scans.push_back({1, {c, 0, 0, 0}, k, k, 0, 0});
        info.scan_info = scans.data();
        info.num_scans = static_cast<int>(scans.size());
    }
    if (kind == JpegKind::Cmyk) info.write_Adobe_marker = TRUE;
    jpeg_start_compress(&info, TRUE);
    std::vector<unsigned char> row(static_cast<std::size_t>(width) * static_cast<std::size_t>(info.input_components));
    while (info.next_scanline < info.image_height) {
        const int y = static_cast<int>(info.next_scanline);
        for (int x = 0; x < width; ++x) {
            unsigned char* pixel = &row[static_cast<std::size_t>(x) * static_cast<std::size_t>(info.input_components)];
            pixel[0] = gradient(x, width);
            if (info.input_components > 1) {
                pixel[1] = 120;
                pixel[2] = gradient(y, height);
            }
            if (info.input_components > 3) pixel[3] = 255;  // inverted (Adobe) CMYK: no black
        }
        JSAMPROW rows[] = {row.data()};
        jpeg_write_scanlines(&info, rows, 1);
    }
    jpeg_finish_compress(&info);
    std::string bytes(reinterpret_cast<const char*>(buffer), size);
    jpeg_destroy_compress(&info);
    std::free(buffer);
    return bytes;
}

std::string png_photo_of(int width, int height, PngKind kind) {
    std::string bytes;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png_create_info_struct(png);
    if (setjmp(png_jmpbuf(png))) throw std::runtime_error("png_photo_of");
    png_set_write_fn(png, &bytes, png_write_to, png_flush_nothing);
    const int colour = kind == PngKind::Grey16 ? PNG_COLOR_TYPE_GRAY : kind == PngKind::Palette ? PNG_COLOR_TYPE_PALETTE : PNG_COLOR_TYPE_RGB_ALPHA;
    const int depth = kind == PngKind::Grey16 ? 16 : 8;
    png_set_IHDR(png, info, static_cast<png_uint_32>(width), static_cast<png_uint_32>(height), depth, colour,
                 kind == PngKind::Interlaced ? PNG_INTERLACE_ADAM7 : PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    std::vector<png_color> palette(256);
    for (int i = 0; i < 256; ++i) palette[static_cast<std::size_t>(i)] = {static_cast<png_byte>(i), 120, static_cast<png_byte>(255 - i)};
    if (kind == PngKind::Palette) png_set_PLTE(png, info, palette.data(), 256);
    png_write_info(png, info);
    const std::size_t row_bytes = png_get_rowbytes(png, info);
    std::vector<unsigned char> image(row_bytes * static_cast<std::size_t>(height));
    std::vector<png_bytep> rows(static_cast<std::size_t>(height));
    for (int y = 0; y < height; ++y) {
        unsigned char* row = &image[static_cast<std::size_t>(y) * row_bytes];
        rows[static_cast<std::size_t>(y)] = row;
        for (int x = 0; x < width; ++x) {
            if (kind == PngKind::Grey16) {
                row[x * 2] = gradient(x, width);
                row[x * 2 + 1] = 0;
            } else if (kind == PngKind::Palette) {
                row[x] = gradient(x, width);
            } else {
                unsigned char* pixel = row + x * 4;
                pixel[0] = gradient(x, width);
                pixel[1] = 120;
                pixel[2] = gradient(y, height);
                pixel[3] = 255;
            }
        }
    }
    png_write_image(png, rows.data());
    png_write_end(png, nullptr);
    png_destroy_write_struct(&png, &info);
    return bytes;
}

namespace {

// `count` times `byte`, deflated; fed in pieces, so a gigabyte costs no gigabyte here.
std::string deflated(std::size_t count, char byte) {
    z_stream stream{};
    deflateInit(&stream, 9);
    const std::vector<unsigned char> piece(1u << 20, static_cast<unsigned char>(byte));
    std::string compressed;
    std::vector<unsigned char> out(1u << 16);
    std::size_t fed = 0;
    do {
        const std::size_t part = std::min(piece.size(), count - fed);
        fed += part;
        stream.next_in = const_cast<Bytef*>(piece.data());
        stream.avail_in = static_cast<uInt>(part);
        const int flush = fed == count ? Z_FINISH : Z_NO_FLUSH;
        do {
            stream.next_out = out.data();
            stream.avail_out = static_cast<uInt>(out.size());
            deflate(&stream, flush);
            compressed.append(reinterpret_cast<const char*>(out.data()), out.size() - stream.avail_out);
        } while (stream.avail_out == 0);
    } while (fed < count);
    deflateEnd(&stream);
    return compressed;
}

std::string png_with_chunks(int width, int height, std::size_t inflated_bytes, const std::string& before_image) {
    std::string ihdr;
    put_big_endian(ihdr, static_cast<std::uint32_t>(width));
    put_big_endian(ihdr, static_cast<std::uint32_t>(height));
    ihdr += std::string("\x08\x06\x00\x00\x00", 5);  // 8-bit RGBA, not interlaced
    std::string png("\x89PNG\r\n\x1a\n", 8);
    put_chunk(png, "IHDR", ihdr);
    png += before_image;
    put_chunk(png, "IDAT", deflated(inflated_bytes, 0));
    put_chunk(png, "IEND", "");
    return png;
}

}  // namespace

std::string png_bomb(int width, int height, std::size_t inflated_bytes) { return png_with_chunks(width, height, inflated_bytes, ""); }

std::string png_with_texts(int width, int height, int texts, std::size_t text_bytes) {
    std::string chunks;
    for (int i = 0; i < texts; ++i) {
        const std::string keyword = "Comment" + std::to_string(i);
        put_chunk(chunks, "zTXt", keyword + std::string(2, '\0') + deflated(text_bytes, 'a'));  // keyword, NUL, method 0
    }
    return png_with_chunks(width, height, std::size_t(height) * (std::size_t(width) * 4 + 1), chunks);
}

}  // namespace test
