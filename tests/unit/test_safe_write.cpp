// Every file the kiosk and kiosk-pack write to a stick or a chosen path is created without
// following links: a stick can hold a link under the very name we write (or its .part name)
// pointing at kiosk.db, and writing must never reach through it.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <sys/wait.h>
#include <unistd.h>

#include "pack/pack_files.h"
#include "pack/problem.h"
#include "support/command.h"
#include "support/mini_pack.h"
#include "support/paths.h"

using namespace kiosk;
namespace fs = std::filesystem;

namespace {

const std::string kVictimBytes = "SQLite format 3 -- de echte kiosk.db";

// Plants links at `target` and at `target.part`, each pointing at its own victim file in
// `victims`; returns the victims.
std::vector<fs::path> plant_links(const fs::path& target, const fs::path& victims) {
    std::vector<fs::path> planted;
    for (const std::string& suffix : {std::string(), std::string(".part")}) {
        const fs::path victim = victims / (target.filename().string() + suffix + ".kiosk.db");
        std::ofstream(victim, std::ios::binary) << kVictimBytes;
        fs::create_symlink(victim, target.string() + suffix);
        planted.push_back(victim);
    }
    return planted;
}

void check_untouched(const std::vector<fs::path>& victims) {
    for (const fs::path& victim : victims) {
        INFO(victim);
        CHECK(test::read_file(victim.string()) == kVictimBytes);
    }
}

// The write either went through safely (the final name is now a plain file with our bytes, the
// link itself replaced) or was refused with a Dutch message naming what is in the way.
void check_safe_outcome(const fs::path& target, bool written, const std::string& message, const std::string& bytes = "") {
    if (written) {
        CHECK_FALSE(fs::is_symlink(target));
        CHECK(fs::is_regular_file(target));
        if (!bytes.empty()) CHECK(test::read_file(target.string()) == bytes);
    } else {
        INFO(message);
        CHECK(message.find("kan niet schrijven naar") != std::string::npos);
        CHECK(message.find("snelkoppeling") != std::string::npos);
    }
}

std::string run_tool(const std::string& arguments, int& exit_code) {
    const test::CommandRun run = test::run_command(std::string(KIOSK_PACK_TOOL) + " " + arguments + " 2>&1");
    exit_code = run.exit_code;
    return run.output;
}

}  // namespace

TEST_CASE("write_file_atomically never follows a link planted under the final or the .part name") {
    const test::TempDir stick("kiosk-safe-write-stick"), elsewhere("kiosk-safe-write-victims");
    const fs::path target = fs::path(stick.path) / "statistiek-BM-2026-k1-20261128-1000.csv";

    SECTION("links under both names: the victims stay as they were") {
        const auto victims = plant_links(target, elsewhere.path);
        bool written = false;
        std::string message;
        try {
            write_file_atomically(target.string(), "evenement;kiosk\n");
            written = true;
        } catch (const PackError& error) {
            message = error.what();
        }
        check_untouched(victims);
        check_safe_outcome(target, written, message, "evenement;kiosk\n");
    }
    SECTION("a link under the final name only: the link itself is replaced by the file") {
        const fs::path victim = fs::path(elsewhere.path) / "kiosk.db";
        std::ofstream(victim, std::ios::binary) << kVictimBytes;
        fs::create_symlink(victim, target);
        write_file_atomically(target.string(), "nieuw\n");
        check_untouched({victim});
        CHECK_FALSE(fs::is_symlink(target));
        CHECK(test::read_file(target.string()) == "nieuw\n");
    }
    SECTION("a stale plain .part from a pulled stick is cleared and the write goes through") {
        std::ofstream(target.string() + ".part") << "half";
        write_file_atomically(target.string(), "heel\n");
        CHECK(test::read_file(target.string()) == "heel\n");
        CHECK_FALSE(fs::exists(target.string() + ".part"));
    }
    SECTION("a folder that is itself a link is not followed") {
        const fs::path linked = fs::path(stick.path) / "map";
        fs::create_directory_symlink(elsewhere.path, linked);
        CHECK_THROWS_WITH(write_file_atomically((linked / "x.csv").string(), "x"), Catch::Contains("geen gewone map"));
        CHECK_FALSE(fs::exists(fs::path(elsewhere.path) / "x.csv"));
    }
}

TEST_CASE("A pack archive and a pack folder are written without following planted links") {
    const test::TempDir stick("kiosk-safe-zip-stick"), elsewhere("kiosk-safe-zip-victims");
    SECTION("archive") {
        const fs::path target = fs::path(stick.path) / "beroepenmarkt.zip";
        const auto victims = plant_links(target, elsewhere.path);
        bool written = false;
        std::string message;
        try {
            write_pack_zip(test::mini_pack(), target.string());
            written = true;
        } catch (const PackError& error) {
            message = error.what();
        }
        check_untouched(victims);
        check_safe_outcome(target, written, message);
        // Without the planted .part link the archive is written, in place of the link.
        fs::remove(target.string() + ".part");
        write_pack_zip(test::mini_pack(), target.string());
        check_untouched(victims);
        CHECK_FALSE(fs::is_symlink(target));
        CHECK(read_pack_zip(target.string()) == test::mini_pack());
    }
    SECTION("folder") {
        const PackFiles files = test::mini_pack();
        std::vector<fs::path> victims;
        for (const auto& [name, bytes] : files) {
            fs::create_directories((fs::path(stick.path) / name).parent_path());
            const fs::path victim_dir = fs::path(elsewhere.path) / fs::path(name).parent_path();
            fs::create_directories(victim_dir);
            for (const fs::path& victim : plant_links(fs::path(stick.path) / name, victim_dir)) victims.push_back(victim);
            fs::remove(fs::path(stick.path) / (name + ".part"));  // the final names only: the write goes through
        }
        write_pack_folder(files, stick.path);
        check_untouched(victims);
        CHECK(read_pack_folder(stick.path) == files);
    }
}

TEST_CASE("kiosk-pack's outputs (build -o, stats -o and its summary) do not follow planted links") {
    const test::TempDir stick("kiosk-safe-tool-stick"), elsewhere("kiosk-safe-tool-victims");
    const fs::path input = fs::path(stick.path) / "k1.csv";
    std::ofstream(input) << "evenement;kiosk;uur;meting;sleutel;aantal\nBM-2026;k1;2026-11-28 10:00;bezoekers;;4\n";
    std::vector<fs::path> victims;
    for (const char* name : {"rapport.csv", "rapport.txt"})
        for (const fs::path& victim : plant_links(fs::path(stick.path) / name, elsewhere.path)) victims.push_back(victim);
    int exit_code = -1;
    const std::string output = run_tool("stats " + input.string() + " -o " + stick.path + "/rapport.csv", exit_code);
    INFO(output);
    check_untouched(victims);
    CHECK(exit_code != 0);
    CHECK(output.find("snelkoppeling") != std::string::npos);

    // build -o: a link under the archive's .part name is refused, the victim untouched.
    const fs::path pack = fs::path(stick.path) / "pakket.zip";
    const auto pack_victims = plant_links(pack, elsewhere.path);
    const std::string key = test::source_dir() + "/tools/dev-key/dev.secret";
    const std::string built = run_tool("build " + test::content_dir() + " -o " + pack.string() + " --key " + key, exit_code);
    INFO(built);
    check_untouched(pack_victims);
    CHECK(fs::is_symlink(pack));  // not written: the .part link stopped it before anything moved
}
