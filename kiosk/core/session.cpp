#include "core/session.h"

#include <algorithm>

#include "core/local_time.h"

namespace kiosk {

namespace {

// Opens `screen` on top of the current one; back() returns to the current one.
void go(Session& session, Screen screen) {
    if (session.screen == screen) return;
    session.compare_full = false;  // said on the results, about that tap only
    session.trail.push_back(session.screen);
    session.screen = screen;
}

// Back to the screen under the current one.
void go_back(Session& session) {
    session.compare_full = false;
    if (session.trail.empty()) {
        session.screen = Screen::Attract;
        return;
    }
    session.screen = session.trail.back();
    session.trail.pop_back();
}

bool valid_index(int index, std::size_t size) { return index >= 0 && static_cast<std::size_t>(index) < size; }

// On from the question on screen: the parent's turn ("samen"), the next question, or the results.
void advance(Session& session, const Content& content) {
    if (!can_go_next(session, content)) return;
    session.too_many_picked = false;
    // "Samen": on a key question the parent answers after the pupil, on the same screen.
    if (session.together && content.questions[session.question].together && !session.parent_turn) {
        session.parent_turn = true;
        return;
    }
    session.parent_turn = false;
    if (session.question + 1 < content.questions.size()) {
        ++session.question;
        return;
    }
    session.ranking = rank(content, session.answers);
    session.fit_for_both = fits_for_both(content, session);
    go(session, Screen::Results);
}

}  // namespace

void start(Session& session, const Content& content, double now, bool together) {
    session = Session{};
    go(session, Screen::Question);
    session.language = content.language.code;  // as chosen on the attract screen
    session.together = together;
    session.answers = Answers::empty_for(content);
    session.parent_answers = Answers::empty_for(content);
    session.reflections.assign(content.reflections.size(), -1);
    session.started_at = now;
    session.last_touch = now;
}

void pick(Session& session, const Content& content, int option, double now) {
    touch(session, now);
    move_on(session, content, now);
    // The answer just tapped is still on show: a second tap (a bounce, an impatient finger) must
    // not answer the next question before the visitor has seen it.
    if (session.moving_on_at > 0) return;
    if (session.screen != Screen::Question || session.question >= content.questions.size()) return;
    const Question& question = content.questions[session.question];
    if (!valid_index(option, question.options.size())) return;
    std::vector<int>& picked = (session.parent_turn ? session.parent_answers : session.answers).picked[session.question];
    session.too_many_picked = false;
    if (question.pick == 1) {
        picked = {option};
        session.moving_on_at = now + kAnswerShowSeconds;
        return;
    }
    const auto found = std::find(picked.begin(), picked.end(), option);
    const auto unsure = [&](int o) { return question.options[static_cast<std::size_t>(o)].unsure; };
    if (found != picked.end())
        picked.erase(found);
    else if (unsure(option))  // "Weet ik niet" stands alone
        picked = {option};
    else if (!picked.empty() && unsure(picked.front()) && picked.size() == 1)
        picked = {option};
    else if (static_cast<int>(picked.size()) < question.pick)
        // Kept in option order, not tap order: the same choices give the same result, also
        // when they come back from the short code, which does not know the tap order.
        picked.insert(std::lower_bound(picked.begin(), picked.end(), option), option);
    else
        session.too_many_picked = true;  // never ignored without a word: the screen says why
}

void move_on(Session& session, const Content& content, double now) {
    if (session.moving_on_at <= 0 || now < session.moving_on_at) return;
    session.moving_on_at = 0;
    advance(session, content);
}

bool can_go_next(const Session& session, const Content& content) {
    return session.screen == Screen::Question && session.question < content.questions.size() &&
           current_answers(session).answered(session.question);
}

bool leads_to_results(const Session& session, const Content& content) {
    if (session.screen != Screen::Question || session.question + 1 != content.questions.size()) return false;
    return !(session.together && content.questions[session.question].together && !session.parent_turn);
}

void next(Session& session, const Content& content, double now) {
    touch(session, now);
    move_on(session, content, now);
    if (session.moving_on_at > 0) return;  // the answer on show moves on by itself
    advance(session, content);
}

void set_language(Session& session, const Content& localised, double now) {
    touch(session, now);
    session.language = localised.language.code;
    if (session.screen == Screen::Language) go_back(session);
    const Ranking& shown = session.ranking;
    if (shown.fits.empty() && shown.later_routes.empty() && !shown.surprise) return;
    session.ranking = rank(localised, session.answers);
    session.fit_for_both = fits_for_both(localised, session);
}

Flow back(Session& session, double now) {
    touch(session, now);
    // Back while an answer is on show: it stays given, but the visitor goes back instead of on.
    session.moving_on_at = 0;
    session.too_many_picked = false;
    if (session.screen == Screen::Question) {
        if (session.parent_turn) {
            session.parent_turn = false;
            return Flow::Stay;
        }
        if (session.question > 0) {
            --session.question;
            // Back into a key question lands on the parent's turn, the last one answered there.
            session.parent_turn = session.together && session.parent_answers.answered(session.question);
            return Flow::Stay;
        }
    }
    if (session.screen == Screen::Reflect) {
        // Back through the reflections put to this visitor (the answered ones before this one:
        // only those asked are ever answered), then to where the take-home began.
        for (std::size_t r = std::min(session.reflection, session.reflections.size()); r-- > 0;)
            if (session.reflections[r] >= 0) {
                session.reflection = r;
                return Flow::Stay;
            }
    }
    const Screen leaving = session.screen;
    if (leaving == Screen::Attract) return Flow::Stay;
    go_back(session);
    // Leaving the questions or the offer for the attract screen ends the visit; closing "Uitleg
    // mbo" or the languages opened on the attract screen does not start one, so the cards opened
    // there are not kept for whoever comes next.
    if (session.screen == Screen::Attract) session.explain_more.clear();
    const bool visit_screen = leaving == Screen::Question || leaving == Screen::Browse;
    return session.screen == Screen::Attract && visit_screen ? Flow::EndVisit : Flow::Stay;
}

Screen previous_screen(const Session& session) { return session.trail.empty() ? Screen::Attract : session.trail.back(); }

void open_programme(Session& session, int programme, double now) {
    touch(session, now);
    session.open_programme = programme;
    go(session, Screen::Programme);
    if (std::find(session.opened.begin(), session.opened.end(), programme) == session.opened.end())
        session.opened.push_back(programme);
}

namespace {

bool in_take_home(Screen screen) { return screen == Screen::Favourite || screen == Screen::Reflect || screen == Screen::Step; }

// The first reflection put to this visitor at or after `from`; the number of reflections when none.
std::size_t asked_from(const Content& content, const Session& session, std::size_t from) {
    while (from < content.reflections.size() && !reflection_asked(content, session, from)) ++from;
    return from;
}

// On to the first reflection put to this visitor, or to the next step when none is.
void begin_reflections(Session& session, const Content& content) {
    session.reflection = asked_from(content, session, 0);
    go(session, session.reflection < content.reflections.size() ? Screen::Reflect : Screen::Step);
}

// Where the take-home starts, on top of the current screen: the favourite, when the visitor
// has none and there is something to choose; else the first reflection; else the next step.
void enter_take_home(Session& session, const Content& content) {
    session.reflections.resize(content.reflections.size(), -1);
    if (session.favourite < 0 && !favourite_choices(session).empty()) {
        go(session, Screen::Favourite);
        return;
    }
    begin_reflections(session, content);
}

}  // namespace

void toggle_favourite(Session& session, const Content& content, int programme, double now) {
    touch(session, now);
    session.favourite = session.favourite == programme ? -1 : programme;
    session.undecided = false;
    // The reflections were about the other favourite: they are asked again.
    std::fill(session.reflections.begin(), session.reflections.end(), -1);
    // A card opened during the take-home (the second choice): back from it starts the take-home
    // again for the new favourite, instead of returning to answers about the old one.
    const auto flow = std::find_if(session.trail.begin(), session.trail.end(), in_take_home);
    if (flow == session.trail.end()) return;
    session.trail.erase(flow, session.trail.end());
    session.next_step = -1;
    const Screen card = session.screen;
    enter_take_home(session, content);  // pushes the card and opens the start of the take-home
    session.trail.back() = session.screen;
    session.screen = card;
}

Flow start_take_home(Session& session, const Content& content, double now) {
    touch(session, now);
    const bool from_offer = session.browsing && (session.screen == Screen::Browse ||
                                                 (session.screen == Screen::Programme && previous_screen(session) == Screen::Browse));
    if (session.screen != Screen::Results && !from_offer) return Flow::Stay;
    if (content.next_steps.empty()) return finish(session, content, now);
    enter_take_home(session, content);
    return Flow::Stay;
}

std::vector<int> favourite_choices(const Session& session) {
    if (session.browsing) return session.opened;
    std::vector<int> choices;
    for (const Match* match : shown_matches(session.ranking)) choices.push_back(match->programme);
    return choices;
}

void choose_favourite(Session& session, const Content& content, int programme, double now) {
    touch(session, now);
    if (session.screen != Screen::Favourite) return;
    const std::vector<int> choices = favourite_choices(session);
    if (programme >= 0 && std::find(choices.begin(), choices.end(), programme) == choices.end()) return;
    if (programme != session.favourite) std::fill(session.reflections.begin(), session.reflections.end(), -1);
    session.favourite = programme;
    session.undecided = programme < 0;
    begin_reflections(session, content);
}

bool reflection_asked(const Content& content, const Session& session, std::size_t r) {
    return r < content.reflections.size() && (session.favourite >= 0 || !content.reflections[r].general_text.empty());
}

void reflect(Session& session, const Content& content, int reflection, int option, double now) {
    touch(session, now);
    if (session.screen != Screen::Reflect || reflection < 0 || static_cast<std::size_t>(reflection) != session.reflection ||
        session.reflection >= content.reflections.size() || session.reflection >= session.reflections.size())
        return;
    if (!valid_index(option, content.reflections[session.reflection].options.size())) return;
    session.reflections[session.reflection] = option;
    next_reflection(session, content, now);
}

void next_reflection(Session& session, const Content& content, double now) {
    touch(session, now);
    if (session.screen != Screen::Reflect || session.reflection >= session.reflections.size() ||
        session.reflections[session.reflection] < 0)
        return;  // answered, if only with "weet ik niet": never skipped without a word
    const std::size_t next = asked_from(content, session, session.reflection + 1);
    if (next < content.reflections.size())
        session.reflection = next;
    else
        go(session, Screen::Step);
}

std::vector<int> suggested_steps(const Content& content, const Session& session) {
    std::vector<int> steps, votes(content.next_steps.size(), 0);  // in the order first suggested
    for (std::size_t r = 0; r < content.reflections.size() && r < session.reflections.size(); ++r) {
        const int option = session.reflections[r];
        if (!reflection_asked(content, session, r) || !valid_index(option, content.reflections[r].options.size())) continue;
        for (int step : content.reflections[r].options[static_cast<std::size_t>(option)].suggests) {
            if (!valid_index(step, content.next_steps.size())) continue;
            if (votes[static_cast<std::size_t>(step)]++ == 0) steps.push_back(step);
        }
    }
    std::stable_sort(steps.begin(), steps.end(), [&](int a, int b) { return votes[static_cast<std::size_t>(a)] > votes[static_cast<std::size_t>(b)]; });
    if (steps.size() > kMaxSuggested) steps.resize(kMaxSuggested);
    return steps;
}

int second_choice(const Content& content, const Session& session) {
    if (session.favourite < 0) return -1;
    bool asked_for = false;
    for (std::size_t r = 0; r < content.reflections.size() && r < session.reflections.size(); ++r) {
        const int option = session.reflections[r];
        if (reflection_asked(content, session, r) && valid_index(option, content.reflections[r].options.size()))
            asked_for = asked_for || content.reflections[r].options[static_cast<std::size_t>(option)].second_choice;
    }
    if (!asked_for) return -1;
    for (int programme : favourite_choices(session))
        if (programme != session.favourite) return programme;
    return -1;
}

void choose_step(Session& session, int step, double now) {
    touch(session, now);
    if (step >= -1) session.next_step = step;
}

bool can_finish(const Session& session, const Content& content) {
    return content.next_steps.empty() || valid_index(session.next_step, content.next_steps.size());
}

Flow finish(Session& session, const Content& content, double now) {
    touch(session, now);
    if (session.screen == Screen::Finish || !can_finish(session, content)) return Flow::Stay;
    go(session, Screen::Finish);
    session.reached_finish = true;
    return Flow::ReachedFinish;
}

void touch(Session& session, double now) { session.last_touch = now; }

bool in_walk_through(const Session& session) { return session.screen != Screen::Attract; }

const Answers& current_answers(const Session& session) { return session.parent_turn ? session.parent_answers : session.answers; }

std::vector<AnswerComparison> compare_answers(const Content& content, const Session& session) {
    std::vector<AnswerComparison> comparisons;
    if (!session.together) return comparisons;
    for (std::size_t q = 0; q < content.questions.size(); ++q) {
        if (!content.questions[q].together || !session.answers.answered(q) || !session.parent_answers.answered(q)) continue;
        AnswerComparison comparison{static_cast<int>(q), session.answers.picked[q], session.parent_answers.picked[q], false};
        for (int option : comparison.pupil)
            if (std::find(comparison.parent.begin(), comparison.parent.end(), option) != comparison.parent.end()) comparison.agree = true;
        comparisons.push_back(std::move(comparison));
    }
    return comparisons;
}

std::string talking_point(const Content& content, const AnswerComparison& comparison) {
    const Texts& texts = content.texts;
    const Question& question = content.questions[static_cast<std::size_t>(comparison.question)];
    auto answers = [&](const std::vector<int>& options) {
        std::string joined;
        for (int option : options) {
            const std::string quoted = texts.format("together.quoted", {{"tekst", question.options[static_cast<std::size_t>(option)].text}});
            joined = joined.empty() ? quoted : texts.format("together.list", {{"eerste", joined}, {"volgende", quoted}});
        }
        return joined;
    };
    if (comparison.agree) {
        // What they have in common, not everything the pupil picked.
        std::vector<int> both;
        for (int option : comparison.pupil)
            if (std::find(comparison.parent.begin(), comparison.parent.end(), option) != comparison.parent.end()) both.push_back(option);
        return texts.format("together.agree", {{"keuze", answers(both)}});
    }
    return texts.format("together.differ", {{"jij", answers(comparison.pupil)}, {"ouder", answers(comparison.parent)}});
}

Answers parent_view(const Content& content, const Session& session) {
    Answers view = session.answers;
    for (std::size_t q = 0; q < content.questions.size() && q < view.picked.size(); ++q)
        if (content.questions[q].together && session.parent_answers.answered(q)) view.picked[q] = session.parent_answers.picked[q];
    return view;
}

std::vector<int> fits_for_both(const Content& content, const Session& session) {
    std::vector<int> both;
    if (!session.together) return both;
    const Ranking parent = rank(content, parent_view(content, session));
    for (const Match& fit : session.ranking.fits)
        if (std::any_of(parent.fits.begin(), parent.fits.end(), [&](const Match& m) { return m.programme == fit.programme; }))
            both.push_back(fit.programme);
    return both;
}

void toggle_compare(Session& session, int programme, double now) {
    touch(session, now);
    const auto found = std::find(session.compare.begin(), session.compare.end(), programme);
    session.compare_full = false;
    if (found != session.compare.end())
        session.compare.erase(found);
    else if (session.compare.size() < kMaxCompare)
        session.compare.push_back(programme);
    else
        session.compare_full = true;
}

void open_compare(Session& session, double now) {
    touch(session, now);
    if (session.compare.size() < 2) return;
    go(session, Screen::Compare);
}

void start_browse(Session& session, const Content& content, double now) {
    start(session, content, now);
    session.screen = Screen::Browse;  // in place of the first question: back is the attract screen
    session.browsing = true;
}

std::vector<int> browse_programmes(const Content& content, const BrowseFilter& filter) {
    std::vector<int> found;
    for (std::size_t i = 0; i < content.programmes.size(); ++i) {
        const Programme& p = content.programmes[i];
        if ((filter.domain.empty() || p.domain == filter.domain) && (filter.level == 0 || p.level == filter.level) &&
            (filter.leerweg == 0 || (filter.leerweg == 1 ? p.bol : p.bbl)) && (filter.location.empty() || p.location == filter.location))
            found.push_back(static_cast<int>(i));
    }
    std::stable_sort(found.begin(), found.end(), [&](int a, int b) {
        return content.programmes[static_cast<std::size_t>(a)].name < content.programmes[static_cast<std::size_t>(b)].name;
    });
    return found;
}

void toggle_explain_more(Session& session, const Content& content, int card, double now) {
    if (session.screen != Screen::Explain || !valid_index(card, content.explain_cards.size()) ||
        content.explain_cards[static_cast<std::size_t>(card)].more.empty())
        return;
    touch(session, now);
    const auto open = std::find(session.explain_more.begin(), session.explain_more.end(), card);
    if (open != session.explain_more.end()) session.explain_more.erase(open);
    else session.explain_more.push_back(card);
}

void open_explain(Session& session, double now) {
    touch(session, now);
    go(session, Screen::Explain);
}

void open_browse(Session& session, const std::string& domain, double now) {
    touch(session, now);
    session.browse = BrowseFilter{};
    session.browse.domain = domain;
    session.filters_open = false;
    go(session, Screen::Browse);
}

void open_language_choice(Session& session, double now) {
    touch(session, now);
    go(session, Screen::Language);
}

Flow apply(Session& session, const Content& content, const Intent& intent, double now) {
    move_on(session, content, now);  // what the clock was due to do comes before the new tap
    // While "Wil je stoppen?" is asked, the screen under it cannot be used.
    if (session.asking_stop && intent.kind != IntentKind::ConfirmStop && intent.kind != IntentKind::CancelStop) return Flow::Stay;
    const int index = intent.index;
    const bool programme = valid_index(index, content.programmes.size());
    switch (intent.kind) {
    case IntentKind::StartAlone: start(session, content, now); break;
    case IntentKind::StartTogether: start(session, content, now, true); break;
    case IntentKind::StartBrowse: start_browse(session, content, now); break;
    case IntentKind::StartQuestions:
        // Only from the offer opened on the attract screen: from the results it would lose the answers.
        if (session.screen == Screen::Browse && previous_screen(session) == Screen::Attract) start(session, content, now);
        break;
    case IntentKind::Pick: pick(session, content, index, now); break;
    case IntentKind::Next:
        if (session.screen == Screen::Reflect)
            next_reflection(session, content, now);
        else
            next(session, content, now);
        break;
    case IntentKind::Back: return back(session, now);
    case IntentKind::Stop:
        // "Stoppen" wipes everything the visitor did: a tap by mistake (or by a friend) must not.
        if (in_walk_through(session)) {
            touch(session, now);
            session.asking_stop = true;
        }
        break;
    case IntentKind::ConfirmStop: return session.asking_stop ? Flow::EndVisit : Flow::Stay;
    case IntentKind::CancelStop:
        touch(session, now);
        session.asking_stop = false;
        break;
    case IntentKind::ToggleFilters:
        if (session.screen == Screen::Browse) {
            touch(session, now);
            session.filters_open = !session.filters_open;
        }
        break;
    case IntentKind::OpenProgramme:
        if (programme) open_programme(session, index, now);
        break;
    case IntentKind::ToggleFavourite:
        if (programme) toggle_favourite(session, content, index, now);
        break;
    case IntentKind::ChooseFavourite:
        if (programme || index == -1) choose_favourite(session, content, index, now);
        break;
    case IntentKind::ToggleCompare:
        if (programme) toggle_compare(session, index, now);
        break;
    case IntentKind::OpenCompare: open_compare(session, now); break;
    case IntentKind::OpenExplain: open_explain(session, now); break;
    case IntentKind::ToggleExplainMore: toggle_explain_more(session, content, index, now); break;
    case IntentKind::OpenLanguages: open_language_choice(session, now); break;
    case IntentKind::TakeHome: return start_take_home(session, content, now);
    case IntentKind::Reflect: reflect(session, content, index, intent.option, now); break;
    case IntentKind::ChooseStep:
        if (session.screen == Screen::Step && valid_index(index, content.next_steps.size())) choose_step(session, index, now);
        break;
    case IntentKind::Finish: return session.screen == Screen::Step ? finish(session, content, now) : Flow::Stay;
    case IntentKind::Done: return session.screen == Screen::Finish ? Flow::VisitDone : Flow::Stay;
    case IntentKind::FilterDomain: touch(session, now); session.browse.domain = intent.text; break;
    case IntentKind::FilterLevel: touch(session, now); session.browse.level = std::clamp(index, 0, 4); break;
    case IntentKind::FilterLeerweg: touch(session, now); session.browse.leerweg = std::clamp(index, 0, 2); break;
    case IntentKind::FilterLocation: touch(session, now); session.browse.location = intent.text; break;
    case IntentKind::OpenBrowse:
        if (session.screen == Screen::Results) open_browse(session, intent.text, now);
        break;
    default: break;  // the language and the staff's intents are the Kiosk's
    }
    return Flow::Stay;
}

IdleState idle_state(const Session& session, const Content& content, double now) {
    IdleState state;
    if (!in_walk_through(session)) return state;
    const double quiet = now - session.last_touch;
    const double ask_at = content.event.idle_seconds;
    const double wipe_at = ask_at + content.event.countdown_seconds;
    state.expired = quiet >= wipe_at;
    state.asking = !state.expired && quiet >= ask_at;
    if (state.asking) state.seconds_left = std::max(1, static_cast<int>(wipe_at - quiet + 0.999));
    return state;
}

std::vector<const Match*> shown_matches(const Ranking& ranking) {
    std::vector<const Match*> shown;
    for (const auto& match : ranking.fits) shown.push_back(&match);
    if (ranking.surprise) shown.push_back(&*ranking.surprise);
    for (const auto& match : ranking.later_routes) shown.push_back(&match);
    return shown;
}

SessionRecord end_session(Session& session, const Content& content, EndReason reason) {
    SessionRecord record;
    record.event = content.event.id;
    record.hour = local_time(session.started_at, "%Y-%m-%d %H:00");
    record.reason = session.reached_finish ? EndReason::Finished : reason;
    auto crebo = [&](int index) { return content.programmes[static_cast<std::size_t>(index)].crebo; };
    record.answered = session.reached_finish ||
                      std::any_of(session.answers.picked.begin(), session.answers.picked.end(),
                                  [](const std::vector<int>& picked) { return !picked.empty(); });
    if (session.screen != Screen::Question || session.reached_finish || !session.ranking.fits.empty())
        for (const Match* match : shown_matches(session.ranking)) record.shown.push_back(crebo(match->programme));
    for (int index : session.opened) record.opened.push_back(crebo(index));
    if (session.favourite >= 0) record.chosen.push_back(crebo(session.favourite));
    if (session.next_step >= 0 && static_cast<std::size_t>(session.next_step) < content.next_steps.size())
        record.next_step = content.next_steps[static_cast<std::size_t>(session.next_step)].key;
    session = Session{};
    return record;
}

}  // namespace kiosk
