// The one problem type: something wrong (or worth a warning) in what staff prepared, whether a
// content pack, a stick, the kiosk's settings or a statistics export, reported as
// `file:line:column: message` so staff can find it in their editor or spreadsheet.
#pragma once

#include <string>
#include <vector>

namespace kiosk {

struct Problem {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    std::string file;  // empty when the message names its file itself
    int line = 0;    // 1-based; 0 = the whole file
    int column = 0;  // 1-based; 0 = the whole line
    std::string message;
};

std::string to_string(const Problem& problem);
bool has_errors(const std::vector<Problem>& problems);

}  // namespace kiosk
