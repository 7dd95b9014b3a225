#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <thread>

#include "output/portfolio_link.h"

#include "support/cups_server.h"
#include "support/escpos.h"
#include "support/kiosk_fixture.h"
#include "support/mini_pack.h"
#include "support/qr_decode.h"

using namespace kiosk;

namespace {
// How many pixel rows differ between two screenshots of the same size.
int changed_rows(const Image& a, const Image& b) {
    int rows = 0;
    const std::size_t row_bytes = static_cast<std::size_t>(a.width) * 4;
    for (int y = 0; y < a.height; ++y)
        rows += !std::equal(a.rgba.begin() + static_cast<std::ptrdiff_t>(y * row_bytes),
                            a.rgba.begin() + static_cast<std::ptrdiff_t>((y + 1) * row_bytes),
                            b.rgba.begin() + static_cast<std::ptrdiff_t>(y * row_bytes));
    return rows;
}

std::string text(const HeadlessKiosk& kiosk, const char* key) { return kiosk.app().pack().texts.get(key); }

// What the store has counted for the event on screen.
Statistics visit_counts_now(HeadlessKiosk& kiosk) { return kiosk.app().store().statistics(kiosk.app().pack().event.id); }
}  // namespace

TEST_CASE("A pupil walks through by touch: attract, every question, results, card, finish") {
    for (const auto& [width, height, name] : {std::tuple{1080, 1920, "portrait"}, std::tuple{1920, 1080, "landscape"}}) {
        SECTION(name) {
            HeadlessKiosk kiosk(test::headless_options(width, height), test::kStartTime);
            const std::string prefix = std::string("walk-") + name;
            CHECK(kiosk.screenshot(test::shot_path(prefix + "-0-attract")));
            REQUIRE(kiosk.tap(text(kiosk, "attract.start")));
            test::answer_all_questions(kiosk, prefix);

            const Session& session = kiosk.app().kiosk().session();
            REQUIRE(session.screen == Screen::Results);
            CHECK(kiosk.screenshot(test::shot_path(prefix + "-1-results")));
            const Programme& first = kiosk.app().pack().programmes[static_cast<std::size_t>(session.ranking.fits.front().programme)];
            REQUIRE(kiosk.tap("Bekijk " + first.name));
            REQUIRE(session.screen == Screen::Programme);
            CHECK(session.open_programme == session.ranking.fits.front().programme);
            CHECK(kiosk.screenshot(test::shot_path(prefix + "-2-card")));
            REQUIRE(kiosk.tap(text(kiosk, "programme.back")));
            REQUIRE(session.screen == Screen::Results);

            test::reflect_and_finish(kiosk, prefix + "-3-reflect");
            REQUIRE(session.screen == Screen::Finish);
            CHECK(session.favourite == session.ranking.fits.front().programme);  // the pupil picked it when asked
            // The QR on screen, read by a real decoder, is the visitor's portfolio link.
            const PortfolioResult result = test::read_finish_qr(kiosk, prefix + "-4-finish");
            CHECK(result.programmes.front().crebo == first.crebo);
            CHECK(date_stamp(test::kStartTime) == "20261128");  // the event's day, so the link leaves the date out
            CHECK(result.date.empty());
            CHECK(result.favourite == first.crebo);
            CHECK(result.reflections == std::vector<int>(kiosk.app().pack().reflections.size(), 0));
            CHECK(result.next_step == 0);

            REQUIRE(kiosk.tap(text(kiosk, "finish.done")));
            CHECK(session.screen == Screen::Attract);
            CHECK_FALSE(kiosk.app().kiosk().visit().take_home);
            const Statistics counts = visit_counts_now(kiosk);
            const std::string hour = test::hour_of_start();
            CHECK(counts.at({hour, "bezoekers", ""}) == 1);
            CHECK(counts.at({hour, "afgerond", ""}) == 1);
            CHECK(counts.at({hour, "geopend", first.crebo}) == 1);
            CHECK(counts.at({hour, "stap", kiosk.app().pack().next_steps.front().key}) == 1);
        }
    }
}

TEST_CASE("Back goes one step back and keeps what was answered") {
    HeadlessKiosk kiosk(test::headless_options(1080, 1920), test::kStartTime);
    const Content& content = kiosk.app().pack();
    REQUIRE(kiosk.tap(text(kiosk, "attract.start")));
    REQUIRE(kiosk.tap(content.questions[0].options[1].text));
    REQUIRE(kiosk.app().kiosk().session().question == 1);
    REQUIRE(kiosk.tap(text(kiosk, "common.back")));
    CHECK(kiosk.app().kiosk().session().question == 0);
    CHECK(kiosk.app().kiosk().session().answers.picked[0] == std::vector<int>{1});
    // Coming back, the answer shows and Verder is there.
    CHECK(kiosk.visible(text(kiosk, "common.next")));
    REQUIRE(kiosk.tap(text(kiosk, "common.next")));
    CHECK(kiosk.app().kiosk().session().question == 1);
    // Back from the first question returns to the attract screen and forgets the visitor.
    REQUIRE(kiosk.tap(text(kiosk, "common.back")));
    REQUIRE(kiosk.tap(text(kiosk, "common.back")));
    CHECK(kiosk.app().kiosk().session().screen == Screen::Attract);
    CHECK(kiosk.app().kiosk().session().answers.picked.empty());
}

TEST_CASE("Dragging a long list scrolls it and presses nothing, even when the drag starts on a button") {
    HeadlessKiosk kiosk(test::headless_options(1920, 1080), test::kStartTime);
    REQUIRE(kiosk.tap(text(kiosk, "attract.start")));
    test::answer_all_questions(kiosk);
    const Session& session = kiosk.app().kiosk().session();
    REQUIRE(session.screen == Screen::Results);
    const Programme& first = kiosk.app().pack().programmes[static_cast<std::size_t>(session.ranking.fits.front().programme)];
    const std::string label = "Bekijk " + first.name;
    const HitTarget* start = kiosk.target(label);
    REQUIRE(start);
    const float x = (start->min.x + start->max.x) / 2, y = (start->min.y + start->max.y) / 2;
    // The card's bottom edge: its top is cut by the list's edge once it scrolls up.
    const float bottom_before = start->max.y;
    kiosk.drag(x, y, x, y - 250, 0.5);  // slow drag: little coasting
    CHECK(session.screen == Screen::Results);
    CHECK(session.opened.empty());
    const HitTarget* after = kiosk.target(label);
    if (after) CHECK(after->max.y < bottom_before - 200);  // the list followed the finger
    else SUCCEED("the button scrolled out of view");
    CHECK(kiosk.screenshot(test::shot_path("drag-results")));

    REQUIRE(kiosk.tap(text(kiosk, "results.take_home")));
    REQUIRE(session.screen == Screen::Favourite);
    REQUIRE(kiosk.tap(text(kiosk, "common.back")));
    REQUIRE(session.screen == Screen::Results);
}

TEST_CASE("Dragging a long programme card scrolls it without pressing the favourite button") {
    // A pack whose card is much longer than the screen.
    PackFiles files = test::mini_pack();
    files["texts/nl.ini"] = test::default_pack().at("texts/nl.ini");
    std::string long_text;
    for (int i = 0; i < 40; ++i) long_text += "Een week in de zorg ziet er elke dag weer anders uit. ";
    std::string& csv = files["programmes.csv"];
    csv.replace(csv.find(";Zorgen;"), 8, ";" + long_text + ";");
    const std::string dir = test::write_temp_pack(files, "kiosk-long-card");
    HeadlessKiosk kiosk(test::headless_options(1920, 1080, dir), test::kStartTime);
    REQUIRE(kiosk.tap(text(kiosk, "attract.start")));
    test::answer_all_questions(kiosk);
    const Session& session = kiosk.app().kiosk().session();
    REQUIRE(session.screen == Screen::Results);
    REQUIRE(test::tap_scrolling(kiosk, "Bekijk Helpende"));
    REQUIRE(session.screen == Screen::Programme);
    const Image before = kiosk.app().screenshot();
    const HitTarget* favourite = kiosk.target(text(kiosk, "programme.favourite"));
    REQUIRE(favourite);
    const float fx = (favourite->min.x + favourite->max.x) / 2, fy = (favourite->min.y + favourite->max.y) / 2;
    // A drag that starts on the favourite button scrolls the card and presses nothing.
    kiosk.drag(fx, fy, fx, fy - 400, 0.3);
    CHECK(session.favourite == -1);
    CHECK(session.screen == Screen::Programme);
    CHECK(changed_rows(before, kiosk.app().screenshot()) > 200);  // the card moved
    kiosk.drag(500, 900, 500, 300, 0.12);  // a flick over the card text
    CHECK(session.favourite == -1);
    CHECK(session.screen == Screen::Programme);
    CHECK(kiosk.screenshot(test::shot_path("card-scrolled")));
    // A plain tap does press it.
    REQUIRE(kiosk.tap(text(kiosk, "programme.favourite")));
    CHECK(session.favourite == session.open_programme);
    CHECK(kiosk.visible(text(kiosk, "programme.favourite_on")));
    std::filesystem::remove_all(dir);
}

TEST_CASE("Idle: 'Ben je er nog?' with a countdown, then everything is wiped") {
    HeadlessKiosk kiosk(test::headless_options(1080, 1920), test::kStartTime);
    const Content& content = kiosk.app().pack();
    REQUIRE(kiosk.tap(text(kiosk, "attract.start")));
    REQUIRE(kiosk.tap(content.questions[0].options[0].text));
    REQUIRE(kiosk.tap(content.questions[1].options[0].text));

    kiosk.advance(content.event.idle_seconds + 1);
    REQUIRE(kiosk.visible(text(kiosk, "idle.stay")));
    CHECK_FALSE(kiosk.visible(content.questions[2].options[0].text));  // only the prompt can be tapped
    CHECK(kiosk.screenshot(test::shot_path("idle-prompt")));
    REQUIRE(kiosk.tap(text(kiosk, "idle.stay")));
    CHECK(kiosk.app().kiosk().session().screen == Screen::Question);
    CHECK(kiosk.app().kiosk().session().answers.picked[2].empty());  // the tap did not answer anything
    CHECK(kiosk.app().kiosk().session().question == 2);

    kiosk.advance(content.event.idle_seconds + content.event.countdown_seconds + 1);
    const Session& session = kiosk.app().kiosk().session();
    CHECK(session.screen == Screen::Attract);
    CHECK(session.answers.picked.empty());
    const Statistics counts = visit_counts_now(kiosk);
    CHECK(counts.at({test::hour_of_start(), "bezoekers", ""}) == 1);
    CHECK_FALSE(counts.count({test::hour_of_start(), "afgerond", ""}));  // wiped before the QR code
    CHECK(kiosk.visible(text(kiosk, "attract.start")));
}

TEST_CASE("The next visitor finds every list at the top, not where the previous one left it") {
    HeadlessKiosk kiosk(test::headless_options(1920, 1080), test::kStartTime);
    const Session& session = kiosk.app().kiosk().session();
    REQUIRE(kiosk.tap(text(kiosk, "attract.start")));
    test::answer_all_questions(kiosk);
    REQUIRE(session.screen == Screen::Results);
    const std::string first = "Bekijk " + kiosk.app().pack().programmes[static_cast<std::size_t>(session.ranking.fits.front().programme)].name;
    const HitTarget* before = kiosk.target(first);
    REQUIRE(before);
    const float top = before->min.y;
    kiosk.drag(900, 900, 900, 300, 0.5);
    CHECK((!kiosk.target(first) || kiosk.target(first)->min.y < top - 100));
    test::reflect_and_finish(kiosk);
    REQUIRE(kiosk.tap(text(kiosk, "finish.done")));

    REQUIRE(kiosk.tap(text(kiosk, "attract.start")));
    test::answer_all_questions(kiosk);
    const HitTarget* again = kiosk.target(first);
    REQUIRE(again);
    CHECK(again->min.y == Approx(top));
}

TEST_CASE("Stoppen asks first, and ends the walk-through when the visitor says yes") {
    HeadlessKiosk kiosk(test::headless_options(1920, 1080), test::kStartTime);
    REQUIRE(kiosk.tap(text(kiosk, "attract.start")));
    REQUIRE(kiosk.tap(kiosk.app().pack().questions[0].options[0].text));
    REQUIRE(kiosk.tap(text(kiosk, "common.stop")));
    CHECK(kiosk.app().kiosk().session().screen == Screen::Question);
    // Only the question's answers, and the speaker that reads it aloud, can be tapped.
    CHECK(kiosk.labels() == std::vector<std::string>{text(kiosk, "speech.read"), text(kiosk, "stand.stop_no"), text(kiosk, "stand.stop_yes")});
    REQUIRE(kiosk.tap(text(kiosk, "stand.stop_no")));
    CHECK(kiosk.app().kiosk().session().question == 1);  // on where they were
    REQUIRE(kiosk.tap(text(kiosk, "common.stop")));
    REQUIRE(kiosk.tap(text(kiosk, "stand.stop_yes")));
    CHECK(kiosk.app().kiosk().session().screen == Screen::Attract);
    const Statistics counts = visit_counts_now(kiosk);
    CHECK(counts.at({test::hour_of_start(), "bezoekers", ""}) == 1);
    CHECK_FALSE(counts.count({test::hour_of_start(), "afgerond", ""}));
}

TEST_CASE("The headless script runs taps, waits and screenshots by label") {
    HeadlessKiosk kiosk(test::headless_options(1080, 1920), test::kStartTime);
    const Content& content = kiosk.app().pack();
    const std::string shot = test::shot_path("script-question");
    const std::string script = "# a pupil starts\ntap " + text(kiosk, "attract.start") + "\nexpect " +
                               content.questions[0].options[0].text + "\nshot " + shot + "\ntap-at 5 5\nwait 2\n";
    CHECK(run_script(kiosk, script).empty());
    CHECK(kiosk.app().kiosk().session().screen == Screen::Question);
    CHECK(run_script(kiosk, "tap Bestaat niet").find("regel 1") != std::string::npos);
    CHECK(run_script(kiosk, "vlieg 3").find("onbekende opdracht") != std::string::npos);
}

TEST_CASE("Token mode: the QR carries only a token, and the kiosk keeps the result under it") {
    PackFiles files = test::default_pack();
    std::string& event = files["event.ini"];
    event.replace(event.find("[portfolio]"), 11, "[portfolio]\nmode = token");
    const std::string dir = test::write_temp_pack(files, "kiosk-token-mode");
    HeadlessKiosk kiosk(test::headless_options(1080, 1920, dir), test::kStartTime);
    REQUIRE(kiosk.app().pack().event.portfolio_mode == PortfolioMode::Token);
    test::walk_to_finish(kiosk);
    const std::string shot = test::shot_path("token-finish");
    REQUIRE(kiosk.screenshot(shot));
    const auto& home = kiosk.app().kiosk().visit().take_home;
    REQUIRE(home);
    const auto decoded = test::decode_qr_png(shot);
    REQUIRE(decoded.size() == 1);
    CHECK(decoded.front() == kiosk.app().pack().event.viewer_url + "#t=" + home->token);
    CHECK(kiosk.visible(home->code) == false);  // the code is text, not a button
    const auto records = kiosk.app().store().portfolio_records();
    REQUIRE(records.size() == 1);
    CHECK(records.front().find("\"token\":\"" + home->token + "\"") != std::string::npos);
    // Back to the next step and forward again: the same token, the record updated, not doubled.
    REQUIRE(kiosk.tap(text(kiosk, "common.back")));
    REQUIRE(kiosk.tap(text(kiosk, "reflect.done")));
    CHECK(kiosk.app().kiosk().visit().take_home->token == home->token);
    CHECK(kiosk.app().store().portfolio_records().size() == 1);
    std::filesystem::remove_all(dir);
}

TEST_CASE("Fragment mode keeps no result on the kiosk") {
    HeadlessKiosk kiosk(test::headless_options(1080, 1920), test::kStartTime);
    test::walk_to_finish(kiosk);
    CHECK(kiosk.app().store().portfolio_records().empty());
}

using test::wait_for_printer;

TEST_CASE("Finishing prints the ticket without waiting for the printer, it says so on screen") {
    test::FakePrinter printer(test::FakeBehaviour::Ready);
    const std::string dir = test::pack_with_printer(printer.address(), "kiosk-printer-ready");
    HeadlessKiosk kiosk(test::headless_options(1080, 1920, dir), test::kStartTime);
    test::walk_to_finish(kiosk);
    REQUIRE(kiosk.app().kiosk().visit().print_job);
    CHECK(wait_for_printer(kiosk) == PrinterState::Printed);
    const std::string link = kiosk.app().kiosk().visit().take_home->link;
    const Bitmap printed = test::decode_escpos(printer.received());
    CHECK(test::decode_qr(test::rgba_of(printed), printed.width, printed.height) == std::vector<std::string>{link});
    std::filesystem::remove_all(dir);
}

TEST_CASE("Printer out of paper: a clear Dutch message, the QR stays on screen, the kiosk carries on") {
    test::FakePrinter printer(test::FakeBehaviour::OutOfPaper);
    const std::string dir = test::pack_with_printer(printer.address(), "kiosk-printer-paper");
    HeadlessKiosk kiosk(test::headless_options(1080, 1920, dir), test::kStartTime);
    test::walk_to_finish(kiosk);
    CHECK(wait_for_printer(kiosk) == PrinterState::OutOfPaper);
    const std::string shot = test::shot_path("finish-out-of-paper");
    REQUIRE(kiosk.screenshot(shot));
    CHECK(test::decode_qr_png(shot) == std::vector<std::string>{kiosk.app().kiosk().visit().take_home->link});
    REQUIRE(kiosk.tap(text(kiosk, "finish.done")));
    CHECK(kiosk.app().kiosk().session().screen == Screen::Attract);
    CHECK(kiosk.app().kiosk().visit().print_job == nullptr);
    // Staff passing the booth see it on the attract screen.
    CHECK(kiosk.app().kiosk().printer_trouble() == PrinterState::OutOfPaper);
    REQUIRE(kiosk.screenshot(test::shot_path("attract-printer-trouble")));
    std::filesystem::remove_all(dir);
}

TEST_CASE("At a booth with an office printer, finishing prints the ticket through CUPS, its QR opens the same result") {
    REQUIRE_CUPS();
    test::CupsServer cups;
    const std::string out = cups.add_pdf_queue("booth-pdf");
    const std::string dir = test::pack_with_printer("booth-pdf", "kiosk-printer-cups", "cups", cups.socket());
    HeadlessKiosk kiosk(test::headless_options(1080, 1920, dir), test::kStartTime);
    test::walk_to_finish(kiosk);
    CHECK(wait_for_printer(kiosk) == PrinterState::Printed);
    const std::string pdf = test::wait_for_pdf(out);
    REQUIRE(!pdf.empty());
    const std::string png = test::render_pdf(pdf, 150);
    CHECK(test::decode_qr_png(png) == std::vector<std::string>{kiosk.app().kiosk().visit().take_home->link});
    std::filesystem::remove_all(dir);
}

TEST_CASE("Samen met mijn ouder: turns on the key questions, clear whose turn it is, talking points on the results") {
    HeadlessKiosk kiosk(test::headless_options(1080, 1920), test::kStartTime);
    const Content& content = kiosk.app().pack();
    const Session& session = kiosk.app().kiosk().session();
    const int parent_turns = test::walk_together_to_results(kiosk, "together-parent-turn");
    REQUIRE(session.screen == Screen::Results);
    CHECK(parent_turns == std::count_if(content.questions.begin(), content.questions.end(), [](const Question& q) { return q.together; }));
    const auto comparisons = compare_answers(content, session);
    CHECK(std::any_of(comparisons.begin(), comparisons.end(), [](const AnswerComparison& c) { return !c.agree; }));
    CHECK(std::any_of(comparisons.begin(), comparisons.end(), [](const AnswerComparison& c) { return c.agree; }));
    REQUIRE(kiosk.screenshot(test::shot_path("together-results")));
    test::reflect_and_finish(kiosk);
    REQUIRE(session.screen == Screen::Finish);
    REQUIRE(kiosk.screenshot(test::shot_path("together-finish")));
}

TEST_CASE("The offer by touch: two cards looked at, taken home, a favourite, the reflections, a step and a QR that scans") {
    HeadlessKiosk kiosk(test::headless_options(1080, 1920), test::kStartTime);
    const Content& content = kiosk.app().pack();
    const Session& session = kiosk.app().kiosk().session();
    REQUIRE(kiosk.tap(text(kiosk, "browse.open")));
    REQUIRE(session.screen == Screen::Browse);
    CHECK_FALSE(kiosk.visible(text(kiosk, "browse.take_home")));  // nothing looked at yet
    const std::vector<int> found = browse_programmes(content, session.browse);
    REQUIRE(found.size() >= 2);
    const Programme& first = content.programmes[static_cast<std::size_t>(found[0])];
    const Programme& second = content.programmes[static_cast<std::size_t>(found[1])];
    REQUIRE(kiosk.tap(first.name));
    REQUIRE(session.screen == Screen::Programme);
    REQUIRE(kiosk.tap(text(kiosk, "browse.back_to_list")));
    CHECK(kiosk.visible(text(kiosk, "browse.take_home")));
    REQUIRE(kiosk.tap(second.name));
    CHECK(kiosk.screenshot(test::shot_path("offer-0-card")));
    REQUIRE(kiosk.tap(text(kiosk, "browse.take_home")));  // from the card opened from the list

    REQUIRE(session.screen == Screen::Favourite);
    CHECK(kiosk.visible(text(kiosk, "favourite.unsure")));
    CHECK_FALSE(kiosk.visible(text(kiosk, "common.next")));  // nothing chosen for the visitor
    CHECK(kiosk.screenshot(test::shot_path("offer-1-favourite")));
    REQUIRE(kiosk.tap(first.name));

    // One reflection a screen: the way of learning does not suit, the effort is unknown.
    const std::map<std::string, std::size_t> answers = {{"aanspreken", 2}, {"manier", 2}, {"moeite", 3}};
    while (session.screen == Screen::Reflect) {
        const Question& reflection = content.reflections[session.reflection];
        if (session.reflection == 0) CHECK(kiosk.screenshot(test::shot_path("offer-2-reflection")));
        REQUIRE(kiosk.tap(reflection.options.at(answers.at(reflection.key)).text));
    }
    REQUIRE(session.screen == Screen::Step);
    CHECK(kiosk.visible(content.texts.format("reflect.second_choice", {{"naam", second.name}})));
    CHECK_FALSE(kiosk.visible(text(kiosk, "reflect.done")));
    CHECK(kiosk.screenshot(test::shot_path("offer-3-step")));
    const NextStep* mentor = nullptr;
    for (const NextStep& step : content.next_steps)
        if (step.key == "mentor") mentor = &step;
    REQUIRE(mentor);
    REQUIRE(kiosk.tap(mentor->text));
    REQUIRE(kiosk.tap(text(kiosk, "reflect.done")));

    REQUIRE(session.screen == Screen::Finish);
    const PortfolioResult result = test::read_finish_qr(kiosk, "offer-4-finish");
    REQUIRE(result.programmes.size() == 2);
    CHECK(result.programmes[0].crebo == first.crebo);
    CHECK(result.programmes[1].crebo == second.crebo);
    CHECK(result.programmes[0].reasons.empty());
    CHECK(result.favourite == first.crebo);
    CHECK(result.reflections == std::vector<int>{2, 2, 3});
    CHECK(content.next_steps[static_cast<std::size_t>(result.next_step)].key == "mentor");
    REQUIRE(kiosk.tap(text(kiosk, "finish.done")));
    CHECK(session.screen == Screen::Attract);
    const Statistics counts = visit_counts_now(kiosk);
    CHECK(counts.at({test::hour_of_start(), "afgerond", ""}) == 1);
    CHECK(counts.at({test::hour_of_start(), "stap", "mentor"}) == 1);
}

TEST_CASE("'Ik weet het nog niet' as favourite: the reflections phrased without one, a step, and a link with no favourite") {
    HeadlessKiosk kiosk(test::headless_options(1080, 1920), test::kStartTime);
    const Content& content = kiosk.app().pack();
    const Session& session = kiosk.app().kiosk().session();
    REQUIRE(kiosk.tap(text(kiosk, "attract.start")));
    test::answer_all_questions(kiosk);
    REQUIRE(kiosk.tap(text(kiosk, "results.take_home")));
    REQUIRE(session.screen == Screen::Favourite);
    REQUIRE(kiosk.tap(text(kiosk, "favourite.unsure")));
    REQUIRE(session.screen == Screen::Reflect);
    CHECK(kiosk.screenshot(test::shot_path("unsure-1-reflection")));
    while (session.screen == Screen::Reflect) {
        CHECK_FALSE(content.reflections[session.reflection].general_text.empty());
        REQUIRE(kiosk.tap(content.reflections[session.reflection].options.back().text));  // "Weet ik nog niet"
    }
    REQUIRE(session.screen == Screen::Step);
    CHECK(kiosk.screenshot(test::shot_path("unsure-2-step")));
    REQUIRE(kiosk.tap(content.next_steps.front().text));
    REQUIRE(kiosk.tap(text(kiosk, "reflect.done")));
    const std::string shot = test::shot_path("unsure-3-finish");
    REQUIRE(kiosk.screenshot(shot));
    const auto decoded = test::decode_qr_png(shot);
    REQUIRE(decoded.size() == 1);
    const auto result = decode_fragment(decoded.front().substr(decoded.front().find('#') + 1));
    REQUIRE(result);
    CHECK(result->favourite.empty());
    CHECK(decoded.front().find('*') == std::string::npos);
    // Back through the steps and the reflection lands on the question of a favourite again.
    REQUIRE(kiosk.tap(text(kiosk, "common.back")));
    REQUIRE(kiosk.tap(text(kiosk, "common.back")));
    REQUIRE(session.screen == Screen::Reflect);
    while (session.screen == Screen::Reflect) {
        CHECK(kiosk.visible(text(kiosk, "common.next")));  // answered before: on without a new tap
        REQUIRE(kiosk.tap(text(kiosk, "common.back")));
    }
    REQUIRE(session.screen == Screen::Favourite);
    CHECK(kiosk.visible(text(kiosk, "common.next")));  // "Ik weet het nog niet" is an answer: on from here
}
