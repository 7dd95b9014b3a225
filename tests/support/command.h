// A program run through the shell, as staff would type it: what it printed on stdout (end the
// command with " 2>&1" for stderr too) and its exit code (-1 when it did not exit normally).
#pragma once

#include <string>

namespace test {

struct CommandRun {
    int exit_code = -1;
    std::string output;
};

CommandRun run_command(const std::string& command_line);

// Whether the output holds `text`.
inline bool has(const CommandRun& run, const std::string& text) { return run.output.find(text) != std::string::npos; }

}  // namespace test
