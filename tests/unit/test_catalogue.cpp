#include <catch2/catch.hpp>

#include <set>

#include "pack/catalogue.h"
#include "support/paths.h"

using namespace kiosk;

TEST_CASE("The official list holds 470 qualifications in 17 domain codes plus Entree") {
    std::vector<Problem> problems;
    const auto list = read_qualifications(test::read_file(test::qualifications_csv()), problems);
    CHECK(problems.empty());
    CHECK(list.size() == 470);
    std::set<std::string> domains;
    for (const auto& q : list) {
        domains.insert(q.domain_code);
        CHECK(q.level >= 1);
        CHECK(q.level <= 4);
        CHECK(q.crebo.size() == 5);
    }
    CHECK(domains.size() == 18);
    CHECK(domains.count("entree") == 1);
}

TEST_CASE("Generic cards for all 470 qualifications make a valid pack") {
    const Content& content = test::catalogue_content();
    CHECK(content.programmes.size() == 470);
    for (const auto& p : content.programmes) {
        CHECK_FALSE(p.card.what_you_do.empty());
        CHECK((p.bol || p.bbl));
    }
}
