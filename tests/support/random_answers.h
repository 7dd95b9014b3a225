// Random but valid answers, for property tests.
#pragma once

#include <algorithm>
#include <random>

#include "core/matching.h"
#include "core/session.h"

namespace test {

inline kiosk::Answers random_answers(const kiosk::Content& content, std::mt19937& random, bool leave_some_open = false) {
    kiosk::Answers answers = kiosk::Answers::empty_for(content);
    for (std::size_t q = 0; q < content.questions.size(); ++q) {
        const auto& question = content.questions[q];
        if (leave_some_open && random() % 5 == 0) continue;
        std::vector<int> options(question.options.size());
        for (std::size_t o = 0; o < options.size(); ++o) options[o] = static_cast<int>(o);
        std::shuffle(options.begin(), options.end(), random);
        const int count = 1 + static_cast<int>(random() % static_cast<unsigned>(question.pick));
        answers.picked[q].assign(options.begin(), options.begin() + count);
        // "Weet ik niet" stands alone, as a session keeps it.
        auto& picked = answers.picked[q];
        if (picked.size() > 1)
            picked.erase(std::remove_if(picked.begin(), picked.end(), [&](int o) { return question.options[static_cast<std::size_t>(o)].unsure; }),
                         picked.end());
        std::sort(answers.picked[q].begin(), answers.picked[q].end());  // as a session keeps them
    }
    return answers;
}

// A visitor who answered at random, reflected at random, chose a next step and reached the
// finish screen, starting at `now`.
inline kiosk::Session finished_session(const kiosk::Content& content, std::mt19937& random, double now = 1764000000.0) {
    kiosk::Session session;
    kiosk::start(session, content, now);
    session.answers = random_answers(content, random);
    session.screen = kiosk::Screen::Results;
    session.ranking = kiosk::rank(content, session.answers);
    kiosk::start_take_home(session, content, now + 200);
    if (session.screen == kiosk::Screen::Favourite) {
        // A favourite among the programmes shown, or "Ik weet het nog niet".
        const std::vector<int> choices = kiosk::favourite_choices(session);
        const std::size_t pick = random() % (choices.size() + 1);
        kiosk::choose_favourite(session, content, pick < choices.size() ? choices[pick] : -1, now + 205);
    }
    while (session.screen == kiosk::Screen::Reflect) {
        const std::size_t options = content.reflections[session.reflection].options.size();
        kiosk::reflect(session, content, static_cast<int>(session.reflection), static_cast<int>(random() % options), now + 210);
    }
    kiosk::choose_step(session, static_cast<int>(random() % content.next_steps.size()), now + 220);
    kiosk::finish(session, content, now + 300);
    return session;
}

}  // namespace test
