#include "core/content.h"

#include <algorithm>

namespace kiosk {

std::string Texts::get(const std::string& key) const {
    const auto found = entries.find(key);
    return found == entries.end() ? key : found->second;
}

std::string Texts::format(const std::string& key,
                          const std::vector<std::pair<std::string, std::string>>& values) const {
    std::string text = get(key);
    for (const auto& [name, value] : values) text = replace_all(std::move(text), "{" + name + "}", value);
    return text;
}

std::string leerweg_label(const Content& content, const Programme& programme) {
    return content.texts.get(programme.bol && programme.bbl ? "leerweg.both" : programme.bbl ? "leerweg.bbl" : "leerweg.bol");
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
    if (from.empty()) return text;
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

namespace {
template <typename Items, typename Pred>
auto find_in(const Items& items, Pred pred) -> decltype(&items.front()) {
    const auto found = std::find_if(items.begin(), items.end(), pred);
    return found == items.end() ? nullptr : &*found;
}
}  // namespace

int Content::feature_index(const std::string& key) const {
    const auto found = std::find_if(features.begin(), features.end(),
                                    [&](const Feature& f) { return f.key == key; });
    return found == features.end() ? -1 : static_cast<int>(found - features.begin());
}

const Location* Content::location(const std::string& key) const {
    return find_in(locations, [&](const Location& l) { return l.key == key; });
}

const Domain* Content::domain(const std::string& code) const {
    return find_in(domains, [&](const Domain& d) { return d.code == code; });
}

const Level* Content::level(int number) const {
    return find_in(levels, [&](const Level& l) { return l.number == number; });
}

int Content::programme_index(const std::string& crebo) const {
    const auto found = std::find_if(programmes.begin(), programmes.end(),
                                    [&](const Programme& p) { return p.crebo == crebo; });
    return found == programmes.end() ? -1 : static_cast<int>(found - programmes.begin());
}

std::string Content::fill_event_details(std::string text) const {
    for (const auto& [key, value] : event.details) text = replace_all(std::move(text), "{" + key + "}", value);
    return text;
}

}  // namespace kiosk
