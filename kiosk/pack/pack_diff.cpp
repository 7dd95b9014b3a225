#include "pack/pack_diff.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace kiosk {

int compare_pack_versions(const std::string& a, const std::string& b) {
    const auto part = [](const std::string& version, std::size_t index) {
        std::size_t start = 0;
        for (std::size_t i = 0; i < index; ++i) {
            start = version.find('.', start);
            if (start == std::string::npos) return std::string("0");
            ++start;
        }
        const std::string text = version.substr(start, version.find('.', start) - start);
        return text.empty() ? std::string("0") : text;
    };
    const auto parts = [](const std::string& version) { return static_cast<std::size_t>(std::count(version.begin(), version.end(), '.')) + 1; };
    const auto digits = [](const std::string& text) { return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }); };
    for (std::size_t i = 0; i < std::max(parts(a), parts(b)); ++i) {
        std::string x = part(a, i), y = part(b, i);
        if (digits(x) && digits(y)) {
            // As numbers of any length: without leading zeros, the longer is larger.
            x.erase(0, std::min(x.find_first_not_of('0'), x.size()));
            y.erase(0, std::min(y.find_first_not_of('0'), y.size()));
            if (x.size() != y.size()) return x.size() < y.size() ? -1 : 1;
        }
        if (const int order = x.compare(y); order != 0) return order < 0 ? -1 : 1;
    }
    return 0;
}

namespace {

auto as_tuple(const Programme& p) {
    return std::tie(p.name, p.domain, p.level, p.bol, p.bbl, p.location, p.duration_years, p.practice_percent,
                    p.card.what_you_do, p.card.how_you_learn, p.card.internship, p.card.assessment, p.card.jobs,
                    p.card.onwards, p.card.department, p.card.teachers, p.card.admission, p.card.choices, p.card.needs,
                    p.werkkans, p.loon, p.contact, p.photo, p.features);
}

// The keys both lists have, in each list's order: equal when nothing moved.
template <typename Item, typename Key>
bool same_order(const std::vector<Item>& from, const std::vector<Item>& to, Key key) {
    std::vector<std::string> a, b;
    for (const Item& item : from)
        if (std::any_of(to.begin(), to.end(), [&](const Item& other) { return key(other) == key(item); })) a.push_back(key(item));
    for (const Item& item : to)
        if (std::any_of(from.begin(), from.end(), [&](const Item& other) { return key(other) == key(item); })) b.push_back(key(item));
    return a == b;
}

bool same_questions_plain(const std::vector<Question>& a, const std::vector<Question>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].key != b[i].key || a[i].text != b[i].text || a[i].options.size() != b[i].options.size()) return false;
    return true;
}

bool same_options(const Option& a, const Option& b) {
    if (a.key != b.key || a.text != b.text || a.reason != b.reason || a.claims != b.claims || a.unsure != b.unsure || a.track != b.track || a.weights.size() != b.weights.size())
        return false;
    for (std::size_t i = 0; i < a.weights.size(); ++i)
        if (a.weights[i].feature != b.weights[i].feature || a.weights[i].weight != b.weights[i].weight) return false;
    return true;
}

bool same_question(const Question& a, const Question& b) {
    if (a.text != b.text || a.help != b.help || a.pick != b.pick || a.options.size() != b.options.size()) return false;
    for (std::size_t i = 0; i < a.options.size(); ++i)
        if (!same_options(a.options[i], b.options[i])) return false;
    return true;
}

// Compares two keyed lists; `name` gives what to show, `same` whether an item changed.
template <typename Item, typename Key, typename Name, typename Same>
std::vector<PackChange> compare(const std::vector<Item>& from, const std::vector<Item>& to, const char* what, Key key,
                                Name name, Same same) {
    std::map<std::string, const Item*> old_items, new_items;
    for (const Item& item : from) old_items[key(item)] = &item;
    for (const Item& item : to) new_items[key(item)] = &item;
    std::vector<PackChange> changes;
    for (const auto& [k, item] : new_items) {
        const auto old = old_items.find(k);
        if (old == old_items.end())
            changes.push_back({PackChange::Kind::Added, what, k, name(*item)});
        else if (!same(*old->second, *item))
            changes.push_back({PackChange::Kind::Changed, what, k, name(*item)});
    }
    for (const auto& [k, item] : old_items)
        if (!new_items.count(k)) changes.push_back({PackChange::Kind::Removed, what, k, name(*item)});
    return changes;
}

}  // namespace

PackDiff diff_packs(const Content& from, const Content& to) {
    PackDiff diff;
    diff.programmes = compare(
        from.programmes, to.programmes, "opleiding", [](const Programme& p) { return p.crebo; },
        [](const Programme& p) { return p.name; }, [](const Programme& a, const Programme& b) { return as_tuple(a) == as_tuple(b); });
    diff.questions = compare(
        from.questions, to.questions, "vraag", [](const Question& q) { return q.key; }, [](const Question& q) { return q.text; },
        same_question);
    const EventSettings& a = from.event;
    const EventSettings& b = to.event;
    diff.event_changed = std::tie(a.id, a.name, a.school, a.date, a.idle_seconds, a.countdown_seconds, a.results, a.reason_threshold,
                                  a.viewer_url, a.portfolio_mode, a.printer_kind, a.printer_device, a.printer_server, a.paper_mm,
                                  a.read_aloud, a.details, a.today) !=
                         std::tie(b.id, b.name, b.school, b.date, b.idle_seconds, b.countdown_seconds, b.results, b.reason_threshold,
                                  b.viewer_url, b.portfolio_mode, b.printer_kind, b.printer_device, b.printer_server, b.paper_mm,
                                  b.read_aloud, b.details, b.today);
    diff.texts_changed = from.texts.entries != to.texts.entries;
    diff.order_changed = !same_order(from.programmes, to.programmes, [](const Programme& p) { return p.crebo; }) ||
                         !same_order(from.questions, to.questions, [](const Question& q) { return q.key; });
    auto locations = [](const Content& c) {
        std::vector<std::tuple<std::string, std::string, std::string>> list;
        for (const Location& l : c.locations) list.emplace_back(l.key, l.name, l.address);
        return list;
    };
    auto steps = [](const Content& c) {
        std::vector<std::tuple<std::string, std::string, std::string>> list;
        for (const NextStep& s : c.next_steps) list.emplace_back(s.key, s.text, s.detail);
        return list;
    };
    diff.other_changed = locations(from) != locations(to) || steps(from) != steps(to) ||
                         !same_questions_plain(from.reflections, to.reflections);
    return diff;
}

std::vector<std::string> describe(const PackDiff& diff) {
    std::vector<std::string> lines;
    for (const auto* list : {&diff.programmes, &diff.questions})
        for (const PackChange& change : *list) {
            const char* mark = change.kind == PackChange::Kind::Added ? "+ " : change.kind == PackChange::Kind::Removed ? "- " : "~ ";
            lines.push_back(mark + change.what + " " + change.key + " " + change.name);
        }
    if (diff.event_changed) lines.push_back("~ evenement: instellingen veranderd (event.ini)");
    if (diff.texts_changed) lines.push_back("~ teksten veranderd");
    if (diff.order_changed) lines.push_back("~ volgorde van opleidingen of vragen veranderd: korte codes van de vorige inhoud gelden niet meer");
    if (diff.other_changed) lines.push_back("~ locaties, reflectievragen of volgende stappen veranderd");
    if (lines.empty()) lines.push_back("geen verschillen");
    return lines;
}

}  // namespace kiosk
