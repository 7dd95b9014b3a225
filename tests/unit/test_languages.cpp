// Languages without a screen: Arabic shaping and order (FriBidi), line breaking, the translation
// overlay of a pack, and switching language in the middle of a walk-through.
#include <catch2/catch.hpp>

#include "core/session.h"
#include "language/bidi.h"
#include "pack/pack_reader.h"
#include "support/mini_pack.h"
#include "support/paths.h"
#include "support/problems.h"
#include "text/text.h"

using namespace kiosk;
using test::mentions;

namespace {

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
    // In an Arabic layout a sentence that starts with a Latin word still reads right to left;
    // wholly Latin text (a card not yet translated) keeps its own direction.
    CHECK(display_lines("BOL أم BBL؟", 0, true, codepoint_count).front().rtl);
    CHECK(display_lines("BOL أم BBL؟", 0, true, codepoint_count).front().text == visual_line("BOL أم BBL؟", true));
    CHECK_FALSE(display_lines("BOL أم BBL؟", 0, false, codepoint_count).front().rtl);
    CHECK_FALSE(display_lines("Je helpt mensen.", 0, true, codepoint_count).front().rtl);
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

namespace {

// The Latin letters, digits and brackets of a line in display order: what a Dutch reader sees.
std::string latin_part(const std::string& line) {
    std::string out;
    for (char c : line)
        if (static_cast<unsigned char>(c) < 0x80) out += c;
    return out;
}

}  // namespace

TEST_CASE("A Dutch name in brackets after an Arabic title keeps its brackets when the title wraps") {
    // The default pack's Arabic names: "مساعدة في الرعاية (Helpende Zorg en Welzijn)".
    const std::string title = "مساعدة في الرعاية (Helpende Zorg en Welzijn)";
    // On one line the aside stands at the left, as it would by the bidirectional algorithm alone.
    CHECK(latin_part(visual_line(title, true)).rfind("(Helpende Zorg en Welzijn) ", 0) == 0);
    for (float width : {10.0f, 14.0f, 20.0f, 28.0f}) {
        INFO("width " << width);
        const std::vector<DisplayLine> lines = display_lines(title, width, true, codepoint_count);
        REQUIRE(lines.size() >= 2);
        std::string latin;
        for (const DisplayLine& line : lines) {
            CHECK(line.rtl);
            CHECK(codepoint_count(line.text) <= width);
            const std::string part = latin_part(line.text);
            // Each line's Dutch reads left to right, its brackets as Dutch writes them: never
            // "Helpende)" on one line and "(Zorg" on the next.
            CHECK((part.find(")") == std::string::npos || part.find(")") > part.find_last_not_of(" )")));
            latin += part;
        }
        CHECK(latin.find("(Helpende") != std::string::npos);
        CHECK(latin.find("Welzijn)") != std::string::npos);
        CHECK(latin.find("Helpende)") == std::string::npos);
        CHECK(latin.find("(Welzijn") == std::string::npos);
        // The last line ends the aside.
        CHECK(latin_part(lines.back().text).find("Welzijn)") != std::string::npos);
    }
    // The Arabic words stay in reading order over the lines: the first line holds the first word.
    const std::vector<DisplayLine> narrow = display_lines(title, 10, true, codepoint_count);
    CHECK(narrow.front().text == visual_line("مساعدة في", true));
}

TEST_CASE("Arabic in brackets after a Dutch word, in either layout") {
    // In an Arabic layout the paragraph runs right to left: the Dutch word stands at the right,
    // the bracketed Arabic at its left, brackets mirrored to face it.
    const std::string title = "Dutch (عربي)";
    const std::string in_arabic = visual_line(title, true);
    CHECK(in_arabic.rfind("(", 0) == 0);
    CHECK(in_arabic.size() > 7);
    CHECK(in_arabic.substr(in_arabic.size() - 7) == ") Dutch");
    // In a Dutch layout the aside is isolated right to left: still "(...)" round the Arabic.
    const std::vector<DisplayLine> dutch = display_lines(title, 0, false, codepoint_count);
    REQUIRE(dutch.size() == 1);
    CHECK_FALSE(dutch.front().rtl);
    CHECK(dutch.front().text.rfind("Dutch (", 0) == 0);
    CHECK(dutch.front().text.back() == ')');
    // An aside in the paragraph's own direction, or with both scripts, is left to the algorithm.
    CHECK(visual_line("Zorg (niveau 2)", false) == "Zorg (niveau 2)");
    CHECK(latin_part(visual_line("عربي (Dutch عربي)", true)).find("(Dutch") == std::string::npos);
}

TEST_CASE("Levels are resolved over the whole paragraph, then each line is reordered") {
    // "اسم (Dutch name)": broken after "Dutch", the second line is "name)", left to right as
    // Dutch writes it; reordered as a line of its own it would read "(name".
    const std::vector<DisplayLine> lines = display_lines("اسم (Dutch name)", 10, true, codepoint_count);
    REQUIRE(lines.size() == 2);
    CHECK(latin_part(lines[0].text) == "(Dutch ");
    CHECK(lines[1].text == "name)");
    CHECK(lines[1].rtl);
    // Marks that only steer the order are not drawn, also where a line begins or ends.
    for (const DisplayLine& line : lines)
        for (char32_t c : to_codepoints(line.text)) CHECK_FALSE((c >= 0x2066 && c <= 0x2069));
}

TEST_CASE("Talking points quote and join answers the way the language writes them") {
    const Content dutch = check_pack(test::default_pack()).content;
    const Content arabic = localise(dutch, "ar");
    int several = -1;  // a key question where several answers can be picked
    for (std::size_t q = 0; q < dutch.questions.size(); ++q)
        if (dutch.questions[q].pick > 1 && dutch.questions[q].options.size() >= 3) several = static_cast<int>(q);
    REQUIRE(several >= 0);
    const AnswerComparison differ{several, {0, 1}, {2}, false};
    const AnswerComparison agree{several, {0, 1}, {1, 2}, true};
    const auto option = [&](const Content& c, int o) { return c.questions[static_cast<std::size_t>(several)].options[static_cast<std::size_t>(o)].text; };

    const std::string nl = talking_point(dutch, differ);
    CHECK(nl.find("‘" + option(dutch, 0) + "’, ‘" + option(dutch, 1) + "’") != std::string::npos);
    CHECK(nl.find("‘" + option(dutch, 2) + "’") != std::string::npos);
    // Agreeing names what both picked, not all the pupil picked.
    CHECK(talking_point(dutch, agree) == dutch.texts.format("together.agree", {{"keuze", "‘" + option(dutch, 1) + "’"}}));

    const std::string ar = talking_point(arabic, differ);
    CHECK(ar.find("«" + option(arabic, 0) + "»، «" + option(arabic, 1) + "»") != std::string::npos);
    // No Latin comma or quote anywhere in an Arabic talking point.
    for (const std::string& point : {ar, talking_point(arabic, agree)}) {
        INFO(point);
        CHECK(point.find(',') == std::string::npos);
        CHECK(point.find('\'') == std::string::npos);
        CHECK(point.find('"') == std::string::npos);
    }
    // Every language has its own quotes and joiner, with the placeholders they need.
    for (const LanguageInfo& language : offered_languages(dutch)) {
        const Content c = localise(dutch, language.code);
        INFO(language.code);
        CHECK(c.texts.get("together.quoted").find("{tekst}") != std::string::npos);
        CHECK(c.texts.get("together.list").find("{eerste}") != std::string::npos);
        CHECK(c.texts.get("together.list").find("{volgende}") != std::string::npos);
    }
}

TEST_CASE("UTF-8 survives the trip through codepoints, and bad bytes become U+FFFD") {
    const std::string text = "é ĳ Ї ع € 𝄞";
    CHECK(to_utf8(to_codepoints(text)) == text);
    CHECK(to_codepoints("a\xFF" "b") == std::u32string{U'a', 0xFFFD, U'b'});
    CHECK(to_codepoints("\xE2\x82") == std::u32string{0xFFFD, 0xFFFD});
}

TEST_CASE("The default pack speaks six languages, Dutch first, Arabic right to left, each whole") {
    const PackReadResult read = check_pack(test::default_pack());
    REQUIRE(read.ok());
    std::vector<std::string> codes;
    for (const LanguageInfo& language : offered_languages(read.content)) codes.push_back(language.code);
    CHECK(codes == std::vector<std::string>{"nl", "en", "tr", "pl", "uk", "ar"});
    for (const Translation& translation : read.content.translations) {
        INFO(translation.language.code);
        CHECK(translation.language.rtl == (translation.language.code == "ar"));
        CHECK(translation.language.name != translation.language.code);
    }
    // Every text of the UI and the content has a translation: no warning about a missing one.
    for (const Problem& problem : read.problems) {
        INFO(to_string(problem));
        CHECK(problem.file.rfind("translations/", 0) != 0);
        CHECK(problem.file.rfind("texts/", 0) != 0);
    }
}

TEST_CASE("A translation replaces the texts it has and leaves Dutch where it has none, the matching stays") {
    PackFiles files = test::default_pack();
    // Turkish without one programme card and without one option.
    std::string& turkish = files["translations/tr.ini"];
    const auto section = turkish.find("[programme.25491]");
    REQUIRE(section != std::string::npos);
    turkish.erase(section, turkish.find("\n[", section + 1) - section);
    const auto option = turkish.find("[question.leren.doen]");
    REQUIRE(option != std::string::npos);
    turkish.erase(option, turkish.find("\n[", option + 1) - option);
    const PackReadResult read = check_pack(files);
    REQUIRE(read.ok());
    const Content& dutch = read.content;
    const Content turkish_content = localise(dutch, "tr");
    CHECK(turkish_content.language.code == "tr");
    CHECK(turkish_content.texts.get("attract.start") != dutch.texts.get("attract.start"));
    CHECK(turkish_content.texts.get("staff.title") == dutch.texts.get("staff.title"));  // staff read Dutch
    const int verzorgende = dutch.programme_index("25491");
    const int helpende = dutch.programme_index("25498");
    CHECK(turkish_content.programmes[static_cast<std::size_t>(verzorgende)].name == dutch.programmes[static_cast<std::size_t>(verzorgende)].name);
    CHECK(turkish_content.programmes[static_cast<std::size_t>(helpende)].name != dutch.programmes[static_cast<std::size_t>(helpende)].name);
    CHECK(turkish_content.questions[1].text != dutch.questions[1].text);
    CHECK(turkish_content.questions[1].options[0].text == dutch.questions[1].options[0].text);
    for (std::size_t q = 0; q < dutch.questions.size(); ++q)
        for (std::size_t o = 0; o < dutch.questions[q].options.size(); ++o) {
            CHECK(turkish_content.questions[q].options[o].weights.size() == dutch.questions[q].options[o].weights.size());
            CHECK(turkish_content.questions[q].options[o].track == dutch.questions[q].options[o].track);
            CHECK(turkish_content.questions[q].options[o].claims == dutch.questions[q].options[o].claims);
        }
    CHECK(turkish_content.programmes[0].features == dutch.programmes[0].features);
    // The staff tool names the programme left in Dutch and counts the rest.
    CHECK(mentions(read.problems, "translations/tr.ini: waarschuwing: 1 opleidingen zijn (deels) niet vertaald en staan daar in het Nederlands: 25491"));
    CHECK(mentions(read.problems, "niet vertaald: 2 teksten"));
    // An unknown language gives the Dutch content.
    CHECK(localise(dutch, "xx").texts.get("attract.start") == dutch.texts.get("attract.start"));
}

TEST_CASE("A translation may not show what Dutch does not say") {
    PackFiles files = test::default_pack();
    files["translations/en.ini"] += "\n[question.leren.doen]\nreason = Great at {nam}\n\n[programme.99999]\nnaam = Ghost\n";
    files["texts/pl.ini"] += "\n[attract]\ntitle = Witaj {imie}\n";
    files["texts/ar.ini"] = "[language]\nname = العربية\ndirection = rechts\n";
    files["texts/turkish.ini"] = "[language]\nname = Türkçe\n";
    files["translations/fr.ini"] = "[question.leren]\ntext = Comment apprends-tu ?\n";
    files["texts/uk.ini"] = replace_all(files["texts/uk.ini"], "start = Торкнися тут, щоб почати", "start =");
    files["translations/uk.ini"] += "\n[question.leren.doen]\nreason = Ти любиш практику.\n\n[question.leren.uitleg]\ntext = Тлумачення ✓\n";
    const PackReadResult read = read_pack(files);
    CHECK_FALSE(read.ok());
    CHECK(mentions(read.problems, "translations/en.ini:"));
    CHECK(mentions(read.problems, "{nam} staat niet in de Nederlandse tekst"));
    CHECK(mentions(read.problems, "[programme.99999] naam heeft geen Nederlandse tekst en wordt nooit getoond"));
    CHECK(mentions(read.problems, "texts/pl.ini:"));
    CHECK(mentions(read.problems, "{imie} staat niet in de Nederlandse tekst"));
    CHECK(mentions(read.problems, "texts/ar.ini:3:1: direction moet ltr of rtl zijn"));
    CHECK(mentions(read.problems, "texts/turkish.ini: een vertaling heet naar haar taalcode van twee letters"));
    CHECK(mentions(read.problems, "translations/fr.ini: waarschuwing: er is geen texts/fr.ini"));
    // An empty text would be a blank button: Dutch stays. A placeholder left out is noted.
    CHECK(mentions(read.problems, "start is leeg; de kiosk toont daar de Nederlandse tekst"));
    CHECK(mentions(read.problems, "{praktijk_procent} uit de Nederlandse tekst ontbreekt in de vertaling"));
    const Content ukrainian = localise(read.content, "uk");
    CHECK(ukrainian.texts.get("attract.start") == read.content.texts.get("attract.start"));
    // A letter the kiosk cannot draw is named before it shows as '?' at the booth.
    CHECK(mentions(check_translations(files, read.content), "bevat een teken dat de kiosk niet kan tonen (U+2713"));
}

TEST_CASE("Switching language keeps the answers and ranks again in the new language, in the same order") {
    const Content dutch = check_pack(test::default_pack()).content;
    const Content arabic = localise(dutch, "ar");
    Session session;
    start(session, dutch, 0, true);
    for (std::size_t q = 0; q < dutch.questions.size(); ++q) {
        const double now = 10.0 * static_cast<double>(q);
        pick(session, dutch, static_cast<int>(q % dutch.questions[q].options.size()), now + 1);
        next(session, dutch, now + 2);
        if (session.parent_turn) {
            pick(session, dutch, 0, now + 3);
            next(session, dutch, now + 4);
        }
    }
    REQUIRE(session.screen == Screen::Results);
    const Session before = session;
    open_language_choice(session, 5);
    CHECK(session.screen == Screen::Language);
    set_language(session, arabic, 6);
    CHECK(session.screen == Screen::Results);
    CHECK(session.language == "ar");
    CHECK(session.answers.picked == before.answers.picked);
    CHECK(session.parent_answers.picked == before.parent_answers.picked);
    CHECK(session.fit_for_both == before.fit_for_both);
    REQUIRE(session.ranking.fits.size() == before.ranking.fits.size());
    for (std::size_t i = 0; i < session.ranking.fits.size(); ++i) {
        CHECK(session.ranking.fits[i].programme == before.ranking.fits[i].programme);
        CHECK(session.ranking.fits[i].strength == before.ranking.fits[i].strength);
        REQUIRE(session.ranking.fits[i].reasons.size() == before.ranking.fits[i].reasons.size());
        for (const Reason& reason : session.ranking.fits[i].reasons) CHECK(has_rtl(reason.text));
    }
    // A new visitor starts in the language chosen on the attract screen, and only then.
    start(session, arabic, 10);
    CHECK(session.language == "ar");
    CHECK(Session{}.language == "nl");
}

TEST_CASE("Every new card field and every vandaag entry is translated in all five languages") {
    const PackReadResult read = read_pack(test::default_pack());
    REQUIRE(read.ok());
    const Content& dutch = read.content;
    REQUIRE(dutch.translations.size() == 5);
    for (const Translation& translation : dutch.translations) {
        const Content local = localise(dutch, translation.language.code);
        for (std::size_t i = 0; i < dutch.programmes.size(); ++i) {
            const Programme& nl = dutch.programmes[i];
            const Programme& other = local.programmes[i];
            INFO(translation.language.code << " " << nl.crebo);
            for (const char* key : {"afdeling", "docenten", "toelating", "keuzedelen", "nodig"})
                CHECK(translation.content.count("programme." + nl.crebo + "." + key) == 1);
            CHECK(other.card.teachers != nl.card.teachers);
            CHECK(other.card.admission != nl.card.admission);
            CHECK(other.card.needs != nl.card.needs);
            CHECK(local.today(other)->what != dutch.today(nl)->what);
            for (const char* key : {"waar", "wat", "tijd"}) CHECK(translation.content.count("vandaag." + nl.crebo + "." + key) == 1);
        }
    }
}
