// The letters the kiosk can draw: the codepoints its fonts load (Noto Sans, with Noto Sans
// Arabic merged in). One table, so the screen, the ticket and the staff tool's check agree.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

namespace kiosk {

// Inclusive codepoint ranges from Noto Sans, then from Noto Sans Arabic.
const std::vector<std::pair<char32_t, char32_t>>& latin_cyrillic_ranges();
const std::vector<std::pair<char32_t, char32_t>>& arabic_ranges();

// Arabic letters are small for their pixel height (the font leaves room for marks above and
// below); drawn this much larger they read as large as the Latin beside them.
constexpr float kArabicScale = 1.3f;

// The first codepoint of `text`, as it is drawn (Arabic joined), that the kiosk has no glyph
// for; 0 when every one can be drawn.
char32_t first_undrawable(std::string_view text);

}  // namespace kiosk
