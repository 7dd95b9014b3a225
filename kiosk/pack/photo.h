// Programme photos in a pack (photos/*.jpg, *.png). A photo is untrusted input like the rest of
// the pack: its header is checked when the pack is read (JPEG or PNG, not enormous), the whole
// image is decoded when staff validate or inspect the pack, and the kiosk decodes a photo only
// when a card shows it, scaled down to the card, so memory stays small.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace kiosk {

inline constexpr int kMaxPhotoSide = 2048;  // 16 MiB when decoded, briefly, when a card opens

// Why these bytes cannot be a pack's photo, or nullopt when the header is fine.
std::optional<std::string> photo_header_problem(const std::string& bytes);

struct Photo {
    int width = 0;
    int height = 0;
    std::vector<unsigned char> rgba;
};

// Decodes a JPEG or PNG and scales it down to at most `max_width` pixels wide (never up);
// nullopt when it does not decode.
std::optional<Photo> decode_photo(const std::string& bytes, int max_width);

}  // namespace kiosk
