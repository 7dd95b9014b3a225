// Random but valid answers, for property tests.
#pragma once

#include <algorithm>
#include <random>

#include "core/matching.h"

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
    }
    return answers;
}

}  // namespace test
