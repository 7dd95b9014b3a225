#include "core/session.h"

#include <algorithm>

#include "core/local_time.h"

namespace kiosk {

void start(Session& session, const Content& content, double now, bool together) {
    session = Session{};
    session.screen = Screen::Question;
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
    if (session.screen != Screen::Question || session.question >= content.questions.size()) return;
    const Question& question = content.questions[session.question];
    if (option < 0 || static_cast<std::size_t>(option) >= question.options.size()) return;
    std::vector<int>& picked = (session.parent_turn ? session.parent_answers : session.answers).picked[session.question];
    if (question.pick == 1) {
        picked = {option};
        next(session, content, now);
        return;
    }
    const auto found = std::find(picked.begin(), picked.end(), option);
    if (found != picked.end())
        picked.erase(found);
    else if (static_cast<int>(picked.size()) < question.pick)
        // Kept in option order, not tap order: the same choices give the same result, also
        // when they come back from the short code, which does not know the tap order.
        picked.insert(std::lower_bound(picked.begin(), picked.end(), option), option);
}

bool can_go_next(const Session& session, const Content& content) {
    return session.screen == Screen::Question && session.question < content.questions.size() &&
           current_answers(session).answered(session.question);
}

void next(Session& session, const Content& content, double now) {
    touch(session, now);
    if (!can_go_next(session, content)) return;
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
    session.screen = Screen::Results;
}

void set_language(Session& session, const Content& localised, double now) {
    touch(session, now);
    session.language = localised.language.code;
    if (session.screen == Screen::Language) session.screen = session.language_return;
    const Ranking& shown = session.ranking;
    if (shown.fits.empty() && shown.later_routes.empty() && !shown.surprise) return;
    session.ranking = rank(localised, session.answers);
    session.fit_for_both = fits_for_both(localised, session);
}

void back(Session& session, double now) {
    touch(session, now);
    switch (session.screen) {
    case Screen::Question:
        if (session.parent_turn) {
            session.parent_turn = false;
        } else if (session.question > 0) {
            --session.question;
            // Back into a key question lands on the parent's turn, the last one answered there.
            session.parent_turn = session.together && session.parent_answers.answered(session.question);
        } else {
            session.screen = Screen::Attract;  // the caller ends the session
        }
        break;
    case Screen::Results: session.screen = Screen::Question; break;
    case Screen::Programme: session.screen = session.card_return; break;
    case Screen::Reflect: session.screen = Screen::Results; break;
    case Screen::Finish: session.screen = session.finish_return; break;
    case Screen::Explain: session.screen = session.explain_return; break;
    case Screen::Language: session.screen = session.language_return; break;
    case Screen::Compare: session.screen = session.compare_return; break;
    case Screen::Browse: session.screen = Screen::Attract; break;  // the caller ends the session
    case Screen::Attract: break;
    }
}

void open_programme(Session& session, int programme, double now) {
    touch(session, now);
    if (session.screen != Screen::Programme) session.card_return = session.screen;
    session.open_programme = programme;
    session.screen = Screen::Programme;
    if (std::find(session.opened.begin(), session.opened.end(), programme) == session.opened.end())
        session.opened.push_back(programme);
}

void toggle_favourite(Session& session, int programme, double now) {
    touch(session, now);
    session.favourite = session.favourite == programme ? -1 : programme;
}

void start_reflection(Session& session, const Content& content, double now) {
    touch(session, now);
    if (session.favourite < 0 && !session.ranking.fits.empty()) session.favourite = session.ranking.fits.front().programme;
    session.reflections.resize(content.reflections.size(), -1);
    session.screen = Screen::Reflect;
}

void reflect(Session& session, const Content& content, int reflection, int option, double now) {
    touch(session, now);
    if (reflection < 0 || static_cast<std::size_t>(reflection) >= session.reflections.size() ||
        static_cast<std::size_t>(reflection) >= content.reflections.size())
        return;
    if (option < 0 || static_cast<std::size_t>(option) >= content.reflections[static_cast<std::size_t>(reflection)].options.size()) return;
    int& picked = session.reflections[static_cast<std::size_t>(reflection)];
    picked = picked == option ? -1 : option;  // tapping again takes it back
}

void choose_step(Session& session, int step, double now) {
    touch(session, now);
    if (step >= -1) session.next_step = step;
}

bool can_finish(const Session& session, const Content& content) {
    return content.next_steps.empty() ||
           (session.next_step >= 0 && static_cast<std::size_t>(session.next_step) < content.next_steps.size());
}

void finish(Session& session, double now) {
    touch(session, now);
    if (session.screen != Screen::Finish) session.finish_return = session.screen;
    session.screen = Screen::Finish;
    session.reached_finish = true;
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
    if (found != session.compare.end())
        session.compare.erase(found);
    else if (session.compare.size() < kMaxCompare)
        session.compare.push_back(programme);
}

void open_compare(Session& session, double now) {
    touch(session, now);
    if (session.compare.size() < 2 || session.screen == Screen::Compare) return;
    session.compare_return = session.screen;
    session.screen = Screen::Compare;
}

void start_browse(Session& session, const Content& content, double now) {
    start(session, content, now);
    session.screen = Screen::Browse;
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

void open_explain(Session& session, double now) {
    touch(session, now);
    if (session.screen == Screen::Explain) return;
    session.explain_return = session.screen;
    session.screen = Screen::Explain;
}

void open_language_choice(Session& session, double now) {
    touch(session, now);
    if (session.screen == Screen::Language) return;
    session.language_return = session.screen;
    session.screen = Screen::Language;
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

// The visit's end time is not kept (SessionRecord), so `now` goes unused.
SessionRecord end_session(Session& session, const Content& content, double /*now*/, EndReason reason) {
    SessionRecord record;
    record.event = content.event.id;
    record.hour = local_time(session.started_at, "%Y-%m-%d %H:00");
    record.reason = session.reached_finish ? EndReason::Finished : reason;
    auto crebo = [&](int index) { return content.programmes[static_cast<std::size_t>(index)].crebo; };
    record.answered = std::any_of(session.answers.picked.begin(), session.answers.picked.end(),
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
