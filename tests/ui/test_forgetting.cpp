// Forgetting a visitor includes the store: after a whole walk-through, the store file holds the
// content, counts per hour and the kiosk's own settings, and nothing that tells who tapped what,
// or when to the second. Visitors are minors; anyone at the stand can see who stood at the kiosk.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <set>

#include "support/escpos.h"
#include "support/kiosk_fixture.h"
#include "support/store_file.h"

using namespace kiosk;

namespace {

// One value in the store: which table and column it is in, and the value as SQLite has it.
struct StoredValue {
    std::string table, column;
    int type = SQLITE_NULL;
    std::string text;
    double number = 0;
};

struct Dump {
    std::vector<std::string> tables;
    std::vector<StoredValue> values;
};

// Every table in the file at `path`, and every value of every row in them.
Dump dump(const std::string& path) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    Dump dump{test::table_names(path), {}};
    for (const std::string& table : dump.tables) {
        sqlite3_stmt* stmt = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, ("SELECT * FROM \"" + table + "\"").c_str(), -1, &stmt, nullptr) == SQLITE_OK);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                StoredValue value{table, sqlite3_column_name(stmt, c), sqlite3_column_type(stmt, c), {}, sqlite3_column_double(stmt, c)};
                const auto* bytes = static_cast<const char*>(sqlite3_column_blob(stmt, c));
                value.text.assign(bytes ? bytes : "", static_cast<std::size_t>(sqlite3_column_bytes(stmt, c)));
                dump.values.push_back(std::move(value));
            }
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return dump;
}


// What this pupil picked, by key: each option alone, and as the old session log wrote it
// ("question=option", "reflection=option").
struct Picked {
    std::set<std::string> keys;
    std::vector<std::string> pairs;
};

Picked picked_by(const Session& session, const Content& content) {
    Picked picked;
    for (std::size_t q = 0; q < content.questions.size(); ++q)
        for (const int option : session.answers.picked[q]) {
            const std::string& key = content.questions[q].options[static_cast<std::size_t>(option)].key;
            picked.keys.insert(key);
            picked.pairs.push_back(content.questions[q].key + "=" + key);
        }
    for (std::size_t r = 0; r < content.reflections.size(); ++r)
        if (const int option = session.reflections[r]; option >= 0) {
            const std::string& key = content.reflections[r].options[static_cast<std::size_t>(option)].key;
            picked.keys.insert(key);
            picked.pairs.push_back(content.reflections[r].key + "=" + key);
        }
    return picked;
}

// The store file and its WAL, as bytes anyone who copies them can read, hold none of the pairs
// and no moment of the visit. (The content itself names every option, never as such a pair.)
void check_file_holds_nothing_of(const std::string& path, const Picked& picked, double started, double ended) {
    const std::string bytes = test::file_and_wal_bytes(path);
    for (const std::string& pair : picked.pairs) CHECK(bytes.find(pair) == std::string::npos);
    for (double t = started; t <= ended; t += 1) CHECK(bytes.find(local_time(t, "%Y-%m-%d %H:%M:%S")) == std::string::npos);
}

}  // namespace

TEST_CASE("After a visit the store file holds counts per hour of it, and no answer, reflection or time to the second") {
    test::TempDir temp;
    const std::string path = temp.path + "/kiosk.db";
    AppOptions options = test::headless_options(1080, 1920);
    options.kiosk.store_path = path;
    Picked picked;
    double started = 0, ended = 0;
    {
        HeadlessKiosk kiosk(options, test::kStartTime);
        const Content& content = kiosk.app().pack();
        started = kiosk.now();
        test::walk_to_finish(kiosk);
        const Session& session = kiosk.app().kiosk().session();
        REQUIRE(session.screen == Screen::Finish);
        picked = picked_by(session, content);
        REQUIRE(picked.pairs.size() > content.questions.size());  // every question, and reflections too
        REQUIRE(kiosk.tap(content.texts.get("finish.done")));
        REQUIRE(session.screen == Screen::Attract);
        ended = kiosk.now();
        REQUIRE(ended > started);

        check_file_holds_nothing_of(path, picked, started, ended);  // while the kiosk runs

        const Dump stored = dump(path);
        // Only these tables, so a new one cannot slip in unseen.
        CHECK(stored.tables == std::vector<std::string>{"pack", "pack_file", "portfolio_record", "setting", "visit_count"});
        const std::regex clock_time(R"(\d\d:\d\d:\d\d)"), hour(R"(\d{4}-\d\d-\d\d \d\d:00)");
        const std::set<std::string> measures = {"bezoekers", "afgerond", "getoond", "geopend", "gekozen", "stap"};
        for (const StoredValue& value : stored.values) {
            INFO(value.table << "." << value.column << " = " << value.text);
            // The content's own files necessarily name every option; they are the same for everyone.
            if (value.table == "pack_file" && value.column == "bytes") continue;
            CHECK(picked.keys.count(value.text) == 0);
            for (const std::string& pair : picked.pairs) CHECK(value.text.find(pair) == std::string::npos);
            if (value.type == SQLITE_INTEGER || value.type == SQLITE_FLOAT)
                CHECK_FALSE((value.number >= started - 1 && value.number <= ended + 1));
            // When the content was stored (by the real clock), not when anyone visited.
            if (!(value.table == "pack" && value.column == "loaded_at")) CHECK_FALSE(std::regex_search(value.text, clock_time));
            if (value.table == "visit_count" && value.column == "hour") CHECK(std::regex_match(value.text, hour));
            if (value.table == "visit_count" && value.column == "measure") CHECK(measures.count(value.text) == 1);
            CHECK(value.table != "portfolio_record");  // fragment mode keeps no results
        }
        const Statistics counts = kiosk.app().store().statistics(content.event.id);
        CHECK(counts.at({test::hour_of_start(), "bezoekers", ""}) == 1);
        CHECK(counts.at({test::hour_of_start(), "afgerond", ""}) == 1);
    }
    check_file_holds_nothing_of(path, picked, started, ended);  // closed, with whatever WAL is left
}

namespace {

const Content& shown(const HeadlessKiosk& kiosk) { return kiosk.app().kiosk().content(); }


}  // namespace

// Forgetting a visitor is replacing the Visit value: whatever a later change adds to it is
// forgotten too. Here every field is filled by a real walk (in Arabic, samen, with a card, a
// favourite, a comparison, an Uitleg mbo card read further, reflections, a next step, a printed
// ticket), and after "Klaar" the visit is exactly what a kiosk that never had a visitor shows:
// the attract screen's own texts.
TEST_CASE("A wipe forgets everything of the visit: answers, choices, language, ticket and laid-out texts") {
    test::FakePrinter printer(test::FakeBehaviour::Ready);
    const std::string dir = test::pack_with_printer(printer.address(), "kiosk-forget-visit");
    HeadlessKiosk kiosk(test::headless_options(1080, 1920, dir), test::kStartTime);
    const Visit& visit = kiosk.app().kiosk().visit();
    const Visit untouched = visit;  // the attract screen, drawn once
    const int visits_before = kiosk.app().ui().frame.visitor;

    REQUIRE(kiosk.tap(test::language_name(kiosk, "ar")));
    const Session& session = visit.session;
    test::walk_together_to_results(kiosk, "", [&] { CHECK(session.parent_turn); });
    const int first = session.ranking.fits.at(0).programme, second = session.ranking.fits.at(1).programme;
    const auto name = [&](int programme) { return shown(kiosk).programmes[static_cast<std::size_t>(programme)].name; };
    REQUIRE(test::tap_scrolling(kiosk, shown(kiosk).texts.format("results.open", {{"naam", name(first)}})));
    REQUIRE(kiosk.tap(shown(kiosk).texts.get("programme.favourite")));
    REQUIRE(kiosk.tap(shown(kiosk).texts.get("programme.back")));
    for (int programme : {first, second})
        REQUIRE(test::tap_scrolling(kiosk, shown(kiosk).texts.format("results.compare_on", {{"naam", name(programme)}})));
    REQUIRE(kiosk.tap(shown(kiosk).texts.get("explain.open")));
    REQUIRE(kiosk.tap(shown(kiosk).texts.get("explain.more")));
    REQUIRE(kiosk.tap(shown(kiosk).texts.get("explain.back")));
    test::reflect_and_finish(kiosk);
    REQUIRE(test::wait_for_printer(kiosk) == PrinterState::Printed);

    // Every field holds something of this visitor now.
    CHECK(session.screen == Screen::Finish);
    CHECK_FALSE(session.trail.empty());
    CHECK(session.together);
    CHECK(session.question > 0);
    CHECK(session.answers != Answers::empty_for(kiosk.app().pack()));
    CHECK(session.parent_answers != Answers::empty_for(kiosk.app().pack()));
    CHECK_FALSE(session.ranking.fits.empty());
    CHECK(session.open_programme == first);
    CHECK(session.opened == std::vector<int>{first});
    CHECK(session.favourite == first);
    CHECK(session.compare == std::vector<int>{first, second});
    CHECK(session.explain_more == std::vector<int>{0});
    CHECK(std::count(session.reflections.begin(), session.reflections.end(), -1) == 0);
    CHECK(session.next_step == 0);
    CHECK(session.reached_finish);
    CHECK(session.language == "ar");
    CHECK(session.started_at > 0);
    CHECK(session.last_touch > session.started_at);
    CHECK(visit.localised);
    CHECK(visit.take_home);
    CHECK(visit.print_job);
    CHECK(visit.laid_out.size() > untouched.laid_out.size());

    REQUIRE(kiosk.tap(shown(kiosk).texts.get("finish.done")));
    CHECK(visit == untouched);
    CHECK(&kiosk.app().kiosk().content() == &kiosk.app().pack());  // Dutch again
    CHECK(kiosk.app().ui().frame.visitor == visits_before + 1);       // every list starts at the top again

    // Browsing the offer fills what the walk did not: the filters.
    REQUIRE(kiosk.tap(kiosk.app().pack().texts.get("browse.open")));
    const std::string level_two = kiosk.app().pack().texts.format("compare.level_value", {{"niveau", "2"}});
    REQUIRE(kiosk.tap(kiosk.app().pack().texts.get("browse.filter")));  // unfolded: a visit's value too
    REQUIRE(kiosk.tap(level_two));
    CHECK(session.browse.level == 2);
    REQUIRE(kiosk.tap(kiosk.app().pack().texts.get("common.back")));
    CHECK(visit == untouched);

    // And a visitor who walks away mid-question is forgotten the same way.
    REQUIRE(kiosk.tap(kiosk.app().pack().texts.get("attract.start")));
    REQUIRE(kiosk.tap(kiosk.app().pack().questions[0].options[0].text));
    kiosk.advance(kiosk.app().pack().event.idle_seconds + kiosk.app().pack().event.countdown_seconds + 1);
    CHECK(visit == untouched);
    std::filesystem::remove_all(dir);
}
