// One visitor's walk-through as a state machine: which screen, which answers, what they opened,
// and the flow rules between the screens. The UI turns taps into intents (core/intent.h) that
// apply() carries out; time always comes in as a parameter (seconds since the epoch), so tests
// drive the idle wipe with an injected clock instead of sleeping.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/content.h"
#include "core/intent.h"
#include "core/matching.h"

namespace kiosk {

// After the results (or the offer): Favourite (which one is yours?), Reflect (one reflection a
// screen), Step (the next step), Finish (the QR code).
enum class Screen { Attract, Question, Results, Programme, Reflect, Finish, Explain, Compare, Browse, Language, Favourite, Step };

// Browsing the whole offer without the questions; empty or 0 = any.
struct BrowseFilter {
    std::string domain;
    int level = 0;
    int leerweg = 0;  // 0 any, 1 BOL, 2 BBL
    std::string location;

    bool operator==(const BrowseFilter&) const = default;
};

enum class EndReason { Finished, Timeout, Stopped };

struct Session {
    Screen screen = Screen::Attract;
    // The screens under the current one, the attract screen at the bottom: back() returns to the
    // last of them, wherever the visitor came from.
    std::vector<Screen> trail;
    bool together = false;            // "samen met mijn ouder/verzorger" (issue 5 builds on it)
    std::size_t question = 0;         // the question on screen
    // A single answer was just tapped: the question stays on screen with the choice marked until
    // this time (seconds on the clock) and then moves on (move_on), so the visitor sees what the
    // kiosk took. 0 = nothing on show.
    double moving_on_at = 0.0;
    bool too_many_picked = false;     // the last tap wanted more answers than the question allows
    Answers answers;                  // the pupil's: the results are theirs
    Answers parent_answers;           // "samen": what the parent thinks suits their child
    bool parent_turn = false;         // "samen": the parent answers the question on screen
    Ranking ranking;                  // filled when the results are shown
    std::vector<int> fit_for_both;    // "samen": the fits that suit the parent's answers too (with ranking)
    int open_programme = -1;          // programme on the card screen
    std::vector<int> opened;          // programme indices whose card was opened, in order
    int favourite = -1;               // programme index the visitor chose; never filled in for them
    bool undecided = false;           // "Ik weet het nog niet" when asked for a favourite
    std::vector<int> reflections;     // picked option per Content::reflections, -1 = not asked
    std::size_t reflection = 0;       // the reflection on screen (Screen::Reflect)
    bool browsing = false;            // came in through the whole offer: no answers, no ranking
    int next_step = -1;               // index into Content::next_steps
    std::vector<int> compare;                 // programme indices to compare side by side (2-3)
    bool compare_full = false;                // the last tap wanted a fourth one in the comparison
    BrowseFilter browse;
    bool filters_open = false;        // the offer's filters unfolded; folded into one row at first
    bool asking_stop = false;         // "Wil je stoppen?" is on screen: only its answers count
    // Uitleg mbo cards opened with "Meer lezen" (indices into Content::explain_cards): what this
    // visitor chose to read stays open when they come back or switch language, and a wipe forgets it.
    std::vector<int> explain_more;
    bool reached_finish = false;
    // The visitor's language (LanguageInfo::code): theirs alone, so a wipe returns to Dutch.
    std::string language = "nl";
    double started_at = 0.0;
    double last_touch = 0.0;

    bool operator==(const Session&) const = default;
};

// What the store counts of a visit (statistics.h: visit_counts): its hour, how far it got, the
// programmes it saw. No answers, no reflections, no time to the second: nothing to tell one
// visitor by, for whoever stood next to them at the stand.
struct SessionRecord {
    std::string event;                 // the event's id, so statistics are per event
    std::string hour;                  // when it started, "2026-11-28 14:00" local time
    EndReason reason = EndReason::Stopped;
    bool answered = false;             // a question answered, or the QR reached from the offer: a visitor, not a stray tap
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
// How long a single answer stays on screen, marked, before the next question.
inline constexpr double kAnswerShowSeconds = 0.2;
// Taps an answer tile. A single-choice question takes the answer and moves on kAnswerShowSeconds
// later (move_on); taps in between answer nothing. Multiple choice toggles; a tap beyond the
// most the question allows takes nothing and sets `too_many_picked`, so the screen can say why.
void pick(Session& session, const Content& content, int option, double now);
// Moves on from an answer on show once its time has come (Session::moving_on_at); the kiosk
// calls it on every tick, and every step of the session calls it first.
void move_on(Session& session, const Content& content, double now);
bool can_go_next(const Session& session, const Content& content);
// True when "next" on the question screen leads to the results: the last question, unless the
// parent still answers it ("samen").
bool leads_to_results(const Session& session, const Content& content);
void next(Session& session, const Content& content, double now);

// What the owner of the visit must do after a step, beyond the session's own change.
enum class Flow {
    Stay,           // nothing more
    EndVisit,       // the visitor left (back from the first question or the offer, "Stoppen")
    ReachedFinish,  // the finish screen opened: make what the visitor takes home
    VisitDone,      // the visitor is done ("Klaar"): the visit ends as finished
};

// Back to the screen the visitor came from; from the first question (or from browsing the
// offer) that is the attract screen, and the visit ends.
Flow back(Session& session, double now);
// The screen the visitor returns to with back(); Attract when there is none.
Screen previous_screen(const Session& session);
void open_programme(Session& session, int programme, double now);
// Marks or unmarks the favourite (on a card). The reflections were about the old one, so they are
// asked again; during the take-home (a card opened from the step screen) back from the card
// starts it again.
void toggle_favourite(Session& session, const Content& content, int programme, double now);
// The list of languages, from the language button on every screen.
void open_language_choice(Session& session, double now);

// The visitor switched language (from the list, which then closes, or from the attract screen):
// the answers and everything they chose stay. Reasons are sentences of the language, so results
// already shown are ranked again from the same answers in `localised` (the content in the new
// language); the order cannot change.
void set_language(Session& session, const Content& localised, double now);

// "Neem je uitslag mee" on the results, or "Neem mee" in the offer (on the list or on a card
// opened from it): the favourite is asked first when the visitor marked none (never defaulted),
// then one screen per reflection, then the next step; straight to the finish screen when the
// content offers no next steps.
Flow start_take_home(Session& session, const Content& content, double now);
// The programmes a favourite is chosen from: those on the results, or the cards opened in the offer.
std::vector<int> favourite_choices(const Session& session);
// On the favourite screen: a programme of favourite_choices, or -1 for "Ik weet het nog niet";
// on to the reflections.
void choose_favourite(Session& session, const Content& content, int programme, double now);
// Whether reflection `r` is put to this visitor: about their favourite, or, without one, only
// when it has a `general_text`.
bool reflection_asked(const Content& content, const Session& session, std::size_t r);
// The answer to the reflection on screen; moves on to the next one, or to the next step.
void reflect(Session& session, const Content& content, int reflection, int option, double now);
// "Verder" on a reflection answered before (coming back to it).
void next_reflection(Session& session, const Content& content, double now);
// The next steps the reflection answers point to (their `suggests`): those more answers point
// to first, then in the order of the reflections and their lists; each once, at most
// kMaxSuggested, so a suggestion still means something. The step screen shows them first.
inline constexpr std::size_t kMaxSuggested = 3;
std::vector<int> suggested_steps(const Content& content, const Session& session);
// The programme to look at again when an answer asks for it (`second_choice = ja`): the first of
// favourite_choices that is not the favourite; -1 when none or not asked for.
int second_choice(const Content& content, const Session& session);
void choose_step(Session& session, int step, double now);
// The finish screen needs a chosen next step, when the content offers any.
bool can_finish(const Session& session, const Content& content);
Flow finish(Session& session, const Content& content, double now);
void touch(Session& session, double now);
// "Uitleg mbo", from any screen; back() returns to where the visitor was.
void open_explain(Session& session, double now);
// "Meer lezen" on an Uitleg mbo card shows its details; "Minder" hides them again.
void toggle_explain_more(Session& session, const Content& content, int card, double now);
inline constexpr std::size_t kMaxCompare = 3;
// Puts a programme in or out of the comparison (at most three; a fourth is not taken, and
// `compare_full` says so until the next change).
void toggle_compare(Session& session, int programme, double now);
// The comparison, when at least two programmes are in it.
void open_compare(Session& session, double now);
// From the attract screen: the whole offer, without the questions.
void start_browse(Session& session, const Content& content, double now);
// From the results: the offer, filtered to one domain ("" = all), for broad orientation when the
// answers say little; back() returns to the results.
void open_browse(Session& session, const std::string& domain, double now);
// The programmes that pass the filter, by name.
std::vector<int> browse_programmes(const Content& content, const BrowseFilter& filter);

// Carries out one of the visitor's intents (not ChooseLanguage, which needs the content in the
// new language, nor the staff's): the flow rules in one place.
Flow apply(Session& session, const Content& content, const Intent& intent, double now);

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
// One talking point of "samen" in the content's language: "Jullie kiezen allebei: ‘Doen’, ‘Samen’".
// The quotes round an answer and what joins two answers are texts (together.quoted,
// together.list), so Arabic gets «» and its own comma "،" instead of Latin ones.
std::string talking_point(const Content& content, const AnswerComparison& comparison);
// The parent's view: the pupil's answers, with the parent's on the key questions.
Answers parent_view(const Content& content, const Session& session);
// Programmes among the pupil's fits that also fit the parent's view.
std::vector<int> fits_for_both(const Content& content, const Session& session);

// The record for the counts, and a fresh session: everything about the visitor is forgotten.
SessionRecord end_session(Session& session, const Content& content, EndReason reason);

// Programmes on the results screen, in the order shown.
std::vector<const Match*> shown_matches(const Ranking& ranking);

}  // namespace kiosk
