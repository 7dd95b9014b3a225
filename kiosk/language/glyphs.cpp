#include "language/glyphs.h"

#include "language/bidi.h"

namespace kiosk {

const std::vector<std::pair<char32_t, char32_t>>& latin_cyrillic_ranges() {
    static const std::vector<std::pair<char32_t, char32_t>> ranges = {
        {0x0020, 0x00FF},  // Basic Latin + Latin-1 (é, ë, ï, ...)
        {0x0100, 0x017F},  // Latin Extended-A (ĳ, Turkish ğ ş ı İ, Polish ą ę ł ń ś ź ż)
        {0x0400, 0x045F},  // Cyrillic (Ukrainian і ї є)
        {0x0490, 0x0491},  // Ukrainian ґ
        {0x2010, 0x2027},  // dashes, quotes, bullet, ellipsis
        {0x2039, 0x203A},  // single guillemets used on back and next
        {0x20AC, 0x20AC},  // euro sign
    };
    return ranges;
}

const std::vector<std::pair<char32_t, char32_t>>& arabic_ranges() {
    static const std::vector<std::pair<char32_t, char32_t>> ranges = {
        {0x060C, 0x060C},  // Arabic comma
        {0x061B, 0x061F},  // Arabic semicolon and question mark
        {0x0621, 0x064A},  // the letters, for any FriBidi leaves unjoined
        {0x0660, 0x066C},  // Arabic-Indic digits, percent and decimal signs
        {0xFE70, 0xFEFF},  // Arabic Presentation Forms-B: the joined letters FriBidi produces
    };
    return ranges;
}

char32_t first_undrawable(std::string_view text) {
    const auto in = [](char32_t c, const std::vector<std::pair<char32_t, char32_t>>& ranges) {
        for (const auto& [low, high] : ranges)
            if (c >= low && c <= high) return true;
        return false;
    };
    const std::string drawn = has_rtl(text) ? visual_line(text, true) : std::string(text);
    for (char32_t c : to_codepoints(drawn))
        if (c != '\n' && !in(c, latin_cyrillic_ranges()) && !in(c, arabic_ranges())) return c;
    return 0;
}

}  // namespace kiosk
