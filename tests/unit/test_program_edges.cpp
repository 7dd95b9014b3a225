// The edges of the two programs staff run by hand: kiosk-pack stats with odd output names and
// oversized input, kiosk with a mistyped --config, and the headless kiosk stopped by SIGTERM.
#include <catch2/catch.hpp>

#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pack/pack_files.h"
#include "pack/problem.h"
#include "support/command.h"
#include "support/patience.h"
#include "support/paths.h"

namespace fs = std::filesystem;

namespace {

const std::string kHeader = "evenement;kiosk;uur;meting;sleutel;aantal\n";

using Run = test::CommandRun;
using test::has;

// A program run with this command line; its output holds stdout and stderr.
Run run(const std::string& command_line) { return test::run_command(command_line + " 2>&1"); }

}  // namespace

TEST_CASE("kiosk-pack stats -o NAME.txt keeps its CSV and writes the summary under its own name") {
    const test::TempDir dir("kiosk-stats-txt");
    std::ofstream(dir.path + "/k1.csv") << kHeader << "BM-2026;k1;2026-11-28 10:00;bezoekers;;4\n";
    const Run result = run(std::string(KIOSK_PACK_TOOL) + " stats " + dir.path + "/k1.csv -o " + dir.path + "/x.txt");
    INFO(result.output);
    CHECK(result.exit_code == 0);
    CHECK(test::read_file(dir.path + "/x.txt") == kHeader + "BM-2026;alle;2026-11-28 10:00;bezoekers;;4\n");
    CHECK(test::read_file(dir.path + "/x-samenvatting.txt").find("Bezoekers: 4") != std::string::npos);
}

TEST_CASE("kiosk-pack stats refuses an export over 16 MB as a whole, naming the limit") {
    const test::TempDir dir("kiosk-stats-huge");
    {
        std::ofstream out(dir.path + "/groot.csv", std::ios::binary);
        out << kHeader;
        const std::string row = "BM-2026;k1;2026-11-28 10:00;bezoekers;;4\n";
        for (std::size_t written = kHeader.size(); written <= (17u << 20); written += row.size()) out << row;
    }
    const Run result = run(std::string(KIOSK_PACK_TOOL) + " stats " + dir.path + "/groot.csv -o " + dir.path + "/rapport.csv");
    INFO(result.output.substr(0, 2000));
    CHECK(result.exit_code != 0);
    CHECK(has(result, "groot.csv is groter dan 16 MB"));
    CHECK_FALSE(has(result, "velden"));  // not mistaken for a broken line
    CHECK_FALSE(fs::exists(dir.path + "/rapport.csv"));
}

TEST_CASE("A file that is not there is named as missing, not blamed on a pulled stick") {
    CHECK_THROWS_WITH(kiosk::read_file_bytes("/geen/map/kiosk.ini"), Catch::Contains("/geen/map/kiosk.ini bestaat niet"));
    const Run result = run(std::string(KIOSK_BINARY) + " --check --headless --store :memory: --config /geen/map/kiosk.ini");
    INFO(result.output);
    CHECK(result.exit_code == 1);
    CHECK(has(result, "/geen/map/kiosk.ini bestaat niet"));
    CHECK_FALSE(has(result, "USB-stick"));
}

TEST_CASE("The headless kiosk ends its script cleanly on SIGTERM, with exit code 143") {
    const test::TempDir dir("kiosk-sigterm");
    const std::string started = dir.path + "/gestart.png";
    {
        // A screenshot to show the script is running, then far more waiting than a test would
        // ever sit through: only the signal can end it in time.
        std::ofstream script(dir.path + "/script.txt");
        script << "shot " << started << "\n";
        for (int i = 0; i < 200000; ++i) script << "wait 30\n";
    }
    const std::string store = dir.path + "/kiosk.db";
    const std::string trust = test::source_dir() + "/tools/dev-key/dev.pub";
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        const int null = ::open("/dev/null", O_WRONLY);
        ::dup2(null, STDOUT_FILENO);
        ::execl(KIOSK_BINARY, KIOSK_BINARY, "--headless", "--store", store.c_str(), "--trust", trust.c_str(), "--size", "540x960", "--script",
                (dir.path + "/script.txt").c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    const bool running = test::wait_until([&] { return fs::exists(started); });
    CHECK(running);
    ::kill(child, SIGTERM);
    int status = 0;
    const bool ended = test::wait_until([&] { return ::waitpid(child, &status, WNOHANG) == child; });
    if (!ended) {
        ::kill(child, SIGKILL);
        ::waitpid(child, &status, 0);
    }
    REQUIRE(ended);
    REQUIRE(WIFEXITED(status));  // it ended by itself, not killed by the signal
    CHECK(WEXITSTATUS(status) == 143);
}
