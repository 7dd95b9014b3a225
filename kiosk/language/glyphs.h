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

// The pixel size of the merged Noto Sans Arabic relative to Noto Sans. A pixel size is the
// height from the font's lowest to its highest point (ascender - descender): 1.362 em for Noto
// Sans, 2.112 em for Noto Sans Arabic, which leaves room for stacked marks. At the same pixel
// size the Arabic em would be 1.362 / 2.112 = 0.64 of the Latin one, and Arabic letters are
// small for their em besides. At 1.8 the Arabic em is 1.8 x 0.645 = 1.16 of the Latin em: Arabic
// reads about 15-20 % larger than the Latin beside it, as readers of Arabic expect (an alef is
// 1.16 times as tall as a capital H; tests/ui/test_languages.cpp checks this in the atlas).
// Lines keep the Latin font's height, so this changes no line spacing.
constexpr float kArabicScale = 1.8f;

// The first codepoint of `text`, as it is drawn (Arabic joined), that the kiosk has no glyph
// for; 0 when every one can be drawn.
char32_t first_undrawable(std::string_view text);

}  // namespace kiosk
