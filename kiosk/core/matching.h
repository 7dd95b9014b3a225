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

// A match shows at most this many reasons, and the results at most this many later routes; the
// portfolio link's longest length follows from them (output/portfolio_link.h: longest_result).
inline constexpr std::size_t kMaxReasonsShown = 3;
inline constexpr std::size_t kMaxLaterRoutes = 3;

struct Reason {
    std::string text;
    int question = -1;  // the question whose answer gave this reason; -1 for a level reason
    int option = -1;
    bool operator==(const Reason&) const = default;
};

enum class MatchKind { Fit, LaterRoute, Surprise };

// How well a programme fits, in words a 15-year-old reads right ("Past 55%" reads as a fail):
// "sterke match", "goede match", "ook interessant".
enum class MatchStrength { Strong, Good, Interesting };

struct Match {
    int programme = 0;   // index into Content::programmes
    double score = 0.0;  // sum of weight x feature over the picked options
    MatchStrength strength = MatchStrength::Interesting;
    MatchKind kind = MatchKind::Fit;
    std::vector<Reason> reasons;  // 2-3 sentences, best first
    bool operator==(const Match&) const = default;
};

struct Ranking {
    std::vector<Match> fits;          // programmes at a level the pupil may start at, best first
    std::vector<Match> later_routes;  // good matches at a level open after a first diploma
    std::optional<Match> surprise;    // best match from a domain none of the fits is in
    int track = -1;                   // Content::tracks entry the answers chose, -1 none
    // False when the answers say too little to rank by (fewer weighing answers than the pack's
    // `informed_answers`): the results say so and offer broad orientation instead. With no
    // weighing answer at all there are no fits either, unless all the pupil can start at fits
    // on the screen.
    bool informed = true;
    bool operator==(const Ranking&) const = default;
};

// Where the answers place the pupil: the track they chose (-1 none), the levels they may start
// at and those open later. Without a track every level is open; an unsure track ("weet ik niet")
// places by its own levels, but is not `known`.
struct Placement {
    int track = -1;
    std::vector<int> start{1, 2, 3, 4};
    std::vector<int> later;
    bool known = false;  // a track that is not "weet ik niet": level sentences may refer to it
};
Placement placement(const Content& content, const Answers& answers);

// The questions answered with an option that weighs (not "weet ik niet", not the track).
// Enough of them, and at least one about what the pupil likes or is good at when the pack marks
// such questions (`interest = ja`), and the answers say enough to rank by (Ranking::informed).
int weighing_answers(const Content& content, const Answers& answers);

// Ranking::informed: enough weighing answers, one of them about the pupil's interests.
bool says_enough(const Content& content, const Answers& answers);

// True when every claim holds for the programme.
bool claims_hold(const std::vector<Claim>& claims, const Programme& programme);

// True when the option's reason stands under this programme once the option is picked: the
// option earns at least `reason_threshold` of what it could, and every claim of the reason holds.
bool reason_shows(const Content& content, const Option& option, const Programme& programme);

double score(const Content& content, const Programme& programme, const Answers& answers);
// The best score these answers could give a programme (every weighed feature at 1).
double best_possible_score(const Content& content, const Answers& answers);

Ranking rank(const Content& content, const Answers& answers);

// The text key of a strength: results.strength_strong, _good or _interesting.
const char* strength_key(MatchStrength strength);

// Fills {naam}, {niveau}, {vervolg}, ... in a reason template from the programme.
std::string fill_template(const std::string& text, const Content& content, const Programme& programme);

}  // namespace kiosk
