#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <set>

#include "core/matching.h"
#include "pack/pack_reader.h"
#include "support/mini_pack.h"
#include "support/paths.h"
#include "support/random_answers.h"

using namespace kiosk;

namespace {

// Answers by option key, e.g. {{"vmbo", {"tl"}}, {"leren", {"doen"}}}.
Answers answer(const Content& content, const std::vector<std::pair<std::string, std::vector<std::string>>>& picks) {
    Answers answers = Answers::empty_for(content);
    for (const auto& [question_key, option_keys] : picks) {
        for (std::size_t q = 0; q < content.questions.size(); ++q) {
            if (content.questions[q].key != question_key) continue;
            for (const auto& key : option_keys)
                for (std::size_t o = 0; o < content.questions[q].options.size(); ++o)
                    if (content.questions[q].options[o].key == key) answers.picked[q].push_back(static_cast<int>(o));
        }
    }
    return answers;
}

std::vector<std::string> crebos(const Content& content, const std::vector<Match>& matches) {
    std::vector<std::string> out;
    for (const auto& m : matches) out.push_back(content.programmes[static_cast<std::size_t>(m.programme)].crebo);
    return out;
}

std::vector<std::string> all_crebos(const Content& content, const Ranking& ranking) {
    std::vector<std::string> out = crebos(content, ranking.fits);
    if (ranking.surprise) out.push_back("!" + content.programmes[static_cast<std::size_t>(ranking.surprise->programme)].crebo);
    for (const auto& c : crebos(content, ranking.later_routes)) out.push_back("^" + c);
    return out;
}

}  // namespace

TEST_CASE("Score is the sum of weight times feature over the picked options") {
    const Content c = test::mini_content();
    const Answers a = answer(c, {{"leren", {"doen"}}, {"graag", {"mensen", "techniek"}}});
    const Programme& helpende = c.programmes[static_cast<std::size_t>(c.programme_index("10001"))];
    const Programme& monteur = c.programmes[static_cast<std::size_t>(c.programme_index("10002"))];
    CHECK(score(c, helpende, a) == Approx(3 * 0.7 + 2 * 1.0));
    CHECK(score(c, monteur, a) == Approx(3 * 0.6 + 2 * 0.2 + 2 * 1.0));
    CHECK(best_possible_score(c, a) == Approx(3 + 2 + 2));
}

TEST_CASE("The vmbo track puts admissible levels first and shows higher levels as a later route") {
    const Content c = test::mini_content();
    const Answers a = answer(c, {{"vmbo", {"basis"}}, {"leren", {"boek"}}, {"graag", {"mensen"}}});
    CHECK(placement(c, a).start == std::vector<int>{2});
    CHECK(placement(c, a).later == std::vector<int>{3, 4});
    const Ranking r = rank(c, a);
    CHECK(crebos(c, r.fits) == std::vector<std::string>{"10001"});
    // Level 4 nursing matches theory and people best, yet is not hidden: it is a later route.
    REQUIRE_FALSE(r.later_routes.empty());
    CHECK(crebos(c, r.later_routes).front() == "10004");
    CHECK(r.later_routes.front().kind == MatchKind::LaterRoute);
    bool explains_route = false;
    for (const auto& reason : r.later_routes.front().reasons)
        explains_route |= reason.text == "Start op 2, dan 4.";
    CHECK(explains_route);
}

TEST_CASE("Reasons are plain sentences from the content, filled in from the programme") {
    const Content c = test::mini_content();
    const Answers a = answer(c, {{"vmbo", {"tl"}}, {"leren", {"doen"}}, {"graag", {"techniek"}}});
    const Ranking r = rank(c, a);
    REQUIRE(crebos(c, r.fits) == std::vector<std::string>{"10002", "10003"});
    const Match& monteur = r.fits.front();
    REQUIRE(monteur.reasons.size() == 2);
    CHECK(monteur.reasons[0].text == "Je houdt van techniek.");                 // 2.0, the biggest share
    CHECK(monteur.reasons[1].text == "Bij Monteur ben je 60% in de praktijk.");  // 1.8
    // Two answers that weigh are too few to rank by (informed_answers is 4): no strong words.
    CHECK_FALSE(r.informed);
    CHECK(monteur.strength == MatchStrength::Interesting);
}

TEST_CASE("A weak contribution earns no reason, the level sentence fills in") {
    const Content c = test::mini_content();
    const Answers a = answer(c, {{"vmbo", {"basis"}}, {"leren", {"boek"}}, {"graag", {"techniek"}}});
    const Ranking r = rank(c, a);
    REQUIRE(crebos(c, r.fits) == std::vector<std::string>{"10001"});
    // theorie 0.3*3 = 0.9 is less than half of 3, and techniek 0: no answer explains it.
    const Match& helpende = r.fits.front();
    REQUIRE(helpende.reasons.size() == 1);
    CHECK(helpende.reasons[0].text == "Niveau 2 past bij je.");
    CHECK(helpende.reasons[0].question == -1);
}

TEST_CASE("The surprise comes from a domain none of the fits is in") {
    const Content& c = test::default_content();
    std::mt19937 random(7);
    for (int round = 0; round < 200; ++round) {
        const Answers a = test::random_answers(c, random);
        const Ranking r = rank(c, a);
        REQUIRE_FALSE(r.fits.empty());
        // A pupil who can only start at Entree sees the Entree programmes; there may be no
        // other domain left to surprise with.
        if (placement(c, a).start == std::vector<int>{1}) continue;
        std::set<std::string> fit_domains;
        for (const auto& m : r.fits) fit_domains.insert(c.programmes[static_cast<std::size_t>(m.programme)].domain);
        REQUIRE(r.surprise);
        CHECK(r.surprise->kind == MatchKind::Surprise);
        CHECK(fit_domains.count(c.programmes[static_cast<std::size_t>(r.surprise->programme)].domain) == 0);
    }
}

TEST_CASE("Every fit has at most 3 reasons, at least one when the pupil named their schooling, with no placeholder left") {
    const Content& c = test::default_content();
    std::mt19937 random(11);
    for (int round = 0; round < 200; ++round) {
        const Answers a = test::random_answers(c, random);
        const Ranking r = rank(c, a);
        for (const auto& m : r.fits) {
            if (placement(c, a).known) CHECK(m.reasons.size() >= 1);
            CHECK(m.reasons.size() <= 3);
            for (const auto& reason : m.reasons) CHECK(reason.text.find('{') == std::string::npos);
        }
    }
}

TEST_CASE("Property: the same answers always give the same ranking") {
    const Content& c = test::default_content();
    std::mt19937 random(1);
    for (int round = 0; round < 100; ++round) {
        const Answers a = test::random_answers(c, random, true);
        CHECK(all_crebos(c, rank(c, a)) == all_crebos(c, rank(c, a)));
    }
}

TEST_CASE("Property: the order of programmes in the content does not change the ranking") {
    for (const Content* source : {&test::default_content(), &test::catalogue_content()}) {
        std::mt19937 random(2);
        for (int round = 0; round < 30; ++round) {
            const Answers a = test::random_answers(*source, random, true);
            Content shuffled = *source;
            std::shuffle(shuffled.programmes.begin(), shuffled.programmes.end(), random);
            CHECK(all_crebos(*source, rank(*source, a)) == all_crebos(shuffled, rank(shuffled, a)));
        }
    }
}

TEST_CASE("Property: making an answer match a programme more never lowers its score") {
    const Content& c = test::default_content();
    std::mt19937 random(3);
    for (int round = 0; round < 300; ++round) {
        const Answers a = test::random_answers(c, random);
        Content changed = c;
        Programme& p = changed.programmes[random() % changed.programmes.size()];
        const double before = score(changed, p, a);
        // Raise one feature that a picked option weighs, towards 1.
        std::vector<int> weighed;
        for (std::size_t q = 0; q < c.questions.size(); ++q)
            for (int o : a.picked[q])
                for (const auto& w : c.questions[q].options[static_cast<std::size_t>(o)].weights)
                    if (w.weight > 0) weighed.push_back(w.feature);
        if (weighed.empty()) continue;
        double& value = p.features[static_cast<std::size_t>(weighed[random() % weighed.size()])];
        value = value + (1.0 - value) * std::uniform_real_distribution<double>(0.01, 1.0)(random);
        CHECK(score(changed, p, a) >= before);
        // And raising the weight of a picked option on a feature the programme has never lowers it.
        Content heavier = changed;
        for (std::size_t q = 0; q < heavier.questions.size(); ++q)
            for (int o : a.picked[q])
                for (auto& w : heavier.questions[q].options[static_cast<std::size_t>(o)].weights) w.weight *= 1.5;
        CHECK(score(heavier, p, a) >= score(changed, p, a));
    }
}

TEST_CASE("Matching works on all 470 qualifications of the official list") {
    const Content& c = test::catalogue_content();
    CHECK(c.programmes.size() == 470);
    std::mt19937 random(4);
    const Answers a = test::random_answers(c, random);
    const Ranking r = rank(c, a);
    CHECK(static_cast<int>(r.fits.size()) == c.event.results);
    CHECK(r.surprise);
}

TEST_CASE("Without the reason texts the ranking still works and shows the missing key (found by fuzzing)") {
    Content c = test::mini_content();
    c.texts.entries.clear();
    const Answers a = answer(c, {{"vmbo", {"basis"}}, {"leren", {"boek"}}, {"graag", {"techniek"}}});
    const Ranking r = rank(c, a);
    REQUIRE_FALSE(r.fits.empty());
    CHECK(r.fits.front().reasons.back().text == "reasons.level_fits");
    REQUIRE_FALSE(r.later_routes.empty());
    CHECK(r.later_routes.front().reasons.back().text == "reasons.later_route");
}
