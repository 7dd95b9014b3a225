// Languages without a screen: Arabic shaping and order (FriBidi), line breaking, the translation
// overlay of a pack, and switching language in the middle of a walk-through.
#include <catch2/catch.hpp>

#include "core/session.h"
#include "language/bidi.h"
#include "pack/pack_reader.h"
#include "support/mini_pack.h"
#include "support/paths.h"

using namespace kiosk;

namespace {

bool mentions(const std::vector<Problem>& problems, const std::string& part) {
    for (const Problem& problem : problems)
        if (to_string(problem).find(part) != std::string::npos) return true;
    return false;
}

// Width in "characters": enough to test line breaking without a font.
float codepoint_count(const std::string& text) { return static_cast<float>(to_codepoints(text).size()); }

}  // namespace

TEST_CASE("Arabic is joined into presentation forms and laid out right to left") {
    // رجوع: reh (isolated), jeem (initial), waw (final), ain (isolated), drawn from the left as
    // ain, waw, jeem, reh; the back arrow written first stands at the right, mirrored.
    CHECK(visual_line("‹ رجوع", true) == "\uFEC9\uFEEE\uFE9F\uFEAD \u203A");
    // Lam followed by alef becomes one ligature, with no filler left behind to draw.
    CHECK(visual_line("لا", true) == "\uFEFB");
    // سؤال: seen initial, waw-hamza final, alef isolated, lam isolated.
    CHECK(visual_line("سؤال", true) == "\uFEDD\uFE8D\uFE86\uFEB3");
    // A Latin word inside Arabic keeps its own order.
    CHECK(visual_line("في mbo", true) == "mbo \uFEF2\uFED3");
    // Latin text is left as it is.
    CHECK(visual_line("‹ Terug", false) == "‹ Terug");
}

TEST_CASE("The direction of a paragraph is that of its first letter") {
    CHECK(paragraph_is_rtl("مرحبا BOL", false));
    CHECK_FALSE(paragraph_is_rtl("BOL مرحبا", true));
    CHECK(paragraph_is_rtl("12 – 3", true));
    CHECK_FALSE(paragraph_is_rtl("12 – 3", false));
    CHECK(has_rtl("Niveau 2 · مرحبا"));
    CHECK_FALSE(has_rtl("Türkçe, Українська, ĳs"));
}

TEST_CASE("Right-to-left text breaks into lines of whole words, the first line on top") {
    const std::string text = "الكلمة الأولى ثم الثانية ثم الثالثة";
    const std::vector<DisplayLine> lines = display_lines(text, 16, false, codepoint_count);
    REQUIRE(lines.size() >= 2);
    std::string words;
    for (const DisplayLine& line : lines) {
        CHECK(line.rtl);
        CHECK(codepoint_count(line.text) <= 16);
    }
    // The first line holds the first words (shaped), so the reading order survives the breaks.
    CHECK(lines.front().text == visual_line("الكلمة الأولى ثم", true));
    // A paragraph break and a word longer than a line.
    const std::vector<DisplayLine> two = display_lines("kort\nبلااااااااااااااااا", 5, true, codepoint_count);
    REQUIRE(two.size() == 2);
    CHECK_FALSE(two[0].rtl);
    CHECK(two[1].rtl);
}

TEST_CASE("UTF-8 survives the trip through codepoints, and bad bytes become U+FFFD") {
    const std::string text = "é ĳ Ї ع € 𝄞";
    CHECK(to_utf8(to_codepoints(text)) == text);
    CHECK(to_codepoints("a\xFF" "b") == std::u32string{U'a', 0xFFFD, U'b'});
    CHECK(to_codepoints("\xE2\x82") == std::u32string{0xFFFD, 0xFFFD});
}
