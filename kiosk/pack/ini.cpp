#include "pack/ini.h"

#include "text/text.h"

namespace kiosk {

const IniEntry* IniSection::find(std::string_view key) const {
    for (const auto& entry : entries)
        if (entry.key == key) return &entry;
    return nullptr;
}

std::string IniSection::value(std::string_view key, std::string_view fallback) const {
    const IniEntry* entry = find(key);
    return entry ? entry->value : std::string(fallback);
}

const IniSection* IniFile::find(std::string_view name) const {
    for (const auto& section : sections)
        if (section.name == name) return &section;
    return nullptr;
}

IniFile parse_ini(std::string_view text, const std::string& file_name,
                  std::vector<Problem>& problems) {
    IniFile ini;
    auto problem = [&](int line, int column, std::string message) {
        problems.push_back({Problem::Severity::Error, file_name, line, column, std::move(message)});
    };
    if (!valid_utf8(text)) {
        problem(0, 0, "het bestand is geen UTF-8; sla het op als UTF-8 (tip: 'Opslaan als' > UTF-8)");
        return ini;
    }
    text = strip_bom(text);

    int line_number = 0;
    for (std::string_view raw : split_lines(text)) {
        ++line_number;
        const std::string_view line = trim(raw);
        if (line.empty() || line[0] == '#' || line[0] == ';') continue;
        if (line[0] == '[') {
            if (line.back() != ']' || line.size() < 3) {
                problem(line_number, 1, "sectiekop moet de vorm [naam] hebben");
                continue;
            }
            ini.sections.push_back({std::string(trim(line.substr(1, line.size() - 2))), line_number, {}});
            continue;
        }
        const auto equals = line.find('=');
        if (equals == std::string_view::npos) {
            problem(line_number, 1, "regel moet de vorm 'sleutel = waarde' hebben");
            continue;
        }
        if (ini.sections.empty()) {
            problem(line_number, 1, "sleutel staat buiten een [sectie]; zet er een sectiekop boven");
            continue;
        }
        std::string key(trim(line.substr(0, equals)));
        if (key.empty()) {
            problem(line_number, 1, "sleutel ontbreekt voor het '='-teken");
            continue;
        }
        IniSection& section = ini.sections.back();
        if (section.find(key)) {
            problem(line_number, 1, "sleutel '" + key + "' staat twee keer in [" + section.name + "]");
            continue;
        }
        section.entries.push_back({std::move(key), std::string(strip_comment(line.substr(equals + 1))), line_number});
    }
    return ini;
}

}  // namespace kiosk
