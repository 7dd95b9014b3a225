// The portfolio viewer in a real browser: the link decoded from the QR code in a screenshot of
// the kiosk's finish screen is opened in headless Chromium, and the page must show this
// visitor's own result. Damaged links must give the friendly message, never a blank page.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>

#include "output/portfolio_link.h"
#include "output/qr.h"
#include "output/viewer_data.h"
#include "support/kiosk_fixture.h"
#include "support/qr_decode.h"

using namespace kiosk;
namespace fs = std::filesystem;

namespace {

// The viewer folder as a school would host it: the static files plus the generated data.
fs::path build_viewer(const Content& content) {
    const fs::path dir = fs::temp_directory_path() / ("kiosk-viewer-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    for (const char* file : {"index.html", "result.js", "viewer.js", "viewer.css"})
        fs::copy_file(fs::path(test::source_dir()) / "tools/portfolio-viewer" / file, dir / file,
                      fs::copy_options::overwrite_existing);
    std::ofstream(dir / "viewer-data.js") << "window.KIOSK_VIEWER_DATA = " << viewer_data_json(content) << ";\n";
    return dir;
}

// The page's DOM after its scripts ran, from headless Chromium.
std::string browser_dom(const fs::path& page, const std::string& fragment) {
    const std::string url = "file://" + page.string() + "#" + fragment;
    const std::string command = "chromium --headless --no-sandbox --disable-gpu --dump-dom '" + url + "' 2>/dev/null";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    REQUIRE(pipe);
    std::string dom;
    char buffer[4096];
    while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe.get())) dom.append(buffer, n);
    return dom;
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
    CHECK(contains(dom, arabic.texts.get("viewer.title")));
    CHECK(contains(dom, arabic.texts.get("together.title")));
    const Session& session = kiosk.app().kiosk().session();
    const Programme& first = arabic.programmes[static_cast<std::size_t>(session.ranking.fits.front().programme)];
    CHECK(contains(dom, first.name));
    CHECK(contains(dom, session.ranking.fits.front().reasons.front().text));  // the very sentence the kiosk showed
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
