#include "output/portfolio_link.h"

#include "core/local_time.h"
#include "text/text.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace kiosk {

namespace {

constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";

int digit_value(char c) {
    for (int i = 0; i < 36; ++i)
        if (kDigits[i] == c) return i;
    return -1;
}

char kind_mark(MatchKind kind) {
    return kind == MatchKind::Surprise ? '!' : kind == MatchKind::LaterRoute ? '^' : '\0';
}

// A reason names its question; the option is only written when that question has several
// picked options (otherwise the answers already say which one it was).
bool several_picked(const std::vector<std::vector<int>>& answers, int question) {
    return question >= 0 && static_cast<std::size_t>(question) < answers.size() &&
           answers[static_cast<std::size_t>(question)].size() > 1;
}

}  // namespace

std::string fragment_check(const std::string& text) {
    std::uint32_t hash = 2166136261u;
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 16777619u;
    }
    const std::uint32_t value = hash % (36u * 36u);
    return {kDigits[value / 36u], kDigits[value % 36u]};
}

namespace {

// Answers as the link writes them: one group per question, separated by '.', each the picked
// options as base-36 digits.
std::string answer_text(const std::vector<std::vector<int>>& answers) {
    std::string out;
    for (std::size_t q = 0; q < answers.size(); ++q) {
        if (q) out += '.';
        for (int option : answers[q]) out += kDigits[option];
    }
    return out;
}

std::optional<std::vector<std::vector<int>>> answer_groups(const std::string& value) {
    std::vector<std::vector<int>> answers;
    for (std::string_view question : split(value, '.')) {
        std::vector<int> picked;
        for (char c : question) {
            const int option = digit_value(c);
            if (option < 0) return std::nullopt;
            picked.push_back(option);
        }
        answers.push_back(std::move(picked));
    }
    return answers;
}

bool safe_token(const std::string& text) {
    for (char c : text)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_')) return false;
    return true;
}

}  // namespace

PortfolioResult portfolio_result(const Content& content, const Session& session, const std::string& date) {
    PortfolioResult result;
    result.event = content.event.id;
    result.language = session.language;
    result.date = date;
    result.event_date = replace_all(content.event.date, "-", "");
    result.answers = session.answers.picked;
    // From the offer: the cards the visitor opened, without a ranking and so without reasons.
    if (session.browsing) {
        const std::size_t first = session.opened.size() > kMaxLinkedCards ? session.opened.size() - kMaxLinkedCards : 0;
        for (std::size_t i = first; i < session.opened.size(); ++i)
            result.programmes.push_back({content.programmes[static_cast<std::size_t>(session.opened[i])].crebo, MatchKind::Fit, {}});
    }
    for (const Match* match : shown_matches(session.ranking)) {
        PortfolioProgramme programme{content.programmes[static_cast<std::size_t>(match->programme)].crebo, match->kind, {}};
        // A later route's reasons follow from the level; leaving them out keeps the QR small.
        if (match->kind != MatchKind::LaterRoute)
            for (const Reason& reason : match->reasons)
                if (reason.question >= 0) programme.reasons.emplace_back(reason.question, reason.option);
        result.programmes.push_back(std::move(programme));
    }
    if (session.favourite >= 0) result.favourite = content.programmes[static_cast<std::size_t>(session.favourite)].crebo;
    result.reflections = session.reflections;
    result.next_step = session.next_step;
    // "Samen": the parent's answers on the key questions, so the viewer shows the talking points.
    // Only the key questions' groups, in order: the viewer knows which questions those are, and
    // the link stays small enough for a QR code that scans from a ticket.
    if (session.together)
        for (std::size_t q = 0; q < content.questions.size(); ++q)
            if (content.questions[q].together)
                result.parent_answers.push_back(q < session.parent_answers.picked.size() ? session.parent_answers.picked[q] : std::vector<int>{});
    return result;
}

std::string encode_fragment(const PortfolioResult& result) {
    std::string out = std::to_string(result.version);
    out += ";e=" + result.event;
    // Dutch is the default language and is left out, to keep the QR code small.
    if (!result.language.empty() && result.language != "nl") out += ";l=" + result.language;
    // The viewer knows the event's date: only a visit on another day writes it.
    if (!result.date.empty() && result.date != result.event_date) out += ";d=" + result.date;
    out += ";a=" + answer_text(result.answers);
    out += ";p=";
    for (std::size_t i = 0; i < result.programmes.size(); ++i) {
        const PortfolioProgramme& programme = result.programmes[i];
        if (i) out += ',';
        if (programme.crebo == result.favourite) out += '*';
        if (const char mark = kind_mark(programme.kind)) out += mark;
        out += programme.crebo;
        if (programme.kind == MatchKind::LaterRoute) continue;  // a later route carries no reasons
        out += ':';
        for (const auto& [question, option] : programme.reasons) {
            out += kDigits[question];
            if (several_picked(result.answers, question)) out += kDigits[option];
        }
    }
    if (!result.reflections.empty()) {
        out += ";r=";
        for (int option : result.reflections) out += option >= 0 ? kDigits[option] : '-';
    }
    if (result.next_step >= 0) out += std::string(";s=") + kDigits[result.next_step];
    if (!result.parent_answers.empty()) out += ";o=" + answer_text(result.parent_answers);
    return out + ";c=" + fragment_check(out);
}

std::optional<PortfolioResult> decode_fragment(const std::string& full) {
    const auto check_at = full.rfind(";c=");
    if (check_at == std::string::npos || full.size() != check_at + 5) return std::nullopt;
    const std::string fragment = full.substr(0, check_at);
    if (full.substr(check_at + 3) != fragment_check(fragment)) return std::nullopt;
    const std::vector<std::string_view> fields = split(fragment, ';');
    PortfolioResult result;
    if (fields.empty() || fields[0] != "1") return std::nullopt;
    bool has_answers = false;
    std::string seen;
    for (std::size_t i = 1; i < fields.size(); ++i) {
        const std::string_view field = fields[i];
        if (field.size() < 2 || field[1] != '=') return std::nullopt;
        // Each field at most once: a second `a` would change what the reasons in `p` mean.
        if (seen.find(field[0]) != std::string::npos) return std::nullopt;
        seen += field[0];
        const std::string value(field.substr(2));
        switch (field[0]) {
        case 'e': if (!safe_token(value)) return std::nullopt; result.event = value; break;
        case 'l': if (!safe_token(value)) return std::nullopt; result.language = value; break;
        case 'd': if (value.size() != 8 || !safe_token(value)) return std::nullopt; result.date = value; break;
        case 'r':
            for (char c : value) {
                const int option = c == '-' ? -1 : digit_value(c);
                if (option < 0 && c != '-') return std::nullopt;
                result.reflections.push_back(option);
            }
            break;
        case 's':
            if (value.size() != 1 || digit_value(value[0]) < 0) return std::nullopt;
            result.next_step = digit_value(value[0]);
            break;
        case 'a': {
            has_answers = true;
            auto groups = answer_groups(value);
            if (!groups) return std::nullopt;
            result.answers = std::move(*groups);
            break;
        }
        case 'o': {
            auto groups = answer_groups(value);
            if (!groups) return std::nullopt;
            result.parent_answers = std::move(*groups);
            break;
        }
        case 'p':
            // The answers come before the programmes, so the reasons can be read against them.
            if (!has_answers) return std::nullopt;
            if (value.empty()) break;
            for (std::string_view part : split(value, ',')) {
                std::string item(part);
                PortfolioProgramme programme;
                const bool favourite = !item.empty() && item[0] == '*';
                if (favourite) item.erase(0, 1);
                if (!item.empty() && (item[0] == '!' || item[0] == '^')) {
                    programme.kind = item[0] == '!' ? MatchKind::Surprise : MatchKind::LaterRoute;
                    item.erase(0, 1);
                }
                auto colon = item.find(':');
                if (programme.kind == MatchKind::LaterRoute) {
                    if (colon != std::string::npos) return std::nullopt;
                    colon = item.size();
                } else if (colon == std::string::npos) {
                    return std::nullopt;
                }
                programme.crebo = item.substr(0, colon);
                if (programme.crebo.empty() || !safe_token(programme.crebo)) return std::nullopt;
                if (favourite) result.favourite = programme.crebo;
                const std::string reasons = colon < item.size() ? item.substr(colon + 1) : std::string();
                for (std::size_t k = 0; k < reasons.size();) {
                    const int question = digit_value(reasons[k++]);
                    if (question < 0 || static_cast<std::size_t>(question) >= result.answers.size() ||
                        result.answers[static_cast<std::size_t>(question)].empty())
                        return std::nullopt;
                    int option = result.answers[static_cast<std::size_t>(question)].front();
                    if (several_picked(result.answers, question)) {
                        if (k >= reasons.size()) return std::nullopt;
                        option = digit_value(reasons[k++]);
                        if (option < 0) return std::nullopt;
                    }
                    programme.reasons.emplace_back(question, option);
                }
                result.programmes.push_back(std::move(programme));
            }
            break;
        default: return std::nullopt;
        }
    }
    if (result.event.empty() || !has_answers) return std::nullopt;
    return result;
}

PortfolioResult longest_result(const Content& content) {
    PortfolioResult result;
    result.event = content.event.id;
    result.language = "nl";
    for (const LanguageInfo& language : offered_languages(content))
        if (language.code != "nl" && language.code.size() >= result.language.size()) result.language = language.code;
    result.date = "20991231";  // a visit on another day than the event's writes the date
    result.event_date = "20000101";
    int several = -1;  // a question with several picked options: its reasons carry the option
    for (std::size_t q = 0; q < content.questions.size(); ++q) {
        const Question& question = content.questions[q];
        const int options = static_cast<int>(question.options.size());
        const int picked = std::min(std::max(question.pick, 1), options);
        std::vector<int> group;
        for (int option = options - picked; option < options; ++option) group.push_back(option);
        if (group.size() > 1) several = static_cast<int>(q);
        result.answers.push_back(group);
        if (question.together) result.parent_answers.push_back(group);
    }
    const int reason_question = several >= 0 ? several : static_cast<int>(content.questions.size()) - 1;
    const int reason_option = reason_question >= 0 && several >= 0 ? result.answers[static_cast<std::size_t>(several)].back() : 0;
    std::string crebo;
    for (const Programme& programme : content.programmes)
        if (programme.crebo.size() > crebo.size()) crebo = programme.crebo;
    // Ranked: the fits, a surprise (with reasons, and a mark), the later routes (a mark, no reasons).
    const std::size_t ranked = static_cast<std::size_t>(std::max(content.event.results, 0)) + 1;
    for (std::size_t i = 0; i < ranked; ++i) {
        PortfolioProgramme programme{crebo, i + 1 == ranked ? MatchKind::Surprise : MatchKind::Fit, {}};
        if (reason_question >= 0)
            for (std::size_t r = 0; r < kMaxReasonsShown; ++r) programme.reasons.emplace_back(reason_question, reason_option);
        result.programmes.push_back(std::move(programme));
    }
    for (std::size_t i = 0; i < kMaxLaterRoutes; ++i) result.programmes.push_back({crebo, MatchKind::LaterRoute, {}});
    for (std::size_t i = 0; i < kMaxLinkedCards; ++i) result.programmes.push_back({crebo, MatchKind::Fit, {}});
    result.favourite = crebo;  // marks every programme: more than one visit can, so still a bound
    for (const Question& reflection : content.reflections)
        result.reflections.push_back(std::max(static_cast<int>(reflection.options.size()) - 1, 0));
    if (!content.next_steps.empty()) result.next_step = static_cast<int>(content.next_steps.size()) - 1;
    return result;
}

std::string portfolio_link(const std::string& viewer_url, const PortfolioResult& result) {
    return viewer_url + "#" + encode_fragment(result);
}

std::string date_stamp(double seconds_since_epoch) { return local_time(seconds_since_epoch, "%Y%m%d"); }

}  // namespace kiosk
