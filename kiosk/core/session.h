// One visitor's walk-through as a state machine: which screen, which answers, what they opened.
// The UI turns taps into these calls; time always comes in as a parameter (seconds since the
// epoch), so tests drive the idle wipe with an injected clock instead of sleeping.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/content.h"
#include "core/matching.h"

namespace kiosk {

enum class Screen { Attract, Question, Results, Programme, Reflect, Finish, Explain, Compare, Browse, Language };

// Browsing the whole offer without the questions; empty or 0 = any.
struct BrowseFilter {
    std::string domain;
    int level = 0;
    int leerweg = 0;  // 0 any, 1 BOL, 2 BBL
    std::string location;
};

enum class EndReason { Finished, Timeout, Stopped };

struct Session {
    Screen screen = Screen::Attract;
    bool together = false;            // "samen met mijn ouder/verzorger" (issue 5 builds on it)
    std::size_t question = 0;         // the question on screen
    Answers answers;                  // the pupil's: the results are theirs
    Answers parent_answers;           // "samen": what the parent thinks suits their child
    bool parent_turn = false;         // "samen": the parent answers the question on screen
    Ranking ranking;                  // filled when the results are shown
    std::vector<int> fit_for_both;    // "samen": the fits that suit the parent's answers too (with ranking)
    int open_programme = -1;          // programme on the card screen
    Screen card_return = Screen::Results;
    std::vector<int> opened;          // programme indices whose card was opened, in order
    int favourite = -1;               // programme index the visitor marked
    std::vector<int> reflections;     // picked option per Content::reflections, -1 = skipped
    int next_step = -1;               // index into Content::next_steps
    Screen finish_return = Screen::Results;
    Screen explain_return = Screen::Attract;  // where "Uitleg mbo" goes back to
    Screen language_return = Screen::Attract; // where the language choice goes back to
    std::vector<int> compare;                 // programme indices to compare side by side (2-3)
    BrowseFilter browse;
    Screen compare_return = Screen::Results;
    bool reached_finish = false;
    // The visitor's language (LanguageInfo::code): theirs alone, so a wipe returns to Dutch.
    std::string language = "nl";
    double started_at = 0.0;
    double last_touch = 0.0;
};

// What the store counts of a visit (statistics.h: visit_counts): its hour, how far it got, the
// programmes it saw. No answers, no reflections, no time to the second: nothing to tell one
// visitor by, for whoever stood next to them at the stand.
struct SessionRecord {
    std::string event;                 // the event's id, so statistics are per event
    std::string hour;                  // when it started, "2026-11-28 14:00" local time
    EndReason reason = EndReason::Stopped;
    bool answered = false;             // at least one question answered: a visitor, not a stray tap
    std::vector<std::string> shown;    // crebos on the results screen
    std::vector<std::string> opened;   // crebos whose card was opened
    std::vector<std::string> chosen;   // the favourite's crebo, if any
    std::string next_step;             // the chosen step's key, if any
};

struct IdleState {
    bool asking = false;         // show "Ben je er nog?"
    int seconds_left = 0;        // countdown while asking
    bool expired = false;        // the visitor is gone: wipe now
};

void start(Session& session, const Content& content, double now, bool together = false);
// Taps an answer tile. Single-choice questions move on at once; multiple choice toggles.
void pick(Session& session, const Content& content, int option, double now);
bool can_go_next(const Session& session, const Content& content);
void next(Session& session, const Content& content, double now);
void back(Session& session, double now);
void open_programme(Session& session, int programme, double now);
void toggle_favourite(Session& session, int programme, double now);
// The list of languages, from the language button on every screen.
void open_language_choice(Session& session, double now);

// The visitor switched language (from the list, which then closes, or from the attract screen):
// the answers and everything they chose stay. Reasons are sentences of the language, so results
// already shown are ranked again from the same answers in `localised` (the content in the new
// language); the order cannot change.
void set_language(Session& session, const Content& localised, double now);

// From the results to the reflection on the favourite (the best fit when none was marked).
void start_reflection(Session& session, const Content& content, double now);
void reflect(Session& session, const Content& content, int reflection, int option, double now);
void choose_step(Session& session, int step, double now);
// The finish screen needs a chosen next step, when the content offers any.
bool can_finish(const Session& session, const Content& content);
void finish(Session& session, double now);
void touch(Session& session, double now);
// "Uitleg mbo", from any screen; back() returns to where the visitor was.
void open_explain(Session& session, double now);
inline constexpr std::size_t kMaxCompare = 3;
// Puts a programme in or out of the comparison (at most three; a fourth is not taken).
void toggle_compare(Session& session, int programme, double now);
// The comparison, when at least two programmes are in it.
void open_compare(Session& session, double now);
// From the attract screen: the whole offer, without the questions.
void start_browse(Session& session, const Content& content, double now);
// The programmes that pass the filter, by name.
std::vector<int> browse_programmes(const Content& content, const BrowseFilter& filter);

IdleState idle_state(const Session& session, const Content& content, double now);
bool in_walk_through(const Session& session);

// "Samen": the answers of whoever's turn it is.
const Answers& current_answers(const Session& session);

// One key question as pupil and parent answered it.
struct AnswerComparison {
    int question = 0;
    std::vector<int> pupil, parent;
    bool agree = false;  // they picked at least one option in common
};

// The key questions both answered, in order, to talk about.
std::vector<AnswerComparison> compare_answers(const Content& content, const Session& session);
// The parent's view: the pupil's answers, with the parent's on the key questions.
Answers parent_view(const Content& content, const Session& session);
// Programmes among the pupil's fits that also fit the parent's view.
std::vector<int> fits_for_both(const Content& content, const Session& session);

// The record for the counts, and a fresh session: everything about the visitor is forgotten.
SessionRecord end_session(Session& session, const Content& content, double now, EndReason reason);

// Programmes on the results screen, in the order shown.
std::vector<const Match*> shown_matches(const Ranking& ranking);

}  // namespace kiosk
