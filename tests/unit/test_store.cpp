#include <catch2/catch.hpp>

#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>

#include "pack/pack_reader.h"
#include "store/active_content.h"
#include "store/store.h"
#include "support/mini_pack.h"
#include "support/paths.h"

using namespace kiosk;
namespace fs = std::filesystem;

namespace {

SessionRecord sample_record() {
    SessionRecord r;
    r.started_at = 1000;
    r.ended_at = 1200;
    r.reason = EndReason::Finished;
    r.answers = {"vmbo=tl", "graag=mensen,techniek"};
    r.shown = {"10001", "10002"};
    r.opened = {"10002"};
    r.chosen = {"10002"};
    return r;
}
}  // namespace

TEST_CASE("A new store is migrated to the current schema, in WAL mode") {
    test::TempDir temp;
    const fs::path dir_path = temp.path;
    const std::string path = (dir_path / "kiosk.db").string();
    {
        Store store(path);
        CHECK(store.schema_version() == 4);
        CHECK(store.integrity_ok());
    }
    Store again(path);  // opening again migrates nothing and loses nothing
    CHECK(again.schema_version() == 4);
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

TEST_CASE("A store of schema 1 is migrated to the current schema and keeps its log") {
    test::TempDir temp;
    const fs::path dir_path = temp.path;
    const std::string path = (dir_path / "old.db").string();
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    // Schema 1 as the first release created it.
    REQUIRE(sqlite3_exec(db,
                         "CREATE TABLE pack (id INTEGER PRIMARY KEY, name TEXT NOT NULL, version TEXT NOT NULL, "
                         "fingerprint TEXT NOT NULL, source TEXT NOT NULL, loaded_at TEXT NOT NULL DEFAULT (datetime('now')));"
                         "CREATE TABLE pack_file (pack_id INTEGER NOT NULL, path TEXT NOT NULL, bytes BLOB NOT NULL, PRIMARY KEY (pack_id, path));"
                         "CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                         "CREATE TABLE session_log (id INTEGER PRIMARY KEY, pack_id INTEGER, started_at REAL NOT NULL, ended_at REAL NOT NULL, "
                         "end_reason TEXT NOT NULL, together INTEGER NOT NULL, answers TEXT NOT NULL, shown TEXT NOT NULL, "
                         "opened TEXT NOT NULL, chosen TEXT NOT NULL);"
                         "INSERT INTO session_log VALUES (1, 1, 10, 20, 'finished', 0, 'vmbo=tl', '10001', '', '10001');"
                         "PRAGMA user_version = 1;",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    Store store(path);
    CHECK(store.schema_version() == 4);
    const auto rows = store.session_log();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].record.answers == std::vector<std::string>{"vmbo=tl"});
    CHECK(rows[0].record.next_step.empty());
    SessionRecord record = sample_record();
    record.reflections = {"manier=ja"};
    record.next_step = "meeloopdag";
    store.log_session(record, 1);
    CHECK(store.session_log().back().record.next_step == "meeloopdag");
    CHECK(store.session_log().back().record.reflections == record.reflections);
    CHECK(store.integrity_ok());
}

TEST_CASE("The session log keeps exactly the anonymous record") {
    Store store(":memory:");
    store.log_session(sample_record(), 3);
    const auto rows = store.session_log();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].pack_id == 3);
    CHECK(rows[0].record.answers == sample_record().answers);
    CHECK(rows[0].record.shown == sample_record().shown);
    CHECK(rows[0].record.chosen == sample_record().chosen);
    CHECK(rows[0].record.reason == EndReason::Finished);
}

TEST_CASE("Content in use lives in the store; the default folder refreshes it only when changed and signed") {
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
    { Store store(path); store.log_session(sample_record(), 1); }
    for (int round = 0; round < 10; ++round) {
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            Store store(path);
            PackFiles big = test::mini_pack();
            big["photo.bin"] = std::string(4 << 20, 'x');
            for (int i = 0;; ++i) {
                store.add_pack(big, "Groot", std::to_string(i), {PackSource::Kind::Usb, "/media/stick/groot.zip"});
                store.log_session(sample_record(), i);
            }
        }
        usleep(static_cast<useconds_t>(20000 + round * 7000));
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        Store store(path);
        CHECK(store.integrity_ok());
        CHECK(store.session_log().size() >= 1);
        // The active pack is always whole: every one of its files is there.
        if (const auto active = store.active_pack()) CHECK(store.pack_files(active->id).size() == test::mini_pack().size() + 1);
    }
}
