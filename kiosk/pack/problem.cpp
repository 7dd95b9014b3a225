#include "pack/problem.h"

#include <algorithm>

namespace kiosk {

std::string to_string(const Problem& problem) {
    std::string out = problem.file;
    if (problem.line > 0) out += ":" + std::to_string(problem.line);
    if (problem.column > 0) out += ":" + std::to_string(problem.column);
    if (!out.empty()) out += ": ";
    if (problem.severity == Problem::Severity::Warning) out += "waarschuwing: ";
    return out + problem.message;
}

bool has_errors(const std::vector<Problem>& problems) {
    return std::any_of(problems.begin(), problems.end(),
                       [](const Problem& p) { return p.severity == Problem::Severity::Error; });
}

}  // namespace kiosk
