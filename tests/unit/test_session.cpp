#include <catch2/catch.hpp>

#include <algorithm>

#include "core/local_time.h"
#include "core/session.h"
#include "pack/pack_reader.h"
#include "support/mini_pack.h"
#include "support/paths.h"

using namespace kiosk;

TEST_CASE("A walk-through: single choice moves on, multiple choice waits for Verder") {
    const Content c = test::mini_content();
    Session s;
    start(s, c, 1000.0);
    CHECK(s.screen == Screen::Question);
    CHECK(s.question == 0);
    pick(s, c, 1, 1001.0);  // vmbo: theoretisch
    CHECK(s.question == 1);
    pick(s, c, 0, 1002.0);  // leren: doen
    CHECK(s.question == 2);
    CHECK_FALSE(can_go_next(s, c));
    pick(s, c, 0, 1003.0);
    pick(s, c, 1, 1004.0);
    CHECK(s.answers.picked[2] == std::vector<int>{0, 1});
    pick(s, c, 0, 1005.0);  // tapping again takes it back
    CHECK(s.answers.picked[2] == std::vector<int>{1});
    next(s, c, 1006.0);
    CHECK(s.screen == Screen::Results);
    CHECK_FALSE(s.ranking.fits.empty());
}

TEST_CASE("Multiple choice never takes more than the question allows") {
    Content c = test::mini_content();
    c.questions[2].pick = 1;
    c.questions[2].options.push_back(c.questions[2].options[0]);
    c.questions[2].pick = 2;
    Session s;
    start(s, c, 0);
    s.question = 2;
    pick(s, c, 0, 1);
    pick(s, c, 1, 2);
    pick(s, c, 2, 3);
    CHECK(s.answers.picked[2].size() == 2);
}

TEST_CASE("Back walks the screens in reverse and keeps the answers") {
    const Content c = test::mini_content();
    Session s;
    start(s, c, 0);
    pick(s, c, 0, 1);
    pick(s, c, 1, 2);
    pick(s, c, 1, 3);
    next(s, c, 4);
    REQUIRE(s.screen == Screen::Results);
    open_programme(s, s.ranking.fits.front().programme, 5);
    CHECK(s.screen == Screen::Programme);
    back(s, 6);
    CHECK(s.screen == Screen::Results);
    back(s, 7);
    CHECK(s.screen == Screen::Question);
    CHECK(s.question == 2);
    back(s, 8);
    back(s, 9);
    CHECK(s.question == 0);
    CHECK(s.answers.picked[1] == std::vector<int>{1});
    back(s, 10);
    CHECK(s.screen == Screen::Attract);
}

TEST_CASE("Idle: ask after the idle time, count down, then expire") {
    const Content c = test::mini_content();  // idle 30 s, countdown 10 s
    Session s;
    CHECK_FALSE(idle_state(s, c, 1e6).asking);  // the attract screen never times out
    start(s, c, 100);
    CHECK_FALSE(idle_state(s, c, 129).asking);
    const IdleState asking = idle_state(s, c, 131);
    CHECK(asking.asking);
    CHECK(asking.seconds_left == 9);
    CHECK_FALSE(asking.expired);
    touch(s, 135);
    CHECK_FALSE(idle_state(s, c, 136).asking);
    CHECK(idle_state(s, c, 175).expired);
}

TEST_CASE("Ending a session yields an anonymous record and forgets the visitor") {
    const Content c = test::mini_content();
    Session s;
    start(s, c, 100);
    pick(s, c, 1, 101);
    pick(s, c, 0, 102);
    pick(s, c, 0, 103);
    next(s, c, 104);
    open_programme(s, s.ranking.fits.front().programme, 105);
    toggle_favourite(s, s.ranking.fits.front().programme, 106);
    finish(s, c, 107);
    const SessionRecord record = end_session(s, c, EndReason::Timeout);
    CHECK(record.reason == EndReason::Finished);  // they reached the QR code before walking away
    CHECK(record.hour == local_time(100, "%Y-%m-%d %H:00"));  // the hour only, not the second
    CHECK(record.answered);
    CHECK(record.shown.size() >= 2);
    CHECK(record.opened.size() == 1);
    CHECK(record.chosen == record.opened);
    // Nothing of the visitor is left.
    CHECK(s.screen == Screen::Attract);
    CHECK(s.answers.picked.empty());
    CHECK(s.ranking.fits.empty());
    CHECK(s.opened.empty());
    CHECK(s.favourite == -1);

    start(s, c, 200);
    CHECK_FALSE(end_session(s, c, EndReason::Stopped).answered);  // a tap on start alone is no visitor
}

namespace {
Content with_reflection() {
    PackFiles files = test::mini_pack();
    files["reflection.ini"] =
        "[reflection.manier]\ntext = Past dit bij jou?\n[reflection.manier.ja]\ntext = Ja\n[reflection.manier.nee]\ntext = Nee\n"
        "[step.meeloopdag]\ntext = Meeloopdag\ndetail = Op {date}\n[step.thuis]\ntext = Thuis bespreken\n";
    PackReadResult result = read_pack(files);
    REQUIRE(result.ok());
    return std::move(result.content);
}
}  // namespace

TEST_CASE("Reflect and act: the favourite is reflected on, and the QR waits for a next step") {
    const Content c = with_reflection();
    REQUIRE(c.reflections.size() == 1);
    REQUIRE(c.next_steps.size() == 2);
    CHECK(c.fill_event_details(c.next_steps[0].detail) == "Op 2026-11-28");
    Session s;
    start(s, c, 0);
    pick(s, c, 1, 1);
    pick(s, c, 0, 2);
    pick(s, c, 1, 3);
    next(s, c, 4);
    REQUIRE(s.screen == Screen::Results);
    CHECK(take_home_from_results(s, c, 5) == Flow::Stay);
    CHECK(s.screen == Screen::Reflect);
    CHECK(s.favourite == s.ranking.fits.front().programme);  // none marked: the best fit
    CHECK_FALSE(can_finish(s, c));
    reflect(s, c, 0, 1, 6);
    CHECK(s.reflections == std::vector<int>{1});
    reflect(s, c, 0, 1, 7);  // tapping again takes it back
    CHECK(s.reflections == std::vector<int>{-1});
    reflect(s, c, 0, 7, 8);  // no such option: ignored
    reflect(s, c, 3, 0, 8);  // no such reflection: ignored
    CHECK(s.reflections == std::vector<int>{-1});
    reflect(s, c, 0, 0, 9);
    choose_step(s, 1, 10);
    CHECK(can_finish(s, c));
    CHECK(finish(s, c, 11) == Flow::ReachedFinish);
    back(s, 12);
    CHECK(s.screen == Screen::Reflect);
    back(s, 13);
    CHECK(s.screen == Screen::Results);
    const SessionRecord record = end_session(s, c, EndReason::Stopped);
    CHECK(record.next_step == "thuis");
    CHECK(s.reflections.empty());
    CHECK(s.next_step == -1);
}

TEST_CASE("Samen: on a key question the parent answers after the pupil, back goes through both turns") {
    Content c = test::mini_content();
    c.questions[1].together = true;  // leren
    c.questions[2].together = true;  // graag (pick 2)
    Session s;
    start(s, c, 1000.0, true);
    pick(s, c, 1, 1001.0);  // vmbo: not a key question, the pupil alone
    REQUIRE(s.question == 1);
    CHECK_FALSE(s.parent_turn);
    pick(s, c, 0, 1002.0);  // pupil: doen
    CHECK(s.question == 1);
    CHECK(s.parent_turn);
    CHECK_FALSE(can_go_next(s, c));  // the parent has not answered yet
    pick(s, c, 1, 1003.0);  // parent: theorie
    CHECK(s.question == 2);
    CHECK_FALSE(s.parent_turn);
    CHECK(s.answers.picked[1] == std::vector<int>{0});
    CHECK(s.parent_answers.picked[1] == std::vector<int>{1});

    back(s, 1004.0);  // back to the parent's turn of the key question before
    CHECK(s.question == 1);
    CHECK(s.parent_turn);
    back(s, 1005.0);
    CHECK(s.question == 1);
    CHECK_FALSE(s.parent_turn);
    next(s, c, 1006.0);
    next(s, c, 1007.0);
    REQUIRE(s.question == 2);
    pick(s, c, 0, 1008.0);  // pupil: mensen
    next(s, c, 1009.0);
    CHECK(s.parent_turn);
    pick(s, c, 0, 1010.0);  // parent: mensen and techniek
    pick(s, c, 1, 1011.0);
    next(s, c, 1012.0);
    REQUIRE(s.screen == Screen::Results);

    const auto comparisons = compare_answers(c, s);
    REQUIRE(comparisons.size() == 2);
    CHECK(comparisons[0].question == 1);
    CHECK_FALSE(comparisons[0].agree);  // doen against theorie: something to talk about
    CHECK(comparisons[1].agree);        // both picked mensen
    const Answers view = parent_view(c, s);
    CHECK(view.picked[0] == s.answers.picked[0]);  // the vmbo track is the pupil's
    CHECK(view.picked[1] == std::vector<int>{1});
    CHECK(s.fit_for_both == fits_for_both(c, s));  // worked out once, when the results came
    for (int programme : fits_for_both(c, s))
        CHECK(std::any_of(s.ranking.fits.begin(), s.ranking.fits.end(), [&](const Match& m) { return m.programme == programme; }));
}

TEST_CASE("Alone, nobody else takes a turn and nothing is compared") {
    Content c = test::mini_content();
    c.questions[1].together = true;
    Session s;
    start(s, c, 0);
    pick(s, c, 1, 1);
    pick(s, c, 0, 2);
    CHECK(s.question == 2);
    CHECK_FALSE(s.parent_turn);
    CHECK(compare_answers(c, s).empty());
    CHECK(fits_for_both(c, s).empty());
}

TEST_CASE("Flow: back returns to wherever the visitor came from, and leaving the questions ends the visit") {
    const Content c = with_reflection();
    Session s;
    CHECK(apply(s, c, {IntentKind::OpenExplain}, 0) == Flow::Stay);  // "Uitleg mbo" from the attract screen
    CHECK(s.screen == Screen::Explain);
    CHECK(apply(s, c, {IntentKind::Back}, 1) == Flow::Stay);  // no visit was started, none ends
    CHECK(s.screen == Screen::Attract);

    apply(s, c, {IntentKind::StartAlone}, 2);
    REQUIRE(s.screen == Screen::Question);
    for (int option : {1, 0, 0}) apply(s, c, {IntentKind::Pick, option}, 3);
    apply(s, c, {IntentKind::Next}, 4);
    REQUIRE(s.screen == Screen::Results);
    const int first = s.ranking.fits.front().programme;
    apply(s, c, {IntentKind::OpenProgramme, first}, 5);
    apply(s, c, {IntentKind::OpenExplain}, 6);
    apply(s, c, {IntentKind::OpenLanguages}, 7);
    CHECK(s.screen == Screen::Language);
    apply(s, c, {IntentKind::Back}, 8);
    CHECK(s.screen == Screen::Explain);
    apply(s, c, {IntentKind::Back}, 9);
    CHECK(s.screen == Screen::Programme);  // the card the visitor was reading
    CHECK(s.open_programme == first);
    apply(s, c, {IntentKind::Back}, 10);
    CHECK(s.screen == Screen::Results);

    apply(s, c, {IntentKind::ToggleCompare, first}, 11);
    apply(s, c, {IntentKind::OpenCompare}, 12);
    CHECK(s.screen == Screen::Results);  // one programme is nothing to compare
    apply(s, c, {IntentKind::ToggleCompare, s.ranking.fits[1].programme}, 13);
    apply(s, c, {IntentKind::OpenCompare}, 14);
    CHECK(s.screen == Screen::Compare);
    apply(s, c, {IntentKind::Back}, 15);
    CHECK(s.screen == Screen::Results);

    apply(s, c, {IntentKind::Back}, 16);  // from the results to the last question, answers kept
    CHECK(s.screen == Screen::Question);
    CHECK(s.question == 2);
    CHECK(apply(s, c, {IntentKind::Back}, 17) == Flow::Stay);
    CHECK(apply(s, c, {IntentKind::Back}, 18) == Flow::Stay);
    CHECK(s.question == 0);
    CHECK(apply(s, c, {IntentKind::Back}, 19) == Flow::EndVisit);  // back from the first question
    CHECK(s.screen == Screen::Attract);
}

TEST_CASE("Flow: from the results to the QR code, through the reflection when there are next steps") {
    const Content with_steps = with_reflection();
    const Content without_steps = test::mini_content();
    REQUIRE(without_steps.next_steps.empty());
    for (const Content* c : {&with_steps, &without_steps}) {
        Session s;
        apply(s, *c, {IntentKind::StartAlone}, 0);
        for (int option : {1, 0, 0}) apply(s, *c, {IntentKind::Pick, option}, 1);
        CHECK(apply(s, *c, {IntentKind::Done}, 2) == Flow::Stay);  // only the finish screen is done
        apply(s, *c, {IntentKind::Next}, 2);
        REQUIRE(s.screen == Screen::Results);
        const Flow flow = apply(s, *c, {IntentKind::TakeHome}, 3);
        if (c->next_steps.empty()) {
            CHECK(flow == Flow::ReachedFinish);
            CHECK(s.screen == Screen::Finish);
            CHECK(apply(s, *c, {IntentKind::Back}, 4) == Flow::Stay);
            CHECK(s.screen == Screen::Results);
            continue;
        }
        CHECK(flow == Flow::Stay);
        CHECK(s.screen == Screen::Reflect);
        CHECK(apply(s, *c, {IntentKind::Finish}, 4) == Flow::Stay);  // no next step chosen yet
        apply(s, *c, {IntentKind::ChooseStep, 0}, 5);
        CHECK(apply(s, *c, {IntentKind::Finish}, 6) == Flow::ReachedFinish);
        CHECK(s.screen == Screen::Finish);
        CHECK(s.reached_finish);
        CHECK(apply(s, *c, {IntentKind::Done}, 7) == Flow::VisitDone);
    }
}

TEST_CASE("Flow: the last turn of samen leads to the results only after the parent answered") {
    Content c = test::mini_content();
    c.questions[2].together = true;  // the last question, pick 2
    Session s;
    apply(s, c, {IntentKind::StartTogether}, 0);
    apply(s, c, {IntentKind::Pick, 1}, 1);
    apply(s, c, {IntentKind::Pick, 0}, 2);
    REQUIRE(s.question == 2);
    CHECK_FALSE(leads_to_results(s, c));  // the pupil's turn: the parent is next
    apply(s, c, {IntentKind::Pick, 0}, 3);
    apply(s, c, {IntentKind::Next}, 4);
    REQUIRE(s.parent_turn);
    CHECK(leads_to_results(s, c));
    apply(s, c, {IntentKind::Pick, 1}, 5);
    apply(s, c, {IntentKind::Next}, 6);
    CHECK(s.screen == Screen::Results);
}

TEST_CASE("Flow: the offer, filtered, a card and back, out-of-range taps change nothing") {
    const Content c = test::mini_content();
    Session s;
    apply(s, c, {IntentKind::StartBrowse}, 0);
    REQUIRE(s.screen == Screen::Browse);
    apply(s, c, {IntentKind::FilterLevel, 3}, 1);
    apply(s, c, {IntentKind::FilterLeerweg, 9}, 2);
    CHECK(s.browse.level == 3);
    CHECK(s.browse.leerweg == 2);  // clamped to the known choices
    const Session before = s;
    apply(s, c, {IntentKind::OpenProgramme, static_cast<int>(c.programmes.size())}, 3);
    apply(s, c, {IntentKind::ToggleFavourite, -4}, 3);
    apply(s, c, {IntentKind::Pick, 0}, 3);  // not on a question
    CHECK(s.screen == Screen::Browse);
    CHECK(s.favourite == -1);
    CHECK(s.trail == before.trail);
    apply(s, c, {IntentKind::OpenProgramme, 0}, 4);
    CHECK(s.screen == Screen::Programme);
    CHECK(previous_screen(s) == Screen::Browse);
    apply(s, c, {IntentKind::Back}, 5);
    CHECK(s.screen == Screen::Browse);
    CHECK(apply(s, c, {IntentKind::Back}, 6) == Flow::EndVisit);
    apply(s, c, {IntentKind::StartBrowse}, 7);
    apply(s, c, {IntentKind::StartQuestions}, 8);
    CHECK(s.screen == Screen::Question);
    CHECK(s.browse == BrowseFilter{});
}

TEST_CASE("'Weet ik niet' stands alone on a pick-several question") {
    const Content& c = test::default_content();
    Session s;
    start(s, c, 0);
    std::size_t q = 0;
    while (c.questions[q].pick < 3) {
        s.answers.picked[q] = {0};
        ++q;
    }
    s.question = q;
    const auto& options = c.questions[q].options;
    const int unsure = static_cast<int>(std::find_if(options.begin(), options.end(), [](const Option& o) { return o.unsure; }) - options.begin());
    REQUIRE(unsure < static_cast<int>(options.size()));
    pick(s, c, 0, 1);
    pick(s, c, 1, 2);
    CHECK(s.answers.picked[q] == std::vector<int>{0, 1});
    pick(s, c, unsure, 3);
    CHECK(s.answers.picked[q] == std::vector<int>{unsure});
    pick(s, c, 2, 4);
    CHECK(s.answers.picked[q] == std::vector<int>{2});
    pick(s, c, 2, 5);
    CHECK(s.answers.picked[q].empty());
}

TEST_CASE("Looking around a domain from the results keeps the answers and returns to the results") {
    const Content& c = test::default_content();
    Session s;
    start(s, c, 0);
    s.answers.picked[1] = {0};
    s.screen = Screen::Results;
    s.ranking = rank(c, s.answers);
    const Session before = s;
    CHECK(apply(s, c, Intent(IntentKind::OpenBrowse, std::string("79140")), 1) == Flow::Stay);
    CHECK(s.screen == Screen::Browse);
    CHECK(s.browse.domain == "79140");
    // "Doe de vragen" is not offered here, and would not wipe the answers.
    CHECK(apply(s, c, Intent(IntentKind::StartQuestions), 2) == Flow::Stay);
    CHECK(s.answers == before.answers);
    CHECK(apply(s, c, Intent(IntentKind::Back), 3) == Flow::Stay);
    CHECK(s.screen == Screen::Results);
    CHECK(s.answers == before.answers);
}
