// Photo files made by the tests themselves, with libjpeg and libpng as staff's photo software
// would write them, and a few that no honest program writes (for the decoder's budgets).
#pragma once

#include <cstddef>
#include <string>

namespace test {

// ProgressiveFull: progressive without colour subsampling; ManyScans: 190 scans.
enum class JpegKind { Baseline, Progressive, ProgressiveFull, ManyScans, Grey, Cmyk };
// A JPEG of `width` x `height` pixels (a colour gradient), as the file's bytes.
std::string jpeg_photo(int width, int height, JpegKind kind = JpegKind::Baseline);

enum class PngKind { Plain, Interlaced, Grey16, Palette };
std::string png_photo_of(int width, int height, PngKind kind);

// A PNG that declares `width` x `height` RGBA pixels but whose image data inflates to
// `inflated_bytes` (zeros): the compression bomb of issue 14.
std::string png_bomb(int width, int height, std::size_t inflated_bytes);

// A PNG of `width` x `height` black, transparent pixels with `texts` compressed text chunks
// before its image, each of which inflates to `text_bytes`.
std::string png_with_texts(int width, int height, int texts, std::size_t text_bytes);

}  // namespace test
