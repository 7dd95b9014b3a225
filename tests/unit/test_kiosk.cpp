// The running kiosk without a screen: the same intents the screens send, applied to a Kiosk on an
// injected clock. This is the wall the build keeps: the whole booth flow, the visit's lifetime,
// the store's counts and the staff desk are tested here with no SDL and no ImGui linked.
#include <catch2/catch.hpp>

#include "booth/kiosk.h"
#include "config/kiosk_config.h"
#include "store/statistics.h"
#include "support/kiosk_options.h"
#include "support/paths.h"

using namespace kiosk;

namespace {

constexpr double kOpenDay = 1795860000.0;  // 2026-11-28, the open day

// Answers every question with its first option, as the question screen's taps would.
void answer_everything(Kiosk& kiosk, double& now) {
    const Content& content = kiosk.content();
    while (kiosk.session().screen == Screen::Question) {
        const Question& question = content.questions[kiosk.session().question];
        kiosk.apply({IntentKind::Pick, 0}, now += 2);
        if (question.pick > 1) kiosk.apply({IntentKind::Next}, now += 1);
        kiosk.tick(now += 1);  // a single answer moves on once it has been shown
    }
}

}  // namespace

TEST_CASE("A Kiosk without a screen: a whole visit by intents, counted in the store, then forgotten") {
    Kiosk kiosk(test::kiosk_options(test::content_dir()), kOpenDay);
    const Visit fresh = kiosk.visit();
    REQUIRE(fresh == Visit{});
    double now = kOpenDay + 10;

    kiosk.apply({IntentKind::ChooseLanguage, "tr"}, now);
    CHECK(kiosk.content().language.code == "tr");
    kiosk.apply({IntentKind::ChooseLanguage, "xx"}, now);  // not offered: nothing changes
    CHECK(kiosk.content().language.code == "tr");
    kiosk.apply({IntentKind::StartAlone}, now += 1);
    answer_everything(kiosk, now);
    REQUIRE(kiosk.session().screen == Screen::Results);
    kiosk.apply({IntentKind::TakeHome}, now += 1);
    REQUIRE(kiosk.session().screen == Screen::Favourite);
    kiosk.apply({IntentKind::ChooseFavourite, -1}, now += 1);  // "Ik weet het nog niet"
    while (kiosk.session().screen == Screen::Reflect)
        kiosk.apply({IntentKind::Reflect, static_cast<int>(kiosk.session().reflection), 0}, now += 1);
    REQUIRE(kiosk.session().screen == Screen::Step);
    kiosk.apply({IntentKind::Finish}, now += 1);  // no next step yet: the QR waits
    CHECK(kiosk.session().screen == Screen::Step);
    kiosk.apply({IntentKind::ChooseStep, 0}, now += 1);
    kiosk.apply({IntentKind::Finish}, now += 1);
    REQUIRE(kiosk.session().screen == Screen::Finish);
    REQUIRE(kiosk.visit().take_home);
    CHECK(kiosk.visit().take_home->link.find(";l=tr") != std::string::npos);
    CHECK_FALSE(kiosk.visit().print_job);  // the default content has no printer

    kiosk.apply({IntentKind::Done}, now += 1);
    CHECK(kiosk.visit() == fresh);
    CHECK(&kiosk.content() == &kiosk.pack());  // Dutch again
    CHECK(kiosk.visits_ended() == 1);
    const Statistics counts = kiosk.store().statistics(kiosk.pack().event.id);
    long long visitors = 0, finished = 0;
    for (const auto& [key, count] : counts) {
        if (key.measure == "bezoekers") visitors += count;
        if (key.measure == "afgerond") finished += count;
    }
    CHECK(visitors == 1);
    CHECK(finished == 1);
}

TEST_CASE("A Kiosk's clock: the question after the idle time, the wipe after the countdown, a language left on the attract screen") {
    Kiosk kiosk(test::kiosk_options(test::content_dir()), kOpenDay);
    const EventSettings& event = kiosk.pack().event;
    double now = kOpenDay;
    kiosk.apply({IntentKind::StartAlone}, now);
    kiosk.apply({IntentKind::Pick, 0}, now += 1);
    kiosk.tick(now + event.idle_seconds + 1);
    CHECK(kiosk.idle(now + event.idle_seconds + 1).asking);
    CHECK(kiosk.session().screen == Screen::Question);
    CHECK(kiosk.seconds_until_redraw(now + event.idle_seconds + 1) <= 1.0);  // the countdown ticks
    kiosk.touch(now += event.idle_seconds + 2);  // still there
    kiosk.tick(now + 1);
    CHECK_FALSE(kiosk.idle(now + 1).asking);
    kiosk.tick(now += event.idle_seconds + event.countdown_seconds + 1);
    CHECK(kiosk.session().screen == Screen::Attract);
    CHECK(kiosk.visit() == Visit{});

    kiosk.apply({IntentKind::ChooseLanguage, "ar"}, now += 1);
    CHECK(kiosk.content().language.rtl);
    kiosk.tick(now + event.idle_seconds - 1);
    CHECK(kiosk.content().language.code == "ar");  // still someone's
    kiosk.tick(now + event.idle_seconds + 1);
    CHECK(kiosk.content().language.code == "nl");  // they walked away
    CHECK(kiosk.visit() == Visit{});
}

TEST_CASE("A Kiosk's staff desk: five corner taps, the PIN by digits, visitors' taps ignored while it is open") {
    KioskOptions options = test::kiosk_options(test::content_dir());
    options.staff_pin_hash = hash_pin("2468");
    Kiosk kiosk(options, kOpenDay);
    double now = kOpenDay;
    kiosk.apply({IntentKind::LoadPack}, now);  // a desk action before the PIN: nothing
    for (int tap = 0; tap < 5; ++tap) kiosk.apply({IntentKind::StaffCorner}, now += 0.2);
    REQUIRE(kiosk.staff().view == StaffView::Pin);
    for (int digit : {2, 4, 6, 9}) kiosk.apply({IntentKind::PinDigit, digit}, now += 0.2);
    kiosk.apply({IntentKind::CheckPin}, now += 0.2);
    CHECK(kiosk.staff().view == StaffView::Pin);
    CHECK(kiosk.staff().pin.empty());  // never kept, right or wrong
    CHECK_FALSE(kiosk.staff().pin_message.empty());
    for (int digit : {2, 4, 6, 8}) kiosk.apply({IntentKind::PinDigit, digit}, now += 0.2);
    kiosk.apply({IntentKind::CheckPin}, now += 0.2);
    REQUIRE(kiosk.staff().view == StaffView::Desk);
    CHECK(kiosk.staff().desk.stick == kiosk.pack().texts.get("staff.no_stick"));
    kiosk.apply({IntentKind::StartAlone}, now += 1);  // a visitor's tap reaches nothing
    CHECK(kiosk.session().screen == Screen::Attract);
    kiosk.tick(now + 121);  // a desk left alone closes itself
    CHECK(kiosk.staff().view == StaffView::Closed);
}

TEST_CASE("A Kiosk moves on from an answer on show by its own clock, and asks for a frame when that is due") {
    Kiosk kiosk(test::kiosk_options(test::content_dir()), kOpenDay);
    double now = kOpenDay;
    kiosk.apply({IntentKind::StartAlone}, now);
    REQUIRE(kiosk.pack().questions[0].pick == 1);
    kiosk.apply({IntentKind::Pick, 0}, now += 1);
    CHECK(kiosk.seconds_until_redraw(now) == Approx(kAnswerShowSeconds));
    kiosk.tick(now + kAnswerShowSeconds * 0.5);
    CHECK(kiosk.session().question == 0);
    kiosk.tick(now + kAnswerShowSeconds);
    CHECK(kiosk.session().question == 1);
    CHECK(kiosk.seconds_until_redraw(now + kAnswerShowSeconds) > 1.0);  // nothing due before the idle question
}
