// "Uitleg mbo": the cards' `meer` layer, the plain language of the default cards, and the facts
// parents ask about, in Dutch and in every translation.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <vector>

#include "core/session.h"
#include "pack/pack_reader.h"
#include "support/paths.h"
#include "support/problems.h"

using namespace kiosk;

namespace {

const ExplainCard* card(const Content& content, const std::string& key) {
    for (const ExplainCard& candidate : content.explain_cards)
        if (candidate.key == key) return &candidate;
    return nullptr;
}

// Sentences end at '.', '?', '!' or the Arabic '؟' before a space or the end, so "duo.nl" and
// "1 april." are read as one would read them.
std::vector<std::string> sentences(const std::string& text) {
    std::vector<std::string> out;
    std::string current;
    for (std::size_t i = 0; i < text.size(); ++i) {
        current += text[i];
        const bool arabic_question = i > 0 && text[i - 1] == '\xD8' && text[i] == '\x9F';  // U+061F
        const bool end = text[i] == '.' || text[i] == '?' || text[i] == '!' || arabic_question;
        if (end && (i + 1 == text.size() || text[i + 1] == ' ')) {
            out.push_back(current);
            current.clear();
        }
    }
    if (current.find_first_not_of(' ') != std::string::npos) out.push_back(current);
    return out;
}

// Words: what stands between spaces, when it holds a letter or a digit (any non-ASCII byte is
// taken for a letter), without the punctuation around it.
std::vector<std::string> words(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        std::string word;
        for (std::size_t i = start; i < end; ++i)
            if (static_cast<unsigned char>(text[i]) >= 0x80 || std::isalnum(static_cast<unsigned char>(text[i]))) word += text[i];
        if (!word.empty()) out.push_back(word);
        start = end + 1;
    }
    return out;
}

std::size_t longest_sentence(const std::string& text) {
    std::size_t longest = 0;
    for (const std::string& sentence : sentences(text)) longest = std::max(longest, words(sentence).size());
    return longest;
}

std::string lower(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("A card's meer is read, translated, optional, and a misspelt key is named") {
    PackFiles files = test::default_pack();
    files["uitleg.ini"] =
        "[card.kort]\ntitle = Kort\ntext = Alleen kort.\n\n"
        "[card.lang]\ntitle = Lang\npicture = reizen\ntext = Kort eerst.\nmeer = En dan de details.\n\n"
        "[card.fout]\ntitle = Fout\npicture = aanmelden\ntext = Tekst.\nmore = Dit is Engels.\n";
    files["translations/en.ini"] += "\n[card.lang]\ntitle = Long\ntext = Short first.\nmeer = And then the details.\n";
    const PackReadResult read = read_pack(files);
    REQUIRE(read.ok());
    REQUIRE(read.content.explain_cards.size() == 3);
    CHECK(read.content.explain_cards[0].more.empty());
    CHECK(read.content.explain_cards[1].more == "En dan de details.");
    CHECK(read.content.explain_cards[1].picture == "reizen");
    CHECK(read.content.explain_cards[2].more.empty());
    CHECK(test::mentions(read.problems, "uitleg.ini:15:1"));
    CHECK(test::mentions(read.problems, "onbekende sleutel 'more' wordt overgeslagen"));
    const Content english = localise(read.content, "en");
    CHECK(english.explain_cards[1].more == "And then the details.");
    CHECK(english.explain_cards[0].more.empty());  // nothing to translate, nothing made up
    CHECK(content_texts(read.content).count("card.lang.meer") == 1);
    CHECK(content_texts(read.content).count("card.kort.meer") == 0);

    // A translation of a `meer` that Dutch does not have is never shown: the staff tool says so.
    files["translations/en.ini"] += "\n[card.kort]\nmeer = Made up.\n";
    CHECK(test::mentions(read_pack(files).problems, "[card.kort] meer heeft geen Nederlandse tekst"));

    // A picture that is nowhere stops nothing (the card shows without it); the staff tool warns.
    files["uitleg.ini"] = "[card.x]\ntitle = X\ntext = Y.\npicture = raket\n";
    const PackReadResult wrong = read_pack(files);
    CHECK(wrong.ok());
    CHECK(test::mentions(check_pictures(wrong, {"trein"}), "uitleg.ini:4:1: waarschuwing: plaatje 'raket' staat niet in de plaatjesbibliotheek"));
}

TEST_CASE("Meer lezen opens a card's details and closes them again, only on Uitleg mbo, and the attract screen keeps none") {
    const Content& content = test::default_content();
    const int last = static_cast<int>(content.explain_cards.size()) - 1;
    Session s;
    CHECK(apply(s, content, {IntentKind::ToggleExplainMore, 0}, 10) == Flow::Stay);
    CHECK(s.explain_more.empty());  // not on the attract screen
    apply(s, content, {IntentKind::OpenExplain}, 11);
    apply(s, content, {IntentKind::ToggleExplainMore, 0}, 12);
    apply(s, content, {IntentKind::ToggleExplainMore, last}, 13);
    apply(s, content, {IntentKind::ToggleExplainMore, last + 1}, 14);  // no such card
    apply(s, content, {IntentKind::ToggleExplainMore, -1}, 15);
    CHECK(s.explain_more == std::vector<int>{0, last});
    CHECK(s.last_touch == 13);
    apply(s, content, {IntentKind::ToggleExplainMore, 0}, 16);  // "Minder"
    CHECK(s.explain_more == std::vector<int>{last});

    // Closing Uitleg mbo opened on the attract screen starts no visit: nothing of it stays.
    CHECK(apply(s, content, {IntentKind::Back}, 17) == Flow::Stay);
    CHECK(s.screen == Screen::Attract);
    CHECK(s.explain_more.empty());

    // During a visit the open cards stay while the visitor looks elsewhere.
    start(s, content, 20);
    apply(s, content, {IntentKind::OpenExplain}, 21);
    apply(s, content, {IntentKind::ToggleExplainMore, 1}, 22);
    apply(s, content, {IntentKind::Back}, 23);
    CHECK(s.screen == Screen::Question);
    CHECK(s.explain_more == std::vector<int>{1});

    // A card without details has no "Meer lezen" to open.
    Content plain = content;
    plain.explain_cards[2].more.clear();
    apply(s, plain, {IntentKind::OpenExplain}, 24);
    apply(s, plain, {IntentKind::ToggleExplainMore, 2}, 25);
    CHECK(s.explain_more == std::vector<int>{1});
}

// The A2 proxy for the short text everyone reads first: sentences of at most 12 words (14 in a
// translation, where words are counted differently), about one screen in all, hardly any long
// words, none of the jargon the old cards had. The details in `meer` stay at B1: at most 20 words
// a sentence (24 translated).
TEST_CASE("Every default Uitleg mbo card is short and plain, with its details behind Meer lezen") {
    const Content& dutch = test::default_content();
    REQUIRE(dutch.explain_cards.size() >= 10);
    // "BPV" may stand, explained: "stage (ook wel BPV)".
    const std::vector<std::string> jargon = {"kwalificatie", "beroepspraktijkvorming", "beroepsopleidend", "beroepsbegeleidend",
                                             "beroepsgericht", "middenkader", "basisberoepsopleiding", "instelling",
                                             "praktijkopleider", "studiefinanciering", "onderwijsovereenkomst"};
    for (const ExplainCard& card : dutch.explain_cards) {
        INFO("[card." << card.key << "] " << card.text);
        CHECK_FALSE(card.picture.empty());
        CHECK(words(card.title).size() <= 6);
        CHECK(longest_sentence(card.text) <= 12);
        CHECK(words(card.text).size() <= 55);
        std::size_t long_words = 0;
        for (const std::string& word : words(card.text)) {
            INFO(word);
            CHECK(word.size() <= 20);  // "studentenreisproduct", the name parents look for at DUO
            long_words += word.size() > 12;
        }
        for (const std::string& term : jargon) CHECK_FALSE(contains(lower(card.text + " " + card.title), term));
        CHECK(long_words <= 1);
        INFO("meer: " << card.more);
        REQUIRE_FALSE(card.more.empty());
        CHECK(longest_sentence(card.more) <= 20);
        CHECK(words(card.more).size() > words(card.text).size());  // it tells more
    }
    for (const Translation& translation : dutch.translations) {
        const Content local = localise(dutch, translation.language.code);
        for (std::size_t i = 0; i < local.explain_cards.size(); ++i) {
            const ExplainCard& card = local.explain_cards[i];
            INFO(translation.language.code << " [card." << card.key << "] " << card.text);
            CHECK(card.title != dutch.explain_cards[i].title);
            CHECK(card.text != dutch.explain_cards[i].text);
            CHECK(card.more != dutch.explain_cards[i].more);
            CHECK(longest_sentence(card.text) <= 14);
            CHECK(longest_sentence(card.more) <= 24);
            // Arabic is written without vowel marks (harakat, U+064B-U+0652).
            for (const std::string* text : {&card.title, &card.text, &card.more})
                for (unsigned mark = 0x8B; mark <= 0x92; ++mark) CHECK_FALSE(contains(*text, {'\xD9', static_cast<char>(mark)}));
        }
    }
}

// What parents ask at the booth and the old cards left out: register before 1 April for the
// right to a place, the student travel product in BOL, and the leerbedrijf a BBL pupil needs.
// They stand in the short text, not only behind "Meer lezen", and every language keeps the Dutch
// name in brackets, so a parent can ask for it at school or find it at DUO.
TEST_CASE("The facts parents ask about are on the Uitleg mbo cards in Dutch and in every language") {
    const Content& dutch = test::default_content();
    const ExplainCard* register_by = card(dutch, "aanmelden");
    const ExplainCard* travel = card(dutch, "reizen");
    const ExplainCard* routes = card(dutch, "leerwegen");
    REQUIRE(register_by);
    REQUIRE(travel);
    REQUIRE(routes);
    CHECK(contains(register_by->text, "vóór 1 april"));
    CHECK(contains(register_by->text, "recht op een plek"));
    CHECK(contains(register_by->text, "intake"));
    CHECK(contains(travel->text, "studentenreisproduct"));
    CHECK(contains(travel->text, "BOL"));
    CHECK(contains(travel->text, "18"));
    CHECK(contains(travel->text, "DUO"));
    CHECK(contains(travel->more, "BBL krijg je het niet"));
    CHECK(contains(routes->text, "BBL"));
    CHECK(contains(routes->text, "leerbedrijf"));
    CHECK(contains(routes->text, "school helpt"));
    CHECK(contains(routes->more, "SBB"));
    // And the rest of what the brief's parents want to understand.
    CHECK(contains(card(dutch, "instroom")->text, "geen vmbo-diploma"));
    CHECK(contains(card(dutch, "instroom")->text, "Entree"));
    CHECK(contains(card(dutch, "niveaus")->text, "vier niveaus"));
    CHECK(contains(card(dutch, "doorstroom")->text, "hbo"));
    CHECK(contains(card(dutch, "doorstroom")->text, "stapelen"));
    CHECK(contains(card(dutch, "kosten")->text, "lesgeld"));
    CHECK(contains(card(dutch, "kosten")->text, "school om hulp"));
    CHECK(card(dutch, "werk"));

    const std::map<std::string, std::string> april = {{"en", "1 April"}, {"tr", "1 Nisan"}, {"pl", "1 kwietnia"},
                                                      {"uk", "1 квітня"}, {"ar", "1 أبريل"}};
    REQUIRE(dutch.translations.size() == april.size());
    for (const Translation& translation : dutch.translations) {
        const std::string& code = translation.language.code;
        INFO(code);
        const Content local = localise(dutch, code);
        REQUIRE(april.count(code));
        CHECK(contains(card(local, "aanmelden")->title, april.at(code)));
        CHECK(contains(card(local, "aanmelden")->text, april.at(code)));
        CHECK(contains(card(local, "aanmelden")->text, "(toelatingsrecht)"));
        CHECK(contains(card(local, "aanmelden")->text, "intake"));
        CHECK(contains(card(local, "reizen")->text, "(studentenreisproduct)"));
        CHECK(contains(card(local, "reizen")->text, "BOL"));
        CHECK(contains(card(local, "reizen")->text, "18"));
        CHECK(contains(card(local, "reizen")->text, "DUO"));
        CHECK(contains(card(local, "leerwegen")->text, "(leerbedrijf)"));
        CHECK(contains(card(local, "leerwegen")->text, "BBL"));
        CHECK(contains(card(local, "leerwegen")->more, "SBB"));
        CHECK(contains(card(local, "instroom")->text, "Entree"));
        CHECK(contains(card(local, "doorstroom")->text, "hbo"));
    }
}
