// What the tests ask of a list of pack problems: does one of them say this?
#pragma once

#include <string>
#include <vector>

#include "pack/problem.h"

namespace test {

// True when a problem, written as the staff tool prints it ("file:line:column: ..."), holds `text`.
inline bool mentions(const std::vector<kiosk::Problem>& problems, const std::string& text) {
    for (const kiosk::Problem& problem : problems)
        if (to_string(problem).find(text) != std::string::npos) return true;
    return false;
}

}  // namespace test
