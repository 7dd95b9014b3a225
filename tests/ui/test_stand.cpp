// Built for the stand: on a portrait floor stand every control a visitor needs stands between 80
// and 140 cm above the floor (kiosk.ini [reach]), the screen's lower half is used, and "Stoppen"
// asks first. Headless, at 1080x1920, with the screen of docs/operations.md's worked example.
#include <catch2/catch.hpp>

#include <algorithm>

#include "config/kiosk_config.h"
#include "support/kiosk_fixture.h"

using namespace kiosk;

namespace {

std::string text(const HeadlessKiosk& kiosk, const std::string& key) { return kiosk.app().kiosk().content().texts.get(key); }

// A 32" portrait screen on a floor stand, the lower edge of its picture at 70 cm.
AppOptions stand_options(std::optional<ScreenMount> reach) {
    AppOptions options = test::headless_options(1080, 1920);
    options.reach = reach;
    return options;
}

ScreenMount worked_example() {
    ScreenMount mount;
    mount.bottom_cm = 70;
    mount.diagonal_inch = 32;
    return mount;
}

// Every hit target of the frame lies in the reach band; returns the lowest target's bottom edge.
float all_in_band(const HeadlessKiosk& kiosk, const std::string& screen) {
    const Metrics& m = kiosk.app().ui().frame.metrics;
    const auto& targets = kiosk.app().ui().frame.targets;
    INFO("screen " << screen << ", band " << m.reach_top << ".." << m.reach_bottom);
    REQUIRE_FALSE(targets.empty());
    float lowest = 0;
    for (const HitTarget& t : targets) {
        INFO("button '" << t.label << "' " << t.min.y << ".." << t.max.y);
        CHECK(t.min.y >= m.reach_top - 0.5f);
        CHECK(t.max.y <= m.reach_bottom + 0.5f);
        lowest = std::max(lowest, t.max.y);
    }
    CHECK(kiosk.screenshot(test::shot_path("stand-" + screen)));
    return lowest;
}

void walk_in_band(HeadlessKiosk& kiosk, const std::string& name) {
    const Metrics& m = kiosk.app().ui().frame.metrics;
    const Session& session = kiosk.app().kiosk().session();
    all_in_band(kiosk, name + "-attract");
    // The ways in stand in the lower part, not the top third.
    const HitTarget* start = kiosk.target(text(kiosk, "attract.start"));
    REQUIRE(start);
    CHECK(start->min.y > m.height / 3);

    REQUIRE(kiosk.tap(text(kiosk, "attract.start")));
    const float lowest = all_in_band(kiosk, name + "-question");
    CHECK(lowest > m.height * 0.5f);  // the lower half is used: the footer stands there
    // The answers too: the last tile reaches into the lower half.
    const Question& first = kiosk.app().kiosk().content().questions[0];
    const HitTarget* last_tile = kiosk.target(first.options.back().text);
    REQUIRE(last_tile);
    CHECK(last_tile->max.y > m.height * 0.5f);
    CHECK(kiosk.visible(text(kiosk, "common.stop")));
    CHECK(kiosk.visible(text(kiosk, "explain.open")));

    REQUIRE(kiosk.tap(text(kiosk, "common.stop")));
    REQUIRE(session.asking_stop);
    all_in_band(kiosk, name + "-stop-question");
    REQUIRE(kiosk.tap(text(kiosk, "stand.stop_no")));
    CHECK(session.screen == Screen::Question);

    test::answer_all_questions(kiosk);
    REQUIRE(session.screen == Screen::Results);
    all_in_band(kiosk, name + "-results");
    // Two to compare: the compare bar and the footer both fit, the footer unclipped.
    const int a = session.ranking.fits[0].programme, b = session.ranking.fits[1].programme;
    const std::string compare_a = kiosk.app().kiosk().content().texts.format("results.compare_on", {{"naam", kiosk.app().kiosk().content().programmes[static_cast<std::size_t>(a)].name}});
    const std::string compare_b = kiosk.app().kiosk().content().texts.format("results.compare_on", {{"naam", kiosk.app().kiosk().content().programmes[static_cast<std::size_t>(b)].name}});
    REQUIRE(test::tap_scrolling(kiosk, compare_a));
    REQUIRE(test::tap_scrolling(kiosk, compare_b));
    REQUIRE(session.compare.size() == 2);
    all_in_band(kiosk, name + "-results-compare");
    const HitTarget* take_home = kiosk.target(text(kiosk, "results.take_home"));
    REQUIRE(take_home);
    CHECK_FALSE(take_home->clipped);
    CHECK(take_home->max.y - take_home->min.y >= m.min_target - 0.5f);

    // The card: "Uitleg mbo" stays in its footer after the favourite is chosen.
    // The second one's card: the list is scrolled to it (tap_scrolling only scrolls on, down the list).
    const std::string open = kiosk.app().kiosk().content().texts.format("results.open", {{"naam", kiosk.app().kiosk().content().programmes[static_cast<std::size_t>(b)].name}});
    REQUIRE(test::tap_scrolling(kiosk, open));
    REQUIRE(session.screen == Screen::Programme);
    all_in_band(kiosk, name + "-card");
    REQUIRE(kiosk.tap(text(kiosk, "programme.favourite")));
    CHECK(session.favourite == b);
    CHECK(kiosk.visible(text(kiosk, "programme.favourite_on")));
    CHECK(kiosk.visible(text(kiosk, "explain.open")));
    all_in_band(kiosk, name + "-card-favourite");
}

}  // namespace

TEST_CASE("On a portrait floor stand (lower edge at 70 cm) every visitor control stands between 80 and 140 cm") {
    HeadlessKiosk kiosk(stand_options(worked_example()), test::kStartTime);
    const Metrics& m = kiosk.app().ui().frame.metrics;
    CHECK(m.reach_top == Approx(22.8f).margin(0.5));
    CHECK(m.reach_bottom == Approx(1649).margin(1));
    walk_in_band(kiosk, "70cm");
}

TEST_CASE("Without a reach section a portrait stand keeps every visitor control out of the top 29 percent") {
    HeadlessKiosk kiosk(stand_options(std::nullopt), test::kStartTime);
    const Metrics& m = kiosk.app().ui().frame.metrics;
    CHECK(m.reach_top == Approx(565).margin(1));
    CHECK(m.reach_bottom == 1920);
    walk_in_band(kiosk, "default");
}

TEST_CASE("On the stand the offer opens with its filters folded into one button, so the list fills the screen") {
    HeadlessKiosk kiosk(stand_options(std::nullopt), test::kStartTime);
    const Session& session = kiosk.app().kiosk().session();
    REQUIRE(kiosk.tap(text(kiosk, "browse.open")));
    REQUIRE(session.screen == Screen::Browse);
    all_in_band(kiosk, "browse");
    CHECK_FALSE(kiosk.visible(text(kiosk, "browse.all_domains")));
    // Most of the screen shows programmes: at least eight of them at once.
    int shown = 0;
    for (const Programme& p : kiosk.app().kiosk().content().programmes)
        if (kiosk.visible(p.name)) ++shown;
    CHECK(shown >= 8);
    REQUIRE(kiosk.tap(text(kiosk, "browse.filter")));
    CHECK(session.filters_open);
    CHECK(kiosk.visible(text(kiosk, "browse.all_domains")));
    all_in_band(kiosk, "browse-filters");
    REQUIRE(kiosk.tap(text(kiosk, "browse.filter_close")));
    CHECK_FALSE(session.filters_open);
}

TEST_CASE("The staff PIN pad does not move when the wrong-PIN line appears") {
    AppOptions options = stand_options(std::nullopt);
    options.kiosk.staff_pin_hash = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$ZmFrZWhhc2g";  // no PIN matches it
    HeadlessKiosk kiosk(options, test::kStartTime);
    const Metrics& m = kiosk.app().ui().frame.metrics;
    for (int i = 0; i < 5; ++i) kiosk.tap_at(m.width - m.mm * 5, m.mm * 5);
    REQUIRE(kiosk.app().kiosk().staff().view == StaffView::Pin);
    REQUIRE(kiosk.tap("1"));
    const HitTarget* one = kiosk.target("1");
    REQUIRE(one);
    const float before = one->min.y;
    REQUIRE(kiosk.tap(text(kiosk, "staff.pin_ok")));
    REQUIRE_FALSE(kiosk.app().kiosk().staff().pin_message.empty());
    const HitTarget* after = kiosk.target("1");
    REQUIRE(after);
    CHECK(after->min.y == before);
    CHECK(kiosk.screenshot(test::shot_path("stand-pin-wrong")));
}

TEST_CASE("The stand's screens in Dutch and Arabic, portrait and landscape: every control in the band, photographed") {
    static const std::string hash = hash_pin("4821");
    for (const auto& [width, height] : {std::pair{1080, 1920}, std::pair{1920, 1080}})
        for (const std::string code : {"nl", "ar"}) {
            const std::string name = (width < height ? "portrait-" : "landscape-") + code;
            AppOptions options = test::headless_options(width, height);
            options.kiosk.staff_pin_hash = hash;
            if (width < height) options.reach = worked_example();
            HeadlessKiosk kiosk(options, test::kStartTime);
            const Session& session = kiosk.app().kiosk().session();
            if (code != "nl") REQUIRE(kiosk.tap(test::language_name(kiosk, code)));
            all_in_band(kiosk, name + "-1-attract");
            REQUIRE(kiosk.tap(text(kiosk, "attract.start")));
            all_in_band(kiosk, name + "-2-question");
            REQUIRE(kiosk.tap(text(kiosk, "common.stop")));
            all_in_band(kiosk, name + "-3-stop");
            REQUIRE(kiosk.tap(text(kiosk, "stand.stop_no")));
            test::answer_all_questions(kiosk);
            REQUIRE(session.screen == Screen::Results);
            all_in_band(kiosk, name + "-4-results");
            const Content& content = kiosk.app().kiosk().content();
            const Programme& first = content.programmes[static_cast<std::size_t>(session.ranking.fits[0].programme)];
            REQUIRE(test::tap_scrolling(kiosk, content.texts.format("results.open", {{"naam", first.name}})));
            REQUIRE(kiosk.tap(text(kiosk, "programme.favourite")));
            all_in_band(kiosk, name + "-5-card");
            REQUIRE(kiosk.tap(text(kiosk, "programme.back")));
            REQUIRE(kiosk.tap(text(kiosk, "common.back")));  // the results, then back to the last question
            // The offer, from the attract screen.
            while (session.screen != Screen::Attract) {
                if (session.screen == Screen::Question) {
                    REQUIRE(kiosk.tap(text(kiosk, "common.stop")));
                    REQUIRE(kiosk.tap(text(kiosk, "stand.stop_yes")));
                } else {
                    REQUIRE(kiosk.tap(text(kiosk, "common.back")));
                }
            }
            if (code != "nl") REQUIRE(kiosk.tap(test::language_name(kiosk, code)));
            REQUIRE(kiosk.tap(text(kiosk, "browse.open")));
            all_in_band(kiosk, name + "-6-browse");
            REQUIRE(kiosk.tap(text(kiosk, "browse.filter")));
            all_in_band(kiosk, name + "-7-browse-filters");
            REQUIRE(kiosk.tap(text(kiosk, "common.back")));
            // The staff desk's question before leaving (staff read Dutch).
            const Metrics& m = kiosk.app().ui().frame.metrics;
            for (int i = 0; i < 5; ++i) kiosk.tap_at(m.width - m.mm * 5, m.mm * 5);
            for (char digit : std::string("4821")) REQUIRE(kiosk.tap(std::string(1, digit)));
            REQUIRE(kiosk.tap(text(kiosk, "staff.pin_ok")));
            REQUIRE(test::tap_scrolling(kiosk, text(kiosk, "staff.quit")));
            all_in_band(kiosk, name + "-8-staff-quit");
            REQUIRE(kiosk.tap(text(kiosk, "staff.quit_no")));
            CHECK_FALSE(kiosk.app().kiosk().quit_requested());
        }
}
