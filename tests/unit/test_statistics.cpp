// Anonymous statistics: counts per hour that add up across kiosks, and the staff PIN.
#include <catch2/catch.hpp>

#include "config/kiosk_config.h"
#include "pack/csv.h"
#include "store/statistics.h"
#include "store/store.h"

using namespace kiosk;

namespace {

SessionRecord visit(const std::string& hour, EndReason reason, std::vector<std::string> shown, std::vector<std::string> chosen,
                    std::string step) {
    SessionRecord record;
    record.event = "OD-2026-11";
    record.hour = hour;
    record.reason = reason;
    record.answered = true;
    record.shown = std::move(shown);
    record.chosen = std::move(chosen);
    record.next_step = std::move(step);
    return record;
}

}  // namespace

TEST_CASE("Statistics count visitors, completed walk-throughs, programmes and next steps per hour") {
    Store store(":memory:");
    store.count_visit(visit("2026-11-28 10:00", EndReason::Finished, {"25491", "25498"}, {"25491"}, "meeloopdag"));
    store.count_visit(visit("2026-11-28 10:00", EndReason::Timeout, {"25491"}, {}, ""));
    store.count_visit(visit("2026-11-28 11:00", EndReason::Finished, {"25192"}, {"25192"}, "proefles"));
    SessionRecord stray = visit("2026-11-28 10:00", EndReason::Stopped, {}, {}, "");
    stray.answered = false;  // a session that never left the attract screen: no visitor
    store.count_visit(stray);
    SessionRecord earlier = visit("2026-11-28 10:00", EndReason::Finished, {"25491"}, {"25491"}, "proefles");
    earlier.event = "BM-2026-03";  // another event, an earlier fair
    store.count_visit(earlier);

    const Statistics statistics = store.statistics("OD-2026-11");
    CHECK(statistics.at({"2026-11-28 10:00", "bezoekers", ""}) == 2);
    CHECK(statistics.at({"2026-11-28 10:00", "afgerond", ""}) == 1);
    CHECK(statistics.at({"2026-11-28 10:00", "getoond", "25491"}) == 2);
    CHECK(statistics.at({"2026-11-28 10:00", "gekozen", "25491"}) == 1);
    CHECK(statistics.at({"2026-11-28 10:00", "stap", "meeloopdag"}) == 1);
    CHECK(statistics.at({"2026-11-28 11:00", "bezoekers", ""}) == 1);
    CHECK(statistics.at({"2026-11-28 11:00", "stap", "proefles"}) == 1);
    CHECK(statistics.size() == 11);  // nothing else: the stray tap and the other event count for nothing here
    CHECK(store.statistics("BM-2026-03").at({"2026-11-28 10:00", "bezoekers", ""}) == 1);
    CHECK(visit_counts(stray).empty());

    // The export reads back to the same counts; two kiosks' exports add up.
    const std::string csv = statistics_csv(statistics, "OD-2026-11", "k1");
    CHECK(csv.rfind("evenement;kiosk;uur;meting;sleutel;aantal\nOD-2026-11;k1;2026-11-28 10:00;afgerond;;1\n", 0) == 0);
    std::vector<Problem> problems;
    const KioskStatistics back = read_statistics_csv(csv, "k1.csv", problems);
    CHECK(back.size() == 1);
    CHECK(back.at({"OD-2026-11", "k1"}) == statistics);
    CHECK(problems.empty());
    const auto summary = statistics_summary(statistics);
    CHECK(summary[0] == "Bezoekers: 3");
    CHECK(summary[1] == "Helemaal doorlopen (met QR-code): 2");
    CHECK(summary[2] == "Drukste uur: 2026-11-28 10:00 (2 bezoekers)");
    CHECK(summary[3] == "Vaakst getoond: 25491 (2), 25192 (1), 25498 (1)");
    CHECK(statistics_json(statistics, "OD-2026-11", "k1").find("\"meting\": \"afgerond\"") != std::string::npos);

    read_statistics_csv("evenement;kiosk;uur;meting;sleutel;aantal\nOD;k1;2026-11-28 10:00;bezoekers;;veel\n", "kapot.csv", problems);
    REQUIRE(problems.size() == 1);
    CHECK(to_string(problems[0]) == "kapot.csv:2: aantal moet een heel getal zijn, gevonden 'veel'");
    read_statistics_csv("naam;email\nx;y\n", "iets.csv", problems);
    CHECK(problems.back().message.find("geen statistiekbestand") != std::string::npos);
}

TEST_CASE("Exports add up across kiosks, and a kiosk exported twice counts once") {
    const std::string header = "evenement;kiosk;uur;meting;sleutel;aantal\n";
    std::vector<Problem> problems;
    KioskStatistics all;
    add_exports(all, read_statistics_csv(header + "BM;k1;10:00;bezoekers;;4\n", "k1-a.csv", problems));
    add_exports(all, read_statistics_csv(header + "BM;k1;10:00;bezoekers;;6\nBM;k1;11:00;bezoekers;;2\n", "k1-b.csv", problems));
    add_exports(all, read_statistics_csv(header + "BM;k2;10:00;bezoekers;;3\n", "k2.csv", problems));
    CHECK(problems.empty());
    const Statistics sum = total(all);
    CHECK(sum.at({"10:00", "bezoekers", ""}) == 9);  // k1's later export (6) plus k2 (3)
    CHECK(sum.at({"11:00", "bezoekers", ""}) == 2);
}

TEST_CASE("The staff PIN is kept only as a hash, and only the right PIN matches") {
    CHECK(valid_pin("4821"));
    CHECK_FALSE(valid_pin("123"));
    CHECK_FALSE(valid_pin("12a4"));
    const std::string hash = hash_pin("4821");
    CHECK(hash.rfind("$argon2id$", 0) == 0);
    CHECK(hash.find("4821") == std::string::npos);
    CHECK(pin_matches(hash, "4821"));
    CHECK_FALSE(pin_matches(hash, "4822"));
    CHECK_FALSE(pin_matches("", "4821"));

    std::vector<Problem> problems;
    const KioskConfig config = read_kiosk_config("[staff]\npin_hash = " + hash + "\n[usb]\nwatch = /media /mnt/stick\n", "kiosk.ini", problems);
    CHECK(problems.empty());
    CHECK(pin_matches(config.staff_pin_hash, "4821"));
    CHECK(config.usb_roots == std::vector<std::string>{"/media", "/mnt/stick"});
    read_kiosk_config("[staff]\npin_hash = 4821\n", "kiosk.ini", problems);
    CHECK(has_errors(problems));  // a plain PIN in the file is refused
}

TEST_CASE("Every cell of a statistics export is neutral for a spreadsheet, and reads back unchanged") {
    // Keys from before the key alphabet, or from an export someone edited: each would run as a
    // formula in a spreadsheet without the apostrophe.
    const std::vector<std::string> nasty = {"=HYPERLINK(\"http://x\";\"klik\")", "+1+1", "-2+3", "@SUM(A1:A9)", "\t=1", "\r=1",
                                            "'al een apostrof", "gewoon", ""};
    Statistics statistics;
    for (const std::string& key : nasty) statistics[{"2026-11-28 10:00", "stap", key}] = 1;
    const std::string csv = statistics_csv(statistics, "=EVENT", "@kiosk");
    std::vector<Problem> problems;
    const CsvTable table = parse_csv(csv, "export.csv", problems);
    REQUIRE(problems.empty());
    REQUIRE(table.rows.size() == nasty.size());
    for (const std::string& cell : table.header) CHECK(csv_cell_is_neutral(cell));
    for (const CsvRow& row : table.rows)
        for (const CsvField& field : row.fields) {
            INFO(field.text);
            CHECK(csv_cell_is_neutral(field.text));
        }
    CHECK(csv.find("\n'=EVENT;'@kiosk;") != std::string::npos);
    // kiosk-pack stats reads its own exports back exactly.
    const KioskStatistics back = read_statistics_csv(csv, "export.csv", problems);
    CHECK(problems.empty());
    REQUIRE(back.count({"=EVENT", "@kiosk"}));
    CHECK(back.at({"=EVENT", "@kiosk"}) == statistics);
}
