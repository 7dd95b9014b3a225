#include "core/matching.h"

#include "text/text.h"

#include <algorithm>
#include <set>

namespace kiosk {

namespace {

constexpr std::size_t kMaxReasons = 3;
constexpr std::size_t kMinReasons = 2;
constexpr std::size_t kLaterRoutes = 3;

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
                                const std::vector<int>& levels) {
    struct Candidate {
        double contribution;
        int question;
        int option;
    };
    std::vector<Candidate> candidates;
    for_each_picked(content, answers, [&](std::size_t q, int o, const Option& option) {
        const double total = weight_total(option);
        const double gained = contribution(option, programme);
        if (total > 0 && gained > 0 && gained >= content.event.reason_threshold * total && !option.reason.empty())
            candidates.push_back({gained, static_cast<int>(q), o});
    });
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.contribution > b.contribution; });
    // A later route always says how to get there; a fit gets a level sentence when the answers
    // alone explain too little.
    const bool starts_here = contains(levels, programme.level);
    const std::size_t room = starts_here ? kMaxReasons : kMaxReasons - 1;
    std::vector<Reason> reasons;
    for (const auto& c : candidates) {
        if (reasons.size() == room) break;
        const Option& option = picked_option(content, static_cast<std::size_t>(c.question), c.option);
        reasons.push_back({fill_template(option.reason, content, programme), c.question, c.option});
    }
    if (!starts_here || reasons.size() < kMinReasons) {
        const std::string text = content.texts.get(starts_here ? "reasons.level_fits" : "reasons.later_route");
        std::string sentence = fill_template(text, content, programme);
        if (!levels.empty()) sentence = replace_all(sentence, "{startniveau}", std::to_string(*std::max_element(levels.begin(), levels.end())));
        reasons.push_back({sentence, -1, -1});
    }
    return reasons;
}

struct Scored {
    int programme;
    double score;
};

}  // namespace

std::vector<int> admissible_levels(const Content& content, const Answers& answers) {
    std::set<int> levels;
    for_each_picked(content, answers, [&](std::size_t, int, const Option& option) {
        levels.insert(option.levels.begin(), option.levels.end());
    });
    if (levels.empty()) return {1, 2, 3, 4};
    return {levels.begin(), levels.end()};
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
    return out;
}

Ranking rank(const Content& content, const Answers& answers) {
    const std::vector<int> levels = admissible_levels(content, answers);
    const double best = best_possible_score(content, answers);

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
        const int percent = best > 0 ? static_cast<int>(100.0 * s.score / best + 0.5) : 0;
        return Match{s.programme, s.score, percent, kind, reasons_for(content, answers, programme, levels)};
    };

    Ranking ranking;
    std::set<std::string> fit_domains;
    const auto wanted = static_cast<std::size_t>(content.event.results);
    for (const auto& s : scored) {
        const Programme& programme = content.programmes[static_cast<std::size_t>(s.programme)];
        const bool admissible = contains(levels, programme.level);
        if (admissible && ranking.fits.size() < wanted) {
            ranking.fits.push_back(make(s, MatchKind::Fit));
            fit_domains.insert(programme.domain);
        } else if (!admissible && programme.level > levels.back() && ranking.later_routes.size() < kLaterRoutes) {
            ranking.later_routes.push_back(make(s, MatchKind::LaterRoute));
        }
    }
    for (const auto& s : scored) {
        const Programme& programme = content.programmes[static_cast<std::size_t>(s.programme)];
        const bool shown = std::any_of(ranking.fits.begin(), ranking.fits.end(), [&](const Match& m) { return m.programme == s.programme; });
        if (!shown && contains(levels, programme.level) && !fit_domains.count(programme.domain)) {
            ranking.surprise = make(s, MatchKind::Surprise);
            break;
        }
    }
    return ranking;
}

}  // namespace kiosk
