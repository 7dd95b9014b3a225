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
    for (const auto& [name, value] : values) {
        const std::string placeholder = "{" + name + "}";
        for (auto at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at + value.size()))
            text.replace(at, placeholder.size(), value);
    }
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

}  // namespace kiosk
