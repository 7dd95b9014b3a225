// Programme photos and pictures in a pack (photos/*.jpg, *.png, pictures/NAME.png). A photo is
// untrusted input like the rest of the pack. It is decoded by libjpeg-turbo and libpng (both
// fuzzed continuously upstream), within budgets that are checked from the header and enforced
// while decoding: a file that declares a small image but would make the decoder work on far
// more (a PNG that inflates to hundreds of MB, a JPEG with thousands of scans) is refused, not
// decoded. Rows are scaled down as they arrive, so decoding a photo for a card needs little
// more than the card's pixels. docs/content-pack.md § Photos gives the limits to staff.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace kiosk {

inline constexpr int kMaxPhotoSide = 2048;                         // pixels, each way
inline constexpr std::size_t kMaxPhotoPixels = 2048u * 2048u;       // the decoded-pixel budget
// All one decode holds at once besides the photo it hands back (which is no wider than asked).
inline constexpr std::size_t kMaxPhotoDecodeBytes = 20u << 20;
inline constexpr int kMaxJpegScans = 64;                            // a progressive JPEG has about 10

// Why these bytes cannot be a pack's photo (in Dutch, to follow "foto 'x.jpg' "), or nullopt
// when the header is fine and the photo fits the budgets.
std::optional<std::string> photo_header_problem(const std::string& bytes);

struct Photo {
    int width = 0;
    int height = 0;
    std::vector<unsigned char> rgba;  // width * height * 4, not premultiplied
};

// Decodes a JPEG or PNG and scales it down to at most `max_width` pixels wide (never up);
// nullopt when it does not decode within the budgets, with the reason in `problem` if given.
std::optional<Photo> decode_photo(const std::string& bytes, int max_width, std::string* problem = nullptr);

}  // namespace kiosk
