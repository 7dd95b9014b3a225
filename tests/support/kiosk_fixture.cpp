#include "support/kiosk_fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include "support/patience.h"
#include "support/qr_decode.h"

namespace test {

int walk_together_to_results(kiosk::HeadlessKiosk& kiosk, const std::string& shot, const std::function<void()>& at_first_parent_turn) {
    const kiosk::Content& content = kiosk.app().kiosk().content();
    const kiosk::Session& session = kiosk.app().kiosk().session();
    REQUIRE(kiosk.tap(content.texts.get("together.start")));
    REQUIRE(session.together);
    int parent_turns = 0;
    while (session.screen == kiosk::Screen::Question) {
        const kiosk::Question& question = content.questions[session.question];
        INFO(question.key << (session.parent_turn ? " (ouder)" : " (leerling)"));
        if (session.parent_turn && parent_turns++ == 0) {
            if (!shot.empty()) REQUIRE(kiosk.screenshot(shot_path(shot)));
            if (at_first_parent_turn) at_first_parent_turn();
        }
        const std::size_t option = session.parent_turn && question.pick == 1 ? 1 : 0;
        REQUIRE(kiosk.tap(question.options[option].text));
        if (question.pick > 1) {
            const bool to_results = session.question + 1 == content.questions.size() && !(question.together && !session.parent_turn);
            REQUIRE(kiosk.tap(content.texts.get(to_results ? "question.to_results" : "common.next")));
        }
    }
    REQUIRE(session.screen == kiosk::Screen::Results);
    return parent_turns;
}

bool tap_scrolling(kiosk::HeadlessKiosk& kiosk, const std::string& label) {
    const kiosk::Metrics& m = kiosk.app().ui().frame.metrics;
    for (int tries = 0; tries < 12; ++tries) {
        if (kiosk.tap(label)) return true;
        const float x = m.width / 2, y = m.height * 0.6f;
        kiosk.drag(x, y, x, y - m.height * 0.25f, 0.4);
        kiosk.advance(2);
    }
    return false;
}

kiosk::PrinterState wait_for_printer(kiosk::HeadlessKiosk& kiosk) {
    kiosk::PrinterState state = kiosk::PrinterState::Printing;
    wait_until([&] {
        kiosk.settle();  // the kiosk follows the job's state frame by frame
        const kiosk::PrintJob* job = kiosk.app().kiosk().visit().print_job.get();
        state = job ? job->state() : kiosk::PrinterState::Printing;
        return state != kiosk::PrinterState::Printing;
    });
    kiosk.settle();  // and shows the state the job ended in
    return state;
}

kiosk::PortfolioResult read_finish_qr(kiosk::HeadlessKiosk& kiosk, const std::string& name) {
    const std::string shot = shot_path(name);
    REQUIRE(kiosk.screenshot(shot));
    const auto& home = kiosk.app().kiosk().visit().take_home;
    REQUIRE(home);
    const auto decoded = decode_qr_png(shot);
    REQUIRE(decoded.size() == 1);
    CHECK(decoded.front() == home->link);
    const auto result = kiosk::decode_fragment(decoded.front().substr(decoded.front().find('#') + 1));
    REQUIRE(result);
    return *result;
}

std::string shot_path(const std::string& name) { return screenshot_dir() + "/" + name + ".png"; }

namespace {
// Half a pixel apart or more, in one direction: rounding does not make two boxes touch.
bool apart(const kiosk::HitTarget& a, const kiosk::HitTarget& b) {
    return a.max.x <= b.min.x + 0.5f || b.max.x <= a.min.x + 0.5f || a.max.y <= b.min.y + 0.5f || b.max.y <= a.min.y + 0.5f;
}
// The limit tests' filler without spaces: one letter ten times or more (five in Arabic), as no word of any
// language has it.
bool filler_word(const std::string& text) {
    // Byte i equal to byte i - 2: one letter repeated, of one byte (W) or two (Arabic).
    std::size_t run = 0;
    for (std::size_t i = 2; i < text.size() && run < 8; ++i) run = text[i] == text[i - 2] && text[i] != ' ' ? run + 1 : 0;
    return run >= 8;
}
std::string where(const kiosk::HitTarget& box) {
    const auto at = [](float v) { return std::to_string(static_cast<int>(v)); };
    return "at " + at(box.min.x) + "," + at(box.min.y) + "-" + at(box.max.x) + "," + at(box.max.y);
}
bool visible(const kiosk::HitTarget& text) { return text.max.x - text.min.x >= 1 && text.max.y - text.min.y >= 1; }
}  // namespace

void check_layout(const kiosk::UiFrame& frame) {
    for (const std::string& text : frame.overflows) {
        if (filler_word(text)) continue;  // cut off at the edge of its box, as documented
        INFO("does not fit its box: " << text);
        CHECK(false);
    }
    const auto& targets = frame.targets;
    REQUIRE_FALSE(targets.empty());
    for (std::size_t i = 0; i < targets.size(); ++i) {
        const kiosk::HitTarget& a = targets[i];
        INFO("button '" << a.label.substr(0, 60) << "'");
        CHECK(a.min.x >= 0);
        CHECK(a.max.x <= frame.metrics.width + 0.5f);
        CHECK(a.min.y >= 0);
        CHECK(a.max.y <= frame.metrics.height + 0.5f);
        for (std::size_t j = i + 1; j < targets.size(); ++j) {
            INFO(where(a) << " overlaps button '" << targets[j].label.substr(0, 60) << "' " << where(targets[j]));
            CHECK(apart(a, targets[j]));
        }
    }
    const auto& texts = frame.texts;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        if (!visible(texts[i])) continue;
        for (std::size_t j = i + 1; j < texts.size(); ++j) {
            // A question over the screen stands over the texts it shades.
            if (!visible(texts[j]) || texts[i].shaded != texts[j].shaded || apart(texts[i], texts[j])) continue;
            INFO("text '" << texts[i].label.substr(0, 60) << "' " << where(texts[i]) << " overlaps text '" << texts[j].label.substr(0, 60)
                          << "' " << where(texts[j]));
            CHECK(false);
        }
    }
}

std::string language_name(const kiosk::HeadlessKiosk& kiosk, const std::string& code) {
    for (const kiosk::LanguageInfo& language : kiosk::offered_languages(kiosk.app().pack()))
        if (language.code == code) return language.name;
    FAIL("language " << code << " is not in the pack");
    return {};
}

std::string pack_with_printer(const std::string& device, const std::string& name, const std::string& kind, const std::string& server) {
    kiosk::PackFiles files = default_pack();
    files["event.ini"] += "\n[printer]\nkind = " + kind + "\ndevice = " + device + "\nserver = " + server + "\npaper = 58\n";
    return write_temp_pack(files, name);
}

void answer_all_questions(kiosk::HeadlessKiosk& kiosk, const std::string& shots, std::size_t first) {
    const kiosk::Content& content = kiosk.app().kiosk().content();
    for (std::size_t q = first; q < content.questions.size(); ++q) {
        const kiosk::Question& question = content.questions[q];
        INFO("question " << question.key);
        REQUIRE(kiosk.app().kiosk().session().screen == kiosk::Screen::Question);
        REQUIRE(kiosk.app().kiosk().session().question == q);
        if (!shots.empty()) kiosk.screenshot(shot_path(shots + "-q" + std::to_string(q + 1)));
        // A pupil picks what they see; the first tile is always on screen.
        REQUIRE(kiosk.tap(question.options.front().text));
        if (question.pick > 1) {
            const std::string next = q + 1 == content.questions.size() ? content.texts.get("question.to_results")
                                                                        : content.texts.get("common.next");
            REQUIRE(kiosk.tap(next));
        }
    }
}

void reflect_and_finish(kiosk::HeadlessKiosk& kiosk, const std::string& shot) {
    const kiosk::Content& content = kiosk.app().kiosk().content();
    const kiosk::Session& session = kiosk.app().kiosk().session();
    REQUIRE(kiosk.tap(content.texts.get("results.take_home")));
    if (session.screen == kiosk::Screen::Favourite) {
        // Nothing is chosen for the visitor: they pick the first programme shown.
        REQUIRE_FALSE(kiosk.visible(content.texts.get("common.next")));
        if (!shot.empty()) kiosk.screenshot(shot_path(shot + "-favourite"));
        REQUIRE(kiosk.tap(content.programmes[static_cast<std::size_t>(kiosk::favourite_choices(session).front())].name));
    }
    while (session.screen == kiosk::Screen::Reflect) {
        // One reflection a screen, answered before it moves on.
        const kiosk::Question& reflection = content.reflections[session.reflection];
        INFO("reflection " << reflection.key);
        REQUIRE_FALSE(kiosk.visible(content.texts.get("common.next")));
        if (!shot.empty() && session.reflection == 0) kiosk.screenshot(shot_path(shot + "-reflection"));
        REQUIRE(kiosk.tap(reflection.options.front().text));
    }
    REQUIRE(session.screen == kiosk::Screen::Step);
    // The QR waits for a next step: every conversation ends in an action.
    REQUIRE_FALSE(kiosk.visible(content.texts.get("reflect.done")));
    REQUIRE(kiosk.tap(content.next_steps.front().text));
    if (!shot.empty()) kiosk.screenshot(shot_path(shot));
    REQUIRE(kiosk.tap(content.texts.get("reflect.done")));
    REQUIRE(session.screen == kiosk::Screen::Finish);
}

void walk_to_finish(kiosk::HeadlessKiosk& kiosk) {
    REQUIRE(kiosk.tap(kiosk.app().kiosk().content().texts.get("attract.start")));
    answer_all_questions(kiosk);
    reflect_and_finish(kiosk);
}

}  // namespace test
