#include <catch2/catch.hpp>

#include "pack/csv.h"
#include "pack/ini.h"
#include "text/text.h"

using namespace kiosk;

TEST_CASE("INI: sections, keys, comments and a BOM") {
    std::vector<Problem> problems;
    const IniFile ini = parse_ini("\xEF\xBB\xBF# comment\n[event]\nname = Open dag  # trailing note\n\n[kiosk]\nidle_seconds=60\r\n",
                                  "event.ini", problems);
    CHECK(problems.empty());
    REQUIRE(ini.sections.size() == 2);
    CHECK(ini.find("event")->value("name") == "Open dag");
    CHECK(ini.find("kiosk")->value("idle_seconds") == "60");
    CHECK(ini.find("kiosk")->find("idle_seconds")->line == 6);
}

TEST_CASE("INI: every malformed line is reported with its line number, the rest is kept") {
    std::vector<Problem> problems;
    const IniFile ini = parse_ini("orphan = 1\n[a]\nno equals sign\nx = 1\nx = 2\n[broken\ny = 3\n", "t.ini", problems);
    REQUIRE(problems.size() == 4);
    CHECK(to_string(problems[0]) == "t.ini:1:1: sleutel staat buiten een [sectie]; zet er een sectiekop boven");
    CHECK(problems[1].line == 3);
    CHECK(problems[2].line == 5);
    CHECK(problems[3].line == 6);
    CHECK(ini.find("a")->value("x") == "1");
}

TEST_CASE("INI and CSV refuse text that is not UTF-8") {
    std::vector<Problem> problems;
    parse_ini("[a]\nname = Caf\xE9\n", "t.ini", problems);  // Latin-1 é
    parse_csv("naam\nCaf\xE9\n", "t.csv", problems);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].message.find("UTF-8") != std::string::npos);
    CHECK(problems[1].message.find("UTF-8") != std::string::npos);
}

TEST_CASE("UTF-8 validation") {
    CHECK(valid_utf8("Ĳsselmeer, café, ë"));
    CHECK_FALSE(valid_utf8("\xC3"));          // truncated sequence
    CHECK_FALSE(valid_utf8("\xC0\xAF"));      // overlong
    CHECK_FALSE(valid_utf8("\xED\xA0\x80"));  // surrogate
}

TEST_CASE("CSV: separator is detected, quotes and embedded line breaks are handled") {
    std::vector<Problem> problems;
    const CsvTable semi = parse_csv("crebo;naam\n25078;\"Beton; boren\"\n25079;\"Zegt \"\"hoi\"\"\nen meer\"\n", "p.csv", problems);
    CHECK(problems.empty());
    REQUIRE(semi.rows.size() == 2);
    CHECK(semi.rows[0].fields[1].text == "Beton; boren");
    CHECK(semi.rows[1].fields[1].text == "Zegt \"hoi\"\nen meer");
    CHECK(semi.rows[1].line == 3);

    const CsvTable comma = parse_csv("crebo,naam\r\n25078,Betonboorder\r\n", "p.csv", problems);
    CHECK(problems.empty());
    CHECK(comma.column("naam") == 1);
    CHECK(comma.rows[0].fields[1].text == "Betonboorder");
}

TEST_CASE("CSV: a row with the wrong number of fields is reported, not silently shifted") {
    std::vector<Problem> problems;
    const CsvTable table = parse_csv("a;b;c\n1;2;3\n1;2\n\"open\n", "p.csv", problems);
    CHECK(table.rows.size() == 1);
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].message.find("aanhalingsteken") != std::string::npos);
    CHECK(problems[1].line == 3);
}

TEST_CASE("Numbers accept a Dutch decimal comma") {
    CHECK(parse_number("0,5") == Approx(0.5));
    CHECK(parse_number("0.25") == Approx(0.25));
    CHECK_FALSE(parse_number("half"));
    CHECK(parse_int(" 42 ") == 42);
    CHECK_FALSE(parse_int("4x"));
}
