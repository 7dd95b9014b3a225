#include "speech/read_aloud.h"

#include <algorithm>
#include <cstring>

#include "speech/speech.h"
#include "text/text.h"

namespace kiosk {

namespace {

// Browsing the whole offer reads this many names; the list on screen goes on, and the visitor
// filters it rather than listens to fifty names.
constexpr std::size_t kBrowseNames = 10;

bool ends_a_sentence(const std::string& text) {
    for (const char* mark : {".", "?", "!", ":", "\u061F" /* Arabic question mark */, "\u2026"})
        if (text.size() >= std::strlen(mark) && text.compare(text.size() - std::strlen(mark), std::strlen(mark), mark) == 0) return true;
    return false;
}

// The words of a piece of screen text without the marks drawn only for the eye: arrows on
// buttons ("Verder ›"), the dots between facts and the slashes in names ("Gastheer/-vrouw",
// "tl / mavo"), which espeak-ng would otherwise name ("slash"). Each becomes a short pause.
std::string spoken(std::string text) {
    text = replace_all(std::move(text), " \u00B7 ", ", ");  // "Niveau 3 · BOL" -> "Niveau 3, BOL"
    text = replace_all(std::move(text), " / ", ", ");
    text = replace_all(std::move(text), "/", ", ");
    for (const char* mark : {"\u2039", "\u203A"}) text = replace_all(std::move(text), mark, "");
    const auto first = text.find_first_not_of(" \t\n");
    if (first == std::string::npos) return {};
    const auto last = text.find_last_not_of(" \t\n");
    return text.substr(first, last - first + 1);
}

// Builds the text sentence by sentence; a piece without an end mark gets a full stop, so
// espeak-ng pauses between a heading and what follows it.
class Reading {
public:
    explicit Reading(const Content& content) : content_(content) {}
    void say(const std::string& piece) {
        const std::string words = spoken(piece);
        if (words.empty()) return;
        if (!text_.empty()) text_ += ' ';
        text_ += words;
        if (!ends_a_sentence(words)) text_ += '.';
    }
    void key(const std::string& text_key) { say(content_.texts.get(text_key)); }
    // A heading and its text, as a card shows them ("Wat je doet: ..."); nothing without text.
    void section(const std::string& title_key, const std::string& text) {
        if (spoken(text).empty()) return;
        key(title_key);
        say(text);
    }
    // Choices one after another, "of" before the last: "Alleen. In een team. Of: allebei."
    void choices(const std::vector<std::string>& names) {
        for (std::size_t i = 0; i < names.size(); ++i)
            say(i + 1 == names.size() && i > 0 ? content_.texts.get("speech.or") + " " + names[i] : names[i]);
    }
    std::string text() && { return std::move(text_); }

private:
    const Content& content_;
    std::string text_;
};

std::string facts(const Content& content, const Programme& p) {
    const Location* location = content.location(p.location);
    return content.texts.format("programme.facts", {{"niveau", std::to_string(p.level)},
                                                     {"leerweg", leerweg_label(content, p)},
                                                     {"duur", std::to_string(p.duration_years)},
                                                     {"locatie", location ? location->name : p.location}});
}

const Programme* programme(const Content& content, int index) {
    if (index < 0 || static_cast<std::size_t>(index) >= content.programmes.size()) return nullptr;
    return &content.programmes[static_cast<std::size_t>(index)];
}

void attract(Reading& r, const Content& content) {
    r.key("attract.title");
    r.say(content.texts.format("attract.subtitle", {{"totaal", std::to_string(content.questions.size())}}));
    r.key("attract.start");
}

void question(Reading& r, const Content& content, const Session& session) {
    if (session.question >= content.questions.size()) return;
    const Question& q = content.questions[session.question];
    r.say(content.texts.format("question.progress", {{"nummer", std::to_string(session.question + 1)},
                                                      {"totaal", std::to_string(content.questions.size())}}));
    if (session.together && q.together) r.key(session.parent_turn ? "together.turn_parent" : "together.turn_pupil");
    r.say(session.parent_turn && !q.parent_text.empty() ? q.parent_text : q.text);
    r.say(q.help);
    if (q.pick > 1) r.say(content.texts.format("question.pick_more", {{"aantal", std::to_string(q.pick)}}));
    std::vector<std::string> options;
    for (const Option& option : q.options) options.push_back(option.text);
    r.choices(options);
}

// One programme of the results: its name, how well it fits in words, and the best reason why.
void match(Reading& r, const Content& content, const Match& m) {
    const Programme* p = programme(content, m.programme);
    if (!p) return;
    if (m.kind == MatchKind::Surprise) r.key("results.surprise_label");
    r.say(p->name);
    if (m.kind == MatchKind::Fit) r.key(strength_key(m.strength));
    if (!m.reasons.empty()) r.say(m.reasons.front().text);
}

void results(Reading& r, const Content& content, const Session& session) {
    const Ranking& ranking = session.ranking;
    r.key(ranking.informed ? "results.title" : "results.explore_title");
    r.key(ranking.informed ? "results.intro" : "results.explore_intro");
    if (ranking.track >= 0 && static_cast<std::size_t>(ranking.track) < content.tracks.size())
        r.say(content.tracks[static_cast<std::size_t>(ranking.track)].text);
    if (!ranking.informed) {
        r.key("results.little_title");
        r.key("results.little_intro");
    }
    for (const Match& m : ranking.fits) match(r, content, m);
    if (ranking.surprise) match(r, content, *ranking.surprise);
}

void card(Reading& r, const Content& content, const Session& session) {
    const Programme* p = programme(content, session.open_programme);
    if (!p) return;
    r.say(p->name);
    r.say(facts(content, *p));
    r.section("programme.what_you_do", p->card.what_you_do);
    r.section("programme.how_you_learn", p->card.how_you_learn);
}

void explain(Reading& r, const Content& content, const Session& session) {
    r.key("explain.title");
    r.key("explain.intro");
    for (std::size_t i = 0; i < content.explain_cards.size(); ++i) {
        const ExplainCard& c = content.explain_cards[i];
        r.say(c.title);
        r.say(c.text);
        const auto& open = session.explain_more;
        if (!c.more.empty() && std::find(open.begin(), open.end(), static_cast<int>(i)) != open.end()) r.say(c.more);
    }
}

void favourite(Reading& r, const Content& content, const Session& session) {
    r.key("favourite.title");
    r.key("favourite.intro");
    std::vector<std::string> names;
    for (const int index : favourite_choices(session))
        if (const Programme* p = programme(content, index)) names.push_back(p->name);
    names.push_back(content.texts.get("favourite.unsure"));
    r.choices(names);
}

void reflection(Reading& r, const Content& content, const Session& session) {
    if (session.reflection >= content.reflections.size()) return;
    const Question& q = content.reflections[session.reflection];
    const Programme* p = programme(content, session.favourite);
    if (p) r.say(content.texts.get("reflect.intro") + " " + p->name);
    r.say(p ? replace_all(q.text, "{naam}", p->name) : q.general_text);
    std::vector<std::string> options;
    for (const Option& option : q.options) options.push_back(option.text);
    r.choices(options);
}

void step(Reading& r, const Content& content, const Session& session) {
    r.key("reflect.step_title");
    r.key("reflect.step_help");
    // In the order of the screen: the steps the answers point to first.
    std::vector<int> order = suggested_steps(content, session);
    for (std::size_t s = 0; s < content.next_steps.size(); ++s)
        if (std::find(order.begin(), order.end(), static_cast<int>(s)) == order.end()) order.push_back(static_cast<int>(s));
    std::vector<std::string> steps;
    for (const int s : order) steps.push_back(content.next_steps[static_cast<std::size_t>(s)].text);
    r.choices(steps);
}

void finish(Reading& r, const Content& content, const Session& session) {
    r.key("finish.title");
    r.key(session.browsing ? "finish.scan_offer" : "finish.scan");
    r.key("finish.next_title");
    if (session.next_step >= 0 && static_cast<std::size_t>(session.next_step) < content.next_steps.size()) {
        const NextStep& chosen = content.next_steps[static_cast<std::size_t>(session.next_step)];
        r.say(chosen.text);
        r.say(content.fill_event_details(chosen.detail));
    } else {
        r.key("finish.next_step");
    }
}

void compare(Reading& r, const Content& content, const Session& session) {
    r.key("compare.title");
    for (const int index : session.compare)
        if (const Programme* p = programme(content, index)) {
            r.say(p->name);
            r.say(facts(content, *p));
        }
}

void browse(Reading& r, const Content& content, const Session& session) {
    const std::vector<int> found = browse_programmes(content, session.browse);
    r.key("browse.title");
    r.say(content.texts.format("browse.count", {{"aantal", std::to_string(found.size())}}));
    if (found.empty()) r.key("browse.none");
    for (std::size_t i = 0; i < found.size() && i < kBrowseNames; ++i)
        if (const Programme* p = programme(content, found[i])) r.say(p->name);
}

}  // namespace

bool read_aloud_offered(const Content& content) {
    return content.event.read_aloud && !speech_voice(content.language.code).empty();
}

std::string read_aloud_text(const Content& content, const Session& session) {
    Reading r(content);
    if (session.asking_stop) {
        // "Wil je stoppen?" stands over the screen and is all that can be answered.
        r.key("stand.stop_title");
        r.key("stand.stop_body");
        r.choices({content.texts.get("stand.stop_no"), content.texts.get("stand.stop_yes")});
        return std::move(r).text();
    }
    switch (session.screen) {
    case Screen::Attract: attract(r, content); break;
    case Screen::Question: question(r, content, session); break;
    case Screen::Results: results(r, content, session); break;
    case Screen::Programme: card(r, content, session); break;
    case Screen::Explain: explain(r, content, session); break;
    case Screen::Favourite: favourite(r, content, session); break;
    case Screen::Reflect: reflection(r, content, session); break;
    case Screen::Step: step(r, content, session); break;
    case Screen::Finish: finish(r, content, session); break;
    case Screen::Compare: compare(r, content, session); break;
    case Screen::Browse: browse(r, content, session); break;
    case Screen::Language: break;  // each language's name in its own words: the list says itself
    }
    return std::move(r).text();
}

}  // namespace kiosk
