// Ranks the school's programmes against a visitor's answers and explains each result in plain
// Dutch. Deterministic: the same answers and content always give the same ranking, whatever
// the order of the programmes in the content. Every number that weighs comes from the content.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/content.h"

namespace kiosk {

// The options a visitor picked, per question (indices into Question::options).
struct Answers {
    std::vector<std::vector<int>> picked;  // one entry per question

    static Answers empty_for(const Content& content) {
        return Answers{std::vector<std::vector<int>>(content.questions.size())};
    }
    bool answered(std::size_t question) const { return question < picked.size() && !picked[question].empty(); }
    bool operator==(const Answers&) const = default;
};

struct Reason {
    std::string text;
    int question = -1;  // the question whose answer gave this reason; -1 for a level reason
    int option = -1;
    bool operator==(const Reason&) const = default;
};

enum class MatchKind { Fit, LaterRoute, Surprise };

struct Match {
    int programme = 0;   // index into Content::programmes
    double score = 0.0;  // sum of weight x feature over the picked options
    int fit_percent = 0; // score as a share of the best score these answers could give
    MatchKind kind = MatchKind::Fit;
    std::vector<Reason> reasons;  // 2-3 sentences, best first
    bool operator==(const Match&) const = default;
};

struct Ranking {
    std::vector<Match> fits;          // admissible programmes, best first
    std::vector<Match> later_routes;  // good matches at a level the vmbo track does not start at
    std::optional<Match> surprise;    // best match from a domain none of the fits is in
    bool operator==(const Ranking&) const = default;
};

// The levels the visitor may start at, from the vmbo-track answer; all levels when unanswered.
std::vector<int> admissible_levels(const Content& content, const Answers& answers);

double score(const Content& content, const Programme& programme, const Answers& answers);
// The best score these answers could give a programme (every weighed feature at 1).
double best_possible_score(const Content& content, const Answers& answers);

Ranking rank(const Content& content, const Answers& answers);

// Fills {naam}, {niveau}, ... in a reason template from the programme.
std::string fill_template(const std::string& text, const Content& content, const Programme& programme);

}  // namespace kiosk
