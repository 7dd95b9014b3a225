// Pictures on the visitor's screens, the attract screen's loop of programmes, and the texture
// cache's bound, through the headless kiosk on the default content.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "pack/pack_reader.h"
#include "support/kiosk_fixture.h"
#include "ui/picture.h"

using namespace kiosk;

namespace {

const std::vector<std::string>& drawn(const HeadlessKiosk& kiosk) { return kiosk.app().ui().pictures_drawn; }

bool drew(const HeadlessKiosk& kiosk, const std::string& key) {
    return std::find(drawn(kiosk).begin(), drawn(kiosk).end(), key) != drawn(kiosk).end();
}

}  // namespace

TEST_CASE("Pictures on the visitor screens: attract, questions, results, compare, card, browse and Uitleg each draw them") {
    for (const auto& [width, height] : {std::pair{1080, 1920}, std::pair{1920, 1080}}) {
        INFO(width << "x" << height);
        {
            HeadlessKiosk kiosk(test::headless_options(width, height), test::kStartTime);
            const Content& content = kiosk.app().pack();
            const Session& session = kiosk.app().kiosk().session();
            CHECK_FALSE(drawn(kiosk).empty());  // the attract screen's programme

            REQUIRE(kiosk.tap(content.texts.get("attract.start")));
            int with_pictures = 0;
            for (std::size_t q = 0; q < content.questions.size(); ++q) {
                const Question& question = content.questions[q];
                INFO("question " << question.key);
                REQUIRE(session.screen == Screen::Question);
                // Every answer with a picture shows it beside its text (the first tiles are in view).
                if (!question.options.front().picture.empty()) {
                    ++with_pictures;
                    CHECK(drew(kiosk, question.options.front().picture));
                }
                if (question.interest) CHECK_FALSE(question.options.front().picture.empty());
                REQUIRE(kiosk.tap(question.options.front().text));
                if (question.pick > 1)
                    REQUIRE(kiosk.tap(q + 1 == content.questions.size() ? content.texts.get("question.to_results") : content.texts.get("common.next")));
            }
            CHECK(with_pictures >= 2);

            REQUIRE(session.screen == Screen::Results);
            const int first = session.ranking.fits.front().programme;
            CHECK(drew(kiosk, programme_picture_key(content, first)));
            const Programme& programme = content.programmes[static_cast<std::size_t>(first)];
            REQUIRE(kiosk.tap(content.texts.format("results.open", {{"naam", programme.name}})));
            REQUIRE(session.screen == Screen::Programme);
            CHECK(drew(kiosk, programme.picture));  // the card's header
            REQUIRE(kiosk.tap(content.texts.get("programme.back")));
            REQUIRE(session.screen == Screen::Results);
            // Compared side by side, each column under its programme's picture.
            REQUIRE(session.ranking.fits.size() >= 2);
            const int second = session.ranking.fits[1].programme;
            for (const int index : {first, second})
                REQUIRE(test::tap_scrolling(kiosk, content.texts.format("results.compare_on", {{"naam", content.programmes[static_cast<std::size_t>(index)].name}})));
            REQUIRE(kiosk.tap(content.texts.format("results.compare_go", {{"aantal", "2"}})));
            REQUIRE(session.screen == Screen::Compare);
            CHECK(drew(kiosk, programme_picture_key(content, first)));
            CHECK(drew(kiosk, programme_picture_key(content, second)));
        }
        // One headless kiosk at a time: they share SDL and ImGui.
        HeadlessKiosk kiosk(test::headless_options(width, height), test::kStartTime);
        const Content& content = kiosk.app().pack();
        const Session& session = kiosk.app().kiosk().session();
        REQUIRE(kiosk.tap(content.texts.get("explain.open")));
        REQUIRE(session.screen == Screen::Explain);
        CHECK(drew(kiosk, content.explain_cards.front().picture));
        REQUIRE(kiosk.tap(content.texts.get("explain.back")));
        REQUIRE(kiosk.tap(content.texts.get("browse.open")));
        REQUIRE(session.screen == Screen::Browse);
        const std::vector<int> offer = browse_programmes(content, session.browse);
        REQUIRE_FALSE(offer.empty());
        CHECK(drew(kiosk, content.programmes[static_cast<std::size_t>(offer.front())].picture));  // the first row
    }
}

TEST_CASE("The attract screen's loop shows another programme every few seconds and asks for no frame in between") {
    HeadlessKiosk kiosk(test::headless_options(1080, 1920), test::kStartTime);
    const App& app = kiosk.app();
    REQUIRE(drawn(kiosk).size() == 1);
    const std::string first = drawn(kiosk).front();
    // Still: the next frame is due only when the next programme starts to slide in.
    CHECK(app.seconds_until_redraw(kiosk.now()) > 2.0);
    const std::uint64_t frames = app.frames_drawn();
    std::set<std::string> seen = {first};
    // Ten loops' worth of time: every frame the kiosk draws is either a slide or the still after it.
    for (int i = 0; i < 10; ++i) {
        const double wait = app.seconds_until_redraw(kiosk.now());
        INFO("step " << i << ", waiting " << wait);
        CHECK(wait > 1.0);
        kiosk.advance(wait + 0.001);  // into the slide: frames at the display's rate
        CHECK(app.seconds_until_redraw(kiosk.now()) == Approx(1.0 / 60).margin(1e-6));
        kiosk.advance(0.5);  // through the slide, to the still again
        REQUIRE(drawn(kiosk).size() == 1);
        seen.insert(drawn(kiosk).front());
    }
    CHECK(seen.size() >= 8);  // programmes of different domains, not the same one again
    // About 0.4 s of slide at 60 frames a second per programme, and nearly nothing in between:
    // far below a screen redrawn at a steady rate.
    const std::uint64_t drawn_frames = app.frames_drawn() - frames;
    CHECK(drawn_frames >= 10 * 20);
    CHECK(drawn_frames <= 10 * 40);
}

TEST_CASE("The picture cache stays within its bound in bytes while the whole offer scrolls past") {
    HeadlessKiosk kiosk(test::headless_options(1080, 1920), test::kStartTime);
    const Content& content = kiosk.app().pack();
    REQUIRE(kiosk.tap(content.texts.get("browse.open")));
    const PictureCache& cache = kiosk.app().pictures();
    const Metrics& m = kiosk.app().ui().frame.metrics;
    const std::vector<int> offer = browse_programmes(content, kiosk.app().kiosk().session().browse);
    REQUIRE(offer.size() == content.programmes.size());
    const std::string last = content.programmes[static_cast<std::size_t>(offer.back())].picture;  // the bottom row's
    std::set<std::string> seen;
    for (int i = 0; i < 60 && !drew(kiosk, last); ++i) {
        seen.insert(drawn(kiosk).begin(), drawn(kiosk).end());
        CHECK(cache.bytes() <= cache.max_bytes());
        kiosk.drag(m.width / 2, m.height * 0.85f, m.width / 2, m.height * 0.45f, 0.4);
    }
    seen.insert(drawn(kiosk).begin(), drawn(kiosk).end());
    CHECK(drew(kiosk, last));  // scrolled to the end of the offer
    CHECK(cache.bytes() <= cache.max_bytes());
    CHECK(seen.size() >= 30);  // many pictures went through a cache that holds far fewer
    CHECK(cache.max_bytes() <= 8u << 20);
}

TEST_CASE("Pictures on 'Wil je stoppen?' (with its speaker button), on 'Ben je er nog?', the language list and the next steps") {
    for (const auto& [width, height] : {std::pair{1080, 1920}, std::pair{1920, 1080}}) {
        INFO(width << "x" << height);
        HeadlessKiosk kiosk(test::headless_options(width, height), test::kStartTime);
        Kiosk& booth = kiosk.app().kiosk();
        const Content& content = kiosk.app().pack();
        const Session& session = booth.session();
        REQUIRE(kiosk.tap(content.texts.get("attract.start")));
        REQUIRE(session.screen == Screen::Question);

        REQUIRE(kiosk.tap(content.texts.get("common.stop")));
        REQUIRE(session.asking_stop);
        CHECK(drew(kiosk, "deur"));
        CHECK(kiosk.visible(content.texts.get("speech.read")));  // the question is read aloud too
        REQUIRE(kiosk.tap(content.texts.get("stand.stop_no")));
        REQUIRE_FALSE(session.asking_stop);

        kiosk.advance(content.event.idle_seconds + 1);
        REQUIRE(kiosk.visible(content.texts.get("idle.stay")));
        CHECK(drew(kiosk, "stopwatch"));
        REQUIRE(kiosk.tap(content.texts.get("idle.stay")));

        REQUIRE(kiosk.tap(content.texts.get("language.choose")));  // the globe
        REQUIRE(session.screen == Screen::Language);
        CHECK(drew(kiosk, "taal"));
        REQUIRE(kiosk.tap(content.texts.get("common.back")));

        test::answer_all_questions(kiosk);
        REQUIRE(session.screen == Screen::Results);
        booth.apply({IntentKind::TakeHome}, kiosk.now());
        booth.apply({IntentKind::ChooseFavourite, favourite_choices(session).front()}, kiosk.now());
        while (session.screen == Screen::Reflect)
            booth.apply({IntentKind::Reflect, static_cast<int>(session.reflection), 0}, kiosk.now());
        REQUIRE(session.screen == Screen::Step);
        kiosk.settle();
        // The first steps are in view; each has a picture in the default content.
        CHECK_FALSE(content.next_steps.front().picture.empty());
        CHECK(drew(kiosk, content.next_steps.front().picture));
    }
}

TEST_CASE("The offer of a pack with 1000 programmes draws only the rows in view, and a flick brings later ones") {
    const std::string folder = test::write_temp_pack(test::pack_with_programmes(kMaxProgrammes), "thousand-programmes");
    HeadlessKiosk kiosk(test::headless_options(1080, 1920, folder), test::kStartTime);
    const Content& content = kiosk.app().pack();
    REQUIRE(content.programmes.size() == kMaxProgrammes);
    REQUIRE(kiosk.tap(content.texts.get("browse.open")));
    REQUIRE(kiosk.app().kiosk().session().screen == Screen::Browse);
    // The rows drawn (by their place in the list) are those on the screen, not a thousand.
    const std::vector<int> order = browse_programmes(content, kiosk.app().kiosk().session().browse);
    REQUIRE(order.size() == kMaxProgrammes);
    auto rows_drawn = [&] {
        std::vector<int> places;
        for (const std::string& label : kiosk.labels())
            for (std::size_t place = 0; place < order.size(); ++place)
                if (label == content.programmes[static_cast<std::size_t>(order[place])].name) places.push_back(static_cast<int>(place));
        return places;
    };
    // Every text drawn is recorded, also one scrolled out of view: a thousand names if every row were.
    auto names_drawn = [&] {
        std::size_t count = 0;
        for (const HitTarget& text : kiosk.app().ui().frame.texts)
            for (const Programme& programme : content.programmes) count += text.label == programme.name ? 1 : 0;
        return count;
    };
    CHECK(names_drawn() < 40);
    const std::vector<int> first = rows_drawn();
    REQUIRE_FALSE(first.empty());
    CHECK(first.size() < 40);
    CHECK(*std::min_element(first.begin(), first.end()) == 0);
    for (int flick = 0; flick < 3; ++flick) kiosk.drag(540, 1400, 540, 500, 0.1);
    kiosk.advance(3);  // the list coasts to a stop
    const std::vector<int> later = rows_drawn();
    CHECK(names_drawn() < 40);
    REQUIRE_FALSE(later.empty());
    CHECK(later.size() < 40);
    CHECK(*std::min_element(later.begin(), later.end()) > *std::max_element(first.begin(), first.end()));
}
