#include "support/command.h"

#include <catch2/catch.hpp>

#include <cstdio>

#include <sys/wait.h>

namespace test {

CommandRun run_command(const std::string& command_line) {
    FILE* pipe = popen(command_line.c_str(), "r");
    REQUIRE(pipe);
    CommandRun run;
    char buffer[4096];
    while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) run.output.append(buffer, n);
    const int status = pclose(pipe);
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

}  // namespace test
