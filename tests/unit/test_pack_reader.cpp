#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "pack/pack_reader.h"
#include "support/mini_pack.h"
#include "support/paths.h"
#include "support/problems.h"

using namespace kiosk;

namespace {
std::vector<std::string> messages(const PackReadResult& result) {
    std::vector<std::string> out;
    for (const auto& problem : result.problems) out.push_back(to_string(problem));
    return out;
}

bool mentions(const PackReadResult& result, const std::string& text) { return test::mentions(result.problems, text); }
}  // namespace

TEST_CASE("The default content is a real school's open day") {
    const PackReadResult result = read_pack(test::default_pack());
    for (const auto& line : messages(result)) UNSCOPED_INFO(line);
    REQUIRE(result.ok());
    CHECK(result.problems.empty());  // no warnings either
    const Content& content = result.content;
    CHECK(content.programmes.size() >= 40);
    std::set<std::string> domains, locations;
    std::set<int> levels;
    for (const auto& p : content.programmes) {
        domains.insert(p.domain);
        locations.insert(p.location);
        levels.insert(p.level);
        CHECK_FALSE(p.card.what_you_do.empty());
        CHECK_FALSE(p.card.how_you_learn.empty());
        CHECK_FALSE(p.card.internship.empty());
        CHECK_FALSE(p.card.assessment.empty());
        CHECK_FALSE(p.card.jobs.empty());
        CHECK_FALSE(p.card.onwards.empty());
    }
    CHECK(domains.size() >= 8);
    CHECK(locations.size() >= 1);
    CHECK(locations.size() <= 2);
    CHECK(content.questions.size() >= 10);
    CHECK(content.questions.size() <= 14);
}

TEST_CASE("Every default programme is a real qualification with its official level and domain") {
    const std::string csv = test::read_file(test::qualifications_csv());
    for (const auto& p : test::default_content().programmes) {
        INFO(p.crebo << " " << p.name);
        const auto at = csv.find("\n" + p.crebo + ",");
        REQUIRE(at != std::string::npos);
        const std::string row = csv.substr(at + 1, csv.find('\n', at + 1) - at - 1);
        CHECK(row.find("," + std::to_string(p.level) + ",") != std::string::npos);
        // The list gives Entree no domain; the pack gives it the domain of its sector.
        if (p.level == 1) CHECK(row.find(",entreeopleiding,") != std::string::npos);
        else CHECK(row.find("," + p.domain + ",") != std::string::npos);
    }
}

TEST_CASE("No question asks about gender, origin or name") {
    for (const auto& question : test::default_content().questions) {
        std::string text = question.text;
        std::transform(text.begin(), text.end(), text.begin(), ::tolower);
        for (const char* forbidden : {"jongen", "meisje", "geslacht", "gender", "afkomst", "land van", "naam", "e-mail", "geloof"})
            CHECK(text.find(forbidden) == std::string::npos);
    }
}

TEST_CASE("Programme features combine domain, level, location, derived and own values") {
    const PackReadResult result = read_pack(test::mini_pack());
    REQUIRE(result.ok());
    const Content& c = result.content;
    const Programme& monteur = c.programmes[static_cast<std::size_t>(c.programme_index("10002"))];
    auto f = [&](const Programme& p, const char* key) { return p.features[static_cast<std::size_t>(c.feature_index(key))]; };
    CHECK(f(monteur, "techniek") == 1.0);       // domain
    CHECK(f(monteur, "mensen") == Approx(0.2)); // own column
    CHECK(f(monteur, "klein") == 1.0);          // location b
    CHECK(f(monteur, "praktijk") == Approx(0.6));
    CHECK(f(monteur, "theorie") == Approx(0.4));
    CHECK(f(monteur, "bbl") == 1.0);
    CHECK(f(monteur, "bol") == 0.0);
    const Programme& technicus = c.programmes[static_cast<std::size_t>(c.programme_index("10003"))];
    CHECK(f(technicus, "doorleren") == 1.0);    // level 4
}

TEST_CASE("A broken programmes.csv is reported cell by cell, all in one pass") {
    PackFiles files = test::mini_pack();
    files["programmes.csv"] =
        "crebo;naam;domein;niveau;leerweg;locatie;duur_jaren;praktijk_procent;kenmerken;wat_je_doet;hoe_je_leert;stage;beoordeling;beroepen;doorstroom\n"
        "10001;Helpende;zorg;5;BOL;a;2;70;;a;b;c;d;e;f\n"
        "1234;Monteur;ruimtevaart;3;DUAL;z;9;160;snelheid=2;a;b;c;d;e;f\n"
        "10001;Dubbel;zorg;2;BOL;a;2;50;mensen=1.5;a;b;c;d;e;f\n";
    const PackReadResult result = read_pack(files);
    CHECK_FALSE(result.ok());
    CHECK(mentions(result, "programmes.csv:2:4: niveau moet 1-4 zijn, gevonden '5'"));
    CHECK(mentions(result, "programmes.csv:3:1: crebo moet 5 cijfers zijn"));
    CHECK(mentions(result, "programmes.csv:3:3: onbekend domein 'ruimtevaart'"));
    CHECK(mentions(result, "programmes.csv:3:5: leerweg moet BOL, BBL of BOL/BBL zijn"));
    CHECK(mentions(result, "programmes.csv:3:6: onbekende locatie 'z'"));
    CHECK(mentions(result, "programmes.csv:3:7: duur_jaren moet 1-4 zijn"));
    CHECK(mentions(result, "programmes.csv:3:8: praktijk_procent moet 0-100 zijn"));
    CHECK(mentions(result, "programmes.csv:3:9: onbekend kenmerk 'snelheid'"));
    CHECK(mentions(result, "programmes.csv:4:1: crebo 10001 staat twee keer"));
    CHECK(mentions(result, "programmes.csv:4:9: waarde van 'mensen' moet een getal van 0 tot 1 zijn"));
}

TEST_CASE("Missing files and columns are named") {
    PackFiles files = test::mini_pack();
    files.erase("questions.ini");
    files["programmes.csv"] = "crebo;naam\n10001;Helpende\n";
    const PackReadResult result = read_pack(files);
    CHECK_FALSE(result.ok());
    CHECK(mentions(result, "questions.ini: bestand ontbreekt in het pakket"));
    CHECK(mentions(result, "kolom 'niveau' ontbreekt"));
}

TEST_CASE("Questions: options need an owner, weights need declared features, pick fits the options") {
    PackFiles files = test::mini_pack();
    files["questions.ini"] =
        "[question.a.x]\ntext = Wees\n"
        "[question.b]\ntext = Vraag\npick = 3\n"
        "[question.b.y]\ntext = Y\nweights = vliegen=1\nreason = r\n"
        "[question.b.z]\ntext = Z\nlevels = 7\n";
    const PackReadResult result = read_pack(files);
    CHECK(mentions(result, "antwoord [question.a.x] staat niet onder een eerdere [question.a]"));
    CHECK(mentions(result, "onbekend kenmerk 'vliegen'"));
    CHECK(mentions(result, "levels: niveau moet 1-4 zijn, gevonden '7'"));
    CHECK(mentions(result, "pick is groter dan het aantal antwoorden"));
}

TEST_CASE("An event id that could not travel in a link or name a file is refused") {
    PackFiles files = test::mini_pack();
    std::string& event = files["event.ini"];
    event.replace(event.find("id = "), 5, "id = ../../");
    const PackReadResult result = read_pack(files);
    CHECK_FALSE(result.ok());
    CHECK(mentions(result, "id mag alleen letters, cijfers, - en _ bevatten"));
}

TEST_CASE("A pack of an unknown format version is refused") {
    PackFiles files = test::mini_pack();
    files["pack.ini"] = "[pack]\nformat = 3\nname = Toekomst\n";
    const PackReadResult result = read_pack(files);
    CHECK_FALSE(result.ok());
    CHECK(mentions(result, "formaat 3 wordt niet ondersteund"));
}

TEST_CASE("Every text key the screens use exists in the Dutch texts") {
    const Texts& texts = test::default_content().texts;
    for (const char* key : {"common.back", "common.next", "common.stop", "attract.title", "attract.subtitle", "attract.start",
                            "attract.privacy", "question.progress", "question.pick_more", "question.to_results",
                            "results.title", "results.intro", "results.strength_strong", "results.strength_good", "results.strength_interesting", "results.little_title", "results.explore_title", "programme.register_by", "results.start_title", "results.explore_intro", "results.little_intro", "results.little_ideas", "results.browse_all", "results.explain", "browse.to_results", "results.open", "results.surprise_label",
                            "results.surprise_intro", "results.later_title", "results.later_intro", "results.favourite",
                            "results.take_home", "programme.facts", "programme.practice", "programme.what_you_do",
                            "programme.how_you_learn", "programme.internship", "programme.assessment", "programme.jobs",
                            "programme.onwards", "programme.favourite", "programme.favourite_on", "programme.back", "programme.why",
                            "finish.title", "finish.scan", "finish.code", "finish.next_title", "finish.next_step",
                            "finish.done", "idle.title", "idle.body", "idle.stay", "leerweg.bol", "leerweg.bbl",
                            "leerweg.both", "reasons.level_fits", "reasons.later_route", "reflect.title", "reflect.intro",
                            "reflect.step_title", "reflect.step_help", "reflect.done", "ticket.programme", "ticket.scan",
                            "ticket.code"}) {
        INFO(key);
        CHECK(texts.entries.count(key) == 1);
    }
}

TEST_CASE("A features.ini without the derived features is refused without crashing (found by fuzzing)") {
    PackFiles files = test::mini_pack();
    files["features.ini"] = "[feature.mensen]\n[domain.zorg]\nname = Zorg\n[domain.techniek]\nname = Techniek\n";
    const PackReadResult result = read_pack(files);
    CHECK_FALSE(result.ok());
    CHECK(mentions(result, "kenmerk 'praktijk' moet gedeclareerd zijn"));
}

TEST_CASE("reflection.ini: reflections carry no weights, and there must be a next step") {
    PackFiles files = test::mini_pack();
    files["reflection.ini"] = "[reflection.a]\ntext = A?\n[reflection.a.x]\ntext = X\nweights = mensen=1\nreason = r\n"
                              "[reflection.a.y]\ntext = Y\n[iets]\n";
    const PackReadResult result = read_pack(files);
    CHECK_FALSE(result.ok());
    CHECK(mentions(result, "antwoorden tellen niet mee voor de uitslag"));
    CHECK(mentions(result, "een gesprek eindigt altijd met een volgende stap"));
    CHECK(mentions(result, "onbekende sectie [iets]"));
}

TEST_CASE("The portfolio mode is fragment or token") {
    PackFiles files = test::mini_pack();
    std::string& event = files["event.ini"];
    event.replace(event.find("[portfolio]"), 11, "[portfolio]\nmode = cloud");
    const PackReadResult result = read_pack(files);
    CHECK(mentions(result, "mode moet 'fragment' of 'token' zijn, gevonden 'cloud'"));
}

TEST_CASE("A translation file that is malformed or not UTF-8 is reported with its line") {
    PackFiles files = test::mini_pack();
    files["texts/en.ini"] = "[attract]\ntitle Which programme suits you\n";
    std::vector<Problem> problems = check_pack(files).problems;
    CHECK(std::any_of(problems.begin(), problems.end(), [](const Problem& p) { return p.file == "texts/en.ini" && p.line == 2; }));
    files["texts/en.ini"] = std::string("[attract]\ntitle = caf\xe9\n");  // Latin-1, not UTF-8
    problems = check_pack(files).problems;
    CHECK(std::any_of(problems.begin(), problems.end(), [](const Problem& p) {
        return p.file == "texts/en.ini" && p.message.find("geen UTF-8") != std::string::npos;
    }));
}

TEST_CASE("A pack from before the Dutch placeholder names still reads: each old name is taken as its new one, with a warning") {
    PackFiles files = test::mini_pack();
    files["texts/nl.ini"] += "[question]\nprogress = Vraag {n} van {total}\n[results]\nfit = Past {percent}% bij jou\n";
    files["texts/en.ini"] = "[language]\nname = English\ndirection = ltr\n[question]\nprogress = Question {n} of {total}\n";
    const PackReadResult result = read_pack(files);
    REQUIRE(result.ok());
    CHECK(result.content.texts.format("question.progress", {{"nummer", "3"}, {"totaal", "12"}}) == "Vraag 3 van 12");
    CHECK(result.content.texts.format("results.fit", {{"procent", "80"}}) == "Past 80% bij jou");
    CHECK(mentions(result, "texts/nl.ini:5:1: waarschuwing: {n} heet nu {nummer}"));
    CHECK(mentions(result, "{percent} heet nu {procent}"));
    CHECK(localise(result.content, "en").texts.format("question.progress", {{"nummer", "3"}, {"totaal", "12"}}) == "Question 3 of 12");
    CHECK(mentions(result, "texts/en.ini:5:1: waarschuwing: {total} heet nu {totaal}"));
}

namespace {
// The mini pack's programmes.csv with the card's optional columns after the others.
std::string with_card_columns(const std::string& header_tail, const std::vector<std::string>& row_tails) {
    std::string csv = test::mini_pack()["programmes.csv"];
    std::string out;
    std::size_t row = 0, start = 0;
    for (std::size_t end = csv.find('\n'); end != std::string::npos; start = end + 1, end = csv.find('\n', start)) {
        out += csv.substr(start, end - start) + (start == 0 ? header_tail : row < row_tails.size() ? row_tails[row] : std::string()) + "\n";
        if (start != 0) ++row;
    }
    return out;
}
}  // namespace

TEST_CASE("The card's new columns are read: department, teachers, admission, choices, needs and the three bands") {
    PackFiles files = test::mini_pack();
    const std::string full = ";A;B;C;D;E;hoog;gemiddeld;laag";
    files["programmes.csv"] = with_card_columns(";afdeling;docenten;toelating;keuzedelen;nodig;werkkans;loon;contact",
                                                {";College Zorg, team Helpende;Ze doen het voor.;Vmbo basis of Entree.;Ouderenzorg;Geduld;hoog;laag;hoog",
                                                 full, full, full});
    const PackReadResult result = read_pack(files);
    for (const auto& line : messages(result)) UNSCOPED_INFO(line);
    REQUIRE(result.ok());
    CHECK(result.problems.empty());
    const Programme& helpende = result.content.programmes[0];
    CHECK(helpende.card.department == "College Zorg, team Helpende");
    CHECK(helpende.card.teachers == "Ze doen het voor.");
    CHECK(helpende.card.admission == "Vmbo basis of Entree.");
    CHECK(helpende.card.choices == "Ouderenzorg");
    CHECK(helpende.card.needs == "Geduld");
    CHECK(helpende.werkkans == Band::Hoog);
    CHECK(helpende.loon == Band::Laag);
    CHECK(helpende.contact == Band::Hoog);
    const Programme& monteur = result.content.programmes[1];
    CHECK(monteur.loon == Band::Gemiddeld);
    CHECK(programme_band(monteur, "werkkans") == Band::Hoog);
    CHECK(programme_band(monteur, "contact") == Band::Laag);
    CHECK_FALSE(programme_band(monteur, "zekerheid"));
}

TEST_CASE("A band that is not laag, gemiddeld or hoog is an error at its cell, an empty one a warning") {
    PackFiles files = test::mini_pack();
    files["programmes.csv"] = with_card_columns(";werkkans;loon;contact", {";heel hoog;laag;hoog", ";Hoog;;laag", ";laag;laag;laag", ";laag;laag;laag"});
    const PackReadResult result = read_pack(files);
    CHECK_FALSE(result.ok());
    CHECK(mentions(result, "programmes.csv:2:16: werkkans moet laag, gemiddeld of hoog zijn, gevonden 'heel hoog'"));
    CHECK(mentions(result, "programmes.csv:3:16: werkkans moet laag, gemiddeld of hoog zijn, gevonden 'Hoog'"));
    CHECK(mentions(result, "programmes.csv:3:17: waarschuwing: loon is leeg"));
    CHECK_FALSE(result.content.programmes[0].werkkans);
    CHECK(result.content.programmes[0].loon == Band::Laag);
}

TEST_CASE("A programmes.csv without the new columns still loads, with one warning naming them, and the card leaves them out") {
    const PackReadResult result = read_pack(test::mini_pack());
    REQUIRE(result.ok());
    CHECK(mentions(result, "kolommen afdeling, docenten, toelating, keuzedelen, nodig, werkkans, loon, contact ontbreken"));
    CHECK(std::count_if(result.problems.begin(), result.problems.end(), [](const Problem& p) { return p.message.find("ontbreken") != std::string::npos; }) == 1);
    for (const Programme& p : result.content.programmes) {
        CHECK(p.card.department.empty());
        CHECK(p.card.admission.empty());
        CHECK_FALSE(p.werkkans);
        CHECK_FALSE(p.loon);
        CHECK_FALSE(p.contact);
    }
    // Only some of them: the others are named.
    PackFiles files = test::mini_pack();
    files["programmes.csv"] = with_card_columns(";toelating;werkkans", {";Vmbo;hoog", ";Vmbo;hoog", ";Vmbo;laag", ";Vmbo;laag"});
    const PackReadResult some = read_pack(files);
    REQUIRE(some.ok());
    CHECK(mentions(some, "kolommen afdeling, docenten, keuzedelen, nodig, loon, contact ontbreken"));
    CHECK(some.content.programmes[2].card.admission == "Vmbo");
    CHECK(some.content.programmes[2].werkkans == Band::Laag);
}

TEST_CASE("Vandaag op de open dag in event.ini per crebo: wat required, an unknown crebo or key warned about") {
    PackFiles files = test::mini_pack();
    files["event.ini"] +=
        "[vandaag.10001]\nwaar = Lokaal H1.12, Locatie A\nwat = Probeer de tillift\ntijd = 10.00 - 14.00 uur\n"
        "[vandaag.10002]\nwat = Sleutel aan een motor\n"
        "[vandaag.10003]\nwaar = Lab\n"
        "[vandaag.99999]\nwat = Niemand\n"
        "[vandaag.10004]\nwat = Meet een bloeddruk\nwanneer = vandaag\n";
    const PackReadResult result = read_pack(files);
    const Content& c = result.content;
    const TodayAtEvent* helpende = c.today(c.programmes[0]);
    REQUIRE(helpende);
    CHECK(helpende->where == "Lokaal H1.12, Locatie A");
    CHECK(helpende->what == "Probeer de tillift");
    CHECK(helpende->when == "10.00 - 14.00 uur");
    const TodayAtEvent* monteur = c.today(c.programmes[1]);
    REQUIRE(monteur);
    CHECK(monteur->where.empty());
    CHECK(monteur->when.empty());
    CHECK_FALSE(result.ok());  // 10003 has no wat
    CHECK(mentions(result, "[vandaag.10003] mist 'wat = ...'"));
    CHECK(mentions(result, "event.ini:26:1: waarschuwing: [vandaag.99999]: er is geen opleiding met crebo 99999"));
    CHECK(mentions(result, "[vandaag.10004] kent alleen waar, wat en tijd; 'wanneer' wordt overgeslagen"));
    // Translated like the rest of the content.
    files["event.ini"] = test::mini_pack()["event.ini"] + "[vandaag.10001]\nwaar = Lokaal H1.12\nwat = Probeer de tillift\ntijd = 10.00 uur\n";
    files["texts/en.ini"] = "[language]\nname = English\ndirection = ltr\n";
    files["translations/en.ini"] = "[vandaag.10001]\nwaar = Room H1.12\nwat = Try the hoist\ntijd = 10:00\n";
    const PackReadResult translated = read_pack(files);
    REQUIRE(translated.ok());
    const Content english = localise(translated.content, "en");
    const TodayAtEvent* today = english.today(english.programmes[0]);
    REQUIRE(today);
    CHECK(today->where == "Room H1.12");
    CHECK(today->what == "Try the hoist");
    CHECK(today->when == "10:00");
}

TEST_CASE("Every default programme has a complete card, three bands and something to do today at the open day") {
    const Content& content = test::default_content();
    CHECK(content.programmes.size() == 53);
    for (const Programme& p : content.programmes) {
        INFO(p.crebo << " " << p.name);
        CHECK_FALSE(p.card.department.empty());
        CHECK_FALSE(p.card.teachers.empty());
        CHECK_FALSE(p.card.admission.empty());
        CHECK_FALSE(p.card.choices.empty());
        CHECK_FALSE(p.card.needs.empty());
        CHECK(p.werkkans);
        CHECK(p.loon);
        CHECK(p.contact);
        const TodayAtEvent* today = content.today(p);
        REQUIRE(today);
        CHECK_FALSE(today->what.empty());
        CHECK_FALSE(today->where.empty());
        CHECK_FALSE(today->when.empty());
        // Where to go names one of the school's two locations.
        CHECK((today->where.find("Campus Centrum") != std::string::npos || today->where.find("Locatie Haven") != std::string::npos));
    }
    CHECK(content.event.today.size() == content.programmes.size());
}

TEST_CASE("Each default programme's admission follows the mbo admission rules of its level") {
    for (const Programme& p : test::default_content().programmes) {
        INFO(p.crebo << " " << p.name << ": " << p.card.admission);
        const std::string& text = p.card.admission;
        if (p.level == 1) {
            CHECK(text.find("geen diploma nodig") != std::string::npos);  // Entree asks for nothing
        } else if (p.level == 2) {
            CHECK(text.find("basis") != std::string::npos);   // a vmbo basis diploma opens level 2
            CHECK(text.find("Entree-diploma") != std::string::npos);  // so does an Entree diploma
        } else {
            CHECK(text.find("basis") == std::string::npos);  // not with basis
            CHECK(text.find("kader, gl of tl") != std::string::npos);
            CHECK(text.find("havo 3 naar 4") != std::string::npos);
        }
        CHECK(text.find("intake") != std::string::npos);
        if (p.bbl) CHECK(text.find("leerbedrijf") != std::string::npos);  // a BBL pupil needs one
    }
}

TEST_CASE("Entree programmes have their sector's domain, and there are five from the official list") {
    int entree = 0;
    for (const Programme& p : test::default_content().programmes) {
        if (p.level != 1) continue;
        ++entree;
        INFO(p.crebo);
        CHECK(p.domain != "entree");
        CHECK(test::default_content().domain(p.domain));
    }
    CHECK(entree == 5);
}

TEST_CASE("Each band's high and low ends hold programmes of several sectors") {
    const Content& content = test::default_content();
    for (const char* column : {"werkkans", "loon", "contact"})
        for (Band band : {Band::Hoog, Band::Laag}) {
            std::set<std::string> domains;
            for (const Programme& p : content.programmes)
                if (programme_band(p, column) == band) domains.insert(p.domain);
            INFO(column << " " << band_word(band));
            CHECK(domains.size() >= 3);
        }
    // Pay is high in care as well as in technology and ICT (no value belongs to one kind of work).
    std::set<std::string> high_pay;
    for (const Programme& p : content.programmes)
        if (p.loon == Band::Hoog) high_pay.insert(p.domain);
    for (const char* domain : {"79140", "79020", "79050", "79070"}) CHECK(high_pay.count(domain) == 1);
}

TEST_CASE("A pack holds at most 1000 programmes: 1000 are read, one more is refused naming the file, the line and the limit") {
    const PackReadResult most = read_pack(test::pack_with_programmes(kMaxProgrammes));
    CHECK(most.ok());
    CHECK(most.content.programmes.size() == kMaxProgrammes);
    const PackReadResult over = read_pack(test::pack_with_programmes(kMaxProgrammes + 1));
    CHECK_FALSE(over.ok());
    // The header is line 1, so the 1001st programme stands on line 1002.
    CHECK(test::mentions(over.problems, "programmes.csv:1002"));
    CHECK(test::mentions(over.problems, "meer dan 1000 opleidingen"));
}

TEST_CASE("Keys in a pack are limited to a-z, digits, _ and -, with an error naming file and line") {
    PackFiles files = test::mini_pack();
    const std::string& questions = files.at("questions.ini");
    const int added = static_cast<int>(std::count(questions.begin(), questions.end(), '\n'));
    files["questions.ini"] += "[question.=HYPERLINK(\"http://x\")]\ntext = Vraag\n[question.graag.@SUM(A1)]\ntext = Antwoord\n";
    files["reflection.ini"] = "[reflection.klaar]\ntext = Klaar?\n[reflection.klaar.ja]\ntext = Ja\n[reflection.klaar.nee]\ntext = Nee\n"
                              "[step.+Proefles]\ntext = Proefles\n";
    const PackReadResult result = read_pack(files);
    CHECK_FALSE(result.ok());
    CHECK(mentions(result, "questions.ini:" + std::to_string(added + 1) + ":1: vraag '=HYPERLINK(\"http://x\")' mag alleen kleine letters a-z"));
    CHECK(mentions(result, "questions.ini:" + std::to_string(added + 3) + ":1: antwoord '@SUM(A1)' mag alleen kleine letters a-z"));
    CHECK(mentions(result, "reflection.ini:7:1: volgende stap '+Proefles' mag alleen kleine letters a-z, cijfers, - en _ bevatten"));

    CHECK(safe_pack_key("meeloop-dag_2"));
    CHECK_FALSE(safe_pack_key(""));
    CHECK_FALSE(safe_pack_key("Meeloopdag"));
    CHECK_FALSE(safe_pack_key("a b"));
    CHECK_FALSE(safe_pack_key("caf\xc3\xa9"));
    CHECK_FALSE(safe_pack_key(std::string(kMaxPackKeyLength + 1, 'a')));
    CHECK(safe_pack_key(std::string(kMaxPackKeyLength, 'a')));
    // The default content stays valid (its keys are checked by the default-content test above).
    CHECK(read_pack(test::default_pack()).ok());
}
