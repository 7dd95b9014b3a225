// The portfolio viewer ranks again from a typed short code (tools/portfolio-viewer/result.js).
// Here Node runs that code against thousands of results the kiosk made, on the default content
// and on all 470 qualifications: the code must give exactly what the QR link carries.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>

#include <nlohmann/json.hpp>
#include <unistd.h>

#include "output/portfolio_link.h"
#include "output/short_code.h"
#include "output/viewer_data.h"
#include "support/command.h"
#include "support/paths.h"
#include "support/random_answers.h"

using namespace kiosk;
namespace fs = std::filesystem;

namespace {

using Run = test::CommandRun;

// The command's output holds stdout and stderr.
Run run(const std::string& command) { return test::run_command(command + " 2>&1"); }

// `count` random visitors, each with a favourite picked at random among what they were shown
// (or none), as {code, fragment} for check_results.js.
nlohmann::json cases_for(const Content& content, int count, unsigned seed) {
    std::mt19937 random(seed);
    nlohmann::json cases = nlohmann::json::array();
    for (int i = 0; i < count; ++i) {
        Session session = test::finished_session(content, random);
        const auto shown = shown_matches(session.ranking);
        const std::size_t pick = random() % (shown.size() + 1);
        session.favourite = pick < shown.size() ? shown[pick]->programme : -1;
        nlohmann::json strengths = nlohmann::json::array();
        for (const Match* match : shown) strengths.push_back(strength_key(match->strength));
        cases.push_back({{"code", short_code(content, session)},
                         {"fragment", encode_fragment(portfolio_result(content, session, ""))},
                         {"strengths", strengths},
                         {"informed", session.ranking.informed}});
    }
    return cases;
}

void check_with_node(const Content& content, const std::string& name, int count, unsigned seed) {
    const fs::path dir = fs::temp_directory_path() / ("kiosk-viewer-result-" + name + "-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::ofstream(dir / "data.json") << viewer_data_json(content);
    std::ofstream(dir / "cases.json") << cases_for(content, count, seed).dump();
    const Run node = run("node " + test::source_dir() + "/tests/viewer/check_results.js " + (dir / "data.json").string() + " " +
                         (dir / "cases.json").string());
    INFO(node.output);
    CHECK(node.exit_code == 0);
    CHECK(node.output.find(std::to_string(count) + " codes vergeleken, " + std::to_string(count) + " tikfouten geweigerd, 0 fout") !=
          std::string::npos);
    fs::remove_all(dir);
}

}  // namespace

TEST_CASE("The viewer's short code gives the kiosk's own result, on the default content (Node)") {
    check_with_node(test::default_content(), "default", 2000, 41);
}

TEST_CASE("The viewer's short code gives the kiosk's own result with all 470 qualifications (Node)") {
    check_with_node(test::catalogue_content(), "catalogue", 500, 43);
}
