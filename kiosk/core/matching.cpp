#include "core/matching.h"

#include "text/text.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace kiosk {

namespace {

constexpr std::size_t kMaxReasons = kMaxReasonsShown;
constexpr std::size_t kMinReasons = 2;
constexpr std::size_t kLaterRoutes = kMaxLaterRoutes;

const Option& picked_option(const Content& content, std::size_t question, int option) {
    return content.questions[question].options[static_cast<std::size_t>(option)];
}

double contribution(const Option& option, const Programme& programme) {
    double sum = 0.0;
    for (const auto& weight : option.weights) sum += weight.weight * programme.features[static_cast<std::size_t>(weight.feature)];
    return sum;
}

double weight_total(const Option& option) {
    double sum = 0.0;
    for (const auto& weight : option.weights) sum += weight.weight;
    return sum;
}

template <typename Visit>
void for_each_picked(const Content& content, const Answers& answers, Visit visit) {
    const std::size_t questions = std::min(answers.picked.size(), content.questions.size());
    for (std::size_t q = 0; q < questions; ++q)
        for (int option : answers.picked[q])
            if (option >= 0 && static_cast<std::size_t>(option) < content.questions[q].options.size())
                visit(q, option, picked_option(content, q, option));
}

bool contains(const std::vector<int>& items, int item) {
    return std::find(items.begin(), items.end(), item) != items.end();
}

std::vector<Reason> reasons_for(const Content& content, const Answers& answers, const Programme& programme,
                                const Placement& place) {
    struct Candidate {
        double contribution;
        int question;
        int option;
    };
    std::vector<Candidate> candidates;
    for_each_picked(content, answers, [&](std::size_t q, int o, const Option& option) {
        if (reason_shows(content, option, programme)) candidates.push_back({contribution(option, programme), static_cast<int>(q), o});
    });
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.contribution > b.contribution; });
    // A later route always says how to get there; a fit gets a level sentence when the answers
    // alone explain too little, and only when the pupil said what schooling they have.
    const bool starts_here = contains(place.start, programme.level);
    const std::size_t room = starts_here ? kMaxReasons : kMaxReasons - 1;
    std::vector<Reason> reasons;
    for (const auto& c : candidates) {
        if (reasons.size() == room) break;
        const Option& option = picked_option(content, static_cast<std::size_t>(c.question), c.option);
        reasons.push_back({fill_template(option.reason, content, programme), c.question, c.option});
    }
    if (!starts_here || (place.known && reasons.size() < kMinReasons)) {
        const std::string text = content.texts.get(starts_here ? "reasons.level_fits" : "reasons.later_route");
        std::string sentence = fill_template(text, content, programme);
        // The highest level below this one that the pupil may start at: the step before it.
        int step_before = place.start.front();
        for (int level : place.start)
            if (level < programme.level) step_before = level;
        sentence = replace_all(sentence, "{startniveau}", std::to_string(step_before));
        reasons.push_back({sentence, -1, -1});
    }
    return reasons;
}

bool compare(double value, Comparison comparison, double bound) {
    constexpr double kSlack = 1e-9;  // feature values are read from text: 0.5 must be >= 0.5
    switch (comparison) {
        case Comparison::Equal: return std::abs(value - bound) < kSlack;
        case Comparison::AtLeast: return value >= bound - kSlack;
        case Comparison::AtMost: return value <= bound + kSlack;
        case Comparison::Below: return value < bound - kSlack;
        case Comparison::Above: return value > bound + kSlack;
    }
    return false;
}

MatchStrength strength_of(const Content& content, double score, double best, bool informed) {
    if (!informed || best <= 0) return MatchStrength::Interesting;
    const double share = score / best;
    if (share >= content.event.strong_match) return MatchStrength::Strong;
    if (share >= content.event.good_match) return MatchStrength::Good;
    return MatchStrength::Interesting;
}

struct Scored {
    int programme;
    double score;
};

}  // namespace

Placement placement(const Content& content, const Answers& answers) {
    std::set<int> start, later;
    Placement place;
    bool unsure = false;
    for_each_picked(content, answers, [&](std::size_t, int, const Option& option) {
        if (option.track < 0 || static_cast<std::size_t>(option.track) >= content.tracks.size()) return;
        const AdmissionTrack& track = content.tracks[static_cast<std::size_t>(option.track)];
        start.insert(track.start.begin(), track.start.end());
        later.insert(track.later.begin(), track.later.end());
        place.track = option.track;
        unsure = unsure || option.unsure;
    });
    if (start.empty()) return Placement{};
    for (int level : start) later.erase(level);
    place.start.assign(start.begin(), start.end());
    place.later.assign(later.begin(), later.end());
    place.known = !unsure;
    return place;
}

bool says_enough(const Content& content, const Answers& answers) {
    if (weighing_answers(content, answers) < content.event.informed_answers) return false;
    // How you learn and where says nothing yet about what you would learn.
    const bool marked = std::any_of(content.questions.begin(), content.questions.end(), [](const Question& q) { return q.interest; });
    bool interest = false;
    for_each_picked(content, answers, [&](std::size_t q, int, const Option& option) {
        interest = interest || (content.questions[q].interest && !option.weights.empty());
    });
    return !marked || interest;
}

int weighing_answers(const Content& content, const Answers& answers) {
    std::set<std::size_t> questions;
    for_each_picked(content, answers, [&](std::size_t q, int, const Option& option) {
        if (!option.weights.empty()) questions.insert(q);
    });
    return static_cast<int>(questions.size());
}

bool reason_shows(const Content& content, const Option& option, const Programme& programme) {
    const double total = weight_total(option);
    const double gained = contribution(option, programme);
    return total > 0 && gained > 0 && gained >= content.event.reason_threshold * total && !option.reason.empty() &&
           claims_hold(option.claims, programme);
}

bool claims_hold(const std::vector<Claim>& claims, const Programme& programme) {
    for (const Claim& claim : claims) {
        double value = 0.0;
        switch (claim.field) {
            case ClaimField::Level: value = programme.level; break;
            case ClaimField::Practice: value = programme.practice_percent; break;
            case ClaimField::Duration: value = programme.duration_years; break;
            case ClaimField::Bol: value = programme.bol ? 1.0 : 0.0; break;
            case ClaimField::Bbl: value = programme.bbl ? 1.0 : 0.0; break;
            case ClaimField::Feature:
                if (claim.feature < 0 || static_cast<std::size_t>(claim.feature) >= programme.features.size()) return false;
                value = programme.features[static_cast<std::size_t>(claim.feature)];
                break;
        }
        if (!compare(value, claim.comparison, claim.value)) return false;
    }
    return true;
}

const char* strength_key(MatchStrength strength) {
    switch (strength) {
        case MatchStrength::Strong: return "results.strength_strong";
        case MatchStrength::Good: return "results.strength_good";
        case MatchStrength::Interesting: break;
    }
    return "results.strength_interesting";
}

double score(const Content& content, const Programme& programme, const Answers& answers) {
    double sum = 0.0;
    for_each_picked(content, answers, [&](std::size_t, int, const Option& option) { sum += contribution(option, programme); });
    return sum;
}

double best_possible_score(const Content& content, const Answers& answers) {
    double sum = 0.0;
    for_each_picked(content, answers, [&](std::size_t, int, const Option& option) { sum += weight_total(option); });
    return sum;
}

std::string fill_template(const std::string& text, const Content& content, const Programme& programme) {
    if (text.find('{') == std::string::npos) return text;
    const Location* location = content.location(programme.location);
    std::string out = text;
    out = replace_all(out, "{naam}", programme.name);
    out = replace_all(out, "{niveau}", std::to_string(programme.level));
    out = replace_all(out, "{leerweg}", leerweg_label(content, programme));
    out = replace_all(out, "{duur_jaren}", std::to_string(programme.duration_years));
    out = replace_all(out, "{praktijk_procent}", std::to_string(programme.practice_percent));
    out = replace_all(out, "{locatie}", location ? location->name : programme.location);
    out = replace_all(out, "{stage}", programme.card.internship);
    const Level* level = content.level(programme.level);
    out = replace_all(out, "{vervolg}", level ? level->onwards : std::string());
    return out;
}

Ranking rank(const Content& content, const Answers& answers) {
    const Placement place = placement(content, answers);
    const double best = best_possible_score(content, answers);
    const bool informed = says_enough(content, answers);

    std::vector<Scored> scored;
    scored.reserve(content.programmes.size());
    for (std::size_t i = 0; i < content.programmes.size(); ++i)
        scored.push_back({static_cast<int>(i), score(content, content.programmes[i], answers)});
    // Ties are broken by crebo, so the order of programmes in the content never matters.
    std::sort(scored.begin(), scored.end(), [&](const Scored& a, const Scored& b) {
        if (a.score != b.score) return a.score > b.score;
        return content.programmes[static_cast<std::size_t>(a.programme)].crebo <
               content.programmes[static_cast<std::size_t>(b.programme)].crebo;
    });

    auto make = [&](const Scored& s, MatchKind kind) {
        const Programme& programme = content.programmes[static_cast<std::size_t>(s.programme)];
        return Match{s.programme, s.score, strength_of(content, s.score, best, informed), kind,
                     reasons_for(content, answers, programme, place)};
    };

    Ranking ranking;
    ranking.track = place.track;
    ranking.informed = informed;
    // Without a single answer that weighs there is nothing to rank by: a pick of five out of forty
    // would only look like advice. All the pupil can start at is still shown when that is a
    // handful (the Entree programmes, for a pupil without a diploma).
    if (best <= 0) {
        const auto startable = std::count_if(content.programmes.begin(), content.programmes.end(),
                                             [&](const Programme& p) { return contains(place.start, p.level); });
        if (startable > content.event.results) return ranking;
    }
    std::set<std::string> fit_domains;
    const auto wanted = static_cast<std::size_t>(content.event.results);
    for (const auto& s : scored) {
        const Programme& programme = content.programmes[static_cast<std::size_t>(s.programme)];
        if (contains(place.start, programme.level)) {
            if (ranking.fits.size() < wanted) {
                ranking.fits.push_back(make(s, MatchKind::Fit));
                fit_domains.insert(programme.domain);
            }
        } else if (contains(place.later, programme.level) && ranking.later_routes.size() < kLaterRoutes) {
            ranking.later_routes.push_back(make(s, MatchKind::LaterRoute));
        }
    }
    // The surprise widens the view to another domain; an Entree programme is a surprise only to
    // a pupil who can start nowhere else.
    const bool entree_only = place.start == std::vector<int>{1};
    for (const auto& s : scored) {
        const Programme& programme = content.programmes[static_cast<std::size_t>(s.programme)];
        const bool shown = std::any_of(ranking.fits.begin(), ranking.fits.end(), [&](const Match& m) { return m.programme == s.programme; });
        if (!shown && contains(place.start, programme.level) && (programme.level > 1 || entree_only) &&
            !fit_domains.count(programme.domain)) {
            ranking.surprise = make(s, MatchKind::Surprise);
            break;
        }
    }
    return ranking;
}

}  // namespace kiosk
