// The staff tool as staff use it on a laptop: a key, a new pack with programmes picked by crebo,
// every problem in one pass, a signed archive for the USB stick, verify and diff.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include <sys/wait.h>
#include <unistd.h>

#include "support/command.h"
#include "support/paths.h"

namespace fs = std::filesystem;

namespace {

using Run = test::CommandRun;
using test::has;

// kiosk-pack with these arguments; its output holds stdout and stderr.
Run tool(const std::string& arguments) { return test::run_command(std::string(KIOSK_PACK_TOOL) + " " + arguments + " 2>&1"); }

// A line "FILE:LINE:REST" for any line number, with REST containing `rest`.
bool has_problem(const Run& run, const std::string& file, const std::string& rest) {
    std::istringstream lines(run.output);
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind(file + ":", 0) != 0) continue;
        const std::size_t number_end = line.find(':', file.size() + 1);
        if (number_end == std::string::npos) continue;
        const std::string number = line.substr(file.size() + 1, number_end - file.size() - 1);
        if (!number.empty() && number.find_first_not_of("0123456789") == std::string::npos &&
            line.find(rest, number_end) != std::string::npos)
            return true;
    }
    return false;
}

std::string replace_every(std::string text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) text.replace(at, from.size(), to);
    return text;
}

}  // namespace

TEST_CASE("Staff make a key, a pack from crebos, fix what validate reports, and build a signed archive") {
    const fs::path dir = fs::temp_directory_path() / ("kiosk-pack-tool-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    const std::string key = (dir / "school").string(), pack = (dir / "pack").string(), zip = (dir / "pack.zip").string();

    Run run = tool("keygen " + key);
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    CHECK(fs::exists(key + ".pub"));
    CHECK(fs::exists(key + ".secret"));
    CHECK(tool("keygen " + key).exit_code == 1);  // never overwrites a key

    run = tool("init " + pack + " --crebo 25491,25498,25192");
    REQUIRE(run.exit_code == 0);
    run = tool("validate " + pack);
    CHECK(run.exit_code == 0);
    CHECK(has(run, "(3 opleidingen, 12 vragen)"));
    CHECK(tool("init " + pack).exit_code == 1);  // not into a folder that has a pack
    CHECK(has(tool("init " + (dir / "other").string() + " --crebo 99999"), "crebo 99999 staat niet in de landelijke kwalificatielijst"));

    // A spreadsheet export with mistakes: every one reported in one pass, as file:line:column.
    std::string csv = test::read_file(pack + "/programmes.csv");
    csv = replace_every(csv, ";3;BOL/BBL;", ";5;BOL/BBL;");
    csv = replace_every(csv, ";2;BOL/BBL;", ";2;BOLBBL;");
    std::ofstream(pack + "/programmes.csv", std::ios::binary) << csv;
    std::ofstream(pack + "/texts/en.ini", std::ios::binary) << "[attract]\ntitle = Which programme suits you?\n";
    run = tool("validate " + pack);
    CHECK(run.exit_code == 1);
    CHECK(has_problem(run, "programmes.csv", ":4: niveau moet 1-4 zijn, gevonden '5'"));
    CHECK(has_problem(run, "programmes.csv", ":5: leerweg moet BOL, BBL of BOL/BBL zijn, gevonden 'BOLBBL'"));
    CHECK(has(run, "texts/en.ini: waarschuwing: vertaling ontbreekt voor 'attract.start'"));
    CHECK(tool("build " + pack + " -o " + zip + " --key " + key + ".secret").exit_code == 1);
    CHECK_FALSE(fs::exists(zip));

    std::ofstream(pack + "/programmes.csv", std::ios::binary) << test::read_file(test::content_dir() + "/programmes.csv");
    fs::remove(pack + "/texts/en.ini");
    run = tool("build " + pack + " -o " + zip + " --key " + key + ".secret");
    CHECK(run.exit_code == 0);
    REQUIRE(fs::exists(zip));

    run = tool("verify " + zip + " --trust " + key + ".pub");
    CHECK(run.exit_code == 0);
    CHECK(has(run, "ongeschonden"));
    run = tool("verify " + zip + " --trust " + test::source_dir() + "/tools/dev-key/dev.pub");
    CHECK(run.exit_code == 1);
    CHECK(has(run, "vertrouwt die sleutel niet"));

    // Signing a folder in place, then changing it: verify names the file.
    CHECK(tool("sign " + pack + " --key " + key + ".secret").exit_code == 0);
    std::ofstream(pack + "/event.ini", std::ios::app) << "\n# later bijgewerkt\n";
    run = tool("verify " + pack + " --trust " + key + ".pub");
    CHECK(run.exit_code == 1);
    CHECK(has(run, "event.ini: is veranderd na het ondertekenen"));
    CHECK(has(tool("validate " + pack), "het manifest klopt niet meer"));

    // The archive holds the default content's programmes, questions and texts again.
    run = tool("diff " + test::content_dir() + " " + zip);
    CHECK(run.exit_code == 0);
    CHECK(has(run, "geen verschillen"));
    fs::remove_all(dir);
}

TEST_CASE("diff names added, removed and changed programmes and questions") {
    const fs::path dir = fs::temp_directory_path() / ("kiosk-pack-diff-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    const std::string old_pack = (dir / "old").string(), new_pack = (dir / "new").string();
    REQUIRE(tool("init " + old_pack + " --crebo 25491,25498").exit_code == 0);
    REQUIRE(tool("init " + new_pack + " --crebo 25491,25192").exit_code == 0);
    std::string questions = test::read_file(new_pack + "/questions.ini");
    questions.replace(questions.find("text = "), 7, "text = Nieuw: ");
    std::ofstream(new_pack + "/questions.ini", std::ios::binary) << questions;
    const Run run = tool("diff " + old_pack + " " + new_pack);
    INFO(run.output);
    CHECK(run.exit_code == 0);
    CHECK(has(run, "+ opleiding 25192"));
    CHECK(has(run, "- opleiding 25498"));
    CHECK_FALSE(has(run, "opleiding 25491"));
    CHECK(has(run, "~ vraag vmbo Nieuw: "));
    CHECK(has(tool("diff " + old_pack + " " + old_pack), "geen verschillen"));
    fs::remove_all(dir);
}

TEST_CASE("stats adds up the exports of several kiosks into one report with a summary") {
    const fs::path dir = fs::temp_directory_path() / ("kiosk-pack-stats-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    const std::string header = "evenement;kiosk;uur;meting;sleutel;aantal\n";
    std::ofstream(dir / "k1.csv") << header << "BM-2026;k1;2026-11-28 10:00;bezoekers;;4\nBM-2026;k1;2026-11-28 10:00;gekozen;25491;2\n";
    std::ofstream(dir / "k2.csv") << header << "BM-2026;k2;2026-11-28 10:00;bezoekers;;3\nBM-2026;k2;2026-11-28 11:00;bezoekers;;5\n";
    // An earlier export of k2 on the same stick: it must not be counted twice.
    std::ofstream(dir / "k2-eerder.csv") << header << "BM-2026;k2;2026-11-28 10:00;bezoekers;;2\n";
    const std::string report = (dir / "rapport.csv").string();
    Run run = tool("stats " + (dir / "k1.csv").string() + " " + (dir / "k2.csv").string() + " " + (dir / "k2-eerder.csv").string() +
                   " -o " + report);
    INFO(run.output);
    CHECK(run.exit_code == 0);
    CHECK(has(run, "Statistiek van 2 kiosk(s) (3 bestanden), BM-2026"));
    CHECK(has(run, "Bezoekers: 12"));
    CHECK(has(run, "Drukste uur: 2026-11-28 10:00 (7 bezoekers)"));
    CHECK(test::read_file(report) == header + "BM-2026;alle;2026-11-28 10:00;bezoekers;;7\nBM-2026;alle;2026-11-28 10:00;gekozen;25491;2\n"
                                              "BM-2026;alle;2026-11-28 11:00;bezoekers;;5\n");
    CHECK(test::read_file((dir / "rapport.txt").string()).find("Vaakst favoriet: 25491 (2)") != std::string::npos);

    std::ofstream(dir / "kapot.csv") << header << "BM-2026;k3;2026-11-28 10:00;bezoekers;;twee\n";
    run = tool("stats " + (dir / "kapot.csv").string() + " -o " + report);
    CHECK(run.exit_code == 1);
    CHECK(has(run, "kapot.csv:2: aantal moet een heel getal zijn"));
    fs::remove_all(dir);
}

TEST_CASE("pin reads the PIN from its input and gives the line for kiosk.ini, never the PIN itself") {
    const test::TempDir dir("kiosk-pin");
    std::ofstream(dir.path + "/good") << "4821\n";
    std::ofstream(dir.path + "/short") << "12\n";
    const Run run = tool("pin < " + dir.path + "/good");
    CHECK(run.exit_code == 0);
    CHECK(has(run, "[staff]\npin_hash = $argon2id$"));
    CHECK_FALSE(has(run, "4821"));
    CHECK(tool("pin < " + dir.path + "/short").exit_code == 1);
}

TEST_CASE("The staff tool explains how to use it") {
    CHECK(tool("").exit_code == 2);
    CHECK(tool("--help").exit_code == 0);
    CHECK(has(tool("--help"), "kiosk-pack OPDRACHT"));
    CHECK(tool("sign").exit_code == 2);
    CHECK(tool("vliegen").exit_code == 2);
    CHECK(has(tool("validate /nergens"), "geen pakket gevonden"));
}
