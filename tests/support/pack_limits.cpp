#include "support/pack_limits.h"

#include <functional>
#include <set>
#include <sstream>

#include "core/content.h"
#include "pack/csv.h"
#include "pack/limits.h"
#include "support/paths.h"

namespace test {

std::string filler(std::size_t characters, Filler kind) {
    std::string text;
    for (std::size_t i = 0; i < characters; ++i) {
        switch (kind) {
        case Filler::Wide: text += 'W'; break;
        case Filler::Words: text += i % 10 == 9 && i + 1 < characters ? ' ' : (i % 10 == 0 ? 'W' : 'w'); break;
        case Filler::Arabic: text += "\xd9\x85"; break;  // U+0645 ARABIC LETTER MEEM
        }
    }
    return text;
}

namespace {

// Each `key = value` line whose "section.key" `fill` says to fill gets a value of that many characters.
std::string fill_ini(const std::string& ini, Filler kind, const std::function<std::size_t(const std::string&)>& fill) {
    std::istringstream in(ini);
    std::string line, section, out;
    while (std::getline(in, line)) {
        const auto first = line.find_first_not_of(" \t");
        if (first != std::string::npos && line[first] == '[') {
            section = line.substr(first + 1, line.find(']') - first - 1);
        } else if (const auto equals = line.find('='); first != std::string::npos && line[first] != '#' && line[first] != ';' &&
                                                      equals != std::string::npos) {
            std::string key = line.substr(first, equals - first);
            key.erase(key.find_last_not_of(" \t") + 1);
            if (const std::size_t characters = fill(section + "." + key)) line = key + " = " + filler(characters, kind);
        }
        out += line + "\n";
    }
    return out;
}

}  // namespace

kiosk::PackFiles pack_at_limits(Filler kind, std::size_t over, std::size_t* filled) {
    std::size_t count = 0;
    kiosk::PackFiles files = default_pack();
    std::set<std::string> shown;  // the texts a translation may replace are the texts a visitor reads
    for (const auto& [key, text] : kiosk::content_texts(default_content())) shown.insert(key);
    shown.insert("event.school");
    shown.insert("pack.name");
    for (auto& [name, bytes] : files) {
        if (name.size() < 4 || name.compare(name.size() - 4, 4, ".ini") != 0) continue;
        const bool screen_texts = name.rfind("texts/", 0) == 0;
        bytes = fill_ini(bytes, kind, [&](const std::string& key) -> std::size_t {
            const std::size_t limit = screen_texts ? (key == "language.direction" ? 0 : kiosk::text_limit(key, true))
                                                   : (shown.count(key) ? kiosk::text_limit(key) : 0);
            if (limit == 0) return 0;
            ++count;
            return limit + over;
        });
    }
    // programmes.csv: the name and the card's topics of every programme.
    std::vector<kiosk::Problem> problems;
    kiosk::CsvTable table = kiosk::parse_csv(files.at("programmes.csv"), "programmes.csv", problems);
    const char separator = files.at("programmes.csv").find(';') < files.at("programmes.csv").find('\n') ? ';' : ',';
    std::string csv;
    for (std::size_t c = 0; c < table.header.size(); ++c) csv += (c ? std::string(1, separator) : "") + table.header[c];
    csv += "\n";
    for (const kiosk::CsvRow& row : table.rows) {
        for (std::size_t c = 0; c < row.fields.size(); ++c) {
            const std::string key = "programme.crebo." + table.header[c];
            std::string text = row.fields[c].text;
            if (kiosk::text_limit(key) != kiosk::kMaxTextChars) {
                text = filler(kiosk::text_limit(key) + over, kind);
                ++count;
            }
            if (text.find_first_of(std::string(1, separator) + "\"\n") != std::string::npos) {
                std::string quoted = "\"";
                for (char letter : text) quoted += letter == '"' ? std::string("\"\"") : std::string(1, letter);
                text = quoted + "\"";
            }
            csv += (c ? std::string(1, separator) : "") + text;
        }
        csv += "\n";
    }
    files["programmes.csv"] = csv;
    if (filled) *filled = count;
    return files;
}

}  // namespace test
