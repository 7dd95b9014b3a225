// Built for the stand: where a visitor can reach (core/reach.h, kiosk.ini [reach]), "Stoppen"
// and "Kiosk afsluiten" that ask first, and the offer's folded filters, all without a screen.
#include <catch2/catch.hpp>

#include "booth/kiosk.h"
#include "config/kiosk_config.h"
#include "core/reach.h"
#include "core/session.h"
#include "support/mini_pack.h"
#include "support/kiosk_options.h"
#include "support/paths.h"

using namespace kiosk;

namespace {

constexpr double kOpenDay = 1795860000.0;

ScreenMount mount(float bottom_cm, float diagonal_inch, float height_cm = 0) {
    ScreenMount m;
    m.bottom_cm = bottom_cm;
    m.diagonal_inch = diagonal_inch;
    m.height_cm = height_cm;
    return m;
}

}  // namespace

TEST_CASE("A 32-inch portrait screen on a floor stand, lower edge at 70 cm: the band from 80 to 140 cm in rows") {
    // docs/operations.md's worked example: a 16:9 picture 32" across is 70.8 cm tall, so it runs
    // from 70 to 140.8 cm; 80 cm is 10 cm (271 rows) above its lower edge, 140 cm just under its top.
    const ScreenMount stand = mount(70, 32);
    CHECK(picture_height_cm(stand, 1080, 1920) == Approx(70.84).epsilon(0.001));
    const ReachBand band = reach_band(stand, 1080, 1920, 400);
    CHECK(band.on_screen);
    CHECK(band.top == Approx(22.8).margin(0.5));
    CHECK(band.bottom == Approx(1649).margin(1));
}

TEST_CASE("The picture's height in cm wins over its diagonal") {
    CHECK(picture_height_cm(mount(70, 32, 50), 1080, 1920) == Approx(50));
    const ReachBand band = reach_band(mount(100, 32, 50), 1080, 1920, 100);
    // 100..150 cm: 140 cm is 10 cm under the top (384 rows), 80 cm under the screen.
    CHECK(band.top == Approx(384).margin(0.5));
    CHECK(band.bottom == Approx(1920));
}

TEST_CASE("A screen wholly inside the reach range needs nothing: the band is the whole screen") {
    // A 21" landscape screen on a table, lower edge at 85 cm: 85 to 111 cm.
    const ReachBand band = reach_band(mount(85, 21), 1920, 1080, 300);
    CHECK(band.on_screen);
    CHECK(band.top == 0);
    CHECK(band.bottom == 1080);
}

TEST_CASE("A screen partly above the range keeps its controls in the lower part, widened to what they need") {
    // Lower edge at 120 cm: only the rows from 140 cm down (the lower 28 %) are in the range.
    const ReachBand narrow = reach_band(mount(120, 32), 1080, 1920, 400);
    CHECK(narrow.top == Approx(1920 - 20 / 70.84 * 1920).margin(1));
    CHECK(narrow.bottom == 1920);
    // Asking for more rows than that widens the band upwards from the lower edge, nearest the range.
    const ReachBand wide = reach_band(mount(120, 32), 1080, 1920, 864);
    CHECK(wide.top == Approx(1920 - 864));
    CHECK(wide.bottom == 1920);
    CHECK(wide.on_screen);
}

TEST_CASE("A screen wholly above or below the range puts its controls at the edge nearest to it") {
    const ReachBand high = reach_band(mount(150, 32), 1080, 1920, 800);
    CHECK_FALSE(high.on_screen);
    CHECK(high.top == Approx(1120));
    CHECK(high.bottom == Approx(1920));
    // A screen lying low (a low table, its top at 60 cm): the controls at its top edge.
    const ReachBand low = reach_band(mount(20, 0, 40), 1920, 1080, 500);
    CHECK_FALSE(low.on_screen);
    CHECK(low.top == 0);
    CHECK(low.bottom == Approx(500));
}

TEST_CASE("Without a reach section a portrait screen is taken as a 32-inch floor stand, a landscape screen as a table top") {
    const auto portrait = default_mount(1080, 1920);
    REQUIRE(portrait);
    CHECK(portrait->bottom_cm == 90);
    CHECK(portrait->diagonal_inch == 32);
    const ReachBand band = reach_band(*portrait, 1080, 1920, 0);
    CHECK(band.top == Approx(1920 - 50 / 70.84 * 1920).margin(1));  // the top 29 % is out of reach
    CHECK(band.bottom == 1920);
    CHECK_FALSE(default_mount(1920, 1080));
}

TEST_CASE("The reach section of kiosk.ini is read, with a decimal comma as Dutch writes it") {
    std::vector<Problem> problems;
    const KioskConfig config = read_kiosk_config("[reach]\nscreen_bottom_cm = 70,5\nscreen_diagonal_inch = 32\n", "kiosk.ini", problems);
    CHECK(problems.empty());
    REQUIRE(config.reach);
    CHECK(config.reach->bottom_cm == Approx(70.5));
    CHECK(config.reach->diagonal_inch == 32);
    CHECK_FALSE(read_kiosk_config("[usb]\nwatch = /media\n", "kiosk.ini", problems).reach);
}

TEST_CASE("Bad reach values are named in Dutch with their file and line, and nothing is guessed") {
    std::vector<Problem> problems;
    const KioskConfig config = read_kiosk_config("[reach]\nscreen_bottom_cm = hoog\nscreen_diagonal_inch = 500\nscreen_heigth_cm = 40\n", "kiosk.ini", problems);
    CHECK_FALSE(config.reach);
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].line == 2);
    CHECK(problems[0].severity == Problem::Severity::Error);
    CHECK(problems[0].message.find("screen_bottom_cm = hoog kan niet") != std::string::npos);
    CHECK(to_string(problems[0]).rfind("kiosk.ini:2:", 0) == 0);
    CHECK(problems[1].line == 3);
    CHECK(problems[1].message.find("tussen 7 en 120") != std::string::npos);
    CHECK(problems[2].line == 4);  // a typing error in a key is a warning that names it
    CHECK(problems[2].severity == Problem::Severity::Warning);
    CHECK(problems[2].message.find("screen_heigth_cm") != std::string::npos);

    problems.clear();
    CHECK_FALSE(read_kiosk_config("\n[reach]\nscreen_diagonal_inch = 32\n", "kiosk.ini", problems).reach);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].line == 2);  // the section's line: the height above the floor is missing
    CHECK(problems[0].message.find("screen_bottom_cm") != std::string::npos);
    problems.clear();
    CHECK_FALSE(read_kiosk_config("[reach]\nscreen_bottom_cm = 80\n", "kiosk.ini", problems).reach);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message.find("screen_diagonal_inch") != std::string::npos);
}

TEST_CASE("Stoppen asks first: nothing is wiped until 'Ja, stoppen', and 'Nee, verder' goes on where the visitor was") {
    const Content c = test::mini_content();
    Session s;
    start(s, c, 1000.0);
    pick(s, c, 0, 1001.0);
    move_on(s, c, 1001.5);  // the chosen answer has been on show: on to the next question
    const Session before = s;
    CHECK(apply(s, c, {IntentKind::Stop}, 1002.0) == Flow::Stay);
    CHECK(s.asking_stop);
    CHECK(s.answers == before.answers);
    // While asked, the screen under the question cannot be used.
    CHECK(apply(s, c, {IntentKind::Pick, 0}, 1003.0) == Flow::Stay);
    CHECK(apply(s, c, {IntentKind::Back}, 1003.5) == Flow::Stay);
    CHECK(s.question == before.question);
    CHECK(s.answers == before.answers);
    CHECK(apply(s, c, {IntentKind::CancelStop}, 1004.0) == Flow::Stay);
    CHECK_FALSE(s.asking_stop);
    CHECK(s.screen == Screen::Question);
    CHECK(s.last_touch == 1004.0);
    apply(s, c, {IntentKind::Stop}, 1005.0);
    CHECK(apply(s, c, {IntentKind::ConfirmStop}, 1006.0) == Flow::EndVisit);
    // "Ja, stoppen" without the question (a stale tap) does nothing.
    Session fresh;
    start(fresh, c, 1000.0);
    CHECK(apply(fresh, c, {IntentKind::ConfirmStop}, 1001.0) == Flow::Stay);
}

TEST_CASE("A Kiosk forgets the visitor only after 'Ja, stoppen'") {
    Kiosk kiosk(test::kiosk_options(test::content_dir()), kOpenDay);
    double now = kOpenDay;
    kiosk.apply({IntentKind::StartAlone}, now += 1);
    kiosk.apply({IntentKind::Pick, 0}, now += 1);
    kiosk.apply({IntentKind::Stop}, now += 1);
    CHECK(kiosk.session().asking_stop);
    CHECK(kiosk.session().screen == Screen::Question);
    kiosk.apply({IntentKind::ConfirmStop}, now += 1);
    CHECK(kiosk.visit() == Visit{});
}

TEST_CASE("The staff desk asks before 'Kiosk afsluiten', and nothing else on the desk counts meanwhile") {
    KioskOptions options = test::kiosk_options(test::content_dir());
    options.staff_pin_hash = hash_pin("2468");
    Kiosk kiosk(options, kOpenDay);
    double now = kOpenDay;
    for (int tap = 0; tap < 5; ++tap) kiosk.apply({IntentKind::StaffCorner}, now += 0.2);
    for (int digit : {2, 4, 6, 8}) kiosk.apply({IntentKind::PinDigit, digit}, now += 0.2);
    kiosk.apply({IntentKind::CheckPin}, now += 0.2);
    REQUIRE(kiosk.staff().view == StaffView::Desk);
    kiosk.apply({IntentKind::ConfirmQuit}, now += 1);  // without the question: nothing
    CHECK_FALSE(kiosk.quit_requested());
    kiosk.apply({IntentKind::Quit}, now += 1);
    CHECK(kiosk.staff().asking_quit);
    CHECK_FALSE(kiosk.quit_requested());
    kiosk.apply({IntentKind::Eject}, now += 1);
    CHECK(kiosk.staff().desk.message.empty());  // ignored while asked
    kiosk.apply({IntentKind::CancelQuit}, now += 1);
    CHECK_FALSE(kiosk.staff().asking_quit);
    CHECK_FALSE(kiosk.quit_requested());
    kiosk.apply({IntentKind::Quit}, now += 1);
    kiosk.apply({IntentKind::ConfirmQuit}, now += 1);
    CHECK(kiosk.quit_requested());
    // Closing the desk forgets an open question.
    kiosk.apply({IntentKind::Quit}, now += 1);
    kiosk.apply({IntentKind::CloseStaff}, now += 1);
    CHECK_FALSE(kiosk.staff().asking_quit);
}

TEST_CASE("The offer's filters start folded, unfold and fold again, and a new visit finds them folded") {
    const Content c = test::mini_content();
    Session s;
    start_browse(s, c, 1000.0);
    CHECK_FALSE(s.filters_open);
    apply(s, c, {IntentKind::ToggleFilters}, 1001.0);
    CHECK(s.filters_open);
    apply(s, c, {IntentKind::ToggleFilters}, 1002.0);
    CHECK_FALSE(s.filters_open);
    apply(s, c, {IntentKind::ToggleFilters}, 1003.0);
    start_browse(s, c, 1004.0);
    CHECK_FALSE(s.filters_open);
    // Only on the offer itself.
    Session q;
    start(q, c, 1000.0);
    apply(q, c, {IntentKind::ToggleFilters}, 1001.0);
    CHECK_FALSE(q.filters_open);
}
