// Fuzz target: the INI reader (event.ini, features.ini, questions.ini, texts).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "pack/ini.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<kiosk::Problem> problems;
    const kiosk::IniFile ini = kiosk::parse_ini(std::string_view(reinterpret_cast<const char*>(data), size), "f.ini", problems);
    for (const auto& section : ini.sections)
        for (const auto& entry : section.entries)
            if (entry.line <= 0) __builtin_trap();  // every entry knows where it came from
    return 0;
}
