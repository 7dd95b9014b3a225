#include <catch2/catch.hpp>

#include <algorithm>
#include <nlohmann/json.hpp>

#include <random>
#include <set>

#include "core/session.h"
#include "output/portfolio_link.h"
#include "output/portfolio_record.h"
#include "output/qr.h"
#include "output/short_code.h"
#include "output/take_home.h"
#include "pack/pack_reader.h"
#include "support/paths.h"
#include "support/qr_decode.h"
#include "support/random_answers.h"

using namespace kiosk;

TEST_CASE("A QR code made here is read back by zbar") {
    const std::string text = "https://portfolio.example.nl/v/#1;e=OD-2026-11;l=nl";
    const QrCode qr = make_qr(text);
    CHECK(qr.size == 17 + 4 * qr.version);
    CHECK(test::decode_qr_matrix(qr) == std::vector<std::string>{text});
}

TEST_CASE("The portfolio link carries the result and decodes back to it") {
    const Content& content = test::default_content();
    std::mt19937 random(5);
    for (int round = 0; round < 50; ++round) {
        const Session session = test::finished_session(content, random);
        const PortfolioResult result = portfolio_result(content, session, "20261128");
        const std::string link = portfolio_link(content.event.viewer_url, result);
        REQUIRE(link.rfind(content.event.viewer_url + "#", 0) == 0);
        const auto decoded = decode_fragment(link.substr(link.find('#') + 1));
        REQUIRE(decoded);
        CHECK(decoded->event == content.event.id);
        CHECK(decoded->date.empty());  // the event's own day: the viewer knows it
        const auto other_day = decode_fragment(encode_fragment(portfolio_result(content, session, "20261201")));
        REQUIRE(other_day);
        CHECK(other_day->date == "20261201");
        CHECK(decoded->answers == result.answers);
        CHECK(decoded->favourite == result.favourite);
        CHECK(decoded->reflections == result.reflections);
        CHECK(decoded->next_step == result.next_step);
        CHECK(decoded->next_step >= 0);
        REQUIRE(decoded->programmes.size() == result.programmes.size());
        for (std::size_t i = 0; i < result.programmes.size(); ++i) {
            CHECK(decoded->programmes[i].crebo == result.programmes[i].crebo);
            CHECK(decoded->programmes[i].kind == result.programmes[i].kind);
            CHECK(decoded->programmes[i].reasons == result.programmes[i].reasons);
        }
        // Nothing personal can be in it: only the fields above, in a small alphabet.
        for (char c : link) CHECK((std::isalnum(static_cast<unsigned char>(c)) || std::string(":/.#;=,!^*-_").find(c) != std::string::npos));
    }
}

TEST_CASE("A damaged fragment is refused, never half-read") {
    // Wrong in its fields: refused even with correct check characters.
    for (const char* bad : {"", "2;e=X;a=1", "1;e=X", "1;a=1.2", "1;e=X;a=1;p=25078", "1;e=X;a=1;p=25078:1", "1;e=X;a=1;z=3",
                            "1;e=<script>;a=1", "1;e=X;a=1;d=2026", "1;e=X;a=%%", "1;e=X;a=1;p=^25078:", "1;e=X;p=1:0;a=0"}) {
        INFO(bad);
        CHECK_FALSE(decode_fragment(bad));
        CHECK_FALSE(decode_fragment(std::string(bad) + ";c=" + fragment_check(bad)));
    }
    // Cut short or changed: the check characters notice.
    PortfolioResult result;
    result.event = "OD-2026-11";
    result.answers = {{1}, {0, 2}};
    result.programmes = {{"25498", MatchKind::Fit, {{0, 1}, {1, 2}}}, {"25488", MatchKind::LaterRoute, {}}};
    const std::string good = encode_fragment(result);
    REQUIRE(decode_fragment(good));
    for (std::size_t cut = 0; cut < good.size(); ++cut) CHECK_FALSE(decode_fragment(good.substr(0, cut)));
    std::string changed = good;
    changed[changed.find("25498") + 4] = '7';
    CHECK_FALSE(decode_fragment(changed));
}

TEST_CASE("A result without date or answers still encodes to a fragment that decodes (found by fuzzing)") {
    PortfolioResult result;
    result.event = "X";
    result.language = std::string();
    result.answers = {{}};
    const auto decoded = decode_fragment(encode_fragment(result));
    REQUIRE(decoded);
    CHECK(decoded->event == "X");
    CHECK(decoded->date.empty());
    CHECK(decoded->answers == result.answers);
}

TEST_CASE("The finish QR fits an easily scanned code and decodes to the link") {
    const Content& content = test::default_content();
    std::mt19937 random(6);
    int largest = 0;
    for (int round = 0; round < 50; ++round) {
        const Session session = test::finished_session(content, random);
        const TakeHome home = take_home(content, session, 1764000300.0);
        largest = std::max(largest, home.qr.version);
        CHECK(test::decode_qr_matrix(home.qr, 3) == std::vector<std::string>{home.link});
    }
    INFO("largest QR version " << largest);
    CHECK(largest <= 10);  // version 10 at error correction M scans well from a screen and a ticket
}

TEST_CASE("The short code gives back the whole result: answers, programmes and reasons, favourite, reflections, next step") {
    const Content& content = test::default_content();
    std::mt19937 random(8);
    for (int round = 0; round < 300; ++round) {
        const Session session = test::finished_session(content, random);
        const std::string code = short_code(content, session);
        CHECK(code.size() <= 19);  // "XXXX-XXXX-XXXX-XXX": fifteen characters to type
        const auto decoded = decode_short_code(content, code);
        REQUIRE(decoded);
        // The same result as the QR link carries, to the letter (but the date, which the code leaves out).
        CHECK(encode_fragment(portfolio_result(content, *decoded, "")) == encode_fragment(portfolio_result(content, session, "")));
        // Lower case and look-alike letters are forgiven.
        std::string lower = code;
        std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
        CHECK(decode_short_code(content, lower));
    }
    const std::string code = short_code(content, test::finished_session(content, random));
    int caught = 0, tries = 0;
    for (std::size_t i = 0; i < code.size(); ++i) {
        if (code[i] == '-') continue;
        std::string typo = code;
        typo[i] = typo[i] == 'A' ? 'B' : 'A';
        ++tries;
        if (!decode_short_code(content, typo)) ++caught;
    }
    CHECK(caught == tries);
    // A code made with another pack is refused, not read as someone else's answers.
    PackFiles other = test::default_pack();
    std::string& csv = other["programmes.csv"];
    csv.erase(csv.find("\n25498;"), csv.find('\n', csv.find("\n25498;") + 1) - csv.find("\n25498;"));
    const PackReadResult other_read = read_pack(other);
    REQUIRE(other_read.ok());
    CHECK_FALSE(decode_short_code(other_read.content, code));
    CHECK_FALSE(decode_short_code(content, std::string(80, '0')));
    CHECK_FALSE(decode_short_code(content, "ZZZZ"));
    CHECK_FALSE(decode_short_code(content, "not a code!"));
}

TEST_CASE("Token mode: tokens are 128 random bits in 26 readable characters, never repeated") {
    std::set<std::string> seen;
    for (int i = 0; i < 2000; ++i) {
        const std::string token = new_token();
        REQUIRE(token.size() == 26);
        for (char c : token) CHECK(std::string("0123456789ABCDEFGHJKMNPQRSTVWXYZ").find(c) != std::string::npos);
        CHECK(seen.insert(token).second);
    }
    CHECK(token_short_code("ABCDEFGHJKMNPQRSTVWXYZ0123") == "ABCD-EFGH-JK");
}

TEST_CASE("Token mode: the kept record is the documented JSON, with no personal data") {
    const Content& content = test::default_content();
    std::mt19937 random(12);
    const Session session = test::finished_session(content, random);
    const PortfolioResult result = portfolio_result(content, session, "20261128");
    const std::string token = new_token();
    const auto record = nlohmann::json::parse(portfolio_record_json(content, session, result, token, 1764000300.0));
    CHECK(record["format"] == 1);
    CHECK(record["token"] == token);
    CHECK(record["short_code"] == token_short_code(token));
    CHECK(record["event"] == content.event.id);
    CHECK(record["date"] == "20261128");
    CHECK(record["answers"].size() == content.questions.size());
    REQUIRE(record["programmes"].size() == shown_matches(session.ranking).size());
    CHECK(record["programmes"][0]["crebo"] == content.programmes[static_cast<std::size_t>(session.ranking.fits[0].programme)].crebo);
    CHECK(record["programmes"][0]["reasons"].size() == session.ranking.fits[0].reasons.size());
    CHECK(record["favourite"] == result.favourite);
    CHECK(record["reflections"].size() == content.reflections.size());
    CHECK(record["next_step"]["key"] == content.next_steps[static_cast<std::size_t>(session.next_step)].key);
    std::set<std::string> keys;
    for (const auto& [key, value] : record.items()) keys.insert(key);
    CHECK(keys == std::set<std::string>{"format", "token", "short_code", "event", "date", "language", "created_at",
                                        "answers", "programmes", "favourite", "reflections", "next_step"});
    const auto all = nlohmann::json::parse(portfolio_export_json({record.dump(), record.dump()}));
    CHECK(all.size() == 2);
}
