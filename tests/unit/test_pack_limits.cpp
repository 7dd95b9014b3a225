// Every text and number of a pack has a limit (pack/limits.h, docs/content-pack.md § Grenzen):
// exactly at it is read, one over is an error naming the file, the line and the limit.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "pack/pack_reader.h"
#include "support/mini_pack.h"
#include "support/pack_limits.h"
#include "support/paths.h"
#include "support/problems.h"

using namespace kiosk;

namespace {

std::size_t length_errors(const PackReadResult& result) {
    std::size_t count = 0;
    for (const Problem& problem : result.problems)
        count += problem.severity == Problem::Severity::Error && problem.message.find(" tekens lang; het mogen er hoogstens ") != std::string::npos;
    return count;
}

// The line of `file` in `files` that starts with `start`, counted from 1; 0 when none.
int line_of(const PackFiles& files, const std::string& file, const std::string& start) {
    std::istringstream in(files.at(file));
    std::string line;
    for (int number = 1; std::getline(in, line); ++number)
        if (line.rfind(start, 0) == 0) return number;
    return 0;
}

}  // namespace

TEST_CASE("A pack with every text at its limit is read without errors, in every filler") {
    for (test::Filler filler : {test::Filler::Wide, test::Filler::Words, test::Filler::Arabic}) {
        std::size_t filled = 0;
        const PackReadResult result = read_pack(test::pack_at_limits(filler, 0, &filled));
        for (const Problem& problem : result.problems)
            if (problem.severity == Problem::Severity::Error) UNSCOPED_INFO(to_string(problem).substr(0, 300));
        CHECK(result.ok());
        CHECK(filled > 1000);  // every programme's name and topics, every question, every screen text ...
        const Programme& first = result.content.programmes.front();
        CHECK(count_characters(first.name) == kMaxNameChars);
        CHECK(count_characters(first.card.what_you_do) == kMaxCardTextChars);
        CHECK(count_characters(result.content.questions.front().text) == kMaxQuestionTextChars);
        CHECK(count_characters(result.content.explain_cards.front().more) == kMaxCardTextChars);
    }
}

TEST_CASE("Every text one character over its limit is refused with the file, the line and the limit") {
    std::size_t filled = 0;
    const PackFiles files = test::pack_at_limits(test::Filler::Arabic, 1, &filled);
    const PackReadResult result = read_pack(files);
    CHECK_FALSE(result.ok());
    // One error for each value over its limit, none for the others.
    CHECK(length_errors(result) == filled);
    const std::string card = " is " + std::to_string(kMaxCardTextChars + 1) + " tekens lang; het mogen er hoogstens " +
                             std::to_string(kMaxCardTextChars) + " zijn";
    CHECK(test::mentions(result.problems, "programmes.csv:2:10: wat_je_doet" + card));
    CHECK(test::mentions(result.problems, "programmes.csv:2:2: naam is " + std::to_string(kMaxNameChars + 1) + " tekens lang; het mogen er hoogstens " +
                                              std::to_string(kMaxNameChars)));
    const int question = line_of(files, "questions.ini", "text = ");
    REQUIRE(question > 0);
    CHECK(test::mentions(result.problems, "questions.ini:" + std::to_string(question) + ":1: text is " +
                                              std::to_string(kMaxQuestionTextChars + 1) + " tekens lang; het mogen er hoogstens " +
                                              std::to_string(kMaxQuestionTextChars) + " zijn"));
    const int meer = line_of(files, "translations/ar.ini", "meer = ");
    REQUIRE(meer > 0);
    CHECK(test::mentions(result.problems, "translations/ar.ini:" + std::to_string(meer) + ":1: meer" + card));
    const int start = line_of(files, "texts/uk.ini", "start = ");
    REQUIRE(start > 0);
    CHECK(test::mentions(result.problems, "texts/uk.ini:" + std::to_string(start) + ":1: start is " + std::to_string(kMaxTextChars + 1)));
    // The message quotes no value: a text over its limit is cut there, so no later message is longer.
    for (const Problem& problem : result.problems) CHECK(problem.message.size() < 6 * kMaxCardTextChars);
}

TEST_CASE("Any other value of any file, and every section name and key, has a limit too") {
    PackFiles files = test::mini_pack();
    files["event.ini"] += "[location.ver]\nname = Ver\naddress = " + std::string(kMaxTextChars, 'a') + "\n";
    CHECK(read_pack(files).ok());
    files["event.ini"] += "[location.verder]\nname = Verder\naddress = " + std::string(kMaxTextChars + 1, 'a') + "\n";
    files["features.ini"] += "[" + std::string(kMaxNameChars + 1, 'x') + "]\n" + std::string(kMaxNameChars + 1, 'k') + " = 1\n";
    const PackReadResult result = read_pack(files);
    CHECK(test::mentions(result.problems, "address is " + std::to_string(kMaxTextChars + 1) + " tekens lang; het mogen er hoogstens " +
                                              std::to_string(kMaxTextChars)));
    CHECK(test::mentions(result.problems, "de sectienaam is " + std::to_string(kMaxNameChars + 1) + " tekens lang"));
    CHECK(test::mentions(result.problems, "de sleutel is " + std::to_string(kMaxNameChars + 1) + " tekens lang"));
    // Characters, not bytes: a Ukrainian or Arabic text has the room a Dutch one has.
    CHECK(count_characters("\xd0\x9f\xd1\x80\xd0\xb8") == 3);
    CHECK(count_characters("abc") == 3);
}

TEST_CASE("The numbers of things in a pack have limits: at the limit read, one more refused") {
    auto explain = [](std::size_t cards) {
        PackFiles files = test::mini_pack();
        std::string ini;
        for (std::size_t i = 0; i < cards; ++i) ini += "[card.k" + std::to_string(i) + "]\ntitle = Titel\ntext = Tekst\n";
        files["uitleg.ini"] = ini;
        return read_pack(files);
    };
    CHECK(explain(kMaxExplainCards).ok());
    CHECK(test::mentions(explain(kMaxExplainCards + 1).problems, "uitleg.ini: " + std::to_string(kMaxExplainCards + 1) +
                                                                     " kaarten; het mogen er hoogstens " + std::to_string(kMaxExplainCards)));
    auto locations = [](std::size_t count) {
        PackFiles files = test::mini_pack();
        for (std::size_t i = 0; i < count; ++i) files["event.ini"] += "[location.extra" + std::to_string(i) + "]\nname = Plek\n";
        return read_pack(files);
    };
    const std::size_t own = read_pack(test::mini_pack()).content.locations.size();
    CHECK(locations(kMaxLocations - own).ok());
    CHECK(test::mentions(locations(kMaxLocations - own + 1).problems, "event.ini: " + std::to_string(kMaxLocations + 1) + " locaties; het mogen er hoogstens"));
    auto languages = [](std::size_t count) {
        PackFiles files = test::mini_pack();
        for (std::size_t i = 0; i < count; ++i) {
            const std::string code{static_cast<char>('a' + i / 26), static_cast<char>('a' + i % 26)};
            files["texts/" + code + ".ini"] = "[language]\nname = Taal\ndirection = ltr\n";
        }
        return read_pack(files);
    };
    CHECK(languages(kMaxLanguages).ok());
    CHECK(test::mentions(languages(kMaxLanguages + 1).problems, std::to_string(kMaxLanguages + 1) + " talen naast het Nederlands; het mogen er hoogstens"));
}

TEST_CASE("The event's date is a date: 2026-11-28, or nothing") {
    PackFiles files = test::mini_pack();
    std::string& event = files["event.ini"];
    REQUIRE(event.find("date = 2026-11-28") != std::string::npos);
    CHECK(read_pack(files).ok());
    for (const char* wrong : {"28-11-2026", "2026-13-01", "2026-11-32", "morgen", "2026-11-28x"}) {
        PackFiles changed = files;
        std::string& text = changed["event.ini"];
        text.replace(text.find("date = 2026-11-28"), 17, std::string("date = ") + wrong);
        const PackReadResult result = read_pack(changed);
        INFO(wrong);
        CHECK(test::mentions(result.problems, "date moet een datum zijn als 2026-11-28"));
    }
}

TEST_CASE("docs/content-pack.md lists every limit of pack/limits.h with its value") {
    const std::string docs = test::read_file(test::source_dir() + "/docs/content-pack.md");
    for (const DocumentedLimit& limit : kDocumentedLimits) {
        INFO(limit.what);
        CHECK(docs.find(std::string("| ") + limit.what + " | " + std::to_string(limit.value) + " " + limit.unit + " |") != std::string::npos);
    }
}

TEST_CASE("Each text has the limit of its kind, in Dutch and in every translation alike") {
    CHECK(text_limit("programme.25491.naam") == kMaxNameChars);
    CHECK(text_limit("programme.25491.wat_je_doet") == kMaxCardTextChars);
    CHECK(text_limit("programme.25491.nodig") == kMaxCardTextChars);
    CHECK(text_limit("card.niveaus.meer") == kMaxCardTextChars);
    CHECK(text_limit("card.niveaus.title") == kMaxNameChars);
    CHECK(text_limit("card.niveaus.text") == kMaxTextChars);
    CHECK(text_limit("question.leren.text") == kMaxQuestionTextChars);
    CHECK(text_limit("question.leren.doen.text") == kMaxQuestionTextChars);  // an answer
    CHECK(text_limit("question.vmbo.help") == kMaxQuestionTextChars);
    CHECK(text_limit("reflection.aanspreken.general_text") == kMaxQuestionTextChars);
    CHECK(text_limit("step.student.text") == kMaxQuestionTextChars);
    CHECK(text_limit("step.student.detail") == kMaxTextChars);
    CHECK(text_limit("question.leren.reason") == kMaxTextChars);
    CHECK(text_limit("location.haven.name") == kMaxNameChars);
    CHECK(text_limit("feature.praktijk.label") == kMaxNameChars);
    CHECK(text_limit("event.meeloopdag") == kMaxTextChars);
    CHECK(text_limit("programme.stage", true) == kMaxTextChars);  // a screen text, not a card topic
    CHECK(text_limit("language.name", true) == kMaxNameChars);
    CHECK(text_limit("portfolio.viewer_url") == kMaxViewerUrlBytes);
}
