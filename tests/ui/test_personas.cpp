// Pupils a decaan meets at an open day, each walked through the headless kiosk by touch. For
// each, the test states what an admission-aware decaan expects: the levels the results show
// (admission.ini), at least one programme they would name in the top three, and no reason that
// is untrue of the programme it stands under. Screenshots: build/screenshots/persona-*.png.
#include <catch2/catch.hpp>

#include <algorithm>

#include "pack/pack_reader.h"
#include "support/kiosk_fixture.h"

using namespace kiosk;

namespace {

struct Persona {
    std::string name;  // also the screenshot's name
    std::vector<std::pair<std::string, std::vector<std::string>>> answers;  // question key -> option keys
    std::vector<int> fit_levels;    // the levels the fits may have
    std::vector<int> later_levels;  // the levels later routes may have
    std::vector<std::string> top_three;  // crebos: at least one among the first three fits
    bool informed = true;           // the answers say enough to rank by
};

// The option keys a persona names for question `q`, as option indices; "weetniet" everywhere
// else is how a pupil who skips through looks.
std::vector<std::string> keys_for(const Persona& persona, const Question& question) {
    for (const auto& [key, options] : persona.answers)
        if (key == question.key) return options;
    for (const Option& option : question.options)
        if (option.unsure) return {option.key};
    return {question.options.front().key};
}

void answer_as(HeadlessKiosk& kiosk, const Persona& persona) {
    const Content& content = kiosk.app().kiosk().content();
    REQUIRE(kiosk.tap(content.texts.get("attract.start")));
    for (std::size_t q = 0; q < content.questions.size(); ++q) {
        const Question& question = content.questions[q];
        INFO(persona.name << ", question " << question.key);
        REQUIRE(kiosk.app().kiosk().session().question == q);
        for (const std::string& key : keys_for(persona, question)) {
            const auto option = std::find_if(question.options.begin(), question.options.end(), [&](const Option& o) { return o.key == key; });
            REQUIRE(option != question.options.end());
            REQUIRE(test::tap_scrolling(kiosk, option->text));
        }
        if (question.pick > 1)
            REQUIRE(test::tap_scrolling(kiosk, content.texts.get(q + 1 == content.questions.size() ? "question.to_results" : "common.next")));
    }
    REQUIRE(kiosk.app().kiosk().session().screen == Screen::Results);
}

bool level_in(const Content& content, const Match& match, const std::vector<int>& levels) {
    return std::find(levels.begin(), levels.end(), content.programmes[static_cast<std::size_t>(match.programme)].level) != levels.end();
}

}  // namespace

TEST_CASE("Twelve pupils a decaan knows get the placement, the programmes and the reasons a decaan would sign") {
    const std::vector<Persona> personas = {
        {"geen-diploma-koken",
         {{"vmbo", {"geen"}}, {"leren", {"doen"}}, {"samen", {"team"}}, {"graag", {"eten"}}, {"goed", {"handig"}}, {"toetsen", {"praktijk"}}},
         {1}, {2}, {"25252"}},
        {"geen-diploma-zorg",
         {{"vmbo", {"geen"}}, {"leren", {"doen"}}, {"graag", {"mensen"}}, {"goed", {"sociaal"}}, {"belangrijk", {"helpen"}}},
         {1}, {2}, {"25251"}},
        {"basis-autos-en-geld",
         {{"vmbo", {"basis"}}, {"leren", {"doen"}}, {"plek", {"werk"}}, {"graag", {"vervoer", "techniek"}}, {"goed", {"handig"}},
          {"belangrijk", {"verdienen"}}, {"toetsen", {"praktijk"}}, {"doorleren", {"werken"}}},
         {2}, {3, 4}, {"25242", "25231"}},
        {"tl-uitleg-zorgen",
         {{"vmbo", {"theoretisch"}}, {"leren", {"uitleg"}}, {"samen", {"team"}}, {"graag", {"mensen"}}, {"goed", {"sociaal", "taal"}},
          {"belangrijk", {"helpen"}}, {"toetsen", {"toets"}}, {"doorleren", {"verder"}}},
         {2, 3, 4}, {}, {"25480", "25485", "25473", "25488", "25491", "25486", "25475"}},
        {"kader-computers",
         {{"vmbo", {"kader"}}, {"leren", {"mix"}}, {"projecten", {"project"}}, {"samen", {"alleen"}}, {"graag", {"ict"}},
          {"goed", {"rekenen", "nauwkeurig"}}, {"doorleren", {"verder"}}},
         {2, 3, 4}, {}, {"25187", "25189", "25188", "25192"}},
        {"weet-ik-niet", {}, {2, 3, 4}, {}, {}, false},
        {"isk-nieuwkomer-techniek",
         {{"vmbo", {"isk"}}, {"leren", {"doen"}}, {"plek", {"werk"}}, {"graag", {"techniek"}}, {"goed", {"handig"}}, {"belangrijk", {"zekerheid"}}},
         {1, 2}, {3, 4}, {"25250", "25128", "25333", "25030"}},
        {"havo4-regelen",
         {{"vmbo", {"havo"}}, {"leren", {"uitleg"}}, {"projecten", {"vakken"}}, {"plek", {"school"}}, {"graag", {"organiseren", "handel"}},
          {"goed", {"rekenen", "taal"}}, {"doorleren", {"verder"}}},
         {2, 3, 4}, {}, {"25138", "25148", "25139", "25166"}},
        {"dieren-en-mensen",
         {{"vmbo", {"gemengd"}}, {"leren", {"doen"}}, {"graag", {"natuur", "mensen"}}, {"goed", {"handig"}}, {"belangrijk", {"afwisseling"}}},
         {2, 3, 4}, {}, {"25450"}},
        {"basis-kapper",
         {{"vmbo", {"basis"}}, {"leren", {"doen"}}, {"graag", {"creatief", "mensen"}}, {"goed", {"handig", "sociaal"}}, {"belangrijk", {"zichtbaar"}}},
         {2}, {3, 4}, {"25400"}},
        {"kader-sport",
         {{"vmbo", {"kader"}}, {"leren", {"doen"}}, {"samen", {"team"}}, {"graag", {"sport", "mensen"}}, {"belangrijk", {"afwisseling"}}},
         {2, 3, 4}, {}, {"25415", "25414", "25407"}},
        {"tl-techniek-hbo",
         {{"vmbo", {"theoretisch"}}, {"leren", {"mix"}}, {"projecten", {"project"}}, {"graag", {"techniek"}}, {"goed", {"rekenen", "ideeen"}},
          {"doorleren", {"verder"}}},
         {2, 3, 4}, {}, {"25344"}},
        {"basis-logistiek-bbl",
         {{"vmbo", {"basis"}}, {"leren", {"doen"}}, {"plek", {"werk"}}, {"samen", {"alleen"}}, {"graag", {"vervoer", "organiseren"}},
          {"doorleren", {"werken"}}},
         {2}, {3, 4}, {"25371", "25364"}},
    };
    REQUIRE(personas.size() >= 12);
    for (const Persona& persona : personas) {
        SECTION(persona.name) {
            HeadlessKiosk kiosk(test::headless_options(1080, 1920), test::kStartTime);
            answer_as(kiosk, persona);
            const Content& content = kiosk.app().kiosk().content();
            const Ranking& ranking = kiosk.app().kiosk().session().ranking;
            CHECK(kiosk.screenshot(test::shot_path("persona-" + persona.name)));
            if (persona.informed) REQUIRE_FALSE(ranking.fits.empty());
            CHECK(ranking.informed == persona.informed);
            for (const Match& match : ranking.fits) CHECK(level_in(content, match, persona.fit_levels));
            for (const Match& match : ranking.later_routes) CHECK(level_in(content, match, persona.later_levels));
            if (ranking.surprise) CHECK(level_in(content, *ranking.surprise, persona.fit_levels));
            // The sentence that explains where this pupil starts is on screen.
            REQUIRE(ranking.track >= 0);
            CHECK(kiosk.shows_text(content.tracks[static_cast<std::size_t>(ranking.track)].text));
            if (!persona.top_three.empty()) {
                std::vector<std::string> top;
                for (std::size_t i = 0; i < ranking.fits.size() && i < 3; ++i)
                    top.push_back(content.programmes[static_cast<std::size_t>(ranking.fits[i].programme)].crebo);
                INFO("top three: " << top[0] << " " << (top.size() > 1 ? top[1] : "") << " " << (top.size() > 2 ? top[2] : ""));
                CHECK(std::any_of(persona.top_three.begin(), persona.top_three.end(),
                                  [&](const std::string& crebo) { return std::find(top.begin(), top.end(), crebo) != top.end(); }));
            }
            // No reason shown is untrue of its programme.
            for (const Match* match : shown_matches(ranking)) {
                const Programme& programme = content.programmes[static_cast<std::size_t>(match->programme)];
                for (const Reason& reason : match->reasons) {
                    INFO(programme.name << ": " << reason.text);
                    CHECK(contradiction(content, reason.text, programme).empty());
                    if (reason.question >= 0) {
                        const Option& option = content.questions[static_cast<std::size_t>(reason.question)].options[static_cast<std::size_t>(reason.option)];
                        CHECK(claims_hold(option.claims, programme));
                    }
                }
            }
            if (!persona.informed) {
                // Orientation instead of a ranking that looks precise: no strong words, ways to look around.
                CHECK(kiosk.shows_text(content.texts.get("results.little_title")));
                // The domain tiles with their pictures come first; the whole offer under them.
                CHECK(kiosk.shows(content.texts.get("results.browse_all")));
                for (const Match* match : shown_matches(ranking)) CHECK(match->strength == MatchStrength::Interesting);
                const Domain* zorg = content.domain("79140");
                REQUIRE(zorg);
                REQUIRE(test::tap_scrolling(kiosk, zorg->name));
                CHECK(kiosk.app().kiosk().session().screen == Screen::Browse);
                CHECK(kiosk.app().kiosk().session().browse.domain == "79140");
                CHECK(kiosk.screenshot(test::shot_path("persona-" + persona.name + "-browse")));
                REQUIRE(kiosk.tap(content.texts.get("browse.to_results")));
                CHECK(kiosk.app().kiosk().session().screen == Screen::Results);
            }
        }
    }
}
