#include "pack/photo.h"

#include <algorithm>
#include <csetjmp>
#include <cstddef>
#include <cstdlib>
#include <cstdint>
#include <cstdio>  // jpeglib.h needs FILE
#include <cstring>

#include <jpeglib.h>
#include <png.h>

// Both libraries report errors by longjmp. The functions that call them with setjmp set (the
// *_steps below) hold nothing with a destructor, so a jump out of them skips no C++ clean-up;
// everything they touch is allocated before, by their callers.

namespace kiosk {

namespace {

bool starts_with(const std::string& bytes, const char* magic, std::size_t size) { return bytes.compare(0, size, magic, size) == 0; }

constexpr const char* kCorrupt = "is beschadigd en kan niet gelezen worden; sla hem opnieuw op als JPEG of PNG";

std::string mib(std::size_t bytes) { return std::to_string((bytes + (1u << 20) - 1) >> 20) + " MiB"; }

// What one decode may still allocate besides the photo it hands back. The decoder's own
// allocations (libpng's, through png_budget_alloc) and ours (rows, a whole interlaced image) both
// draw on it.
struct Budget {
    std::size_t used = 0;
    bool take(std::size_t bytes) {
        if (bytes > kMaxPhotoDecodeBytes - used) return false;
        used += bytes;
        return true;
    }
    void give(std::size_t bytes) { used -= std::min(used, bytes); }
};

// Scales rows down as they arrive, top to bottom: each output pixel is the average of the input
// pixels it covers, weighted by their alpha, so soft transparent edges do not darken.
class RowShrinker {
public:
    RowShrinker(int in_width, int in_height, int max_width) : in_width_(in_width), in_height_(in_height) {
        width_ = std::clamp(max_width, 1, in_width);
        height_ = std::max(1, static_cast<int>(static_cast<long long>(in_height) * width_ / in_width));
        column_.resize(static_cast<std::size_t>(in_width));
        for (int x = 0; x < in_width; ++x) column_[static_cast<std::size_t>(x)] = static_cast<int>(static_cast<long long>(x) * width_ / in_width);
        sums_.assign(static_cast<std::size_t>(width_) * 5, 0);
        rgba_.assign(static_cast<std::size_t>(width_) * static_cast<std::size_t>(height_) * 4, 0);
    }
    // What it works with, besides the pixels it hands back.
    static std::size_t working_bytes(int in_width, int max_width) {
        const std::size_t width = static_cast<std::size_t>(std::clamp(max_width, 1, in_width));
        return static_cast<std::size_t>(in_width) * sizeof(int) + width * 5 * sizeof(std::uint64_t);
    }

    void add_row(const unsigned char* row) {
        if (row_ >= in_height_) return;
        const int out = static_cast<int>(static_cast<long long>(row_) * height_ / in_height_);
        if (out != out_row_) flush();
        out_row_ = out;
        for (int x = 0; x < in_width_; ++x) {
            const unsigned char* pixel = row + static_cast<std::size_t>(x) * 4;
            std::uint64_t* sum = &sums_[static_cast<std::size_t>(column_[static_cast<std::size_t>(x)]) * 5];
            sum[0] += std::uint64_t{pixel[0]} * pixel[3];
            sum[1] += std::uint64_t{pixel[1]} * pixel[3];
            sum[2] += std::uint64_t{pixel[2]} * pixel[3];
            sum[3] += pixel[3];
            sum[4] += 1;
        }
        ++row_;
    }
    bool complete() const { return row_ == in_height_; }
    Photo take() {
        flush();
        return {width_, height_, std::move(rgba_)};
    }

private:
    void flush() {
        if (out_row_ < 0) return;
        unsigned char* out = &rgba_[static_cast<std::size_t>(out_row_) * static_cast<std::size_t>(width_) * 4];
        for (int x = 0; x < width_; ++x) {
            std::uint64_t* sum = &sums_[static_cast<std::size_t>(x) * 5];
            if (sum[4] == 0) continue;
            if (sum[3] > 0)
                for (int c = 0; c < 3; ++c) out[x * 4 + c] = static_cast<unsigned char>((sum[c] + sum[3] / 2) / sum[3]);
            out[x * 4 + 3] = static_cast<unsigned char>((sum[3] + sum[4] / 2) / sum[4]);
            std::fill(sum, sum + 5, 0);
        }
        out_row_ = -1;
    }

    int in_width_, in_height_, width_ = 1, height_ = 1;
    int row_ = 0, out_row_ = -1;
    std::vector<int> column_;
    std::vector<std::uint64_t> sums_;
    std::vector<unsigned char> rgba_;
};

std::optional<std::string> size_problem(std::size_t width, std::size_t height) {
    if (width < 1 || height < 1) return "is leeg";
    if (width > kMaxPhotoSide || height > kMaxPhotoSide || width * height > kMaxPhotoPixels)
        return "is te groot (" + std::to_string(width) + "x" + std::to_string(height) + " pixels); maak hem hoogstens " +
               std::to_string(kMaxPhotoSide) + " pixels breed en hoog";
    return std::nullopt;
}

// `needed` is 0 when a decode ran out of its budget halfway and the whole need is not known.
std::string too_heavy(std::size_t needed, const char* advice) {
    const std::string amount = needed > 0 ? mib(needed) + ", hoogstens " + mib(kMaxPhotoDecodeBytes) : "meer dan " + mib(kMaxPhotoDecodeBytes);
    return "vraagt te veel geheugen om te lezen (" + amount + "); " + advice;
}

// ---- PNG (libpng) ----

struct PngRead {
    png_structp png = nullptr;
    png_infop info = nullptr;
    const unsigned char* data = nullptr;
    std::size_t size = 0, at = 0;
    Budget budget;
    char message[128] = "";
    png_uint_32 width = 0, height = 0;
    int interlaced = 0;
    std::size_t row_bytes = 0;
};

void png_read_bytes(png_structp png, png_bytep out, png_size_t count) {
    auto* read = static_cast<PngRead*>(png_get_io_ptr(png));
    if (count > read->size - read->at) png_error(png, "cut off");
    std::memcpy(out, read->data + read->at, count);
    read->at += count;
}

void png_fail(png_structp png, png_const_charp message) {
    auto* read = static_cast<PngRead*>(png_get_error_ptr(png));
    std::snprintf(read->message, sizeof read->message, "%s", message);
    png_longjmp(png, 1);
}

void png_ignore_warning(png_structp, png_const_charp) {}

// libpng's allocations, counted against the budget; each block remembers its size in front.
constexpr std::size_t kBlockHeader = alignof(std::max_align_t);

png_voidp png_budget_alloc(png_structp png, png_alloc_size_t size) {
    auto* read = static_cast<PngRead*>(png_get_mem_ptr(png));
    if (size > kMaxPhotoDecodeBytes || !read->budget.take(size + kBlockHeader)) return nullptr;  // libpng reports "out of memory"
    auto* block = static_cast<unsigned char*>(std::malloc(size + kBlockHeader));
    if (!block) {
        read->budget.give(size + kBlockHeader);
        return nullptr;
    }
    std::memcpy(block, &size, sizeof size);
    return block + kBlockHeader;
}

void png_budget_free(png_structp png, png_voidp pointer) {
    if (!pointer) return;
    auto* block = static_cast<unsigned char*>(pointer) - kBlockHeader;
    png_alloc_size_t size = 0;
    std::memcpy(&size, block, sizeof size);
    static_cast<PngRead*>(png_get_mem_ptr(png))->budget.give(size + kBlockHeader);
    std::free(block);
}

void png_set_limits(png_structp png) {
    png_set_user_limits(png, kMaxPhotoSide, kMaxPhotoSide);
    png_set_chunk_malloc_max(png, 1u << 20);  // a text or colour-profile chunk inflates to at most 1 MiB
    png_set_chunk_cache_max(png, 64);
}

// Whatever the file's colour type and depth: 8-bit RGBA rows, all passes of an interlaced one.
void png_ask_rgba(png_structp png, png_infop info) {
    png_set_expand(png);
    png_set_scale_16(png);
    png_set_gray_to_rgb(png);
    png_set_add_alpha(png, 0xff, PNG_FILLER_AFTER);
    png_set_interlace_handling(png);
    png_read_update_info(png, info);
}

// The header, read up to the image data; nothing of that is inflated.
bool png_header_steps(PngRead& read) {
    if (setjmp(png_jmpbuf(read.png))) return false;
    png_set_read_fn(read.png, &read, png_read_bytes);
    png_set_limits(read.png);
    png_read_info(read.png, read.info);
    read.width = png_get_image_width(read.png, read.info);
    read.height = png_get_image_height(read.png, read.info);
    read.interlaced = png_get_interlace_type(read.png, read.info) != PNG_INTERLACE_NONE;
    png_ask_rgba(read.png, read.info);
    read.row_bytes = png_get_rowbytes(read.png, read.info);
    return true;
}

// The pixels, through libpng's progressive reader: it stops at the end of the image, where the
// ordinary reader would inflate all data that follows (an attacker's gigabytes, to the end).
struct PngPixels {
    png_uint_32 width, height;
    bool interlaced;
    RowShrinker* shrinker;
    png_bytep* rows;  // interlaced: the whole image, pass by pass
    bool ended = false;
};

void png_pixels_begin(png_structp png, png_infop info) {
    auto* pixels = static_cast<PngPixels*>(png_get_progressive_ptr(png));
    png_ask_rgba(png, info);
    if (png_get_image_width(png, info) != pixels->width || png_get_image_height(png, info) != pixels->height ||
        png_get_rowbytes(png, info) != std::size_t{pixels->width} * 4)
        png_error(png, "header changed");
}

void png_pixels_row(png_structp png, png_bytep row, png_uint_32 number, int) {
    auto* pixels = static_cast<PngPixels*>(png_get_progressive_ptr(png));
    if (!row || number >= pixels->height) return;
    if (pixels->interlaced) png_progressive_combine_row(png, pixels->rows[number], row);
    else pixels->shrinker->add_row(row);
}

void png_pixels_end(png_structp png, png_infop) { static_cast<PngPixels*>(png_get_progressive_ptr(png))->ended = true; }

bool png_pixel_steps(PngRead& read, PngPixels& pixels) {
    if (setjmp(png_jmpbuf(read.png))) return false;
    png_set_limits(read.png);
    png_set_progressive_read_fn(read.png, &pixels, png_pixels_begin, png_pixels_row, png_pixels_end);
    png_process_data(read.png, read.info, const_cast<png_bytep>(read.data), read.size);
    return true;
}

struct PngHandles {
    PngRead read;
    explicit PngHandles(const std::string& bytes) {
        read.data = reinterpret_cast<const unsigned char*>(bytes.data());
        read.size = bytes.size();
        read.png = png_create_read_struct_2(PNG_LIBPNG_VER_STRING, &read, png_fail, png_ignore_warning, &read, png_budget_alloc,
                                            png_budget_free);
        if (read.png) read.info = png_create_info_struct(read.png);
    }
    ~PngHandles() { png_destroy_read_struct(&read.png, read.info ? &read.info : nullptr, nullptr); }
    PngHandles(const PngHandles&) = delete;
    PngHandles& operator=(const PngHandles&) = delete;
};

std::optional<std::string> png_header(PngHandles& handles) {
    PngRead& read = handles.read;
    if (!read.png || !read.info) return "kan niet gelezen worden (te weinig geheugen)";
    if (!png_header_steps(read)) {
        if (std::strstr(read.message, "memory")) return too_heavy(0, "sla hem opnieuw op, kleiner");
        // libpng stops at a size over its limits before it tells the size: read it from IHDR.
        if (read.size >= 24 && std::memcmp(read.data + 12, "IHDR", 4) == 0) {
            const auto big_endian = [&](std::size_t at) {
                return std::size_t{read.data[at]} << 24 | std::size_t{read.data[at + 1]} << 16 | std::size_t{read.data[at + 2]} << 8 | read.data[at + 3];
            };
            if (auto problem = size_problem(big_endian(16), big_endian(20))) return problem;
        }
        return kCorrupt;
    }
    if (auto problem = size_problem(read.width, read.height)) return problem;
    if (read.row_bytes != std::size_t{read.width} * 4) return kCorrupt;
    const std::size_t pixels = read.interlaced ? read.row_bytes * read.height + read.height * sizeof(png_bytep) : read.row_bytes;
    if (pixels > kMaxPhotoDecodeBytes - read.budget.used)
        return too_heavy(pixels + read.budget.used, "sla hem op zonder interlacing, of kleiner");
    return std::nullopt;
}

std::optional<Photo> decode_png(const std::string& bytes, int max_width, std::string& problem) {
    std::optional<std::string> header_problem;
    PngPixels pixels{};
    {
        PngHandles header(bytes);
        header_problem = png_header(header);
        pixels = {header.read.width, header.read.height, header.read.interlaced != 0, nullptr, nullptr};
    }
    if (header_problem) {
        problem = *header_problem;
        return std::nullopt;
    }
    PngHandles handles(bytes);
    PngRead& read = handles.read;
    const int width = static_cast<int>(pixels.width), height = static_cast<int>(pixels.height);
    const std::size_t row_bytes = std::size_t{pixels.width} * 4;
    const std::size_t ours = RowShrinker::working_bytes(width, max_width) +
                             (pixels.interlaced ? row_bytes * pixels.height + pixels.height * sizeof(png_bytep) : 0);
    if (!read.png || !read.info || !read.budget.take(ours)) {
        problem = too_heavy(ours + read.budget.used, "sla hem op zonder interlacing, of kleiner");
        return std::nullopt;
    }
    RowShrinker shrinker(width, height, max_width);
    std::vector<unsigned char> image(pixels.interlaced ? row_bytes * pixels.height : 0);
    std::vector<png_bytep> rows(pixels.interlaced ? pixels.height : 0);
    for (std::size_t y = 0; y < rows.size(); ++y) rows[y] = image.data() + y * row_bytes;
    pixels.shrinker = &shrinker;
    pixels.rows = rows.data();
    if (!png_pixel_steps(read, pixels)) {
        problem = std::strstr(read.message, "memory") ? too_heavy(0, "sla hem opnieuw op, kleiner") : kCorrupt;
        return std::nullopt;
    }
    if (pixels.interlaced && pixels.ended)
        for (png_bytep row : rows) shrinker.add_row(row);
    if (!shrinker.complete()) {
        problem = kCorrupt;  // cut off before its last row
        return std::nullopt;
    }
    return shrinker.take();
}

// ---- JPEG (libjpeg-turbo) ----

struct JpegRead {
    jpeg_decompress_struct info{};
    jpeg_error_mgr error{};
    jpeg_progress_mgr progress{};
    std::jmp_buf jump{};
    bool created = false;
    bool too_many_scans = false;
    std::size_t coefficient_bytes = 0;
};

JpegRead& jpeg_read_of(j_common_ptr common) {
    // `error` is the first thing libjpeg knows of JpegRead; offsetof would need a standard layout.
    return *reinterpret_cast<JpegRead*>(reinterpret_cast<char*>(common->err) - offsetof(JpegRead, error));
}

void jpeg_fail(j_common_ptr common) { std::longjmp(jpeg_read_of(common).jump, 1); }

// A warning of corrupt data (level -1) ends the decode: a photo that broke off should be
// refused, not shown half grey, and corrupt data can make a decoder do a lot of work.
void jpeg_warning(j_common_ptr common, int level) {
    if (level < 0) std::longjmp(jpeg_read_of(common).jump, 1);
}

void jpeg_count_scans(j_common_ptr common) {
    const auto decompress = reinterpret_cast<j_decompress_ptr>(common);
    if (decompress->input_scan_number > kMaxJpegScans) {
        jpeg_read_of(common).too_many_scans = true;
        std::longjmp(jpeg_read_of(common).jump, 1);
    }
}

bool jpeg_header_steps(JpegRead& read, const std::string& bytes) {
    if (setjmp(read.jump)) return false;
    read.info.err = jpeg_std_error(&read.error);
    read.error.error_exit = jpeg_fail;
    read.error.emit_message = jpeg_warning;
    jpeg_create_decompress(&read.info);
    read.created = true;
    read.info.mem->max_memory_to_use = static_cast<long>(kMaxPhotoDecodeBytes);
    read.progress.progress_monitor = jpeg_count_scans;
    read.info.progress = &read.progress;
    jpeg_mem_src(&read.info, reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<unsigned long>(bytes.size()));
    jpeg_read_header(&read.info, TRUE);
    // A progressive or multi-scan JPEG keeps every coefficient of the image until its last scan.
    if (read.info.progressive_mode || read.info.comps_in_scan < read.info.num_components)
        for (int c = 0; c < read.info.num_components; ++c)
            read.coefficient_bytes += std::size_t{read.info.comp_info[c].width_in_blocks} * read.info.comp_info[c].height_in_blocks * sizeof(JBLOCK);
    return true;
}

bool jpeg_pixel_steps(JpegRead& read, int max_width, unsigned char* row, RowShrinker* shrinker) {
    if (setjmp(read.jump)) return false;
    if (!shrinker) {
        // Let libjpeg scale by 1/2, 1/4 or 1/8 while it decodes, as far as the result stays at
        // least as wide as wanted: less work and memory than shrinking afterwards.
        read.info.scale_num = 1;
        read.info.scale_denom = 1;
        for (unsigned denom = 8; denom > 1; denom /= 2)
            if ((read.info.image_width + denom - 1) / denom >= static_cast<unsigned>(max_width)) {
                read.info.scale_denom = denom;
                break;
            }
        const bool cmyk = read.info.jpeg_color_space == JCS_CMYK || read.info.jpeg_color_space == JCS_YCCK;
        read.info.out_color_space = cmyk ? JCS_CMYK : JCS_EXT_RGBA;
        jpeg_start_decompress(&read.info);  // a progressive JPEG is read whole here
        return true;
    }
    const bool cmyk = read.info.out_color_space == JCS_CMYK;
    while (read.info.output_scanline < read.info.output_height) {
        if (jpeg_read_scanlines(&read.info, &row, 1) != 1) return false;
        if (cmyk)  // Adobe's inverted CMYK, as photo software writes it
            for (JDIMENSION x = 0; x < read.info.output_width; ++x) {
                unsigned char* p = row + x * 4;
                const unsigned k = p[3];
                p[0] = static_cast<unsigned char>(p[0] * k / 255);
                p[1] = static_cast<unsigned char>(p[1] * k / 255);
                p[2] = static_cast<unsigned char>(p[2] * k / 255);
                p[3] = 255;
            }
        shrinker->add_row(row);
    }
    return true;
}

struct JpegHandles {
    JpegRead read;
    JpegHandles() = default;
    ~JpegHandles() {
        if (read.created) jpeg_destroy_decompress(&read.info);
    }
    JpegHandles(const JpegHandles&) = delete;
    JpegHandles& operator=(const JpegHandles&) = delete;
};

std::optional<std::string> jpeg_header(JpegHandles& handles, const std::string& bytes) {
    JpegRead& read = handles.read;
    if (!jpeg_header_steps(read, bytes)) return kCorrupt;
    if (auto problem = size_problem(read.info.image_width, read.info.image_height)) return problem;
    // The rest of the budget: the decoder's rows and the scaled-down pixels.
    if (read.coefficient_bytes > kMaxPhotoDecodeBytes / 4 * 3)
        return too_heavy(read.coefficient_bytes, "sla hem op als gewone (niet-progressieve) JPEG, of kleiner");
    return std::nullopt;
}

std::optional<Photo> decode_jpeg(const std::string& bytes, int max_width, std::string& problem) {
    JpegHandles handles;
    JpegRead& read = handles.read;
    if (auto header = jpeg_header(handles, bytes)) {
        problem = *header;
        return std::nullopt;
    }
    if (!jpeg_pixel_steps(read, max_width, nullptr, nullptr)) {
        problem = read.too_many_scans ? "heeft te veel lagen (meer dan " + std::to_string(kMaxJpegScans) + "); sla hem opnieuw op als gewone JPEG"
                                      : kCorrupt;
        return std::nullopt;
    }
    const int width = static_cast<int>(read.info.output_width), height = static_cast<int>(read.info.output_height);
    if (width < 1 || height < 1 || read.info.output_components != 4) {
        problem = kCorrupt;
        return std::nullopt;
    }
    std::vector<unsigned char> row(static_cast<std::size_t>(width) * 4);
    RowShrinker shrinker(width, height, max_width);
    if (!jpeg_pixel_steps(read, max_width, row.data(), &shrinker) || !shrinker.complete()) {
        problem = kCorrupt;
        return std::nullopt;
    }
    return shrinker.take();
}

}  // namespace

std::optional<std::string> photo_header_problem(const std::string& bytes) {
    if (starts_with(bytes, "\x89PNG\r\n\x1a\n", 8)) {
        PngHandles handles(bytes);
        return png_header(handles);
    }
    if (starts_with(bytes, "\xff\xd8\xff", 3)) {
        JpegHandles handles;
        return jpeg_header(handles, bytes);
    }
    return "is geen JPEG- of PNG-foto";
}

std::optional<Photo> decode_photo(const std::string& bytes, int max_width, std::string* problem) {
    std::string why = "is geen JPEG- of PNG-foto";
    std::optional<Photo> photo;
    if (starts_with(bytes, "\x89PNG\r\n\x1a\n", 8)) photo = decode_png(bytes, max_width, why);
    else if (starts_with(bytes, "\xff\xd8\xff", 3)) photo = decode_jpeg(bytes, max_width, why);
    if (!photo && problem) *problem = why;
    return photo;
}

}  // namespace kiosk
