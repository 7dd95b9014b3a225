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

namespace {

// A bracketed aside written in the other direction: the Dutch name after an Arabic title
// ("مساعدة في الرعاية (Helpende Zorg en Welzijn)"), or Arabic after a Dutch word. By the
// bidirectional algorithm alone its brackets take the paragraph's direction, so when a line
// breaks inside the aside a Latin reader sees "Helpende)" on one line and "(Zorg en Welzijn" on
// the next. Isolated in its own direction, brackets included (what HTML's <bdi> does), it reads
// "(Helpende" and "Zorg en Welzijn)" and still stands where the paragraph puts it.
std::u32string isolate_asides(const std::u32string& text, bool rtl) {
    std::vector<std::pair<std::size_t, std::size_t>> asides;
    std::vector<std::pair<std::size_t, char32_t>> open;  // position, closing bracket wanted
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char32_t c = text[i];
        if (c == U'(' || c == U'[') {
            open.emplace_back(i, c == U'(' ? U')' : U']');
        } else if (!open.empty() && c == open.back().second) {
            const std::size_t from = open.back().first;
            open.pop_back();
            if (!open.empty()) continue;  // only the outermost pair
            bool other = false, same = false;
            for (std::size_t k = from + 1; k < i; ++k) {
                const FriBidiCharType type = fribidi_get_bidi_type(text[k]);
                const bool letter_rtl = type == FRIBIDI_TYPE_RTL || type == FRIBIDI_TYPE_AL;
                if (type != FRIBIDI_TYPE_LTR && !letter_rtl) continue;
                (letter_rtl == rtl ? same : other) = true;
            }
            if (other && !same) asides.emplace_back(from, i);
        }
    }
    if (asides.empty()) return text;
    std::u32string out;
    out.reserve(text.size() + 2 * asides.size());
    std::size_t next = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (next < asides.size() && i == asides[next].first) out.push_back(rtl ? U'\u2066' : U'\u2067');  // LRI or RLI
        out.push_back(text[i]);
        if (next < asides.size() && i == asides[next].second) {
            out.push_back(U'\u2069');  // PDI
            ++next;
        }
    }
    return out;
}

std::string visible_utf8(const FriBidiChar* from, const FriBidiChar* to) {
    std::u32string out;
    out.reserve(static_cast<std::size_t>(to - from));
    for (; from != to; ++from)
        if (!is_invisible(*from)) out.push_back(*from);
    return to_utf8(out);
}

// One paragraph, the way UAX #9 wants it: the embedding levels (and the pairs of brackets) are
// resolved over the whole paragraph, Arabic is joined and brackets mirrored by those levels,
// and only then is it broken into lines, each reordered on its own (rules L1-L4). Reordering
// lines that were cut first would resolve a bracket without its partner and lose an aside's
// isolate. No `width_of`: the paragraph as one line, spaces and all; `max_width` <= 0: no limit.
void lay_out_paragraph(std::string_view paragraph, bool rtl, float max_width, const std::function<float(const std::string&)>* width_of,
                       std::vector<DisplayLine>& lines) {
    const std::u32string logical = isolate_asides(to_codepoints(paragraph), rtl);
    const auto n = static_cast<FriBidiStrIndex>(logical.size());
    if (n == 0) {
        lines.push_back({std::string(), rtl});
        return;
    }
    std::vector<FriBidiChar> text(logical.begin(), logical.end());
    std::vector<FriBidiCharType> types(logical.size());
    std::vector<FriBidiBracketType> brackets(logical.size());
    std::vector<FriBidiLevel> levels(logical.size());
    fribidi_get_bidi_types(text.data(), n, types.data());
    fribidi_get_bracket_types(text.data(), n, types.data(), brackets.data());
    FriBidiParType direction = rtl ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
    if (fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), n, &direction, levels.data()) == 0) {
        lines.push_back({std::string(paragraph), rtl});  // out of memory: show it as it is
        return;
    }
    std::vector<FriBidiArabicProp> joining(logical.size());
    fribidi_get_joining_types(text.data(), n, joining.data());
    fribidi_join_arabic(types.data(), n, levels.data(), joining.data());
    fribidi_shape(FRIBIDI_FLAGS_DEFAULT | FRIBIDI_FLAGS_ARABIC, levels.data(), n, joining.data(), text.data());

    // Lines as ranges of the shaped paragraph, broken at spaces. A line's width does not depend
    // on its order, so the shaped text is measured before it is reordered.
    std::vector<std::pair<FriBidiStrIndex, FriBidiStrIndex>> ranges;
    if (!width_of) {
        ranges.emplace_back(0, n);
    } else {
        FriBidiStrIndex line_start = -1, line_end = -1;
        for (FriBidiStrIndex i = 0; i < n;) {
            if (text[static_cast<std::size_t>(i)] == U' ') {
                ++i;
                continue;
            }
            FriBidiStrIndex end = i;
            while (end < n && text[static_cast<std::size_t>(end)] != U' ') ++end;
            if (line_start < 0) {
                line_start = i;
            } else if (max_width > 0 && (*width_of)(visible_utf8(text.data() + line_start, text.data() + end)) > max_width) {
                ranges.emplace_back(line_start, line_end);
                line_start = i;
            }
            line_end = end;
            i = end;
        }
        if (line_start < 0) ranges.emplace_back(0, 0);
        else ranges.emplace_back(line_start, line_end);
    }
    std::vector<FriBidiChar> visual = text;
    for (const auto& [from, to] : ranges) {
        if (to > from && fribidi_reorder_line(FRIBIDI_FLAGS_DEFAULT, types.data(), to - from, from, direction, levels.data(), visual.data(),
                                              nullptr) == 0) {
            lines.push_back({visible_utf8(text.data() + from, text.data() + to), rtl});
            continue;
        }
        lines.push_back({visible_utf8(visual.data() + from, visual.data() + to), rtl});
    }
}

}  // namespace

std::string visual_line(std::string_view logical, bool rtl_paragraph) {
    std::vector<DisplayLine> lines;
    lay_out_paragraph(logical, rtl_paragraph, 0, nullptr, lines);
    return lines.front().text;
}

std::vector<DisplayLine> display_lines(std::string_view text, float max_width, bool rtl_layout,
                                       const std::function<float(const std::string&)>& width_of) {
    std::vector<DisplayLine> lines;
    for (std::string_view paragraph : split(text, '\n')) {
        // In a right-to-left layout a paragraph with any right-to-left letter reads right to
        // left, even when it starts with a Latin word ("BOL أم BBL؟"); a wholly Latin one (a
        // card not yet translated) keeps its own direction.
        const bool rtl = (rtl_layout && has_rtl(paragraph)) || paragraph_is_rtl(paragraph, rtl_layout);
        lay_out_paragraph(paragraph, rtl, max_width, &width_of, lines);
    }
    return lines;
}

}  // namespace kiosk
