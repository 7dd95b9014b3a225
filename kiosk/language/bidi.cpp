#include "language/bidi.h"

#include <fribidi.h>

#include "text/text.h"

namespace kiosk {

namespace {

bool is_rtl_letter(char32_t c) {
    const FriBidiCharType type = fribidi_get_bidi_type(c);
    return type == FRIBIDI_TYPE_RTL || type == FRIBIDI_TYPE_AL;
}

// Characters FriBidi leaves behind that a glyph-by-glyph renderer must not draw: the filler after
// a lam-alef ligature, the joiners (FriBidi has joined already), and the marks that only steer
// the order.
bool is_invisible(char32_t c) {
    return c == 0xFEFF || c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

}  // namespace

std::u32string to_codepoints(std::string_view text) {
    std::u32string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char lead = static_cast<unsigned char>(text[i]);
        const int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
        char32_t c = length == 1 ? lead : length == 2 ? (lead & 0x1F) : length == 3 ? (lead & 0x0F) : (lead & 0x07);
        bool valid = length > 0 && i + length <= text.size();
        for (int k = 1; valid && k < length; ++k) {
            const unsigned char next = static_cast<unsigned char>(text[i + k]);
            valid = (next & 0xC0) == 0x80;
            c = (c << 6) | (next & 0x3F);
        }
        out.push_back(valid ? c : 0xFFFD);
        i += valid ? length : 1;
    }
    return out;
}

std::string to_utf8(std::u32string_view codepoints) {
    std::string out;
    out.reserve(codepoints.size());
    for (char32_t c : codepoints) {
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

bool has_rtl(std::string_view text) {
    // Most texts are plain Latin: no byte above 0x7F means no right-to-left letter.
    for (char byte : text)
        if (static_cast<unsigned char>(byte) >= 0x80) {
            for (char32_t c : to_codepoints(text))
                if (is_rtl_letter(c)) return true;
            return false;
        }
    return false;
}

bool paragraph_is_rtl(std::string_view paragraph, bool fallback) {
    for (char32_t c : to_codepoints(paragraph)) {
        const FriBidiCharType type = fribidi_get_bidi_type(c);
        if (type == FRIBIDI_TYPE_LTR) return false;
        if (type == FRIBIDI_TYPE_RTL || type == FRIBIDI_TYPE_AL) return true;
    }
    return fallback;
}

std::string visual_line(std::string_view logical, bool rtl_paragraph) {
    const std::u32string in = to_codepoints(logical);
    if (in.empty()) return {};
    std::vector<FriBidiChar> visual(in.size() + 1);
    FriBidiParType direction = rtl_paragraph ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
    // fribidi_log2vis reorders, mirrors and joins Arabic (FRIBIDI_FLAGS_DEFAULT | FRIBIDI_FLAGS_ARABIC).
    if (!fribidi_log2vis(reinterpret_cast<const FriBidiChar*>(in.data()), static_cast<FriBidiStrIndex>(in.size()),
                         &direction, visual.data(), nullptr, nullptr, nullptr))
        return std::string(logical);
    std::u32string out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size(); ++i)
        if (!is_invisible(visual[i])) out.push_back(visual[i]);
    return to_utf8(out);
}

std::vector<DisplayLine> display_lines(std::string_view text, float max_width, bool rtl_layout,
                                       const std::function<float(const std::string&)>& width_of) {
    std::vector<DisplayLine> lines;
    for (std::string_view paragraph : split(text, '\n')) {
        // In a right-to-left layout a paragraph with any right-to-left letter reads right to
        // left, even when it starts with a Latin word ("BOL أم BBL؟"); a wholly Latin one (a
        // card not yet translated) keeps its own direction.
        const bool rtl = (rtl_layout && has_rtl(paragraph)) || paragraph_is_rtl(paragraph, rtl_layout);
        std::string line;
        for (std::string_view word : split(paragraph, ' ')) {
            if (word.empty()) continue;
            std::string candidate = line.empty() ? std::string(word) : line + " " + std::string(word);
            if (!line.empty() && max_width > 0 && width_of(visual_line(candidate, rtl)) > max_width) {
                lines.push_back({visual_line(line, rtl), rtl});
                candidate = std::string(word);
            }
            line = std::move(candidate);
        }
        lines.push_back({visual_line(line, rtl), rtl});
    }
    return lines;
}

}  // namespace kiosk
