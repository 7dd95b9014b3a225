// Right-to-left text for a renderer that draws glyph after glyph from left to right (Dear ImGui,
// the ticket). GNU FriBidi puts each line in display order and joins Arabic letters into their
// presentation forms, so Noto Sans Arabic's glyphs can be drawn one by one.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kiosk {

// True when `text` holds a letter of a right-to-left script (Arabic, Hebrew, ...).
bool has_rtl(std::string_view text);

// The direction of a paragraph: that of its first strong letter, or `fallback` when it has none
// (a number, a dash).
bool paragraph_is_rtl(std::string_view paragraph, bool fallback);

// One line in display order: reordered, Arabic joined, brackets and ‹ › mirrored where the text
// runs right to left, and the marks that only steer the order left out.
std::string visual_line(std::string_view logical, bool rtl_paragraph);

struct DisplayLine {
    std::string text;  // in display order, to be drawn left to right
    bool rtl = false;  // align to the right edge
};

// Breaks `text` at spaces (and at each '\n') into lines no wider than `max_width`, as
// `width_of` measures a line in display order; a word wider than a line keeps a line of its own.
// In a right-to-left layout a paragraph with any right-to-left letter runs right to left; other
// paragraphs take the direction of their first letter, or of the layout when they have none.
std::vector<DisplayLine> display_lines(std::string_view text, float max_width, bool rtl_layout,
                                       const std::function<float(const std::string&)>& width_of);

// A text broken into lines in display order, kept between frames because reordering and joining
// every line on every frame would cost a frame's budget.
struct LaidOutText {
    std::vector<std::string> lines;
    std::vector<float> widths;
    std::vector<bool> rtl;
    float width = 0;  // of the widest line
    bool operator==(const LaidOutText&) const = default;
};
// Laid-out texts by font, width and text. The screens' texts are the visitor's (their language,
// their programmes), so the cache belongs to the visit (booth/visit.h).
using LaidOutTexts = std::unordered_map<std::string, LaidOutText>;

// The codepoints of UTF-8 text (invalid bytes become U+FFFD).
std::u32string to_codepoints(std::string_view text);
std::string to_utf8(std::u32string_view codepoints);

}  // namespace kiosk
