// The portfolio viewer in a real browser: the link decoded from the QR code in a screenshot of
// the kiosk's finish screen is opened in headless Chromium, and the page must show this
// visitor's own result as a sheet to take to the mentor and home, printing on one A4 page, with
// a JSON export a loopbaandossier can import. Damaged links must give the friendly message,
// never a blank page. Screenshots of the phone page and of the A4 print go to build/screenshots/.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <regex>
#include <set>

#include <nlohmann/json.hpp>

#include "output/portfolio_link.h"
#include "output/qr.h"
#include "output/viewer_data.h"
#include "support/command.h"
#include "support/kiosk_fixture.h"
#include "support/qr_decode.h"
#include "support/random_answers.h"
#include "text/text.h"

using namespace kiosk;
namespace fs = std::filesystem;

namespace {

// The viewer folder as a school would host it: the static files plus the generated data.
fs::path build_viewer(const Content& content) {
    const fs::path dir = fs::temp_directory_path() / ("kiosk-viewer-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    for (const char* file : {"index.html", "result.js", "export.js", "viewer.js", "viewer.css"})
        fs::copy_file(fs::path(test::source_dir()) / "tools/portfolio-viewer" / file, dir / file,
                      fs::copy_options::overwrite_existing);
    std::ofstream(dir / "viewer-data.js") << "window.KIOSK_VIEWER_DATA = " << viewer_data_json(content) << ";\n";
    return dir;
}

using Run = test::CommandRun;

Run run(const std::string& command) { return test::run_command(command); }

std::string page_url(const fs::path& page, const std::string& fragment) { return "'file://" + page.string() + "#" + fragment + "'"; }

const std::string kChromium = "chromium --headless --no-sandbox --disable-gpu --hide-scrollbars ";

// The page's DOM after its scripts ran, from headless Chromium.
std::string browser_dom(const fs::path& page, const std::string& fragment) {
    return run(kChromium + "--dump-dom " + page_url(page, fragment) + " 2>/dev/null").output;
}

// The page as a phone shows it (390 x 844 CSS pixels, at twice the pixels), as a PNG.
void phone_screenshot(const fs::path& page, const std::string& fragment, const std::string& png, int height = 844) {
    fs::remove(png);
    run(kChromium + "--window-size=390," + std::to_string(height) + " --force-device-scale-factor=2 --screenshot=" + png + " " +
        page_url(page, fragment) + " >/dev/null 2>&1");
    REQUIRE(fs::exists(png));
}

// The page printed by Chromium (with its print stylesheet) to a PDF; returns its number of pages.
int print_pages(const fs::path& page, const std::string& fragment, const std::string& pdf) {
    fs::remove(pdf);
    run(kChromium + "--no-pdf-header-footer --print-to-pdf=" + pdf + " " + page_url(page, fragment) + " >/dev/null 2>&1");
    REQUIRE(fs::exists(pdf));
    const Run info = run("pdfinfo " + pdf);
    INFO(info.output);
    std::smatch pages;
    REQUIRE(std::regex_search(info.output, pages, std::regex("Pages:\\s+([0-9]+)")));
    std::smatch size;  // A4 is 595 x 842 points
    REQUIRE(std::regex_search(info.output, size, std::regex("Page size:\\s+([0-9.]+) x ([0-9.]+) pts")));
    CHECK(std::abs(std::stod(size[1]) - 595.3) < 1.0);
    CHECK(std::abs(std::stod(size[2]) - 841.9) < 1.0);
    return std::stoi(pages[1]);
}

// The first page of a PDF as a PNG, as a mentor sees the printout.
void pdf_to_png(const std::string& pdf, const std::string& png) {
    const std::string stem = png.substr(0, png.size() - 4);
    fs::remove(png);
    run("pdftoppm -png -r 110 -singlefile " + pdf + " " + stem);
    REQUIRE(fs::exists(png));
}

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

}  // namespace

TEST_CASE("The QR on the finish screen opens this visitor's own result in the viewer (headless Chromium)") {
    HeadlessKiosk kiosk(test::headless_options(1080, 1920), test::kStartTime);
    const Content& content = kiosk.app().pack();
    test::walk_to_finish(kiosk);
    const std::string shot = test::shot_path("viewer-source-finish");
    REQUIRE(kiosk.screenshot(shot));
    const auto links = test::decode_qr_png(shot);
    REQUIRE(links.size() == 1);
    const std::string fragment = links.front().substr(links.front().find('#') + 1);

    const fs::path viewer = build_viewer(content);
    const std::string dom = browser_dom(viewer / "index.html", fragment);
    const Session& session = kiosk.app().kiosk().session();
    const Programme& favourite = content.programmes[static_cast<std::size_t>(session.favourite)];
    CHECK(contains(dom, "<h1>" + content.texts.get("viewer.title") + "</h1>"));
    CHECK(contains(dom, "data-crebo=\"" + favourite.crebo + "\""));
    CHECK(contains(dom, favourite.name));
    CHECK(contains(dom, favourite.card.what_you_do));
    CHECK(contains(dom, favourite.card.admission));  // how to get in, for the mentor too
    // Where this pupil may start, as the results said it.
    REQUIRE(session.ranking.track >= 0);
    CHECK(contains(dom, "id=\"start\""));
    CHECK(contains(dom, content.tracks[static_cast<std::size_t>(session.ranking.track)].text));
    // A later route says how to get there, as the results did.
    if (!session.ranking.later_routes.empty()) {
        const Match& route = session.ranking.later_routes.front();
        CHECK(contains(dom, route.reasons.back().text));
    }
    for (const Reason& reason : session.ranking.fits.front().reasons)
        if (reason.question >= 0) CHECK(contains(dom, reason.text));  // the very sentences the kiosk showed
    CHECK(contains(dom, content.next_steps[static_cast<std::size_t>(session.next_step)].text));
    CHECK(contains(dom, content.reflections.front().options.front().text));
    CHECK_FALSE(contains(dom, "id=\"error\""));

    // Damaged, truncated or tampered links: a friendly message, never a blank page.
    const std::string friendly = content.texts.get("viewer.invalid");
    for (const std::string& bad : {fragment.substr(0, fragment.size() / 2), std::string("2;e=X;a=1"), std::string("garbage"),
                                   fragment + ";z=1", std::string("1;e=OD-2026-11;a=0;p=99999:0")}) {
        INFO(bad);
        const std::string page = browser_dom(viewer / "index.html", bad);
        CHECK(contains(page, "id=\"error\""));
        CHECK(contains(page, friendly));
    }
    CHECK(contains(browser_dom(viewer / "index.html", "t=ABCDEFGHJKMNPQRSTVWXYZ0123"), content.texts.get("viewer.token")));

    // No camera: the short code under the QR, typed in the viewer, shows the same result.
    REQUIRE(kiosk.app().kiosk().visit().take_home);
    const std::string code = kiosk.app().kiosk().visit().take_home->code;
    const std::string typed = browser_dom(viewer / "index.html", "k=" + code);
    CHECK_FALSE(contains(typed, "id=\"error\""));
    CHECK(contains(typed, "data-crebo=\"" + favourite.crebo + "\""));
    for (const Match* match : shown_matches(session.ranking)) {
        const Programme& programme = content.programmes[static_cast<std::size_t>(match->programme)];
        CHECK(contains(typed, "data-crebo=\"" + programme.crebo + "\""));
        for (const Reason& reason : match->reasons)
            if (reason.question >= 0 && match->kind != MatchKind::LaterRoute) CHECK(contains(typed, reason.text));
    }
    CHECK(contains(typed, content.next_steps[static_cast<std::size_t>(session.next_step)].text));
    // The page without a link asks for the code; a mistyped code is refused, and can be typed again.
    CHECK(contains(browser_dom(viewer / "index.html", ""), "id=\"code-form\""));
    std::string typo = code;
    typo[0] = typo[0] == 'A' ? 'B' : 'A';
    const std::string refused = browser_dom(viewer / "index.html", "k=" + typo);
    CHECK(contains(refused, content.texts.get("viewer.code_invalid")));
    CHECK(contains(refused, "id=\"code-form\""));
    fs::remove_all(viewer);
}

TEST_CASE("Samen: the QR carries the parent's answers, and the viewer shows where they agree and differ") {
    HeadlessKiosk kiosk(test::headless_options(1080, 1920), test::kStartTime);
    const Content& content = kiosk.app().pack();
    test::walk_together_to_results(kiosk);
    test::reflect_and_finish(kiosk);
    const std::string shot = test::shot_path("viewer-together-finish");
    REQUIRE(kiosk.screenshot(shot));
    const auto links = test::decode_qr_png(shot);
    REQUIRE(links.size() == 1);
    CHECK(make_qr(links.front()).version <= 10);
    const std::string fragment = links.front().substr(links.front().find('#') + 1);
    const auto decoded = decode_fragment(fragment);
    REQUIRE(decoded);
    CHECK_FALSE(decoded->parent_answers.empty());

    const fs::path viewer = build_viewer(content);
    const std::string dom = browser_dom(viewer / "index.html", fragment);
    CHECK_FALSE(contains(dom, "id=\"error\""));
    CHECK(contains(dom, content.texts.get("together.title")));
    CHECK(contains(dom, "id=\"together\""));
    const Session& session = kiosk.app().kiosk().session();
    for (const AnswerComparison& c : compare_answers(content, session)) {
        if (c.agree) continue;
        const Question& question = content.questions[static_cast<std::size_t>(c.question)];
        CHECK(contains(dom, question.options[static_cast<std::size_t>(c.parent.front())].text));  // what the parent chose
    }
    CHECK(contains(dom, content.texts.get("together.home_1")));
    fs::remove_all(viewer);
}

TEST_CASE("A visitor in Arabic: the viewer opens right to left in Arabic, and offers the other languages") {
    HeadlessKiosk kiosk(test::headless_options(1080, 1920), test::kStartTime);
    const Content& pack = kiosk.app().pack();
    REQUIRE(kiosk.tap(test::language_name(kiosk, "ar")));
    test::walk_together_to_results(kiosk);
    test::reflect_and_finish(kiosk);
    const Content& arabic = kiosk.app().kiosk().content();
    const std::string shot = test::shot_path("viewer-arabic-finish");
    REQUIRE(kiosk.screenshot(shot));
    const auto links = test::decode_qr_png(shot);
    REQUIRE(links.size() == 1);
    const std::string fragment = links.front().substr(links.front().find('#') + 1);
    CHECK(contains(fragment, ";l=ar"));

    const fs::path viewer = build_viewer(pack);
    const std::string dom = browser_dom(viewer / "index.html", fragment);
    CHECK_FALSE(contains(dom, "id=\"error\""));
    CHECK(contains(dom, "lang=\"ar\" dir=\"rtl\""));
    const std::string without_isolates = std::regex_replace(dom, std::regex("<bdi dir=\"ltr\">|</bdi>"), "");  // the asides of mixed names (below)
    CHECK(contains(dom, arabic.texts.get("viewer.title")));
    CHECK(contains(dom, arabic.texts.get("together.title")));
    const Session& session = kiosk.app().kiosk().session();
    const Programme& first = arabic.programmes[static_cast<std::size_t>(session.ranking.fits.front().programme)];
    // A name with its Dutch name in brackets keeps that aside in one left-to-right <bdi>,
    // brackets included, so a title that wraps keeps "(Helpende" and "Zorg en Welzijn)" whole.
    CHECK(contains(without_isolates, first.name));
    const std::size_t aside = first.name.find(" (");
    REQUIRE(aside != std::string::npos);  // the default pack's Arabic names all carry the Dutch one
    CHECK(contains(dom, "<h3 dir=\"rtl\">" + first.name.substr(0, aside + 1) + "<bdi dir=\"ltr\">" + first.name.substr(aside + 1) + "</bdi>"));
    // The talking points of "samen" quote the answers the Arabic way.
    const std::vector<AnswerComparison> talk = compare_answers(arabic, session);
    REQUIRE_FALSE(talk.empty());
    CHECK(contains(dom, talking_point(arabic, talk.front())));
    CHECK(contains(dom, "«"));
    // On a phone the long names wrap: the screenshot shows whether their brackets stay whole.
    phone_screenshot(viewer / "index.html", fragment, test::shot_path("viewer-arabic-phone"), 1600);
    CHECK(contains(without_isolates, session.ranking.fits.front().reasons.front().text));  // the very sentence the kiosk showed
    // Every language of the pack on offer, by its own name.
    CHECK(contains(dom, "id=\"languages\""));
    for (const LanguageInfo& language : offered_languages(pack)) CHECK(contains(dom, ">" + language.name + "<"));
    // The same result in Dutch, when the reader (or a short code) asks for no language.
    const std::string dutch = browser_dom(viewer / "index.html", "k=" + kiosk.app().kiosk().visit().take_home->code);
    CHECK_FALSE(contains(dutch, "id=\"error\""));
    CHECK(contains(dutch, "lang=\"nl\" dir=\"ltr\""));
    CHECK(contains(dutch, pack.programmes[static_cast<std::size_t>(session.ranking.fits.front().programme)].name));
    // The page that asks for a code offers the languages first too, and a damaged Arabic link
    // apologises in Arabic.
    CHECK(contains(browser_dom(viewer / "index.html", ""), "id=\"languages\""));
    const std::string damaged = browser_dom(viewer / "index.html", fragment.substr(0, fragment.size() - 1) + "x");
    CHECK(contains(damaged, "id=\"error\""));
    CHECK(contains(damaged, arabic.texts.get("viewer.invalid")));
    fs::remove_all(viewer);
}

namespace {

// Where each id'd part of the sheet starts in the DOM (npos when it is missing).
std::size_t at(const std::string& dom, const std::string& id) { return dom.find("id=\"" + id + "\""); }

// The parts of the sheet, in the order a pupil and a mentor read them.
void check_sheet_order(const std::string& dom, bool favourite) {
    std::vector<std::string> parts = {"programmes", "answers", "reflections", "step", "meeloop", "mentor", "parents", "what-now"};
    if (favourite) parts.insert(parts.begin(), "favourite");
    else parts.erase(parts.begin() + 2);  // reflections are about the favourite
    for (std::size_t i = 0; i < parts.size(); ++i) {
        INFO(parts[i]);
        REQUIRE(at(dom, parts[i]) != std::string::npos);
        if (i > 0) CHECK(at(dom, parts[i - 1]) < at(dom, parts[i]));
    }
}

// The texts every sheet carries, whatever the visitor did: the meeloopdag questions, the four
// steps of the talk with the mentor, and the prompts for parents, all from the pack's texts.
void check_conversation(const std::string& dom, const Content& content) {
    for (const char* key : {"viewer.meeloop_title", "viewer.meeloop_1", "viewer.meeloop_2", "viewer.meeloop_3",
                            "viewer.mentor_title", "viewer.mentor_1", "viewer.mentor_1_ask", "viewer.mentor_2_ask",
                            "viewer.mentor_3_ask", "viewer.mentor_4", "viewer.mentor_4_ask", "viewer.parents_title",
                            "viewer.parents_intro", "viewer.parents_1", "viewer.parents_2", "viewer.parents_3",
                            "viewer.answers", "viewer.print", "viewer.save"}) {
        INFO(key);
        CHECK(contains(dom, content.texts.get(key)));
    }
}

const char* kind_word(MatchKind kind) {
    switch (kind) {
        case MatchKind::Fit: return "fit";
        case MatchKind::Surprise: return "surprise";
        case MatchKind::LaterRoute: return "later";
    }
    return "?";
}

// The match strength in words once the matching has one (MatchStrength: Strong, Good,
// Interesting); null before, as result.js then gives none either.
template <typename M>
nlohmann::json strength_json(const M& match) {
    if constexpr (requires { match.strength; }) {
        static const char* const kWords[] = {"strong", "good", "interesting"};
        return kWords[static_cast<int>(match.strength)];
    } else {
        return nullptr;
    }
}

template <typename R>
nlohmann::json informed_json(const R& ranking) {
    if constexpr (requires { ranking.informed; }) return ranking.informed;
    else return nullptr;
}

nlohmann::json options_json(const Question& question, const std::vector<int>& picked) {
    nlohmann::json options = nlohmann::json::array();
    for (const int o : picked)
        options.push_back({{"key", question.options[static_cast<std::size_t>(o)].key}, {"text", question.options[static_cast<std::size_t>(o)].text}});
    return options;
}

// What the viewer's "Download (JSON)" must give for this visitor, built from the kiosk's own
// session (docs/portfolio-link.md, "Export for the loopbaandossier").
nlohmann::json expected_export(const Content& content, const Session& session, const std::string& source) {
    using nlohmann::json;
    json answers = json::array();
    for (std::size_t q = 0; q < content.questions.size(); ++q)
        answers.push_back({{"question", content.questions[q].key}, {"text", content.questions[q].text},
                           {"options", options_json(content.questions[q], session.answers.picked[q])}});
    const std::string favourite = session.favourite >= 0 ? content.programmes[static_cast<std::size_t>(session.favourite)].crebo : "";
    json programmes = json::array();
    for (const Match* match : shown_matches(session.ranking)) {
        const Programme& p = content.programmes[static_cast<std::size_t>(match->programme)];
        json reasons = json::array();
        if (match->kind != MatchKind::LaterRoute)
            for (const Reason& reason : match->reasons)
                if (reason.question >= 0) reasons.push_back(reason.text);
        json entry = {{"crebo", p.crebo}, {"name", p.name}, {"level", p.level}, {"leerweg", leerweg_label(content, p)},
                      {"kind", kind_word(match->kind)}, {"strength", strength_json(*match)}, {"favourite", p.crebo == favourite},
                      {"reasons", reasons}};
        if (p.crebo == favourite) programmes.insert(programmes.begin(), entry);  // the favourite first
        else programmes.push_back(entry);
    }
    json reflections = json::array();
    if (!favourite.empty())
        for (std::size_t r = 0; r < content.reflections.size() && r < session.reflections.size(); ++r)
            if (const int o = session.reflections[r]; o >= 0)
                reflections.push_back({{"reflection", content.reflections[r].key},
                                       {"text", replace_all(content.reflections[r].text, "{naam}",
                                                            content.programmes[static_cast<std::size_t>(session.favourite)].name)},
                                       {"option", content.reflections[r].options[static_cast<std::size_t>(o)].key},
                                       {"option_text", content.reflections[r].options[static_cast<std::size_t>(o)].text}});
    json step = nullptr;
    if (session.next_step >= 0) {
        const NextStep& s = content.next_steps[static_cast<std::size_t>(session.next_step)];
        step = {{"key", s.key}, {"text", s.text}, {"detail", content.fill_event_details(s.detail)},
                {"voorbereiding", content.fill_event_details(s.voorbereiding)}};
    }
    json document = {{"format", "kiosk-uitslag"},
                     {"version", 1},
                     {"source", source},
                     {"event", {{"id", content.event.id}, {"name", content.event.name}, {"school", content.event.school}}},
                     {"date", source == "link" ? json(content.event.date) : json(nullptr)},  // a visit on the event's day
                     {"language", "nl"},
                     {"informed", informed_json(session.ranking)},
                     {"answers", answers},
                     {"programmes", programmes},
                     {"favourite", favourite.empty() ? json(nullptr) : json(favourite)},
                     {"reflections", reflections},
                     {"next_step", step}};
    if (session.together && source == "link") {
        json parents = json::array();
        for (std::size_t q = 0; q < content.questions.size(); ++q)
            if (content.questions[q].together)
                parents.push_back({{"question", content.questions[q].key}, {"text", content.questions[q].text},
                                   {"options", options_json(content.questions[q], session.parent_answers.picked[q])}});
        document["parent_answers"] = parents;
    }
    return document;
}

// The export as the viewer makes it, run by Node on the same viewer data.
nlohmann::json node_export(const Content& content, const std::string& fragment) {
    const fs::path data = fs::temp_directory_path() / ("kiosk-viewer-export-" + std::to_string(::getpid()) + ".json");
    std::ofstream(data) << viewer_data_json(content);
    const Run node = run("node " + test::source_dir() + "/tests/viewer/export_result.js " + data.string() + " '" + fragment + "' 2>&1");
    fs::remove(data);
    INFO(node.output);
    REQUIRE(node.exit_code == 0);
    return nlohmann::json::parse(node.output);
}

// A long sheet: of many random visitors on the default content, the one whose link holds the
// most (answers, programmes, reasons), with a favourite, every reflection and a next step, "samen"
// with a parent who differs on every key question; in `language`.
PortfolioResult long_result(const Content& content, const std::string& language) {
    std::mt19937 random(11);
    PortfolioResult longest;
    std::size_t most = 0;
    for (int i = 0; i < 400; ++i) {
        Session session = test::finished_session(content, random);
        session.favourite = shown_matches(session.ranking).front()->programme;
        for (std::size_t r = 0; r < session.reflections.size(); ++r)
            if (session.reflections[r] < 0) session.reflections[r] = 0;
        PortfolioResult result = portfolio_result(content, session, "");
        if (const std::size_t size = encode_fragment(result).size(); size > most) {
            most = size;
            longest = result;
        }
    }
    longest.language = language;
    longest.parent_answers.clear();
    for (std::size_t q = 0; q < content.questions.size(); ++q)
        if (content.questions[q].together) {
            const int pupil = longest.answers[q].empty() ? 0 : longest.answers[q].front();
            longest.parent_answers.push_back({(pupil + 1) % static_cast<int>(content.questions[q].options.size())});
        }
    return longest;
}

}  // namespace

TEST_CASE("The viewer is a conversation sheet: favourite first, own answers, step with preparation, mentor and parents") {
    HeadlessKiosk kiosk(test::headless_options(1080, 1920), test::kStartTime);
    const Content& content = kiosk.app().pack();
    test::walk_to_finish(kiosk);
    const Session& session = kiosk.app().kiosk().session();
    REQUIRE(kiosk.app().kiosk().visit().take_home);
    const std::string fragment = encode_fragment(portfolio_result(content, session, date_stamp(test::kStartTime)));
    const fs::path viewer = build_viewer(content);
    const std::string dom = browser_dom(viewer / "index.html", fragment);
    CHECK_FALSE(contains(dom, "id=\"error\""));
    check_sheet_order(dom, session.favourite >= 0);
    check_conversation(dom, content);
    // The favourite's own part holds it, with its reasons and its card open.
    if (session.favourite >= 0) {
        const Programme& favourite = content.programmes[static_cast<std::size_t>(session.favourite)];
        const std::string part = dom.substr(at(dom, "favourite"), at(dom, "programmes") - at(dom, "favourite"));
        CHECK(contains(part, "data-crebo=\"" + favourite.crebo + "\""));
        CHECK(contains(part, "<details open=\"\">"));
        CHECK(contains(part, favourite.card.what_you_do));
        for (const Match* match : shown_matches(session.ranking))
            if (match->programme == session.favourite)
                for (const Reason& reason : match->reasons)
                    if (reason.question >= 0 && match->kind != MatchKind::LaterRoute) CHECK(contains(part, reason.text));
    }
    // Mijn antwoorden: every question with the texts of the picked options.
    const std::string answers = dom.substr(at(dom, "answers"), at(dom, "step") - at(dom, "answers"));
    for (std::size_t q = 0; q < content.questions.size(); ++q) {
        INFO(content.questions[q].key);
        CHECK(contains(answers, content.questions[q].text));
        for (const int o : session.answers.picked[q]) CHECK(contains(answers, content.questions[q].options[static_cast<std::size_t>(o)].text));
    }
    // The chosen step and what to prepare for it.
    const NextStep& step = content.next_steps[static_cast<std::size_t>(session.next_step)];
    REQUIRE_FALSE(step.voorbereiding.empty());
    CHECK(contains(dom, step.text));
    CHECK(contains(dom, step.voorbereiding));
    CHECK(contains(dom, content.texts.get("viewer.prepare")));
    // Alone: prompts for parents, but no comparison with a parent who was not there.
    CHECK_FALSE(contains(dom, "id=\"together\""));
    // Results in words, never as a percentage of fit: each programme with the kiosk's own word
    // (once the matching has strengths).
    CHECK_FALSE(std::regex_search(dom, std::regex("[0-9]+ ?%</")));
    for (const Match* match : shown_matches(session.ranking))
        if (const nlohmann::json word = strength_json(*match); !word.is_null()) {
            const std::string crebo = content.programmes[static_cast<std::size_t>(match->programme)].crebo;
            const std::string block = dom.substr(dom.find("data-crebo=\"" + crebo + "\""), 400);
            CHECK(contains(block, content.texts.get("results.strength_" + word.get<std::string>())));
        }

    // The short code under the QR gives the same sheet, without language and parents' answers.
    const std::string typed = browser_dom(viewer / "index.html", "k=" + kiosk.app().kiosk().visit().take_home->code);
    CHECK_FALSE(contains(typed, "id=\"error\""));
    check_sheet_order(typed, session.favourite >= 0);
    check_conversation(typed, content);
    CHECK(contains(typed, step.voorbereiding));
    for (std::size_t q = 0; q < content.questions.size(); ++q)
        for (const int o : session.answers.picked[q]) CHECK(contains(typed, content.questions[q].options[static_cast<std::size_t>(o)].text));

    // Phone screenshots: the top of the sheet as the pupil first sees it, and the whole of it.
    phone_screenshot(viewer / "index.html", fragment, test::shot_path("viewer-phone"));
    phone_screenshot(viewer / "index.html", fragment, test::shot_path("viewer-phone-full"), 6400);
    fs::remove_all(viewer);
}

TEST_CASE("The viewer shows no favourite the visitor never chose") {
    const Content& content = test::default_content();
    std::mt19937 random(5);
    Session session = test::finished_session(content, random);
    session.favourite = -1;
    const fs::path viewer = build_viewer(content);
    const std::string dom = browser_dom(viewer / "index.html", encode_fragment(portfolio_result(content, session, "")));
    CHECK_FALSE(contains(dom, "id=\"error\""));
    CHECK_FALSE(contains(dom, "id=\"favourite\""));
    CHECK_FALSE(contains(dom, content.texts.get("viewer.favourite")));
    CHECK_FALSE(contains(dom, "class=\"programme favourite\""));
    check_sheet_order(dom, false);
    CHECK(contains(dom, content.texts.get("viewer.fits")));  // "Opleidingen die bij mij passen", not "Andere ..."
    fs::remove_all(viewer);
}

TEST_CASE("The viewer's JSON export of a known link and of its short code has exactly the documented fields (Node)") {
    HeadlessKiosk kiosk(test::headless_options(1080, 1920), test::kStartTime);
    const Content& content = kiosk.app().pack();
    test::walk_to_finish(kiosk);
    const Session& session = kiosk.app().kiosk().session();
    const std::string fragment = encode_fragment(portfolio_result(content, session, date_stamp(test::kStartTime)));
    const nlohmann::json link = node_export(content, fragment);
    const nlohmann::json expected = expected_export(content, session, "link");
    INFO("export:   " << link.dump(1) << "\nexpected: " << expected.dump(1));
    CHECK(link == expected);
    // No personal data: nothing but the documented fields.
    for (const auto& [key, value] : link.items())
        CHECK(std::set<std::string>{"format", "version", "source", "event", "date", "language", "informed", "answers", "programmes",
                                    "favourite", "reflections", "next_step"}.count(key) == 1);

    const nlohmann::json code = node_export(content, "k=" + kiosk.app().kiosk().visit().take_home->code);
    CHECK(code == expected_export(content, session, "code"));
}

TEST_CASE("Samen: the export carries the parent's answers") {
    HeadlessKiosk kiosk(test::headless_options(1080, 1920), test::kStartTime);
    const Content& content = kiosk.app().pack();
    test::walk_together_to_results(kiosk);
    test::reflect_and_finish(kiosk);
    const Session& session = kiosk.app().kiosk().session();
    const std::string fragment = encode_fragment(portfolio_result(content, session, date_stamp(test::kStartTime)));
    const nlohmann::json exported = node_export(content, fragment);
    INFO(exported.dump(1));
    CHECK(exported == expected_export(content, session, "link"));
    REQUIRE(exported.contains("parent_answers"));
    CHECK_FALSE(exported["parent_answers"].empty());
}

TEST_CASE("The sheet prints on one A4 page for the mentor, samen with a long result, in every language") {
    const Content& content = test::default_content();
    const fs::path viewer = build_viewer(content);
    for (const LanguageInfo& language : offered_languages(content)) {
        INFO(language.code);
        const std::string fragment = encode_fragment(long_result(content, language.code));
        const std::string dom = browser_dom(viewer / "index.html", fragment);
        REQUIRE_FALSE(contains(dom, "id=\"error\""));
        REQUIRE(contains(dom, "id=\"together\""));
        REQUIRE(contains(dom, "id=\"favourite\""));
        const std::string name = language.code == "nl" ? "viewer-print-a4" : "viewer-print-a4-" + language.code;
        const std::string pdf = (fs::path(test::screenshot_dir()) / (name + ".pdf")).string();
        CHECK(print_pages(viewer / "index.html", fragment, pdf) == 1);
        pdf_to_png(pdf, test::shot_path(name));
        fs::remove(pdf);
        if (language.code == "ar") phone_screenshot(viewer / "index.html", fragment, test::shot_path("viewer-phone-ar"));
    }
    fs::remove_all(viewer);
}
