#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <set>

#include "core/matching.h"
#include "core/session.h"
#include "pack/pack_reader.h"
#include "support/mini_pack.h"
#include "support/paths.h"
#include "support/problems.h"
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

namespace {

// The vmbo-question option that points to the admission track `key`.
int track_option(const Content& c, const std::string& key) {
    const auto& options = c.questions.front().options;
    for (std::size_t o = 0; o < options.size(); ++o)
        if (options[o].track >= 0 && c.tracks[static_cast<std::size_t>(options[o].track)].key == key) return static_cast<int>(o);
    FAIL("no option for track " << key);
    return -1;
}

bool all_levels_in(const Content& c, const std::vector<Match>& matches, const std::vector<int>& levels) {
    return std::all_of(matches.begin(), matches.end(), [&](const Match& m) {
        return std::find(levels.begin(), levels.end(), c.programmes[static_cast<std::size_t>(m.programme)].level) != levels.end();
    });
}

}  // namespace

TEST_CASE("Placement follows the admission rules of the pack, for every track, on the default content and all 470 qualifications") {
    struct Rule {
        const char* track;
        std::vector<int> start, later;
    };
    const std::vector<Rule> rules = {{"basis", {2}, {3, 4}},   {"kader", {2, 3, 4}, {}},       {"gemengd", {2, 3, 4}, {}},
                                     {"theoretisch", {2, 3, 4}, {}}, {"havo", {2, 3, 4}, {}}, {"geen", {1}, {2}},
                                     {"isk", {1, 2}, {3, 4}},  {"weetniet", {2, 3, 4}, {}}};
    for (const Content* c : {&test::default_content(), &test::catalogue_content()}) {
        for (const Rule& rule : rules) {
            INFO("track " << rule.track << ", " << c->programmes.size() << " programmes");
            std::mt19937 random(17);
            bool saw_level_2_fit = false;
            for (int round = 0; round < 150; ++round) {
                Answers a = test::random_answers(*c, random);
                a.picked[0] = {track_option(*c, rule.track)};
                const Placement place = placement(*c, a);
                REQUIRE(place.start == rule.start);
                REQUIRE(place.later == rule.later);
                const Ranking r = rank(*c, a);
                REQUIRE_FALSE(r.fits.empty());
                CHECK(all_levels_in(*c, r.fits, rule.start));
                CHECK(all_levels_in(*c, r.later_routes, rule.later));
                CHECK(c->tracks[static_cast<std::size_t>(r.track)].key == rule.track);
                // Entree is where a pupil without a diploma starts, never a "surprise" to others.
                if (r.surprise && rule.start != std::vector<int>{1})
                    CHECK(c->programmes[static_cast<std::size_t>(r.surprise->programme)].level > 1);
                for (const Match& m : r.fits) saw_level_2_fit |= c->programmes[static_cast<std::size_t>(m.programme)].level == 2;
                // "Past bij jouw vooropleiding" only for a pupil who said what it is.
                if (std::string(rule.track) == "weetniet")
                    for (const Match& m : r.fits)
                        for (const Reason& reason : m.reasons) CHECK(reason.question >= 0);
            }
            // Level-2 programmes are shown to kader, gl and tl pupils when they fit.
            if (std::find(rule.start.begin(), rule.start.end(), 2) != rule.start.end()) CHECK(saw_level_2_fit);
        }
    }
}

TEST_CASE("Without a diploma the Entree programmes come first, with level 2 as the route after it") {
    const Content& c = test::default_content();
    Answers a = answer(c, {{"graag", {"eten"}}, {"leren", {"doen"}}, {"samen", {"team"}}, {"belangrijk", {"zichtbaar"}}});
    a.picked[0] = {track_option(c, "geen")};
    const Ranking r = rank(c, a);
    REQUIRE_FALSE(r.fits.empty());
    const Programme& first = c.programmes[static_cast<std::size_t>(r.fits.front().programme)];
    CHECK(first.level == 1);
    CHECK(first.domain == "79120");  // the Entree programme of horeca, for a pupil who likes cooking
    REQUIRE_FALSE(r.later_routes.empty());
    CHECK(c.programmes[static_cast<std::size_t>(r.later_routes.front().programme)].domain == "79120");
    CHECK(r.later_routes.front().reasons.back().text.find("niveau 1") != std::string::npos);
    CHECK(c.tracks[static_cast<std::size_t>(r.track)].text.find("Entree") != std::string::npos);
}

TEST_CASE("A reason shows only where everything it claims holds") {
    PackFiles files = test::mini_pack();
    files["questions.ini"] += "[question.verder]\ntext = Verder?\n"
                              "[question.verder.ja]\ntext = Ja\nweights = doorleren=1\nreason = Daarna kun je naar het hbo.\nif = niveau>=4\n"
                              "[question.verder.nee]\ntext = Weet ik niet\nunsure = ja\n";
    const PackReadResult read = read_pack(files);
    REQUIRE(read.ok());
    const Content& c = read.content;
    const Option& ja = c.questions.back().options.front();
    REQUIRE(ja.claims.size() == 1);
    CHECK(ja.claims.front().field == ClaimField::Level);
    CHECK(c.questions.back().options.back().unsure);
    const Answers a = answer(c, {{"verder", {"ja"}}});
    const Programme& technicus = c.programmes[static_cast<std::size_t>(c.programme_index("10003"))];
    const Programme& monteur = c.programmes[static_cast<std::size_t>(c.programme_index("10002"))];
    CHECK(claims_hold(ja.claims, technicus));
    CHECK_FALSE(claims_hold(ja.claims, monteur));
    for (const Match& m : rank(c, a).fits)
        for (const Reason& reason : m.reasons)
            if (reason.text == "Daarna kun je naar het hbo.") CHECK(c.programmes[static_cast<std::size_t>(m.programme)].level == 4);
}

TEST_CASE("Claims that make no sense are errors with the line they are on") {
    PackFiles files = test::mini_pack();
    files["questions.ini"] += "[question.x]\ntext = X\n[question.x.a]\ntext = A\nweights = mensen=1\nreason = R\nif = niveau>=4 lengte>3 praktijk=>5 mensen\n"
                              "[question.x.b]\ntext = B\nunsure = ja\nweights = mensen=1\n";
    const PackReadResult read = read_pack(files);
    CHECK_FALSE(read.ok());
    CHECK(test::mentions(read.problems, "onbekend 'lengte'"));
    CHECK(test::mentions(read.problems, "'praktijk=>5' is geen vergelijking"));
    CHECK(test::mentions(read.problems, "'mensen' heeft een vergelijking nodig"));
    CHECK(test::mentions(read.problems, "weegt niets; haal weights weg"));
}

TEST_CASE("The staff tool warns when a reason says something the programme's data contradicts") {
    PackFiles files = test::mini_pack();
    files["questions.ini"] += "[question.verder]\ntext = Verder?\n"
                              "[question.verder.ja]\ntext = Ja\nweights = techniek=1\nreason = Na {naam} kun je ook naar het hbo.\n"
                              "[question.verder.nee]\ntext = Nee\n";
    const PackReadResult read = read_pack(files);
    REQUIRE(read.ok());
    const std::vector<Problem> problems = check_reasons(read.content);
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().message.find("Monteur") != std::string::npos);    // level 3
    CHECK(problems.front().message.find("Technicus") == std::string::npos);  // level 4: true there
    CHECK(problems.front().message.find("if = niveau>=4") != std::string::npos);
    std::string fixed = files["questions.ini"];
    fixed.replace(fixed.find("reason = Na {naam}"), 0, "if = niveau>=4\n");
    files["questions.ini"] = fixed;
    CHECK(check_reasons(read_pack(files).content).empty());
}

TEST_CASE("Every reason that can appear under a programme of the default content is true of it") {
    const Content& c = test::default_content();
    for (const Problem& problem : check_reasons(c)) UNSCOPED_INFO(to_string(problem));
    CHECK(check_reasons(c).empty());
    // The cases the decaan found, one by one: each reason sentence against the programme's data.
    for (std::size_t q = 0; q < c.questions.size(); ++q)
        for (std::size_t o = 0; o < c.questions[q].options.size(); ++o) {
            for (const Programme& p : c.programmes) {
                const std::string key = c.questions[q].key + "." + c.questions[q].options[o].key;
                const Option& option = c.questions[q].options[o];
                if (!reason_shows(c, option, p)) continue;
                INFO(key << " under " << p.name);
                const std::string text = fill_template(option.reason, c, p);
                if (text.find("hbo") != std::string::npos && text.find("niveau 4") == std::string::npos) CHECK(p.level == 4);
                if (key == "plek.werk") CHECK(p.bbl);
                if (key == "plek.school") CHECK(p.bol);
                if (key == "leren.doen" || key == "toetsen.praktijk") CHECK(p.practice_percent >= 50);
                if (key == "leren.uitleg") CHECK(p.practice_percent <= 50);
                if (key == "reizen.ov") CHECK(p.features[static_cast<std::size_t>(c.feature_index("centraal"))] >= 1.0);
                if (key == "locatie.klein") CHECK(p.features[static_cast<std::size_t>(c.feature_index("klein"))] >= 1.0);
            }
        }
}

TEST_CASE("Every question of the default content has a 'weet ik niet' that weighs nothing") {
    for (const Question& q : test::default_content().questions) {
        INFO(q.key);
        const auto unsure = std::count_if(q.options.begin(), q.options.end(), [](const Option& o) { return o.unsure; });
        CHECK(unsure == 1);
        for (const Option& o : q.options)
            if (o.unsure) CHECK(o.weights.empty());
    }
}

TEST_CASE("Answers that say little give orientation in words, not a ranking that looks precise") {
    const Content& c = test::default_content();
    Answers a = Answers::empty_for(c);
    for (std::size_t q = 0; q < c.questions.size(); ++q)
        for (std::size_t o = 0; o < c.questions[q].options.size(); ++o)
            if (c.questions[q].options[o].unsure) a.picked[q] = {static_cast<int>(o)};
    const Ranking r = rank(c, a);
    CHECK_FALSE(r.informed);
    CHECK_FALSE(placement(c, a).known);
    for (const Match* m : shown_matches(r)) {
        CHECK(m->strength == MatchStrength::Interesting);
        for (const Reason& reason : m->reasons) CHECK(reason.question == -1);  // only a later route's sentence
    }
    // Three answers that weigh are still too few; the fourth makes the ranking count.
    Answers some = a;
    some.picked[1] = {0};
    some.picked[4] = {0};
    some.picked[8] = {0};
    CHECK(weighing_answers(c, some) == 3);
    CHECK_FALSE(rank(c, some).informed);
    some.picked[9] = {0};
    CHECK(rank(c, some).informed);
}

TEST_CASE("Words follow the score: a stronger word never stands below a weaker one, and agreeing answers earn 'sterke match'") {
    const Content& c = test::default_content();
    std::mt19937 random(23);
    for (int round = 0; round < 300; ++round) {
        const Ranking r = rank(c, test::random_answers(c, random));
        for (std::size_t i = 1; i < r.fits.size(); ++i) CHECK(r.fits[i].strength >= r.fits[i - 1].strength);
    }
    Answers cook = answer(c, {{"leren", {"doen"}}, {"projecten", {"project"}}, {"samen", {"team"}}, {"graag", {"eten"}},
                              {"goed", {"handig"}}, {"belangrijk", {"zichtbaar"}}, {"toetsen", {"praktijk"}}});
    cook.picked[0] = {track_option(c, "basis")};
    const Ranking r = rank(c, cook);
    REQUIRE(r.informed);
    CHECK(r.fits.front().strength == MatchStrength::Strong);
    CHECK(c.programmes[static_cast<std::size_t>(r.fits.front().programme)].domain == "79120");
}

TEST_CASE("No value a pupil picks steers by sector: each draws on programmes of several domains") {
    const Content& c = test::default_content();
    std::size_t values = 0;
    // What matters in work, what comes after, and where and how you travel: none of these may
    // stand in for a sector (a location that houses one sector would).
    const std::set<std::string> keys = {"belangrijk", "doorleren", "locatie", "reizen", "plek"};
    for (std::size_t q = 0; q < c.questions.size(); ++q) {
        if (!keys.count(c.questions[q].key)) continue;
        for (const Option& option : c.questions[q].options) {
            if (option.weights.empty()) continue;
            ++values;
            Answers a = Answers::empty_for(c);
            a.picked[q] = {static_cast<int>(&option - c.questions[q].options.data())};
            const double best = best_possible_score(c, a);
            std::set<std::string> domains;
            std::set<std::string> reasoned;  // domains where the value's reason can stand
            for (const Programme& p : c.programmes) {
                if (score(c, p, a) >= c.event.reason_threshold * best) domains.insert(p.domain);
                if (score(c, p, a) >= c.event.reason_threshold * best && claims_hold(option.claims, p)) reasoned.insert(p.domain);
            }
            INFO("value " << c.questions[q].key << "." << option.key << ": " << domains.size() << " domains, reason in " << reasoned.size());
            CHECK(domains.size() >= 4);
            CHECK(reasoned.size() >= 3);
        }
    }
    CHECK(values >= 12);
    // Earning well, security and helping others are facts each programme states, not its sector's.
    for (const char* key : {"zekerheid", "verdienen", "helpen"}) CHECK(c.features[static_cast<std::size_t>(c.feature_index(key))].from != nullptr);
}

TEST_CASE("Identical answers give identical results, whatever the language, the mode or the moment") {
    const Content& dutch = test::default_content();
    std::mt19937 random(29);
    for (int round = 0; round < 40; ++round) {
        const Answers a = test::random_answers(dutch, random);
        const std::vector<std::string> expected = all_crebos(dutch, rank(dutch, a));
        for (const LanguageInfo& language : offered_languages(dutch)) {
            const Content localised = localise(dutch, language.code);
            const Ranking r = rank(localised, a);
            CHECK(all_crebos(localised, r) == expected);
        }
        // Alone or together with a parent, at 9:00 or at 16:00: the pupil's answers alone decide.
        Session alone, together;
        start(alone, dutch, 1795860000.0);
        start(together, dutch, 1795888800.0, true);
        alone.answers = together.answers = a;
        alone.screen = together.screen = Screen::Question;
        alone.question = together.question = dutch.questions.size() - 1;
        together.parent_answers = test::random_answers(dutch, random);  // the parent thinks otherwise
        next(alone, dutch, 1795860300.0);
        next(together, dutch, 1795889100.0);
        REQUIRE(alone.screen == Screen::Results);
        REQUIRE(together.screen == Screen::Results);
        CHECK(all_crebos(dutch, alone.ranking) == expected);
        CHECK(all_crebos(dutch, together.ranking) == expected);
    }
}

TEST_CASE("How and where you want to learn says nothing yet of what: no 'sterke match' without an interest") {
    const Content& c = test::default_content();
    Answers a = answer(c, {{"leren", {"mix"}}, {"plek", {"school"}}, {"samen", {"team"}}, {"locatie", {"groot"}}, {"reizen", {"ov"}},
                           {"toetsen", {"praktijk"}}});
    a.picked[0] = {track_option(c, "kader")};
    REQUIRE(weighing_answers(c, a) >= c.event.informed_answers);
    Ranking r = rank(c, a);
    CHECK_FALSE(r.informed);
    for (const Match* m : shown_matches(r)) CHECK(m->strength == MatchStrength::Interesting);
    a = answer(c, {{"leren", {"mix"}}, {"plek", {"school"}}, {"samen", {"team"}}, {"locatie", {"groot"}}, {"reizen", {"ov"}},
                   {"toetsen", {"praktijk"}}, {"graag", {"ict"}}});
    a.picked[0] = {track_option(c, "kader")};
    r = rank(c, a);
    CHECK(r.informed);
    CHECK(r.fits.front().strength != MatchStrength::Interesting);
}
