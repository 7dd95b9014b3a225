// Every screen in every language, headless: screenshots to look at, no text that sticks out of
// its box, no buttons on top of each other, every letter in the font atlas; switching language
// mid-walk keeps the answers; a parent and a pupil go all the way in Turkish and in Arabic.
#include <catch2/catch.hpp>

#include <imgui.h>

#include <cmath>
#include <filesystem>

#include "language/bidi.h"
#include "output/portfolio_link.h"
#include "output/png.h"
#include "support/escpos.h"
#include "support/kiosk_fixture.h"
#include "support/qr_decode.h"
#include "ui/widgets.h"

using namespace kiosk;

namespace {

const Content& shown(const HeadlessKiosk& kiosk) { return kiosk.app().kiosk().content(); }
std::string T(const HeadlessKiosk& kiosk, const std::string& key) { return shown(kiosk).texts.get(key); }

using test::language_name;

void check_screen(HeadlessKiosk& kiosk, const std::string& shot) {
    INFO("screen " << shot);
    CHECK(kiosk.screenshot(test::shot_path(shot)));
    test::check_layout(kiosk.app().ui().frame);
    for (const std::string& text : kiosk.app().ui().frame.cut) {
        INFO("cut to fit its place: " << text);
        CHECK(false);  // the pack's own texts fit where they stand
    }
}

struct Walk {
    std::string link;  // what the finish screen's QR code holds
};

// A parent and a pupil through every screen in one language: samen, the results and a card,
// Uitleg mbo, the language list, three programmes side by side, reflection, the QR, the idle
// question, and browsing. Checks each screen and names its screenshot after the language.
Walk walk_every_screen(HeadlessKiosk& kiosk, const std::string& code, const std::string& orientation) {
    const Session& session = kiosk.app().kiosk().session();
    const std::string prefix = "lang-" + code + "-" + orientation + "-";
    REQUIRE(kiosk.tap(language_name(kiosk, code)));
    REQUIRE(session.language == code);
    CHECK(kiosk.app().ui().frame.rtl == shown(kiosk).language.rtl);
    check_screen(kiosk, prefix + "attract");

    REQUIRE(kiosk.tap(T(kiosk, "together.start")));
    check_screen(kiosk, prefix + "question");
    REQUIRE(kiosk.tap(T(kiosk, "common.stop")));
    check_screen(kiosk, prefix + "stop-question");
    REQUIRE(kiosk.tap(T(kiosk, "stand.stop_yes")));
    REQUIRE(session.language == "nl");  // stopping forgets the visitor, their language too
    REQUIRE(kiosk.tap(language_name(kiosk, code)));
    test::walk_together_to_results(kiosk, "", [&] { check_screen(kiosk, prefix + "parent-turn"); });
    check_screen(kiosk, prefix + "results");

    // The first fit's card, then back.
    const Content& content = shown(kiosk);
    const std::string first = content.programmes[static_cast<std::size_t>(session.ranking.fits.front().programme)].name;
    REQUIRE(test::tap_scrolling(kiosk, content.texts.format("results.open", {{"naam", first}})));
    REQUIRE(session.screen == Screen::Programme);
    check_screen(kiosk, prefix + "card");
    REQUIRE(kiosk.tap(T(kiosk, "programme.back")));

    // Uitleg mbo and the language list, from the footer.
    REQUIRE(kiosk.tap(T(kiosk, "explain.open")));
    REQUIRE(session.screen == Screen::Explain);
    check_screen(kiosk, prefix + "explain");
    REQUIRE(kiosk.tap(T(kiosk, "explain.back")));
    REQUIRE(kiosk.tap(T(kiosk, "language.choose")));
    REQUIRE(session.screen == Screen::Language);
    check_screen(kiosk, prefix + "languages");
    REQUIRE(kiosk.tap(T(kiosk, "common.back")));
    REQUIRE(session.screen == Screen::Results);

    // Three programmes side by side.
    for (std::size_t i = 0; i < 3; ++i) {
        const std::string name = content.programmes[static_cast<std::size_t>(session.ranking.fits[i].programme)].name;
        REQUIRE(test::tap_scrolling(kiosk, content.texts.format("results.compare_on", {{"naam", name}})));
    }
    REQUIRE(kiosk.tap(content.texts.format("results.compare_go", {{"aantal", "3"}})));
    REQUIRE(session.screen == Screen::Compare);
    check_screen(kiosk, prefix + "compare");
    REQUIRE(kiosk.tap(T(kiosk, "compare.back")));

    // Reflection, a next step, the QR.
    REQUIRE(kiosk.tap(T(kiosk, "results.take_home")));
    REQUIRE(session.screen == Screen::Favourite);
    check_screen(kiosk, prefix + "favourite");
    REQUIRE(kiosk.tap(content.programmes[static_cast<std::size_t>(favourite_choices(session).front())].name));
    check_screen(kiosk, prefix + "reflect");
    while (session.screen == Screen::Reflect) REQUIRE(kiosk.tap(content.reflections[session.reflection].options.front().text));
    REQUIRE(kiosk.tap(content.next_steps.front().text));
    check_screen(kiosk, prefix + "step");
    REQUIRE(kiosk.tap(T(kiosk, "reflect.done")));
    REQUIRE(session.screen == Screen::Finish);
    check_screen(kiosk, prefix + "finish");
    Walk walk{kiosk.app().kiosk().visit().take_home->link};
    CHECK(test::decode_qr_png(test::shot_path(prefix + "finish")) == std::vector<std::string>{walk.link});

    // "Are you still there?" in the visitor's language, then done: back to Dutch.
    kiosk.advance(content.event.idle_seconds + 1);
    check_screen(kiosk, prefix + "idle");
    REQUIRE(kiosk.tap(T(kiosk, "idle.stay")));
    REQUIRE(kiosk.tap(T(kiosk, "finish.done")));
    CHECK(session.screen == Screen::Attract);
    CHECK(session.language == "nl");
    CHECK_FALSE(kiosk.app().ui().frame.rtl);

    // The whole offer without the questions.
    REQUIRE(kiosk.tap(language_name(kiosk, code)));
    REQUIRE(kiosk.tap(T(kiosk, "browse.open")));
    REQUIRE(session.screen == Screen::Browse);
    check_screen(kiosk, prefix + "browse");
    REQUIRE(kiosk.tap(T(kiosk, "common.back")));
    return walk;
}

void every_screen_in(const std::string& code) {
    for (const auto& [width, height, orientation] : {std::tuple{1080, 1920, "portrait"}, std::tuple{1920, 1080, "landscape"}}) {
        HeadlessKiosk kiosk(test::headless_options(width, height), test::kStartTime);
        const Walk walk = walk_every_screen(kiosk, code, orientation);
        // The link says the language (Dutch is left out), so the viewer opens in it.
        const auto result = decode_fragment(walk.link.substr(walk.link.find('#') + 1));
        REQUIRE(result);
        INFO(walk.link);
        CHECK(result->language == code);
        CHECK(!result->parent_answers.empty());
    }
}

}  // namespace

TEST_CASE("Every screen in Dutch fits, with screenshots") { every_screen_in("nl"); }
TEST_CASE("Every screen in English fits, with screenshots") { every_screen_in("en"); }
TEST_CASE("Every screen in Polish fits, with screenshots") { every_screen_in("pl"); }
TEST_CASE("Every screen in Ukrainian fits, with screenshots") { every_screen_in("uk"); }

TEST_CASE("A parent and a pupil in Turkish: samen, Uitleg mbo, three side by side, and a ticket with the QR") {
    {  // one kiosk at a time: each has its own SDL window and ImGui context
        test::FakePrinter printer(test::FakeBehaviour::Ready);
        const std::string dir = test::pack_with_printer(printer.address(), "kiosk-printer-turkish");
        HeadlessKiosk kiosk(test::headless_options(1080, 1920, dir), test::kStartTime);
        const Walk walk = walk_every_screen(kiosk, "tr", "ticket");
        CHECK(walk.link.find(";l=tr") != std::string::npos);
        const Bitmap printed = test::decode_escpos(printer.received());
        REQUIRE(printed.height > 0);
        CHECK(test::decode_qr(test::rgba_of(printed), printed.width, printed.height) == std::vector<std::string>{walk.link});
        std::filesystem::remove_all(dir);
    }
    every_screen_in("tr");
}

TEST_CASE("A parent and a pupil in Arabic: right to left on every screen, and a ticket in Arabic with the QR") {
    {  // one kiosk at a time: each has its own SDL window and ImGui context
    test::FakePrinter printer(test::FakeBehaviour::Ready);
    const std::string dir = test::pack_with_printer(printer.address(), "kiosk-printer-arabic");
    HeadlessKiosk kiosk(test::headless_options(1080, 1920, dir), test::kStartTime);
    const Session& session = kiosk.app().kiosk().session();
    REQUIRE(kiosk.tap(language_name(kiosk, "ar")));
    // Mirrored where direction matters: back at the right of the footer, next at the left, the
    // answer's mark at the right of its tile.
    REQUIRE(kiosk.tap(T(kiosk, "attract.start")));
    while (shown(kiosk).questions[session.question].pick == 1) REQUIRE(kiosk.tap(shown(kiosk).questions[session.question].options[0].text));
    REQUIRE(kiosk.tap(shown(kiosk).questions[session.question].options[0].text));  // several may be picked: next waits
    const HitTarget* back = kiosk.target(T(kiosk, "common.back"));
    const HitTarget* next = kiosk.target(T(kiosk, "common.next"));
    const HitTarget* globe = kiosk.target(T(kiosk, "language.choose"));
    REQUIRE(back);
    REQUIRE(next);
    REQUIRE(globe);
    CHECK(back->min.x > 1080 / 2);
    CHECK(next->max.x < 1080 / 2);
    // Portrait: the globe starts the footer's upper row, above back.
    CHECK(globe->min.x > 1080 / 2);
    CHECK(globe->max.y <= back->min.y);
    REQUIRE(kiosk.tap(T(kiosk, "common.stop")));
    REQUIRE(kiosk.tap(T(kiosk, "stand.stop_yes")));

    const Walk walk = walk_every_screen(kiosk, "ar", "ticket");
    CHECK(walk.link.find(";l=ar") != std::string::npos);
    // The ticket of that walk, printed in Arabic: its QR holds the same link.
    const Bitmap printed = test::decode_escpos(printer.received());
    REQUIRE(printed.height > 0);
    Image image{printed.width, printed.height, test::rgba_of(printed)};
    CHECK(write_png(test::shot_path("lang-ar-ticket"), image));
    CHECK(test::decode_qr(image.rgba, image.width, image.height) == std::vector<std::string>{walk.link});
    std::filesystem::remove_all(dir);
    }
    every_screen_in("ar");
}

TEST_CASE("The programme card in Arabic is the mirror image of the Dutch one, portrait and landscape") {
    for (const auto& [width, height] : {std::pair{1080, 1920}, std::pair{1920, 1080}}) {
        INFO(width << "x" << height);
        // Where the card's first heading and the "why it fits" heading stand, in one language.
        auto columns = [&, w = width, h = height](const std::string& code) {
            HeadlessKiosk kiosk(test::headless_options(w, h), test::kStartTime);
            if (code != "nl") REQUIRE(kiosk.tap(language_name(kiosk, code)));
            REQUIRE(kiosk.tap(T(kiosk, "attract.start")));
            test::answer_all_questions(kiosk);
            const Content& content = shown(kiosk);
            const std::string first = content.programmes[static_cast<std::size_t>(kiosk.app().kiosk().session().ranking.fits.front().programme)].name;
            REQUIRE(test::tap_scrolling(kiosk, content.texts.format("results.open", {{"naam", first}})));
            std::pair<HitTarget, HitTarget> found;
            for (const HitTarget& text : kiosk.app().ui().frame.texts) {
                if (text.label == T(kiosk, "programme.group_programme")) found.first = text;
                if (text.label == T(kiosk, "programme.why")) found.second = text;
            }
            REQUIRE(found.first.max.x > 0);
            REQUIRE(found.second.max.x > 0);
            return found;
        };
        const auto [dutch_card, dutch_why] = columns("nl");
        const auto [arabic_card, arabic_why] = columns("ar");
        const float w = static_cast<float>(width);
        // The card's column keeps its width, and its distance from the reading edge.
        CHECK(arabic_card.max.x - arabic_card.min.x == Approx(dutch_card.max.x - dutch_card.min.x).margin(1));
        CHECK(w - arabic_card.max.x == Approx(dutch_card.min.x).margin(w * 0.03f));
        if (width > height) {
            // Landscape: the card at the reading start, the side column beside it: swapped.
            CHECK(dutch_card.max.x <= dutch_why.min.x);
            CHECK(arabic_why.max.x <= arabic_card.min.x);
        }
    }
}

TEST_CASE("Switching language mid-walk keeps every answer, the results come in the new language, a wipe returns to Dutch") {
    HeadlessKiosk kiosk(test::headless_options(1080, 1920), test::kStartTime);
    const Session& session = kiosk.app().kiosk().session();
    REQUIRE(kiosk.tap(T(kiosk, "attract.start")));
    for (int q = 0; q < 3; ++q) {
        const Question& question = shown(kiosk).questions[session.question];
        REQUIRE(kiosk.tap(question.options.back().text));
        if (question.pick > 1) REQUIRE(kiosk.tap(T(kiosk, "common.next")));
    }
    const Answers before = session.answers;
    const std::size_t at = session.question;
    // The globe in the footer, then Türkçe: same question, same answers, Turkish texts.
    REQUIRE(kiosk.tap(T(kiosk, "language.choose")));
    REQUIRE(kiosk.tap(language_name(kiosk, "tr")));
    CHECK(session.screen == Screen::Question);
    CHECK(session.question == at);
    CHECK(session.answers.picked == before.picked);
    CHECK(kiosk.visible(shown(kiosk).questions[at].options[0].text));
    CHECK(shown(kiosk).questions[at].text != kiosk.app().pack().questions[at].text);
    test::answer_all_questions(kiosk, "", at);
    REQUIRE(session.screen == Screen::Results);
    std::vector<int> order;
    for (const Match& match : session.ranking.fits) order.push_back(match.programme);
    const std::string turkish_reason = session.ranking.fits.front().reasons.front().text;
    // To Arabic on the results: the same programmes in the same order, the reasons in Arabic.
    REQUIRE(kiosk.tap(T(kiosk, "language.choose")));
    REQUIRE(kiosk.tap(language_name(kiosk, "ar")));
    CHECK(session.screen == Screen::Results);
    std::vector<int> again;
    for (const Match& match : session.ranking.fits) again.push_back(match.programme);
    CHECK(again == order);
    CHECK(has_rtl(session.ranking.fits.front().reasons.front().text));
    CHECK(session.ranking.fits.front().reasons.front().text != turkish_reason);
    CHECK(kiosk.app().ui().frame.rtl);
    // The visitor leaves: the next one starts in Dutch, left to right.
    kiosk.advance(shown(kiosk).event.idle_seconds + shown(kiosk).event.countdown_seconds + 1);
    CHECK(session.screen == Screen::Attract);
    CHECK(session.language == "nl");
    CHECK(&kiosk.app().kiosk().content() == &kiosk.app().pack());
    CHECK_FALSE(kiosk.app().ui().frame.rtl);
    CHECK(kiosk.visible(kiosk.app().pack().texts.get("attract.start")));
}

TEST_CASE("A language picked on the attract screen by someone who walks away is forgotten") {
    HeadlessKiosk kiosk(test::headless_options(1080, 1920), test::kStartTime);
    REQUIRE(kiosk.tap(language_name(kiosk, "ar")));
    CHECK(kiosk.app().ui().frame.rtl);
    kiosk.advance(shown(kiosk).event.idle_seconds - 5);
    CHECK(kiosk.app().kiosk().content().language.code == "ar");  // still deciding
    kiosk.advance(10);
    CHECK(&kiosk.app().kiosk().content() == &kiosk.app().pack());
    CHECK_FALSE(kiosk.app().ui().frame.rtl);
    CHECK(kiosk.visible(kiosk.app().pack().texts.get("attract.start")));
}

TEST_CASE("Every letter of every text in every language is in the font atlas, Dutch diacritics included, Arabic as it is drawn") {
    HeadlessKiosk kiosk(test::headless_options(1080, 1920), test::kStartTime);
    const Fonts& fonts = kiosk.app().ui().frame.fonts;
    const Content& pack = kiosk.app().pack();
    for (char32_t c : to_codepoints("é ë ï ĳ Ĳ ü ö € – ‹ ›")) CHECK(fonts.body->FindGlyphNoFallback(static_cast<ImWchar>(c)));
    REQUIRE(offered_languages(pack).size() == 6);
    for (const LanguageInfo& language : offered_languages(pack)) {
        Content local = localise(pack, language.code);
        std::vector<std::string> texts;
        for (const auto& [key, value] : local.texts.entries) texts.push_back(value);
        visit_content_texts(local, [&](const std::string&, std::string& text) { texts.push_back(text); });
        int letters = 0;
        for (const std::string& text : texts) {
            // Arabic is drawn in its joined presentation forms, so those are what must be there.
            const std::string drawn = has_rtl(text) ? visual_line(text, true) : text;
            for (char32_t c : to_codepoints(drawn)) {
                if (c == '\n') continue;
                ++letters;
                INFO(language.code << ": U+" << std::hex << static_cast<unsigned>(c) << " in: " << text);
                CHECK(fonts.body->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr);
                CHECK(fonts.bold->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr);
            }
        }
        CHECK(letters > 10000);
    }
}

TEST_CASE("Arabic is drawn 15-20 % larger than the Latin beside it, and keeps the Latin line height") {
    HeadlessKiosk kiosk(test::headless_options(1080, 1920), test::kStartTime);
    const Fonts& fonts = kiosk.app().ui().frame.fonts;
    for (ImFont* font : {fonts.body, fonts.bold, fonts.title, fonts.small}) {
        // Noto gives the capital H and the alef the same height in their own em (0.714), so
        // their heights in the atlas compare the two ems as drawn. Hinting puts each edge on a
        // whole pixel, so at 12-20 px tall either height may be a pixel off the exact 1.16.
        const ImFontGlyph* latin = font->FindGlyphNoFallback('H');
        const ImFontGlyph* arabic = font->FindGlyphNoFallback(static_cast<ImWchar>(0xFE8D));  // isolated alef
        REQUIRE(latin);
        REQUIRE(arabic);
        const float ratio = (arabic->Y1 - arabic->Y0) / (latin->Y1 - latin->Y0);
        INFO("font size " << font->FontSize << ": alef " << arabic->Y1 - arabic->Y0 << " px, H " << latin->Y1 - latin->Y0 << " px");
        CHECK(ratio >= 1.08f);
        CHECK(ratio <= 1.3f);
        // Both stand on the same baseline: the alef's foot within a pixel of the H's.
        CHECK(std::abs(arabic->Y1 - latin->Y1) <= 1.0f);
    }
    // A paragraph of Arabic takes as many line heights as lines, each the Latin font's size.
    const std::string arabic = "تعرض عملك في ملف أعمال وعروض تقديمية، إضافة إلى امتحانات في الهولندية والحساب والإنجليزية.";
    const float width = fonts.body->FontSize * 8;
    const float height = text_height(kiosk.app().ui().frame, fonts.body, arabic, width);
    CHECK(height >= 2 * fonts.body->FontSize);
    CHECK(std::fmod(height, fonts.body->FontSize) == Approx(0).margin(0.01));
}
