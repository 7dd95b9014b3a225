// Touch as a visitor feels it: a flick coasts also on a busy machine, a finger shows where it is
// pressing, a single answer shows before the next question, pick-several counts and says when it
// is full, and a result card opens with a tap anywhere on it.
#include <catch2/catch.hpp>

#include <algorithm>

#include "support/kiosk_fixture.h"

using namespace kiosk;

namespace {

std::string text(const HeadlessKiosk& kiosk, const char* key) { return kiosk.app().kiosk().content().texts.get(key); }

ImVec2 centre(const HitTarget& target) { return ImVec2((target.min.x + target.max.x) / 2, (target.min.y + target.max.y) / 2); }

// From the attract screen to the results, first options throughout.
void to_results(HeadlessKiosk& kiosk) {
    REQUIRE(kiosk.tap(text(kiosk, "attract.start")));
    test::answer_all_questions(kiosk);
    REQUIRE(kiosk.app().kiosk().session().screen == Screen::Results);
}

// Answers with first options up to the first question that lets a pupil pick `pick` or more.
const Question& to_pick_several(HeadlessKiosk& kiosk, int pick) {
    const Content& content = kiosk.app().kiosk().content();
    const Session& session = kiosk.app().kiosk().session();
    REQUIRE(kiosk.tap(text(kiosk, "attract.start")));
    while (content.questions[session.question].pick < pick) {
        const Question& question = content.questions[session.question];
        REQUIRE(kiosk.tap(question.options.front().text));
        if (question.pick > 1) REQUIRE(kiosk.tap(text(kiosk, "common.next")));
    }
    return content.questions[session.question];
}

std::string programme_name(const HeadlessKiosk& kiosk, int programme) {
    return kiosk.app().kiosk().content().programmes[static_cast<std::size_t>(programme)].name;
}

}  // namespace

TEST_CASE("Touch: a flick coasts on a busy machine that draws a frame only every 150 ms") {
    HeadlessKiosk kiosk(test::headless_options(1080, 1920), test::kStartTime);
    to_results(kiosk);
    const UiFrame& frame = kiosk.app().ui().frame;
    const float before = frame.scroll_y;
    // A quick flick up of 300 px in 100 ms: the whole of it queues up while one slow frame is
    // drawn and is read at once. Only the events' own times tell how fast the finger went.
    kiosk.drag(540, 1300, 540, 1000, 0.1, 0.15);
    const float released = frame.scroll_y;
    CHECK(released > before + 250);  // the list followed the finger
    // The list coasts on, frame after slow frame.
    float last = released;
    int moving = 0;
    for (int i = 0; i < 4; ++i) {
        kiosk.frame_after(0.15);
        if (frame.scroll_y > last + 1) ++moving;
        last = frame.scroll_y;
    }
    CHECK(moving >= 3);
    CHECK(last > released + 200);
    CHECK(kiosk.app().kiosk().session().screen == Screen::Results);  // a flick opens nothing
    CHECK(kiosk.app().kiosk().session().opened.empty());
    kiosk.settle();
    CHECK_FALSE(kiosk.app().busy());  // and it comes to rest
}

TEST_CASE("Touch: a slow drag on a busy machine follows the finger and hardly coasts") {
    HeadlessKiosk kiosk(test::headless_options(1080, 1920), test::kStartTime);
    to_results(kiosk);
    const UiFrame& frame = kiosk.app().ui().frame;
    const float before = frame.scroll_y;
    kiosk.drag(540, 1300, 540, 1000, 1.5, 0.15);  // 300 px in 1.5 s, then let go without a flick
    const float released = frame.scroll_y;
    CHECK(released == Approx(before + 300).margin(2));
    kiosk.frame_after(0.15);
    CHECK(frame.scroll_y < released + 60);
}

TEST_CASE("Touch: the finger's target looks pressed in the frame after touch-down, and not once it drags") {
    HeadlessKiosk kiosk(test::headless_options(1080, 1920), test::kStartTime);
    const Content& content = kiosk.app().kiosk().content();
    const Session& session = kiosk.app().kiosk().session();
    REQUIRE(kiosk.tap(text(kiosk, "attract.start")));
    const std::string& first = content.questions[0].options[0].text;
    const std::string& second = content.questions[0].options[1].text;
    REQUIRE(kiosk.target(first));
    CHECK_FALSE(kiosk.target(first)->pressed);
    const ImVec2 at = centre(*kiosk.target(first));
    kiosk.press(at.x, at.y);  // one frame drawn since the finger came down
    REQUIRE(kiosk.target(first));
    CHECK(kiosk.target(first)->pressed);
    CHECK_FALSE(kiosk.target(second)->pressed);
    CHECK(session.answers.picked[0].empty());  // nothing happens before the finger lifts
    CHECK(kiosk.screenshot(test::shot_path("touch-pressed")));
    // The finger moves on: a drag, which never presses.
    kiosk.move_to(at.x, at.y - 120);
    CHECK_FALSE(kiosk.target(first)->pressed);
    CHECK(std::none_of(kiosk.app().ui().frame.targets.begin(), kiosk.app().ui().frame.targets.end(),
                       [](const HitTarget& t) { return t.pressed; }));
    kiosk.release();
    kiosk.settle();
    CHECK(session.answers.picked[0].empty());
    CHECK(session.question == 0);

    // A button shows it too, and fires on release.
    const HitTarget* stop = kiosk.target(text(kiosk, "common.stop"));
    REQUIRE(stop);
    kiosk.press(centre(*stop).x, centre(*stop).y);
    CHECK(kiosk.target(text(kiosk, "common.stop"))->pressed);
    CHECK(session.screen == Screen::Question);
}

TEST_CASE("Touch: a single answer shows, marked, before the next question, a second tap answers nothing") {
    HeadlessKiosk kiosk(test::headless_options(1080, 1920), test::kStartTime);
    const Content& content = kiosk.app().kiosk().content();
    const Session& session = kiosk.app().kiosk().session();
    REQUIRE(kiosk.tap(text(kiosk, "attract.start")));
    REQUIRE(content.questions[0].pick == 1);
    const std::string& chosen = content.questions[0].options[1].text;
    const std::string& other = content.questions[0].options[0].text;
    const ImVec2 at = centre(*kiosk.target(chosen));
    kiosk.press(at.x, at.y);
    kiosk.release();
    // The tap is taken and shown: same question, the choice marked, no "Verder" flashing up.
    CHECK(session.question == 0);
    CHECK(session.answers.picked[0] == std::vector<int>{1});
    REQUIRE(kiosk.target(chosen));
    CHECK(kiosk.target(chosen)->selected);
    CHECK_FALSE(kiosk.target(other)->selected);
    CHECK(kiosk.shows_text(content.questions[0].text));
    CHECK_FALSE(kiosk.visible(text(kiosk, "common.next")));
    CHECK(kiosk.screenshot(test::shot_path("touch-answer-shown")));
    // An impatient second tap on another answer, still within the moment.
    const ImVec2 other_at = centre(*kiosk.target(other));
    kiosk.press(other_at.x, other_at.y);
    kiosk.release();
    CHECK(session.question == 0);  // still on show
    kiosk.settle();
    CHECK(session.question == 1);
    CHECK(session.answers.picked[0] == std::vector<int>{1});
    CHECK(session.answers.picked[1].empty());
    CHECK(kiosk.visible(content.questions[1].options[0].text));

    // Back during the moment goes back, and the answer does not move on later.
    REQUIRE(kiosk.target(content.questions[1].options[0].text));
    const ImVec2 next_at = centre(*kiosk.target(content.questions[1].options[0].text));
    kiosk.press(next_at.x, next_at.y);
    kiosk.release();
    REQUIRE(session.question == 1);
    const HitTarget* back = kiosk.target(text(kiosk, "common.back"));
    REQUIRE(back);
    kiosk.press(centre(*back).x, centre(*back).y);
    kiosk.release();
    kiosk.settle();
    CHECK(session.question == 0);
    kiosk.advance(1);
    CHECK(session.question == 0);
}

TEST_CASE("Touch: pick-several counts '2 van 3', and a fourth pick is answered with a message") {
    for (const auto& [width, height] : {std::pair{1080, 1920}, std::pair{1920, 1080}}) {
        HeadlessKiosk kiosk(test::headless_options(width, height), test::kStartTime);
        const Content& content = kiosk.app().kiosk().content();
        const Session& session = kiosk.app().kiosk().session();
        const Question& question = to_pick_several(kiosk, 3);
        REQUIRE(question.pick == 3);
        const std::string most = std::to_string(question.pick);
        auto counter = [&](int chosen) {
            return content.texts.format("question.pick_more", {{"aantal", most}}) + " · " +
                   content.texts.format("question.picked", {{"gekozen", std::to_string(chosen)}, {"aantal", most}});
        };
        const std::string refused = content.texts.format("question.too_many", {{"aantal", most}});
        CHECK(kiosk.shows_text(counter(0)));
        std::vector<std::string> sure;
        for (const Option& option : question.options)
            if (!option.unsure) sure.push_back(option.text);
        REQUIRE(sure.size() >= 4);
        REQUIRE(kiosk.tap(sure[0]));
        REQUIRE(kiosk.tap(sure[1]));
        CHECK(kiosk.shows_text(counter(2)));
        CHECK(kiosk.target(sure[1])->selected);
        REQUIRE(kiosk.tap(sure[2]));
        CHECK(kiosk.shows_text(counter(3)));
        REQUIRE(kiosk.target(sure[3]));
        const float tile_top = kiosk.target(sure[3])->min.y;
        REQUIRE(kiosk.tap(sure[3]));
        CHECK(current_answers(session).picked[session.question].size() == 3);
        CHECK(kiosk.shows_text(refused));
        CHECK_FALSE(kiosk.shows_text(counter(3)));
        REQUIRE(kiosk.target(sure[3]));
        CHECK_FALSE(kiosk.target(sure[3])->selected);
        CHECK(kiosk.target(sure[3])->min.y == Approx(tile_top).margin(1));  // nothing jumped under the finger
        CHECK(kiosk.screenshot(test::shot_path(std::string("touch-pick-full-") + (width < height ? "portrait" : "landscape"))));
        // Taking one away is heard: the message goes and the fourth can be chosen.
        REQUIRE(kiosk.tap(sure[0]));
        CHECK_FALSE(kiosk.shows_text(refused));
        CHECK(kiosk.shows_text(counter(2)));
        REQUIRE(kiosk.tap(sure[3]));
        CHECK(kiosk.shows_text(counter(3)));
    }
}

TEST_CASE("Touch: one finger arrives once, also when SDL makes a mouse of it as well") {
    HeadlessKiosk kiosk(test::headless_options(1080, 1920), test::kStartTime);
    const Session& session = kiosk.app().kiosk().session();
    const Question& question = to_pick_several(kiosk, 2);
    const HitTarget* tile = kiosk.target(question.options[0].text);
    REQUIRE(tile);
    const ImVec2 at = centre(*tile);
    const UiFrame& frame = kiosk.app().ui().frame;
    // The finger, and the mouse SDL may make of it: a tap handled twice would toggle the answer
    // on and off again.
    // No stamps (0): these events are read the moment they happen.
    auto send = [&](Uint32 type, Uint32 ms) {
        SDL_Event finger{};
        finger.type = type;
        finger.common.timestamp = ms;
        finger.tfinger.touchId = 7;
        finger.tfinger.fingerId = 1;
        finger.tfinger.x = at.x / frame.metrics.width;
        finger.tfinger.y = at.y / frame.metrics.height;
        kiosk.app().handle_event(finger, kiosk.now());
        SDL_Event mouse{};
        mouse.type = type == SDL_FINGERDOWN ? SDL_MOUSEBUTTONDOWN : SDL_MOUSEBUTTONUP;
        mouse.common.timestamp = ms;
        mouse.button.which = SDL_TOUCH_MOUSEID;
        mouse.button.button = SDL_BUTTON_LEFT;
        mouse.button.x = static_cast<Sint32>(at.x);
        mouse.button.y = static_cast<Sint32>(at.y);
        kiosk.app().handle_event(mouse, kiosk.now());
    };
    send(SDL_FINGERDOWN, 0);
    kiosk.app().render_frame(kiosk.now());
    CHECK(kiosk.target(question.options[0].text)->pressed);
    send(SDL_FINGERUP, 0);
    kiosk.settle();
    CHECK(current_answers(session).picked[session.question] == std::vector<int>{0});
    // A second finger while the first is down is not a second tap.
    send(SDL_FINGERDOWN, 0);
    SDL_Event other{};
    other.type = SDL_FINGERDOWN;
    other.tfinger.touchId = 7;
    other.tfinger.fingerId = 2;
    other.tfinger.x = 0.5f;
    other.tfinger.y = 0.95f;
    kiosk.app().handle_event(other, kiosk.now());
    other.type = SDL_FINGERUP;
    kiosk.app().handle_event(other, kiosk.now());
    send(SDL_FINGERUP, 0);
    kiosk.settle();
    CHECK(current_answers(session).picked[session.question].empty());  // the first finger's tap only: off again
    CHECK(session.screen == Screen::Question);
}

TEST_CASE("Touch: a result card opens with a tap anywhere on it, a drag over it opens nothing") {
    for (const auto& [width, height] : {std::pair{1080, 1920}, std::pair{1920, 1080}}) {
        HeadlessKiosk kiosk(test::headless_options(width, height), test::kStartTime);
        const Session& session = kiosk.app().kiosk().session();
        to_results(kiosk);
        const int first = session.ranking.fits.front().programme;
        const std::string card = kiosk.app().kiosk().content().texts.format("results.open", {{"naam", programme_name(kiosk, first)}});
        const HitTarget* target = kiosk.target(card);
        REQUIRE(target);
        // One long button per card is gone: the card is the target, the name is said once.
        CHECK(target->max.y - target->min.y > kiosk.app().ui().frame.metrics.min_target * 3);
        const ImVec2 at = centre(*target);
        // A drag that starts on the card scrolls and opens nothing.
        kiosk.drag(at.x, at.y, at.x, at.y - 200, 0.4);
        CHECK(session.screen == Screen::Results);
        CHECK(session.opened.empty());
        kiosk.drag(at.x, at.y - 200, at.x, at.y, 0.4);  // and back
        // A press on the card shows the whole card pressed; the tap, near its top, opens it.
        target = kiosk.target(card);
        REQUIRE(target);
        const ImVec2 top(centre(*target).x, target->min.y + 30);
        kiosk.press(top.x, top.y);
        CHECK(kiosk.target(card)->pressed);
        CHECK(kiosk.screenshot(test::shot_path(std::string("touch-card-pressed-") + (width < height ? "portrait" : "landscape"))));
        kiosk.release();
        kiosk.settle();
        CHECK(session.screen == Screen::Programme);
        CHECK(session.open_programme == first);
    }
}

TEST_CASE("Touch: compare ticks on the cards, a tray says '2 van 3', a fourth is refused in words, the footer stays whole") {
    for (const auto& [width, height] : {std::pair{1080, 1920}, std::pair{1920, 1080}}) {
        HeadlessKiosk kiosk(test::headless_options(width, height), test::kStartTime);
        const Content& content = kiosk.app().kiosk().content();
        const Session& session = kiosk.app().kiosk().session();
        to_results(kiosk);
        const HitTarget* home_before = kiosk.target(text(kiosk, "results.take_home"));
        REQUIRE(home_before);
        const HitTarget footer = *home_before;
        std::vector<std::string> names;
        for (const Match* match : shown_matches(session.ranking)) names.push_back(programme_name(kiosk, match->programme));
        REQUIRE(names.size() >= 4);
        auto tick = [&](std::size_t i, bool on) { return content.texts.format(on ? "results.compare_on" : "results.compare_off", {{"naam", names[i]}}); };
        auto tray = [&](std::size_t chosen) {
            return content.texts.format("results.compare_tray", {{"gekozen", std::to_string(chosen)}, {"aantal", "3"}});
        };
        const std::string full = content.texts.format("results.compare_full", {{"aantal", "3"}});
        CHECK_FALSE(kiosk.shows_text(tray(0)));
        // The tick is small: a box and one word, not the programme's name again.
        const HitTarget* box = kiosk.target(tick(0, true));
        REQUIRE(box);
        CHECK(box->max.x - box->min.x < static_cast<float>(width) * 0.4f);
        REQUIRE(kiosk.tap(tick(0, true)));
        CHECK(session.opened.empty());  // the box is not the card
        CHECK(session.compare.size() == 1);
        CHECK(kiosk.shows_text(tray(1)));
        CHECK(kiosk.target(tick(0, false))->selected);
        REQUIRE(test::tap_scrolling(kiosk, tick(1, true)));
        CHECK(kiosk.shows_text(tray(2)));
        const std::string go = content.texts.format("results.compare_go", {{"aantal", "2"}});
        REQUIRE(kiosk.visible(go));
        // The footer keeps its place and its full height under the tray.
        const HitTarget* home = kiosk.target(text(kiosk, "results.take_home"));
        REQUIRE(home);
        CHECK_FALSE(home->clipped);
        CHECK(home->min.y == Approx(footer.min.y));
        CHECK(home->max.y == Approx(footer.max.y));
        CHECK(home->max.y <= static_cast<float>(height));
        CHECK(kiosk.target(go)->max.y <= home->min.y);
        CHECK(kiosk.screenshot(test::shot_path(std::string("touch-compare-tray-") + (width < height ? "portrait" : "landscape"))));
        REQUIRE(test::tap_scrolling(kiosk, tick(2, true)));
        CHECK(kiosk.shows_text(tray(3)));
        REQUIRE(test::tap_scrolling(kiosk, tick(3, true)));
        CHECK(session.compare.size() == 3);
        CHECK(kiosk.shows_text(full));
        CHECK(kiosk.screenshot(test::shot_path(std::string("touch-compare-full-") + (width < height ? "portrait" : "landscape"))));
        REQUIRE(kiosk.tap(content.texts.format("results.compare_go", {{"aantal", "3"}})));
        CHECK(session.screen == Screen::Compare);
    }
}
