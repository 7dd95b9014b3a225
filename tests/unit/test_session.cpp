#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "core/local_time.h"
#include "core/session.h"
#include "output/portfolio_link.h"
#include "output/short_code.h"
#include "output/take_home.h"
#include "output/ticket.h"
#include "pack/pack_reader.h"
#include "support/mini_pack.h"
#include "support/paths.h"

using namespace kiosk;

TEST_CASE("A walk-through: single choice moves on once the choice was seen, multiple choice waits for Verder") {
    const Content c = test::mini_content();
    Session s;
    start(s, c, 1000.0);
    CHECK(s.screen == Screen::Question);
    CHECK(s.question == 0);
    pick(s, c, 1, 1001.0);  // vmbo: theoretisch
    CHECK(s.question == 0);  // on show, marked
    CHECK(s.answers.picked[0] == std::vector<int>{1});
    move_on(s, c, 1001.0 + kAnswerShowSeconds);
    CHECK(s.question == 1);
    pick(s, c, 0, 1002.0);  // leren: doen
    move_on(s, c, 1002.5);
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
    toggle_favourite(s, c, s.ranking.fits.front().programme, 106);
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

TEST_CASE("Reflect and act: the favourite is asked, never defaulted, each reflection answered, and the QR waits for a next step") {
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
    CHECK(start_take_home(s, c, 5) == Flow::Stay);
    CHECK(s.screen == Screen::Favourite);  // none marked: the visitor is asked
    CHECK(s.favourite == -1);
    CHECK(favourite_choices(s).size() == shown_matches(s.ranking).size());
    choose_favourite(s, c, 12345, 6);  // not one of the programmes shown: ignored
    CHECK(s.screen == Screen::Favourite);
    const int second = s.ranking.fits[1].programme;
    choose_favourite(s, c, second, 6);
    CHECK(s.favourite == second);
    CHECK(s.screen == Screen::Reflect);
    CHECK(s.reflection == 0);
    CHECK_FALSE(can_finish(s, c));
    next_reflection(s, c, 7);  // not answered: no silent skip
    CHECK(s.screen == Screen::Reflect);
    reflect(s, c, 0, 7, 8);  // no such option: ignored
    reflect(s, c, 3, 0, 8);  // no such reflection: ignored
    CHECK(s.reflections == std::vector<int>{-1});
    CHECK(s.screen == Screen::Reflect);
    reflect(s, c, 0, 1, 9);
    CHECK(s.reflections == std::vector<int>{1});
    CHECK(s.screen == Screen::Step);
    CHECK(s.next_step == -1);  // never chosen for the visitor
    CHECK_FALSE(can_finish(s, c));
    choose_step(s, 1, 10);
    CHECK(can_finish(s, c));
    CHECK(finish(s, c, 11) == Flow::ReachedFinish);
    back(s, 12);
    CHECK(s.screen == Screen::Step);
    back(s, 13);
    CHECK(s.screen == Screen::Reflect);
    back(s, 14);
    CHECK(s.screen == Screen::Favourite);
    back(s, 15);
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
    move_on(s, c, 1001.5);
    REQUIRE(s.question == 1);
    CHECK_FALSE(s.parent_turn);
    pick(s, c, 0, 1002.0);  // pupil: doen
    move_on(s, c, 1002.5);
    CHECK(s.question == 1);
    CHECK(s.parent_turn);
    CHECK_FALSE(can_go_next(s, c));  // the parent has not answered yet
    pick(s, c, 1, 1003.0);  // parent: theorie
    move_on(s, c, 1003.5);
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
    move_on(s, c, 3);
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
    double now = 3;
    for (int option : {1, 0, 0}) apply(s, c, {IntentKind::Pick, option}, now += 0.5);
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
        for (double now : {1.0, 1.3, 1.6}) apply(s, *c, {IntentKind::Pick, now < 1.1 ? 1 : 0}, now);
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
        CHECK(s.screen == Screen::Favourite);
        apply(s, *c, {IntentKind::ChooseFavourite, s.ranking.fits.front().programme}, 4);
        CHECK(s.screen == Screen::Reflect);
        CHECK(apply(s, *c, {IntentKind::Finish}, 4) == Flow::Stay);
        apply(s, *c, {IntentKind::Reflect, 0, 0}, 4);
        CHECK(s.screen == Screen::Step);
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
    move_on(s, c, 2.5);
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

namespace {

// The default content's step and reflection by key, so the tests read like the content.
int step_index(const Content& c, const std::string& key) {
    for (std::size_t i = 0; i < c.next_steps.size(); ++i)
        if (c.next_steps[i].key == key) return static_cast<int>(i);
    FAIL("no step " << key);
    return -1;
}

int option_index(const Content& c, std::size_t reflection, const std::string& key) {
    const auto& options = c.reflections.at(reflection).options;
    for (std::size_t i = 0; i < options.size(); ++i)
        if (options[i].key == key) return static_cast<int>(i);
    FAIL("no option " << key);
    return -1;
}

std::size_t reflection_index(const Content& c, const std::string& key) {
    for (std::size_t i = 0; i < c.reflections.size(); ++i)
        if (c.reflections[i].key == key) return i;
    FAIL("no reflection " << key);
    return 0;
}

// A pupil who answered every question with its first option, on the results.
Session on_results(const Content& c) {
    Session s;
    apply(s, c, {IntentKind::StartAlone}, 0);
    double now = 0;
    while (s.screen == Screen::Question) {
        apply(s, c, {IntentKind::Pick, 0}, now += 1);
        if (c.questions[s.question].pick > 1) apply(s, c, {IntentKind::Next}, now += 1);
        move_on(s, c, now += 1);
    }
    REQUIRE(s.screen == Screen::Results);
    return s;
}

// Answers the reflections on screen with the option of this key where it has one, else the first.
void reflect_all(Session& s, const Content& c, const std::map<std::string, std::string>& answers) {
    while (s.screen == Screen::Reflect) {
        const Question& reflection = c.reflections[s.reflection];
        const auto found = answers.find(reflection.key);
        const int option = found == answers.end() ? 0 : option_index(c, s.reflection, found->second);
        apply(s, c, {IntentKind::Reflect, static_cast<int>(s.reflection), option}, 10);
    }
}

}  // namespace

TEST_CASE("The favourite is never defaulted: without a marked one the visitor is asked, and the link then has none") {
    const Content& c = test::default_content();
    Session s = on_results(c);
    apply(s, c, {IntentKind::TakeHome}, 2);
    REQUIRE(s.screen == Screen::Favourite);
    CHECK(s.favourite == -1);
    CHECK_FALSE(s.undecided);
    // "Ik weet het nog niet": the reflections about a favourite are skipped, those phrased without
    // one are asked, and the steps still follow.
    apply(s, c, {IntentKind::ChooseFavourite, -1}, 3);
    CHECK(s.favourite == -1);
    CHECK(s.undecided);
    std::size_t asked = 0;
    while (s.screen == Screen::Reflect) {
        CHECK_FALSE(c.reflections[s.reflection].general_text.empty());
        ++asked;
        apply(s, c, {IntentKind::Reflect, static_cast<int>(s.reflection), 0}, 4);
    }
    CHECK(asked >= 1);
    CHECK(asked < c.reflections.size());
    REQUIRE(s.screen == Screen::Step);
    CHECK(second_choice(c, s) == -1);  // no favourite, so no second choice
    apply(s, c, {IntentKind::ChooseStep, 0}, 5);
    CHECK(apply(s, c, {IntentKind::Finish}, 6) == Flow::ReachedFinish);

    const PortfolioResult result = portfolio_result(c, s, "20261128");
    CHECK(result.favourite.empty());
    const std::string fragment = encode_fragment(result);
    CHECK(fragment.find('*') == std::string::npos);  // nothing marked "Mijn favoriet"
    const auto decoded = decode_fragment(fragment);
    REQUIRE(decoded);
    CHECK(decoded->favourite.empty());
    CHECK(decoded->reflections == s.reflections);
    CHECK(std::count(decoded->reflections.begin(), decoded->reflections.end(), -1) ==
          static_cast<long>(c.reflections.size() - asked));  // the ones not asked
    const auto from_code = decode_short_code(c, short_code(c, s));
    REQUIRE(from_code);
    CHECK(from_code->favourite == -1);
    CHECK(from_code->reflections == s.reflections);
    const TicketText ticket = ticket_text(c, s, take_home(c, s, 100));
    for (const std::string& line : ticket.programmes) CHECK(line.find(c.texts.get("results.favourite")) == std::string::npos);
}

TEST_CASE("A favourite marked on a card is not asked again, and a favourite chosen is reflected on") {
    const Content& c = test::default_content();
    Session s = on_results(c);
    const int marked = s.ranking.fits[2].programme;
    apply(s, c, {IntentKind::OpenProgramme, marked}, 2);
    apply(s, c, {IntentKind::ToggleFavourite, marked}, 3);
    apply(s, c, {IntentKind::Back}, 4);
    apply(s, c, {IntentKind::TakeHome}, 5);
    CHECK(s.screen == Screen::Reflect);  // straight to the first reflection, about the marked one
    CHECK(s.favourite == marked);
    std::size_t asked = 0;
    while (s.screen == Screen::Reflect) {
        ++asked;
        CHECK(apply(s, c, {IntentKind::Next}, 6) == Flow::Stay);  // "Verder" waits for an answer
        REQUIRE(s.screen == Screen::Reflect);
        apply(s, c, {IntentKind::Reflect, static_cast<int>(s.reflection), 1}, 6);
    }
    CHECK(asked == c.reflections.size());  // with a favourite every reflection is asked
    CHECK(std::none_of(s.reflections.begin(), s.reflections.end(), [](int o) { return o < 0; }));
    apply(s, c, {IntentKind::Back}, 7);  // back to the last reflection, its answer kept
    CHECK(s.screen == Screen::Reflect);
    CHECK(s.reflection == c.reflections.size() - 1);
    apply(s, c, {IntentKind::Next}, 8);
    CHECK(s.screen == Screen::Step);
}

TEST_CASE("The reflection answers shape the suggested next steps, as reflection.ini says") {
    const Content& c = test::default_content();
    const std::size_t manier = reflection_index(c, "manier"), moeite = reflection_index(c, "moeite");
    // The content itself: every `suggests` names a step, and a "nee" asks for the second choice.
    CHECK(c.reflections[manier].options[static_cast<std::size_t>(option_index(c, manier, "nee"))].second_choice);
    CHECK(c.reflections[moeite].options[static_cast<std::size_t>(option_index(c, moeite, "nee"))].second_choice);

    SECTION("a yes points to a meeloopdag or a proefles") {
        Session s = on_results(c);
        apply(s, c, {IntentKind::TakeHome}, 2);
        apply(s, c, {IntentKind::ChooseFavourite, s.ranking.fits.front().programme}, 3);
        reflect_all(s, c, {{"aanspreken", "leren"}, {"manier", "ja"}, {"moeite", "ja"}});
        REQUIRE(s.screen == Screen::Step);
        const std::vector<int> suggested = suggested_steps(c, s);
        REQUIRE(suggested.size() >= 2);
        CHECK(suggested[0] == step_index(c, "proefles"));
        CHECK(suggested[1] == step_index(c, "meeloopdag"));
        CHECK(second_choice(c, s) == -1);
        CHECK(s.next_step == -1);  // suggested, never chosen for the visitor
    }
    SECTION("a no on effort points to talking it over and to the second choice") {
        Session s = on_results(c);
        apply(s, c, {IntentKind::TakeHome}, 2);
        const int favourite = s.ranking.fits.front().programme;
        apply(s, c, {IntentKind::ChooseFavourite, favourite}, 3);
        reflect_all(s, c, {{"aanspreken", "weetniet"}, {"manier", "beetje"}, {"moeite", "nee"}});
        REQUIRE(s.screen == Screen::Step);
        const std::vector<int> suggested = suggested_steps(c, s);
        CHECK(suggested.size() <= kMaxSuggested);
        CHECK(std::find(suggested.begin(), suggested.end(), step_index(c, "thuis")) != suggested.end());
        const int second = second_choice(c, s);
        CHECK(second == s.ranking.fits[1].programme);
        // Looking at it, and marking it: the reflections start again, about the new favourite.
        apply(s, c, {IntentKind::ChooseStep, step_index(c, "thuis")}, 4);
        apply(s, c, {IntentKind::OpenProgramme, second}, 5);
        REQUIRE(s.screen == Screen::Programme);
        apply(s, c, {IntentKind::ToggleFavourite, second}, 6);
        CHECK(s.favourite == second);
        CHECK(std::all_of(s.reflections.begin(), s.reflections.end(), [](int o) { return o < 0; }));
        CHECK(s.next_step == -1);
        apply(s, c, {IntentKind::Back}, 7);
        CHECK(s.screen == Screen::Reflect);
        CHECK(s.reflection == 0);
        apply(s, c, {IntentKind::Back}, 8);
        CHECK(s.screen == Screen::Results);
    }
    SECTION("a no on the way of learning does the same") {
        Session s = on_results(c);
        apply(s, c, {IntentKind::TakeHome}, 2);
        apply(s, c, {IntentKind::ChooseFavourite, s.ranking.fits.front().programme}, 3);
        reflect_all(s, c, {{"aanspreken", "weetniet"}, {"manier", "nee"}, {"moeite", "misschien"}});
        // Those more answers point to first (student, thuis), then in order (mentor); each once.
        const std::vector<int> expected = {step_index(c, "student"), step_index(c, "thuis"), step_index(c, "mentor")};
        CHECK(suggested_steps(c, s) == expected);
        CHECK(second_choice(c, s) >= 0);
    }
}

TEST_CASE("reflection.ini: suggests must name steps, second_choice is ja or nee") {
    PackFiles files = test::mini_pack();
    files["reflection.ini"] =
        "[reflection.a]\ntext = A?\n[reflection.a.x]\ntext = X\nsuggests = thuis nergens\nsecond_choice = misschien\n"
        "[reflection.a.y]\ntext = Y\n[step.thuis]\ntext = Thuis\n";
    const PackReadResult result = read_pack(files);
    CHECK_FALSE(result.ok());
    bool unknown_step = false, bad_choice = false;
    for (const Problem& problem : result.problems) {
        unknown_step = unknown_step || problem.message.find("nergens") != std::string::npos;
        bad_choice = bad_choice || problem.message.find("second_choice") != std::string::npos;
    }
    CHECK(unknown_step);
    CHECK(bad_choice);
}

TEST_CASE("The offer ends in a favourite, a reflection, a step and a take-home whose link decodes") {
    const Content& c = test::default_content();
    Session s;
    apply(s, c, {IntentKind::StartBrowse}, 0);
    CHECK(apply(s, c, {IntentKind::TakeHome}, 1) == Flow::Stay);
    // Nothing looked at: no favourite to choose, the reflections phrased without one.
    CHECK(favourite_choices(s).empty());
    REQUIRE(s.screen == Screen::Reflect);
    CHECK_FALSE(c.reflections[s.reflection].general_text.empty());
    apply(s, c, {IntentKind::Back}, 1);
    REQUIRE(s.screen == Screen::Browse);
    const int a = 3, b = 7;
    apply(s, c, {IntentKind::OpenProgramme, a}, 2);
    apply(s, c, {IntentKind::Back}, 3);
    apply(s, c, {IntentKind::OpenProgramme, b}, 4);
    CHECK(apply(s, c, {IntentKind::TakeHome}, 5) == Flow::Stay);  // "Neem mee" on the card
    REQUIRE(s.screen == Screen::Favourite);
    CHECK(favourite_choices(s) == std::vector<int>{a, b});
    apply(s, c, {IntentKind::ChooseFavourite, b}, 6);
    reflect_all(s, c, {{"manier", "nee"}});
    REQUIRE(s.screen == Screen::Step);
    CHECK(second_choice(c, s) == a);  // the other card looked at
    CHECK(apply(s, c, {IntentKind::Finish}, 7) == Flow::Stay);
    apply(s, c, {IntentKind::ChooseStep, step_index(c, "mentor")}, 8);
    CHECK(apply(s, c, {IntentKind::Finish}, 9) == Flow::ReachedFinish);
    CHECK(s.screen == Screen::Finish);

    const auto decoded = decode_fragment(encode_fragment(portfolio_result(c, s, "20261128")));
    REQUIRE(decoded);
    REQUIRE(decoded->programmes.size() == 2);
    CHECK(decoded->programmes[0].crebo == c.programmes[static_cast<std::size_t>(a)].crebo);
    CHECK(decoded->programmes[1].crebo == c.programmes[static_cast<std::size_t>(b)].crebo);
    for (const PortfolioProgramme& p : decoded->programmes) {
        CHECK(p.kind == MatchKind::Fit);
        CHECK(p.reasons.empty());  // looked at, not ranked
    }
    CHECK(decoded->favourite == c.programmes[static_cast<std::size_t>(b)].crebo);
    CHECK(decoded->next_step == step_index(c, "mentor"));
    CHECK(decoded->reflections == s.reflections);
    for (const auto& group : decoded->answers) CHECK(group.empty());
    const auto from_code = decode_short_code(c, short_code(c, s));
    REQUIRE(from_code);
    CHECK(from_code->browsing);
    CHECK(from_code->ranking.fits.empty());  // no made-up ranking for no answers
    CHECK(from_code->favourite == b);
    CHECK(from_code->next_step == s.next_step);
    const SessionRecord record = end_session(s, c, EndReason::Stopped);
    CHECK(record.reason == EndReason::Finished);
    CHECK(record.opened.size() == 2);
}

TEST_CASE("The offer's take-home: only from the list or a card opened from it, and the questions start afresh") {
    const Content& c = test::default_content();
    Session s = on_results(c);
    apply(s, c, {IntentKind::OpenProgramme, s.ranking.fits.front().programme}, 2);
    CHECK(apply(s, c, {IntentKind::TakeHome}, 3) == Flow::Stay);
    CHECK(s.screen == Screen::Programme);  // a card from the results: the take-home is on the results
    apply(s, c, {IntentKind::StartBrowse}, 4);
    CHECK(s.browsing);
    apply(s, c, {IntentKind::StartQuestions}, 5);
    CHECK_FALSE(s.browsing);
}

TEST_CASE("The ticket of a visit through the offer lists the cards looked at") {
    const Content& c = test::default_content();
    Session s;
    apply(s, c, {IntentKind::StartBrowse}, 0);
    for (int index : {5, 1}) {
        apply(s, c, {IntentKind::OpenProgramme, index}, 1);
        apply(s, c, {IntentKind::Back}, 2);
    }
    apply(s, c, {IntentKind::TakeHome}, 3);
    apply(s, c, {IntentKind::ChooseFavourite, -1}, 4);
    reflect_all(s, c, {});
    apply(s, c, {IntentKind::ChooseStep, 0}, 5);
    REQUIRE(apply(s, c, {IntentKind::Finish}, 6) == Flow::ReachedFinish);
    const TicketText ticket = ticket_text(c, s, take_home(c, s, 100));
    REQUIRE(ticket.programmes.size() == 2);
    CHECK(ticket.programmes[0].find(c.programmes[5].name) != std::string::npos);
    CHECK(ticket.programmes[1].find(c.programmes[1].name) != std::string::npos);
}

TEST_CASE("'Weet ik niet' everywhere still ends in a step and a take-home, with no made-up programmes") {
    const Content& c = test::default_content();
    Session s;
    start(s, c, 0);
    for (std::size_t q = 0; q < c.questions.size(); ++q) {
        const auto& options = c.questions[q].options;
        const auto unsure = std::find_if(options.begin(), options.end(), [](const Option& o) { return o.unsure; });
        REQUIRE(unsure != options.end());
        apply(s, c, {IntentKind::Pick, static_cast<int>(unsure - options.begin())}, static_cast<double>(q) + 1);
        move_on(s, c, static_cast<double>(q) + 1.5);
        if (s.screen == Screen::Question && s.question == q) apply(s, c, {IntentKind::Next}, static_cast<double>(q) + 1.6);
    }
    REQUIRE(s.screen == Screen::Results);
    CHECK_FALSE(s.ranking.informed);
    CHECK(shown_matches(s.ranking).empty());  // nothing to rank by: orientation instead
    apply(s, c, {IntentKind::TakeHome}, 2);
    // No programme to choose from: straight to the reflections phrased without a favourite.
    CHECK(s.screen == Screen::Reflect);
    CHECK(s.favourite == -1);
    while (s.screen == Screen::Reflect) apply(s, c, {IntentKind::Reflect, static_cast<int>(s.reflection), 0}, 4);
    REQUIRE(s.screen == Screen::Step);
    apply(s, c, {IntentKind::ChooseStep, 1}, 5);
    CHECK(apply(s, c, {IntentKind::Finish}, 6) == Flow::ReachedFinish);
    const auto decoded = decode_fragment(encode_fragment(portfolio_result(c, s, "20261128")));
    REQUIRE(decoded);
    CHECK(decoded->programmes.empty());
    CHECK(decoded->next_step == 1);
    const auto from_code = decode_short_code(c, short_code(c, s));
    REQUIRE(from_code);
    CHECK(from_code->next_step == 1);
}

TEST_CASE("A single answer stays on screen, marked, for a moment, and taps meanwhile answer nothing") {
    const Content c = test::mini_content();
    Session s;
    apply(s, c, {IntentKind::StartAlone}, 100.0);
    apply(s, c, {IntentKind::Pick, 1}, 101.0);
    CHECK(s.question == 0);
    CHECK(s.answers.picked[0] == std::vector<int>{1});
    CHECK(s.moving_on_at == Approx(101.0 + kAnswerShowSeconds));
    // A second tap (a bounce, another tile, "Verder") while it shows: nothing more is answered.
    apply(s, c, {IntentKind::Pick, 0}, 101.05);
    apply(s, c, {IntentKind::Next}, 101.1);
    CHECK(s.question == 0);
    CHECK(s.answers.picked[0] == std::vector<int>{1});
    CHECK(s.answers.picked[1].empty());
    move_on(s, c, 101.0 + kAnswerShowSeconds * 0.9);
    CHECK(s.question == 0);
    move_on(s, c, 101.0 + kAnswerShowSeconds);
    CHECK(s.question == 1);
    CHECK(s.moving_on_at == 0);
    CHECK(s.answers.picked[1].empty());  // the next question starts unanswered
    // The last single answer leads to the results the same way.
    Content last = c;
    last.questions.resize(2);
    Session t;
    apply(t, last, {IntentKind::StartAlone}, 0);
    apply(t, last, {IntentKind::Pick, 0}, 1);
    apply(t, last, {IntentKind::Pick, 0}, 2);  // moves on from the first first, then answers the second
    CHECK(t.screen == Screen::Question);
    move_on(t, last, 3);
    CHECK(t.screen == Screen::Results);
}

TEST_CASE("Back while an answer is on show goes back, not on, and a wipe forgets it") {
    const Content c = test::mini_content();
    Session s;
    apply(s, c, {IntentKind::StartAlone}, 0);
    apply(s, c, {IntentKind::Pick, 1}, 1);
    move_on(s, c, 2);
    REQUIRE(s.question == 1);
    apply(s, c, {IntentKind::Pick, 0}, 3);
    CHECK(apply(s, c, {IntentKind::Back}, 3.1) == Flow::Stay);
    CHECK(s.question == 0);
    CHECK(s.moving_on_at == 0);
    move_on(s, c, 10);
    CHECK(s.question == 0);  // nothing moves on later
    CHECK(s.answers.picked[1] == std::vector<int>{0});  // the answer is kept, like any other
    apply(s, c, {IntentKind::Pick, 0}, 11);
    end_session(s, c, EndReason::Timeout);
    CHECK(s.moving_on_at == 0);
}

TEST_CASE("A pick beyond the most a question allows takes nothing and is said, not ignored") {
    const Content c = test::mini_content();
    REQUIRE(c.questions[2].pick == 2);
    Content more = c;
    more.questions[2].options.push_back(c.questions[2].options[0]);
    Session s;
    start(s, more, 0);
    s.question = 2;
    pick(s, more, 0, 1);
    pick(s, more, 1, 2);
    CHECK_FALSE(s.too_many_picked);
    pick(s, more, 2, 3);
    CHECK(s.answers.picked[2] == std::vector<int>{0, 1});
    CHECK(s.too_many_picked);
    pick(s, more, 1, 4);  // taking one away is heard: the message goes
    CHECK_FALSE(s.too_many_picked);
    pick(s, more, 2, 5);
    CHECK(s.answers.picked[2] == std::vector<int>{0, 2});
    pick(s, more, 1, 6);
    REQUIRE(s.too_many_picked);
    back(s, 7);
    CHECK_FALSE(s.too_many_picked);
}

TEST_CASE("A fourth programme to compare is refused in words, until the next change") {
    const Content& c = test::default_content();
    Session s;
    start(s, c, 0);
    s.screen = Screen::Results;
    for (int p : {0, 1, 2}) toggle_compare(s, p, 1);
    CHECK_FALSE(s.compare_full);
    toggle_compare(s, 3, 2);
    CHECK(s.compare == std::vector<int>{0, 1, 2});
    CHECK(s.compare_full);
    toggle_compare(s, 1, 3);
    CHECK_FALSE(s.compare_full);
    toggle_compare(s, 3, 4);
    CHECK(s.compare == std::vector<int>{0, 2, 3});
}
