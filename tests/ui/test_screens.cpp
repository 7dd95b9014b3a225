#include <catch2/catch.hpp>

#include <imgui.h>

#include <algorithm>
#include <filesystem>
#include <tuple>
#include <fstream>

#include "pack/catalogue.h"
#include "platform/fonts.h"
#include "support/kiosk_fixture.h"

using namespace kiosk;
namespace fs = std::filesystem;

TEST_CASE("Tap targets are at least 12 mm on every screen") {
    for (const auto& [width, height] : {std::pair{1080, 1920}, std::pair{1920, 1080}}) {
        HeadlessKiosk kiosk(test::headless_options(width, height), test::kStartTime);
        const Metrics& metrics = kiosk.app().ui().frame.metrics;
        const float min = metrics.min_target - 0.5f;
        const Texts& texts = kiosk.app().pack().texts;
        auto check_targets = [&] {
            REQUIRE_FALSE(kiosk.app().ui().frame.targets.empty());
            std::vector<float> bar_heights;  // the globe and "Uitleg mbo", in every footer
            for (const HitTarget& t : kiosk.app().ui().frame.targets) {
                INFO(t.label);
                // The visual system's safe bottom area: no control where a finger meets the bezel.
                CHECK(t.max.y <= metrics.height - metrics.safe_bottom + 0.5f);
                if (t.clipped) continue;  // cut by a scroll area's edge: scrolled partly out of view
                CHECK(t.max.x - t.min.x >= min);
                CHECK(t.max.y - t.min.y >= min);
                if (t.label == texts.get("language.choose") || t.label == texts.get("explain.open")) bar_heights.push_back(t.max.y - t.min.y);
            }
            // The controls of a bar are one height (theme.h control_height).
            for (float h : bar_heights) CHECK(h == Approx(metrics.control_height).margin(0.5));
        };
        check_targets();
        REQUIRE(kiosk.tap(kiosk.app().pack().texts.get("attract.start")));
        check_targets();
        test::answer_all_questions(kiosk);
        check_targets();  // results
        REQUIRE(kiosk.tap(kiosk.app().pack().texts.get("results.take_home")));
        check_targets();  // the favourite
        REQUIRE(kiosk.tap(kiosk.app().pack().texts.get("favourite.unsure")));
        check_targets();  // a reflection
        const Session& session = kiosk.app().kiosk().session();
        while (session.screen == Screen::Reflect)
            REQUIRE(kiosk.tap(kiosk.app().pack().reflections[session.reflection].options.back().text));
        check_targets();  // next steps
        REQUIRE(kiosk.tap(kiosk.app().pack().next_steps.front().text));
        REQUIRE(kiosk.tap(kiosk.app().pack().texts.get("reflect.done")));
        check_targets();  // finish
        REQUIRE(kiosk.tap(kiosk.app().pack().texts.get("finish.done")));
        REQUIRE(kiosk.tap(kiosk.app().pack().texts.get("explain.open")));
        check_targets();  // Uitleg mbo
        REQUIRE(kiosk.tap(kiosk.app().pack().texts.get("explain.back")));
        REQUIRE(kiosk.tap(kiosk.app().pack().texts.get("browse.open")));
        check_targets();  // browse
        REQUIRE(kiosk.tap(kiosk.app().pack().texts.get("common.back")));
        REQUIRE(kiosk.tap(kiosk.app().pack().texts.get("together.start")));
        REQUIRE(kiosk.tap(kiosk.app().pack().questions[0].options.front().text));
        REQUIRE(kiosk.app().pack().questions[1].together);
        REQUIRE(kiosk.tap(kiosk.app().pack().questions[1].options.front().text));
        REQUIRE(session.parent_turn);
        check_targets();  // the parent's turn
    }
}

TEST_CASE("The walk-through works on all 470 qualifications of the official list") {
    const fs::path dir = test::write_temp_pack(test::catalogue_pack(), "kiosk-catalogue-pack");
    HeadlessKiosk kiosk(test::headless_options(1920, 1080, dir.string()), test::kStartTime);
    CHECK(kiosk.app().pack().programmes.size() == 470);
    REQUIRE(kiosk.tap(kiosk.app().pack().texts.get("attract.start")));
    test::answer_all_questions(kiosk);
    const Session& session = kiosk.app().kiosk().session();
    REQUIRE(session.screen == Screen::Results);
    CHECK(static_cast<int>(session.ranking.fits.size()) == kiosk.app().pack().event.results);
    CHECK(kiosk.screenshot(test::shot_path("catalogue-results")));
    test::reflect_and_finish(kiosk);
    CHECK(session.screen == Screen::Finish);
    fs::remove_all(dir);
}

TEST_CASE("A programme card shows the programme's photo from the pack, large, and the results show it too") {
    const fs::path dir = test::write_temp_pack(test::pack_with_photos(test::png_photo(1200, 800)), "kiosk-photo-pack");
    HeadlessKiosk kiosk(test::headless_options(1080, 1920, dir.string()), test::kStartTime);
    REQUIRE(kiosk.tap(kiosk.app().pack().texts.get("attract.start")));
    test::answer_all_questions(kiosk);
    const Session& session = kiosk.app().kiosk().session();
    const auto& drawn = kiosk.app().ui().pictures_drawn;
    CHECK(std::count(drawn.begin(), drawn.end(), "photos/foto.png") >= 1);  // on the result cards
    const Programme& first = kiosk.app().pack().programmes[static_cast<std::size_t>(session.ranking.fits.front().programme)];
    REQUIRE(kiosk.tap("Bekijk " + first.name));
    CHECK(std::count(drawn.begin(), drawn.end(), "photos/foto.png") == 1);
    CHECK(std::count(drawn.begin(), drawn.end(), first.picture) == 0);  // the photo instead of the picture
    const PictureCache& cache = kiosk.app().pictures();
    CHECK(cache.bytes() <= cache.max_bytes());  // decoded smaller than the 1200-pixel original
    CHECK(kiosk.screenshot(test::shot_path("card-with-photo")));
    fs::remove_all(dir);
}

TEST_CASE("A card opens without waiting for its photo: the photo is decoded on a thread of its own and drawn a frame later") {
    const fs::path dir = test::write_temp_pack(test::pack_with_photos(test::png_photo(1200, 800)), "kiosk-photo-async");
    HeadlessKiosk kiosk(test::headless_options(1080, 1920, dir.string()), test::kStartTime);
    REQUIRE(kiosk.tap(kiosk.app().pack().texts.get("attract.start")));
    test::answer_all_questions(kiosk);
    const Session& session = kiosk.app().kiosk().session();
    const Programme& first = kiosk.app().pack().programmes[static_cast<std::size_t>(session.ranking.fits.front().programme)];
    const auto& targets = kiosk.app().ui().frame.targets;
    const auto open = std::find_if(targets.begin(), targets.end(), [&](const HitTarget& t) { return t.label == "Bekijk " + first.name; });
    REQUIRE(open != targets.end());
    // The tap by hand, frame by frame, with nothing waiting for the worker (the headless
    // driver's own frames wait, so that screenshots show every picture).
    App& app = kiosk.app();
    double now = kiosk.now();
    SDL_Event event{};
    event.button.button = SDL_BUTTON_LEFT;
    event.button.x = static_cast<Sint32>((open->min.x + open->max.x) / 2);
    event.button.y = static_cast<Sint32>((open->min.y + open->max.y) / 2);
    for (const Uint32 type : {SDL_MOUSEBUTTONDOWN, SDL_MOUSEBUTTONUP}) {
        event.type = type;
        app.handle_event(event, now);
        app.render_frame(now += 1.0 / 60.0);
    }
    for (int frame = 0; frame < 10 && session.screen != Screen::Programme; ++frame) app.render_frame(now += 1.0 / 60.0);
    REQUIRE(session.screen == Screen::Programme);
    app.render_frame(now += 1.0 / 60.0);  // the card's first frame asks for its photo, and is done without it
    const auto& drawn = app.ui().pictures_drawn;
    CHECK(app.pictures_decoding());
    CHECK(std::count(drawn.begin(), drawn.end(), "photos/foto.png") == 0);
    CHECK(kiosk.visible(kiosk.app().pack().texts.get("programme.back")));
    app.wait_for_background();
    app.render_frame(now += 1.0 / 60.0);
    CHECK_FALSE(app.pictures_decoding());
    CHECK(std::count(drawn.begin(), drawn.end(), "photos/foto.png") == 1);
    fs::remove_all(dir);
}

TEST_CASE("Uitleg mbo opens from every screen and returns to where the visitor was, answers kept") {
    HeadlessKiosk kiosk(test::headless_options(1080, 1920), test::kStartTime);
    const Content& content = kiosk.app().pack();
    const Session& session = kiosk.app().kiosk().session();
    const std::string open = content.texts.get("explain.open"), back = content.texts.get("explain.back");
    CHECK(content.explain_cards.size() >= 8);
    REQUIRE(kiosk.tap(open));
    REQUIRE(session.screen == Screen::Explain);
    CHECK(kiosk.screenshot(test::shot_path("explain-portrait")));
    REQUIRE(kiosk.tap(back));
    CHECK(session.screen == Screen::Attract);

    REQUIRE(kiosk.tap(content.texts.get("attract.start")));
    REQUIRE(kiosk.tap(content.questions[0].options[1].text));  // on to question 2
    REQUIRE(kiosk.tap(open));
    REQUIRE(kiosk.tap(back));
    CHECK(session.screen == Screen::Question);
    CHECK(session.question == 1);
    CHECK(session.answers.picked[0] == std::vector<int>{1});
    test::answer_all_questions(kiosk, "", 1);
    REQUIRE(session.screen == Screen::Results);
    REQUIRE(kiosk.tap(open));
    REQUIRE(kiosk.tap(back));
    CHECK(session.screen == Screen::Results);
    CHECK(session.answers.picked[0] == std::vector<int>{1});
}

TEST_CASE("Uitleg mbo in landscape") {
    HeadlessKiosk kiosk(test::headless_options(1920, 1080), test::kStartTime);
    REQUIRE(kiosk.tap(kiosk.app().pack().texts.get("explain.open")));
    CHECK(kiosk.screenshot(test::shot_path("explain-landscape")));
}

TEST_CASE("Meer lezen shows a card's details on screen, Minder hides them, they stay during the visit and a wipe forgets them") {
    HeadlessKiosk kiosk(test::headless_options(1080, 1920), test::kStartTime);
    const Content& content = kiosk.app().pack();
    const Session& session = kiosk.app().kiosk().session();
    const std::string more = content.texts.get("explain.more"), less = content.texts.get("explain.less");
    const ExplainCard& first = content.explain_cards.at(0);
    REQUIRE(kiosk.tap(content.texts.get("attract.start")));
    REQUIRE(kiosk.tap(content.texts.get("explain.open")));
    CHECK(kiosk.shows_text(first.text));
    CHECK_FALSE(kiosk.shows_text(first.more));
    const HitTarget* button = kiosk.target(more);
    REQUIRE(button);
    CHECK(button->max.y - button->min.y >= kiosk.app().ui().frame.metrics.mm * 12 - 0.5f);

    REQUIRE(kiosk.tap(more));  // the first card's
    CHECK(session.explain_more == std::vector<int>{0});
    CHECK(kiosk.shows_text(first.more));
    CHECK(kiosk.visible(less));
    CHECK(kiosk.app().ui().frame.overflows.empty());

    // Still open after a look at the question, and in another language.
    REQUIRE(kiosk.tap(content.texts.get("explain.back")));
    REQUIRE(session.screen == Screen::Question);
    REQUIRE(kiosk.tap(content.texts.get("explain.open")));
    CHECK(kiosk.shows_text(first.more));
    REQUIRE(kiosk.tap(content.texts.get("language.choose")));
    REQUIRE(kiosk.tap(test::language_name(kiosk, "en")));
    const Content& english = kiosk.app().kiosk().content();
    REQUIRE(session.screen == Screen::Explain);
    CHECK(kiosk.shows_text(english.explain_cards.at(0).more));
    REQUIRE(kiosk.tap(english.texts.get("explain.less")));
    CHECK_FALSE(kiosk.shows_text(english.explain_cards.at(0).more));
    CHECK(session.explain_more.empty());

    // Open again, then the visitor walks away: the next one finds every card closed.
    REQUIRE(kiosk.tap(english.texts.get("explain.more")));
    REQUIRE(session.explain_more == std::vector<int>{0});
    kiosk.advance(content.event.idle_seconds + content.event.countdown_seconds + 1);
    REQUIRE(session.screen == Screen::Attract);
    CHECK(session.explain_more.empty());
    REQUIRE(kiosk.tap(content.texts.get("explain.open")));
    CHECK(kiosk.shows_text(first.text));
    CHECK_FALSE(kiosk.shows_text(first.more));
    CHECK(kiosk.visible(more));
    CHECK_FALSE(kiosk.visible(less));
}

// Screenshots to look at: the details open on the first cards, portrait and landscape, in Dutch
// and in Arabic (right to left: the picture and the button stand where reading starts).
TEST_CASE("Uitleg mbo with its details open fits portrait and landscape, in Dutch and in Arabic") {
    for (const auto& [width, height, orientation] : {std::tuple{1080, 1920, "portrait"}, std::tuple{1920, 1080, "landscape"}}) {
        for (const std::string code : {"nl", "ar"}) {
            INFO(code << " " << orientation);
            HeadlessKiosk kiosk(test::headless_options(width, height), test::kStartTime);
            if (code != "nl") REQUIRE(kiosk.tap(test::language_name(kiosk, code)));
            const Content& content = kiosk.app().kiosk().content();
            REQUIRE(kiosk.tap(content.texts.get("explain.open")));
            REQUIRE(kiosk.tap(content.texts.get("explain.more")));
            CHECK(kiosk.shows_text(content.explain_cards.at(0).more));
            const UiFrame& frame = kiosk.app().ui().frame;
            for (const std::string& text : frame.overflows) {
                INFO("does not fit its box: " << text);
                CHECK(false);
            }
            // The details stand inside the screen, beside the picture, never under the footer.
            for (const HitTarget& text : frame.texts) {
                INFO(text.label);
                CHECK(text.min.x >= 0);
                CHECK(text.max.x <= frame.metrics.width + 0.5f);
            }
            CHECK(kiosk.screenshot(test::shot_path("explain-more-" + code + "-" + orientation)));
            // The next card's, further down the list: a drag brings it up.
            REQUIRE(test::tap_scrolling(kiosk, content.texts.get("explain.more")));
            CHECK(kiosk.app().kiosk().session().explain_more == std::vector<int>{0, 1});
            CHECK(kiosk.shows_text(content.explain_cards.at(1).more));
        }
    }
}

TEST_CASE("Three programmes side by side from the results, a fourth cannot be added, back to the results") {
    for (const auto& [width, height, name] : {std::tuple{1080, 1920, "portrait"}, std::tuple{1920, 1080, "landscape"}}) {
        HeadlessKiosk kiosk(test::headless_options(width, height), test::kStartTime);
        const Content& content = kiosk.app().pack();
        const Session& session = kiosk.app().kiosk().session();
        REQUIRE(kiosk.tap(content.texts.get("attract.start")));
        test::answer_all_questions(kiosk);
        REQUIRE(session.screen == Screen::Results);
        std::vector<std::string> names;
        for (const Match& match : session.ranking.fits) names.push_back(content.programmes[static_cast<std::size_t>(match.programme)].name);
        auto label = [&](const char* key, const std::string& programme) { return content.texts.format(key, {{"naam", programme}}); };
        // Scrolls the results down a little at a time until the button shows, as a pupil would.
        auto tap_scrolling = [&](const std::string& text) {
            for (int tries = 0; tries < 8; ++tries) {
                if (kiosk.tap(text)) return true;
                const float x = static_cast<float>(width) / 2, y = static_cast<float>(height) * 0.6f;
                kiosk.drag(x, y, x, y - static_cast<float>(height) * 0.25f, 0.4);
                kiosk.advance(2);
            }
            return false;
        };
        REQUIRE(tap_scrolling(label("results.compare_on", names[0])));
        CHECK_FALSE(kiosk.visible(content.texts.format("results.compare_go", {{"aantal", "1"}})));  // one is no comparison
        REQUIRE(tap_scrolling(label("results.compare_on", names[1])));
        REQUIRE(tap_scrolling(label("results.compare_on", names[2])));
        CHECK(session.compare.size() == 3);
        // Three is the most: a fourth is refused in words, not ignored.
        REQUIRE(tap_scrolling(label("results.compare_on", names[3])));
        CHECK(session.compare.size() == 3);
        CHECK(kiosk.shows_text(content.texts.format("results.compare_full", {{"aantal", "3"}})));
        CHECK(kiosk.app().ui().frame.targets.size() > 0);
        REQUIRE(tap_scrolling(label("results.compare_off", names[2])));
        CHECK(session.compare.size() == 2);
        REQUIRE(tap_scrolling(label("results.compare_on", names[2])));
        REQUIRE(kiosk.tap(content.texts.format("results.compare_go", {{"aantal", "3"}})));
        REQUIRE(session.screen == Screen::Compare);
        CHECK(kiosk.screenshot(test::shot_path(std::string("compare-") + name)));
        REQUIRE(kiosk.tap(content.texts.get("compare.back")));
        CHECK(session.screen == Screen::Results);
        CHECK(session.compare.size() == 3);
    }
}

TEST_CASE("Browsing the whole offer without the questions: filters narrow the list, cards open, back to the list") {
    HeadlessKiosk kiosk(test::headless_options(1080, 1920), test::kStartTime);
    const Content& content = kiosk.app().pack();
    const Session& session = kiosk.app().kiosk().session();
    REQUIRE(kiosk.tap(content.texts.get("browse.open")));
    REQUIRE(session.screen == Screen::Browse);
    CHECK(browse_programmes(content, session.browse).size() == content.programmes.size());
    CHECK(kiosk.screenshot(test::shot_path("browse-all")));
    // Zorg en welzijn, level 3, BBL: the filters are folded into one button first.
    const Domain* care = content.domain("79140");
    REQUIRE(care);
    CHECK_FALSE(kiosk.visible(care->name));
    REQUIRE(kiosk.tap(content.texts.get("browse.filter")));
    REQUIRE(kiosk.tap(care->name));
    REQUIRE(kiosk.tap(content.texts.format("compare.level_value", {{"niveau", "3"}})));
    REQUIRE(kiosk.tap(content.texts.get("leerweg.bbl")));
    const std::vector<int> found = browse_programmes(content, session.browse);
    REQUIRE_FALSE(found.empty());
    for (int index : found) {
        const Programme& p = content.programmes[static_cast<std::size_t>(index)];
        CHECK(p.domain == "79140");
        CHECK(p.level == 3);
        CHECK(p.bbl);
    }
    CHECK(kiosk.screenshot(test::shot_path("browse-filtered")));
    // Folded again, the button says how many filters are on.
    REQUIRE(kiosk.tap(content.texts.get("browse.filter_close")));
    CHECK(kiosk.visible(content.texts.format("browse.filter_on", {{"aantal", "3"}})));
    const Programme& first = content.programmes[static_cast<std::size_t>(found.front())];
    REQUIRE(kiosk.tap(first.name));
    REQUIRE(session.screen == Screen::Programme);
    REQUIRE(kiosk.tap(content.texts.get("browse.back_to_list")));
    CHECK(session.screen == Screen::Browse);
    CHECK(session.browse.level == 3);  // the filter is kept
    // On to the questions from here.
    REQUIRE(kiosk.tap(content.texts.get("browse.to_questions")));
    CHECK(session.screen == Screen::Question);
}

namespace {
// "Kans op werk: groot" as the card says it.
std::string band_text(const Content& content, const Programme& p, const std::string& column) {
    const std::optional<Band> band = programme_band(p, column);
    REQUIRE(band);
    return content.texts.format("programme." + column, {{"waarde", content.texts.get("programme." + column + "_" + band_word(*band))}});
}

// From the attract screen through the questions to the first programme's card.
const Programme& open_first_card(HeadlessKiosk& kiosk) {
    const Content& content = kiosk.app().pack();
    REQUIRE(kiosk.tap(content.texts.get("attract.start")));
    test::answer_all_questions(kiosk);
    const Session& session = kiosk.app().kiosk().session();
    REQUIRE(session.screen == Screen::Results);
    const Programme& p = content.programmes[static_cast<std::size_t>(session.ranking.fits.front().programme)];
    REQUIRE(kiosk.tap(content.texts.format("results.open", {{"naam", p.name}})));
    REQUIRE(session.screen == Screen::Programme);
    return p;
}
}  // namespace

TEST_CASE("The programme card shows every topic, grouped, with today at the open day and the location's address") {
    for (const auto& [width, height, name] : {std::tuple{1080, 1920, "card-portrait"}, std::tuple{1920, 1080, "card-landscape"}}) {
        HeadlessKiosk kiosk(test::headless_options(width, height), test::kStartTime);
        const Content& content = kiosk.app().pack();
        const Programme& p = open_first_card(kiosk);
        INFO(name << " " << p.crebo << " " << p.name);
        CHECK(kiosk.screenshot(test::shot_path(name)));
        for (const char* group : {"programme.group_programme", "programme.group_you", "programme.group_place", "programme.group_after",
                                  "programme.teachers", "programme.choices", "programme.admission", "programme.needs", "programme.department",
                                  "programme.location", "programme.what_you_do", "programme.how_you_learn", "programme.internship",
                                  "programme.assessment", "programme.jobs", "programme.onwards", "today.title"})
            CHECK(kiosk.shows(content.texts.get(group)));
        for (const std::string* text : {&p.card.department, &p.card.teachers, &p.card.admission, &p.card.choices, &p.card.needs,
                                        &p.card.what_you_do, &p.card.how_you_learn, &p.card.internship, &p.card.assessment,
                                        &p.card.jobs, &p.card.onwards})
            CHECK(kiosk.shows(*text));
        const Location* location = content.location(p.location);
        REQUIRE(location);
        CHECK(kiosk.shows(location->name + ", " + location->address));
        for (const char* band : {"werkkans", "loon", "contact"}) CHECK(kiosk.shows(band_text(content, p, band)));
        const TodayAtEvent* today = content.today(p);
        REQUIRE(today);
        CHECK(kiosk.shows(today->what));
        CHECK(kiosk.shows(today->where));
        CHECK(kiosk.shows(today->when));
        for (const std::string& text : kiosk.app().ui().frame.overflows) {
            INFO("does not fit its box: " << text);
            CHECK(false);
        }
        // The rest of the card, a screen at a time, for a person to look at.
        for (int page = 2; page <= 3; ++page) {
            const float x = static_cast<float>(width) / 2, y = static_cast<float>(height) * 0.8f;
            kiosk.drag(x, y, x, y - static_cast<float>(height) * 0.6f, 0.6);
            kiosk.advance(3);
            CHECK(kiosk.screenshot(test::shot_path(std::string(name) + "-" + std::to_string(page))));
        }
    }
}

TEST_CASE("Comparing shows admission, what you need, choices, department and address, and job chances and pay") {
    for (const auto& [width, height, name] : {std::tuple{1080, 1920, "compare-facts-portrait"}, std::tuple{1920, 1080, "compare-facts-landscape"}}) {
        HeadlessKiosk kiosk(test::headless_options(width, height), test::kStartTime);
        const Content& content = kiosk.app().pack();
        const Session& session = kiosk.app().kiosk().session();
        REQUIRE(kiosk.tap(content.texts.get("attract.start")));
        test::answer_all_questions(kiosk);
        std::vector<const Programme*> compared;
        for (std::size_t i = 0; i < 2; ++i) {
            const Programme& p = content.programmes[static_cast<std::size_t>(session.ranking.fits[i].programme)];
            REQUIRE(test::tap_scrolling(kiosk, content.texts.format("results.compare_on", {{"naam", p.name}})));
            compared.push_back(&p);
        }
        REQUIRE(kiosk.tap(content.texts.format("results.compare_go", {{"aantal", "2"}})));
        REQUIRE(session.screen == Screen::Compare);
        CHECK(kiosk.screenshot(test::shot_path(name)));
        for (const char* row : {"compare.admission", "compare.needs", "compare.choices", "compare.place", "compare.prospects"})
            CHECK(kiosk.shows(content.texts.get(row)));
        for (const Programme* p : compared) {
            INFO(p->name);
            CHECK(kiosk.shows(p->card.admission));
            CHECK(kiosk.shows(p->card.needs));
            CHECK(kiosk.shows(p->card.choices));
            CHECK(kiosk.shows(p->card.department));
            CHECK(kiosk.shows(content.location(p->location)->address));
            CHECK(kiosk.shows(band_text(content, *p, "werkkans")));
            CHECK(kiosk.shows(band_text(content, *p, "loon")));
        }
        CHECK(kiosk.app().ui().frame.overflows.empty());
    }
}

TEST_CASE("Vandaag op de open dag stands under each programme on the results and for the favourite on the finish screen") {
    HeadlessKiosk kiosk(test::headless_options(1080, 1920), test::kStartTime);
    const Content& content = kiosk.app().pack();
    const Session& session = kiosk.app().kiosk().session();
    const Programme& p = open_first_card(kiosk);
    REQUIRE(kiosk.tap(content.texts.get("programme.favourite")));
    REQUIRE(kiosk.tap(content.texts.get("programme.back")));
    REQUIRE(session.screen == Screen::Results);
    for (const Match* match : shown_matches(session.ranking)) {
        const Programme& shown = content.programmes[static_cast<std::size_t>(match->programme)];
        const TodayAtEvent* today = content.today(shown);
        REQUIRE(today);
        INFO(shown.name);
        CHECK(kiosk.shows(content.texts.format("today.line", {{"waar", today->where}, {"tijd", today->when}})));
    }
    CHECK(kiosk.screenshot(test::shot_path("results-today")));
    test::reflect_and_finish(kiosk);
    REQUIRE(session.screen == Screen::Finish);
    CHECK(kiosk.shows(content.texts.format("today.finish_title", {{"naam", p.name}})));
    CHECK(kiosk.shows(content.today(p)->what));
    CHECK(kiosk.screenshot(test::shot_path("finish-today")));
}
