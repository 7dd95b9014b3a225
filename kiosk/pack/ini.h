// A small INI reader for the pack's hand-edited files: `[section]`, `key = value`, `#` comments.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pack/problem.h"

namespace kiosk {

struct IniEntry {
    std::string key;
    std::string value;
    int line = 0;
};

struct IniSection {
    std::string name;
    int line = 0;
    std::vector<IniEntry> entries;

    const IniEntry* find(std::string_view key) const;
    std::string value(std::string_view key, std::string_view fallback = {}) const;
};

struct IniFile {
    std::vector<IniSection> sections;  // in file order

    const IniSection* find(std::string_view name) const;
};

// Parses `text`; every malformed line becomes a Problem naming `file_name`, and is skipped.
IniFile parse_ini(std::string_view text, const std::string& file_name,
                  std::vector<Problem>& problems);

}  // namespace kiosk
