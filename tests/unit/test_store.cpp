#include <catch2/catch.hpp>

#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>

#include "core/local_time.h"
#include "pack/pack_reader.h"
#include "store/active_content.h"
#include "store/store.h"
#include "support/mini_pack.h"
#include "support/paths.h"
#include "support/store_file.h"

using namespace kiosk;
namespace fs = std::filesystem;

namespace {

SessionRecord sample_record() {
    SessionRecord r;
    r.event = "OD-2026-11";
    r.hour = "2026-11-28 10:00";
    r.reason = EndReason::Finished;
    r.answered = true;
    r.shown = {"10001", "10002"};
    r.opened = {"10002"};
    r.chosen = {"10002"};
    return r;
}

long long count_of(const Statistics& statistics, const StatisticsKey& key) {
    const auto found = statistics.find(key);
    return found == statistics.end() ? 0 : found->second;
}

}  // namespace

TEST_CASE("A new store is migrated to the current schema, in WAL mode") {
    test::TempDir temp;
    const fs::path dir_path = temp.path;
    const std::string path = (dir_path / "kiosk.db").string();
    {
        Store store(path);
        CHECK(store.schema_version() == 5);
        CHECK(store.integrity_ok());
    }
    Store again(path);  // opening again migrates nothing and loses nothing
    CHECK(again.schema_version() == 5);
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &stmt, nullptr);
    REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
    CHECK(std::string(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0))) == "wal");
    sqlite3_finalize(stmt);
    sqlite3_close(db);
}

TEST_CASE("A stored pack remembers whether it is the built-in content or which stick it came from, in the text the store always kept") {
    test::TempDir temp;
    const std::string path = (fs::path(temp.path) / "kiosk.db").string();
    {
        Store store(path);
        store.add_pack(test::mini_pack(), "Standaard", "1", PackSource{});
        store.add_pack(test::mini_pack(), "Stick", "2", {PackSource::Kind::Usb, "/media/stick/beurs.zip"});
        CHECK(store.previous_pack()->source.kind == PackSource::Kind::BuiltIn);
        CHECK(store.active_pack()->source.kind == PackSource::Kind::Usb);
        CHECK(store.active_pack()->source.path == "/media/stick/beurs.zip");
    }
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    std::vector<std::string> stored;
    auto collect = [](void* out, int, char** values, char**) {
        static_cast<std::vector<std::string>*>(out)->push_back(values[0]);
        return 0;
    };
    REQUIRE(sqlite3_exec(db, "SELECT source FROM pack ORDER BY id", collect, &stored, nullptr) == SQLITE_OK);
    // An unknown value (a damaged store) counts as a stick's pack: never replaced by the default.
    REQUIRE(sqlite3_exec(db, "UPDATE pack SET source = 'kapot' WHERE name = 'Stick'", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    CHECK(stored == std::vector<std::string>{"default", "usb:/media/stick/beurs.zip"});
    CHECK(Store(path).active_pack()->source.kind == PackSource::Kind::Usb);
}

TEST_CASE("A store of schema 1 is migrated: its session log becomes counts per hour, and its rows leave the file") {
    test::TempDir temp;
    const fs::path dir_path = temp.path;
    const std::string path = (dir_path / "old.db").string();
    const double ten = 1795856400;  // 2026-11-28 10:00 in Amsterdam
    const std::string hour = local_time(ten + 60, "%Y-%m-%d %H:00");
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    // Schema 1 as the first release created it, with three visitors: one who got to the QR code,
    // one who walked away, and a stray tap on the attract screen.
    REQUIRE(sqlite3_exec(db,
                         "CREATE TABLE pack (id INTEGER PRIMARY KEY, name TEXT NOT NULL, version TEXT NOT NULL, "
                         "fingerprint TEXT NOT NULL, source TEXT NOT NULL, loaded_at TEXT NOT NULL DEFAULT (datetime('now')));"
                         "CREATE TABLE pack_file (pack_id INTEGER NOT NULL, path TEXT NOT NULL, bytes BLOB NOT NULL, PRIMARY KEY (pack_id, path));"
                         "CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                         "CREATE TABLE session_log (id INTEGER PRIMARY KEY, pack_id INTEGER, started_at REAL NOT NULL, ended_at REAL NOT NULL, "
                         "end_reason TEXT NOT NULL, together INTEGER NOT NULL, answers TEXT NOT NULL, shown TEXT NOT NULL, "
                         "opened TEXT NOT NULL, chosen TEXT NOT NULL);"
                         "INSERT INTO session_log VALUES (1, 1, 1795856460, 1795856700, 'finished', 0, 'vmbo=tl graag=mensen,techniek', "
                         "'25491 25498', '25491', '25491');"
                         "INSERT INTO session_log VALUES (2, 1, 1795858200, 1795858300, 'timeout', 1, 'vmbo=kader leren=doen', '25491', '', '');"
                         "INSERT INTO session_log VALUES (3, 1, 1795858500, 1795858510, 'stopped', 0, '', '', '', '');"
                         "PRAGMA user_version = 1;",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    REQUIRE(test::read_file(path).find("leren=doen") != std::string::npos);  // the old file holds the answers

    {
        Store store(path);
        CHECK(store.schema_version() == 5);
        // Rows from before schema 4 belong to no event.
        const Statistics counts = store.statistics("");
        CHECK(count_of(counts, {hour, "bezoekers", ""}) == 2);
        CHECK(count_of(counts, {hour, "afgerond", ""}) == 1);
        CHECK(count_of(counts, {hour, "getoond", "25491"}) == 2);
        CHECK(count_of(counts, {hour, "getoond", "25498"}) == 1);
        CHECK(count_of(counts, {hour, "geopend", "25491"}) == 1);
        CHECK(count_of(counts, {hour, "gekozen", "25491"}) == 1);
        CHECK(counts.size() == 6);
        // Nothing of the answers or the times is left, in the file or its WAL, while the kiosk runs.
        const std::string bytes = test::file_and_wal_bytes(path);
        for (const char* gone : {"vmbo=tl", "graag=mensen", "leren=doen", "session_log"}) CHECK(bytes.find(gone) == std::string::npos);

        // A visit after the migration adds to the same hour.
        SessionRecord record = sample_record();
        record.event = "";
        record.hour = hour;
        record.next_step = "meeloopdag";
        store.count_visit(record);
        CHECK(count_of(store.statistics(""), {hour, "bezoekers", ""}) == 3);
        CHECK(count_of(store.statistics(""), {hour, "stap", "meeloopdag"}) == 1);
        CHECK(store.integrity_ok());
    }
    CHECK(test::table_names(path) == std::vector<std::string>{"pack", "pack_file", "portfolio_record", "setting", "visit_count"});
    CHECK(test::file_and_wal_bytes(path).find("leren=doen") == std::string::npos);
}

TEST_CASE("A visit adds its counts to its hour and event, a stray tap adds nothing") {
    Store store(":memory:");
    store.count_visit(sample_record());
    store.count_visit(sample_record());
    SessionRecord stray;
    stray.event = "OD-2026-11";
    stray.hour = "2026-11-28 10:00";
    store.count_visit(stray);
    const Statistics counts = store.statistics("OD-2026-11");
    CHECK(counts == Statistics{{{"2026-11-28 10:00", "bezoekers", ""}, 2},
                               {{"2026-11-28 10:00", "afgerond", ""}, 2},
                               {{"2026-11-28 10:00", "getoond", "10001"}, 2},
                               {{"2026-11-28 10:00", "getoond", "10002"}, 2},
                               {{"2026-11-28 10:00", "geopend", "10002"}, 2},
                               {{"2026-11-28 10:00", "gekozen", "10002"}, 2}});
    CHECK(store.statistics("BM-2026-03").empty());
}

TEST_CASE("Content in use lives in the store, the default folder refreshes it only when changed and signed") {
    test::TempDir temp;
    const fs::path dir_path = temp.path;
    PackFiles files = test::mini_pack();
    const fs::path content = test::write_temp_pack(files, "kiosk-store-content");
    const std::vector<std::string> trusted = {test::dev_public_key()};
    Store store((dir_path / "kiosk.db").string());
    const ActiveContent first = load_active_content(store, content.string(), trusted);
    CHECK(first.content.programmes.size() == 4);
    const ActiveContent second = load_active_content(store, content.string(), trusted);
    CHECK(second.pack_id == first.pack_id);  // unchanged: nothing new stored

    files["pack.ini"] = "[pack]\nformat = 2\nname = Mini 2\nversion = 2\n";
    test::write_temp_pack(files, "kiosk-store-content");
    const ActiveContent third = load_active_content(store, content.string(), trusted);
    CHECK(third.pack_id != first.pack_id);
    CHECK(third.content.pack.name == "Mini 2");

    // A broken edit, signed, is reported and the last good content keeps running.
    files["programmes.csv"] = "crebo;naam\n1;x\n";
    test::write_temp_pack(files, "kiosk-store-content");
    const ActiveContent fourth = load_active_content(store, content.string(), trusted);
    CHECK(fourth.pack_id == third.pack_id);
    CHECK(has_errors(fourth.problems));
    CHECK(fourth.content.programmes.size() == 4);

    // A good edit that was not signed again is refused the same way.
    files = test::mini_pack();
    test::write_temp_pack(files, "kiosk-store-content");
    std::ofstream(content / "pack.ini", std::ios::binary) << "[pack]\nformat = 2\nname = Stiekem\nversion = 3\n";
    const ActiveContent fifth = load_active_content(store, content.string(), trusted);
    CHECK(fifth.pack_id == third.pack_id);
    CHECK(fifth.content.pack.name == "Mini 2");
    CHECK(has_errors(fifth.problems));

    // A fresh kiosk that trusts no key runs nothing, and says why.
    Store fresh(":memory:");
    REQUIRE_THROWS_WITH(load_active_content(fresh, content.string(), {}), Catch::Contains("vertrouwt die sleutel niet"));
    fs::remove_all(content);
}

TEST_CASE("A kiosk killed in the middle of writing leaves a store that opens and passes integrity_check") {
    test::TempDir temp;
    const fs::path dir_path = temp.path;
    const std::string path = (dir_path / "kiosk.db").string();
    { Store store(path); store.count_visit(sample_record()); }
    for (int round = 0; round < 10; ++round) {
        // The child reports every write it finished, and the kill waits for 0, 1 or 2 of them:
        // with only a fixed delay, a busy machine could kill it before it even opened the store.
        int progress[2];
        REQUIRE(::pipe(progress) == 0);
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            ::close(progress[0]);
            Store store(path);
            PackFiles big = test::mini_pack();
            big["photo.bin"] = std::string(4 << 20, 'x');
            for (int i = 0;; ++i) {
                store.add_pack(big, "Groot", std::to_string(i), {PackSource::Kind::Usb, "/media/stick/groot.zip"});
                store.count_visit(sample_record());
                if (::write(progress[1], "w", 1) != 1) ::_exit(1);
            }
        }
        ::close(progress[1]);
        char byte = 0;
        for (int written = 0; written < round % 3; ++written) REQUIRE(::read(progress[0], &byte, 1) == 1);
        // Then a little more, different each round, so the kill falls at another point of a write.
        usleep(static_cast<useconds_t>(20000 + round * 7000));
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        ::close(progress[0]);
        Store store(path);
        CHECK(store.integrity_ok());
        CHECK(count_of(store.statistics("OD-2026-11"), {"2026-11-28 10:00", "bezoekers", ""}) >= 1);
        // The active pack is always whole: every one of its files is there.
        if (const auto active = store.active_pack()) CHECK(store.pack_files(active->id).size() == test::mini_pack().size() + 1);
    }
}
