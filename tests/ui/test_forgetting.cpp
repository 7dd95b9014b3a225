// Forgetting a visitor includes the store: after a whole walk-through, the store file holds the
// content, counts per hour and the kiosk's own settings, and nothing that tells who tapped what,
// or when to the second. Visitors are minors; anyone at the stand can see who stood at the kiosk.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <regex>
#include <set>

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
        const Content& content = kiosk.app().content();
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
