#include "store/store.h"

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>
#include <unistd.h>

#include "core/local_time.h"
#include "text/text.h"

namespace kiosk {

namespace {

void count_session_log(sqlite3* db);

// One step of the schema: its SQL and, for a step that turns rows into something else, the C++
// that does so after the SQL, in the same transaction.
struct Migration {
    const char* sql;
    void (*convert)(sqlite3* db) = nullptr;
};

// Each entry moves the schema one version up; never edit an entry that has shipped.
const Migration kMigrations[] = {
    {R"sql(
    CREATE TABLE pack (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        version TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        source TEXT NOT NULL,
        loaded_at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE TABLE pack_file (
        pack_id INTEGER NOT NULL REFERENCES pack(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        bytes BLOB NOT NULL,
        PRIMARY KEY (pack_id, path)
    );
    CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE session_log (
        id INTEGER PRIMARY KEY,
        pack_id INTEGER,
        started_at REAL NOT NULL,
        ended_at REAL NOT NULL,
        end_reason TEXT NOT NULL,
        together INTEGER NOT NULL,
        answers TEXT NOT NULL,
        shown TEXT NOT NULL,
        opened TEXT NOT NULL,
        chosen TEXT NOT NULL
    );
    )sql"},
    // 2: the reflection taps and the chosen next step (issue 3).
    {R"sql(
    ALTER TABLE session_log ADD COLUMN reflections TEXT NOT NULL DEFAULT '';
    ALTER TABLE session_log ADD COLUMN next_step TEXT NOT NULL DEFAULT '';
    )sql"},
    // 3: results kept for export in token mode (docs/portfolio-link.md).
    {R"sql(
    CREATE TABLE portfolio_record (
        token TEXT PRIMARY KEY,
        created_at REAL NOT NULL,
        record TEXT NOT NULL
    );
    )sql"},
    // 4: the event a session belongs to, so a statistics export holds one event (issue 4).
    {R"sql(
    ALTER TABLE session_log ADD COLUMN event TEXT NOT NULL DEFAULT '';
    )sql"},
    // 5: counts per hour instead of a row per visitor, whose answers and times to the second
    // anyone who saw them at the stand could look up. The old rows become counts and go.
    {R"sql(
    CREATE TABLE visit_count (
        event TEXT NOT NULL,
        hour TEXT NOT NULL,
        measure TEXT NOT NULL,
        key TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (event, hour, measure, key)
    ) WITHOUT ROWID;
    )sql", count_session_log},
};

// What a failed SQLite call means for the kiosk. SQLite's own code first; then what the system
// said (a full disk can also surface as an I/O error, a read-only one as "cannot open").
StoreFault classify(int code, int system_error) {
    switch (code & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return StoreFault::Damaged;
    case SQLITE_FULL: return StoreFault::Full;
    case SQLITE_READONLY: return StoreFault::ReadOnly;
    default: break;
    }
    if (system_error == ENOSPC || system_error == EDQUOT) return StoreFault::Full;
    if (system_error == EROFS || system_error == EACCES || system_error == EPERM) return StoreFault::ReadOnly;
    return StoreFault::Unavailable;
}

const char* fault_words(StoreFault fault) {
    switch (fault) {
    case StoreFault::Damaged: return "het bestand is beschadigd";
    case StoreFault::Full: return "de schijf is vol";
    case StoreFault::ReadOnly: return "er kan niet in geschreven worden (de schijf, de map of het bestand is alleen-lezen)";
    case StoreFault::Unavailable: break;
    }
    return "het bestand kan niet gebruikt worden";
}

std::string store_name(const std::string& path) { return path.empty() || path == ":memory:" ? "in het geheugen" : path; }

// Throws the StoreError for what SQLite just reported on `db`, naming the file, what the kiosk
// was doing, the fault in plain Dutch, and SQLite's own words for whoever looks further.
[[noreturn]] void fail(sqlite3* db, const std::string& what) {
    const char* file = db ? sqlite3_db_filename(db, "main") : nullptr;
    const std::string path = file ? file : "";
    const StoreFault fault = db ? classify(sqlite3_extended_errcode(db), sqlite3_system_errno(db)) : StoreFault::Unavailable;
    throw StoreError(fault, path,
                     "opslag " + store_name(path) + ": " + what + ": " + fault_words(fault) + " (SQLite: " +
                         (db ? sqlite3_errmsg(db) : "geen database") + ")");
}

// A prepared statement that finalizes itself.
class Statement {
public:
    Statement(sqlite3* db, const char* sql) : db_(db) {
        if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK) fail(db, "lezen mislukt");
    }
    ~Statement() { sqlite3_finalize(stmt_); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, const std::string& text) {
        sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement& bind_blob(int index, const std::string& bytes) {
        sqlite3_bind_blob(stmt_, index, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement& bind(int index, double value) {
        sqlite3_bind_double(stmt_, index, value);
        return *this;
    }
    Statement& bind(int index, long long value) {
        sqlite3_bind_int64(stmt_, index, value);
        return *this;
    }
    bool step() {
        const int rc = sqlite3_step(stmt_);
        if (rc == SQLITE_ROW) return true;
        if (rc == SQLITE_DONE) return false;
        fail(db_, "schrijven of lezen mislukt");
    }
    // Writes the current row of `row` (a statement on another database, with the same columns
    // in the same order); false when the row was already there (INSERT OR IGNORE).
    bool put_row(sqlite3_stmt* row) {
        for (int column = 0; column < sqlite3_column_count(row); ++column)
            sqlite3_bind_value(stmt_, column + 1, sqlite3_column_value(row, column));
        step();
        reset();
        return sqlite3_changes(db_) > 0;
    }
    void reset() { sqlite3_reset(stmt_); }
    std::string text(int column) const {
        const auto* data = sqlite3_column_blob(stmt_, column);
        const int size = sqlite3_column_bytes(stmt_, column);
        return data ? std::string(static_cast<const char*>(data), static_cast<std::size_t>(size)) : std::string();
    }
    long long integer(int column) const { return sqlite3_column_int64(stmt_, column); }
    double real(int column) const { return sqlite3_column_double(stmt_, column); }

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

void exec(sqlite3* db, const char* sql) {
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) fail(db, "schrijven of lezen mislukt");
}

// Commits when the work finished; rolls back when an exception leaves the scope.
class Transaction {
public:
    explicit Transaction(sqlite3* db) : db_(db) { exec(db_, "BEGIN IMMEDIATE"); }
    ~Transaction() {
        if (!done_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    void commit() {
        exec(db_, "COMMIT");
        done_ = true;
    }

private:
    sqlite3* db_;
    bool done_ = false;
};

void set_setting(sqlite3* db, const std::string& key, const std::string& value) {
    Statement set(db, "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    set.bind(1, key).bind(2, value).step();
}

// Adds counts to those already there (`count = count + n`), a row per event, hour, measure and key.
void add_counts(sqlite3* db, const std::string& event, const Statistics& counts) {
    Statement add(db, "INSERT INTO visit_count (event, hour, measure, key, count) VALUES (?, ?, ?, ?, ?) "
                      "ON CONFLICT (event, hour, measure, key) DO UPDATE SET count = count + excluded.count");
    for (const auto& [key, count] : counts) {
        add.bind(1, event).bind(2, key.hour).bind(3, key.measure).bind(4, key.key).bind(5, count).step();
        add.reset();
    }
}

// The old session log kept lists as space-separated keys (crebos, a next step's key).
std::vector<std::string> split_list(const std::string& text) {
    std::vector<std::string> items;
    for (const std::string_view word : split_words(text)) items.emplace_back(word);
    return items;
}

EndReason reason_from(const std::string& name) {
    if (name == "finished") return EndReason::Finished;
    if (name == "timeout") return EndReason::Timeout;
    return EndReason::Stopped;
}

// Migration 5: each row of the session log (schema 4) counted as that visit would be now, then
// the log dropped.
void count_session_log(sqlite3* db) {
    {
        Statement rows(db, "SELECT event, started_at, end_reason, answers, shown, opened, chosen, next_step FROM session_log");
        while (rows.step()) {
            SessionRecord record;
            record.event = rows.text(0);
            record.hour = local_time(rows.real(1), "%Y-%m-%d %H:00");
            record.reason = reason_from(rows.text(2));
            record.answered = !rows.text(3).empty();
            record.shown = split_list(rows.text(4));
            record.opened = split_list(rows.text(5));
            record.chosen = split_list(rows.text(6));
            record.next_step = rows.text(7);
            add_counts(db, record.event, visit_counts(record));
        }
    }
    exec(db, "DROP TABLE session_log");
}

}  // namespace

void Store::Closer::operator()(sqlite3* db) const { sqlite3_close_v2(db); }

Store::Store(const std::string& path) : path_(path) {
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    db_.reset(raw);
    if (rc != SQLITE_OK) {
        if (!raw) throw StoreError(StoreFault::Unavailable, path, "opslag " + path + ": geen geheugen om hem te openen");
        // sqlite3_db_filename knows no name for a file it could not open.
        const StoreFault fault = classify(sqlite3_extended_errcode(raw), sqlite3_system_errno(raw));
        throw StoreError(fault, path, "opslag " + path + ": openen mislukt: " + fault_words(fault) + " (SQLite: " + sqlite3_errmsg(raw) + ")");
    }
    // SQLite quietly opens a file it may not write read-only; the kiosk wants to know now.
    if (sqlite3_db_readonly(raw, "main") == 1)
        throw StoreError(StoreFault::ReadOnly, path, "opslag " + path + ": openen mislukt: " + fault_words(StoreFault::ReadOnly));
    sqlite3_busy_timeout(raw, 2000);
    // secure_delete: a deleted row's bytes are overwritten with zeros, not left in a free page.
    // journal_size_limit: loading a large pack fills the WAL in one transaction; after the
    // checkpoint the WAL is cut back to 4 MiB instead of keeping that size for good.
    exec(raw, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON; "
              "PRAGMA journal_size_limit=4194304;");
    const int found = schema_version();
    const int target = static_cast<int>(std::size(kMigrations));
    for (int version = found; version < target; ++version) {
        Transaction transaction(raw);
        exec(raw, kMigrations[version].sql);
        if (kMigrations[version].convert) kMigrations[version].convert(raw);
        exec(raw, ("PRAGMA user_version = " + std::to_string(version + 1)).c_str());
        transaction.commit();
    }
    // What an older schema held and a migration dropped (the session log) must not linger in the
    // file or its WAL. secure_delete already zeroed the dropped pages in the WAL; the checkpoint
    // writes them over the old ones in the file and empties the WAL. VACUUM also gives their space
    // back; on a full disk it fails, harmlessly, and the kiosk still starts.
    if (found > 0 && found < target) {
        sqlite3_exec(raw, "VACUUM", nullptr, nullptr, nullptr);
        exec(raw, "PRAGMA wal_checkpoint(TRUNCATE)");
    }
}

int Store::schema_version() const {
    Statement statement(db_.get(), "PRAGMA user_version");
    return statement.step() ? static_cast<int>(statement.integer(0)) : 0;
}

namespace {

// The pack table's `source` column: "default" for the built-in content, "usb:<path>" otherwise.
std::string source_text(const PackSource& source) {
    return source.kind == PackSource::Kind::BuiltIn ? "default" : "usb:" + source.path;
}

// Anything but "default" counts as a stick's pack, so a damaged value never lets the built-in
// content silently replace what staff loaded.
PackSource parse_source(const std::string& text) {
    if (text == "default") return {};
    return {PackSource::Kind::Usb, text.rfind("usb:", 0) == 0 ? text.substr(4) : text};
}

}  // namespace

long long Store::add_pack(const PackFiles& files, const std::string& name, const std::string& version,
                          const PackSource& source) {
    sqlite3* db = db_.get();
    Transaction transaction(db);
    Statement insert(db, "INSERT INTO pack (name, version, fingerprint, source) VALUES (?, ?, ?, ?)");
    insert.bind(1, name).bind(2, version).bind(3, pack_fingerprint(files)).bind(4, source_text(source)).step();
    const long long id = sqlite3_last_insert_rowid(db);
    Statement add(db, "INSERT INTO pack_file (pack_id, path, bytes) VALUES (?, ?, ?)");
    for (const auto& [path, bytes] : files) {
        add.bind(1, id).bind(2, path).bind_blob(3, bytes).step();
        add.reset();
    }
    // The pack in use until now becomes the previous one; anything older goes.
    exec(db, "INSERT INTO setting (key, value) SELECT 'previous_pack', value FROM setting WHERE key = 'active_pack' "
             "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    set_setting(db, "active_pack", std::to_string(id));
    exec(db, "DELETE FROM pack WHERE id NOT IN (SELECT CAST(value AS INTEGER) FROM setting "
             "WHERE key IN ('active_pack', 'previous_pack'))");
    transaction.commit();
    return id;
}

bool Store::roll_back_pack() {
    const auto active = active_pack();
    const auto previous = previous_pack();
    if (!active || !previous) return false;
    Transaction transaction(db_.get());
    set_setting(db_.get(), "active_pack", std::to_string(previous->id));
    set_setting(db_.get(), "previous_pack", std::to_string(active->id));
    transaction.commit();
    return true;
}

std::optional<StoredPack> Store::previous_pack() const { return pack_in_setting("previous_pack"); }

std::optional<StoredPack> Store::active_pack() const { return pack_in_setting("active_pack"); }

std::optional<StoredPack> Store::pack_in_setting(const char* key) const {
    Statement query(db_.get(),
                    "SELECT p.id, p.name, p.version, p.fingerprint, p.source, p.loaded_at FROM pack p "
                    "JOIN setting s ON s.key = ? AND CAST(s.value AS INTEGER) = p.id");
    query.bind(1, std::string(key));
    if (!query.step()) return std::nullopt;
    return StoredPack{query.integer(0), query.text(1), query.text(2), query.text(3), parse_source(query.text(4)), query.text(5)};
}

PackFiles Store::pack_files(long long pack_id) const {
    Statement query(db_.get(), "SELECT path, bytes FROM pack_file WHERE pack_id = ?");
    query.bind(1, pack_id);
    PackFiles files;
    while (query.step()) files[query.text(0)] = query.text(1);
    return files;
}

std::string Store::pack_file(long long pack_id, const std::string& path) const {
    Statement query(db_.get(), "SELECT bytes FROM pack_file WHERE pack_id = ? AND path = ?");
    query.bind(1, pack_id).bind(2, path);
    return query.step() ? query.text(0) : std::string();
}

void Store::count_visit(const SessionRecord& record) {
    const Statistics counts = visit_counts(record);
    if (counts.empty()) return;
    Transaction transaction(db_.get());
    add_counts(db_.get(), record.event, counts);
    transaction.commit();
}

Statistics Store::statistics(const std::string& event) const {
    Statement query(db_.get(), "SELECT hour, measure, key, count FROM visit_count WHERE event = ?");
    query.bind(1, event);
    Statistics statistics;
    while (query.step()) statistics[{query.text(0), query.text(1), query.text(2)}] = query.integer(3);
    return statistics;
}

void Store::save_portfolio_record(const std::string& token, double created_at, const std::string& record_json) {
    Statement insert(db_.get(), "INSERT OR REPLACE INTO portfolio_record (token, created_at, record) VALUES (?, ?, ?)");
    insert.bind(1, token).bind(2, created_at).bind(3, record_json).step();
}

std::vector<std::string> Store::portfolio_records() const {
    Statement query(db_.get(), "SELECT record FROM portfolio_record ORDER BY created_at, token");
    std::vector<std::string> records;
    while (query.step()) records.push_back(query.text(0));
    return records;
}

std::string Store::kiosk_id() {
    {
        Statement query(db_.get(), "SELECT value FROM setting WHERE key = 'kiosk_id'");
        if (query.step()) return query.text(0);
    }
    static const char kLetters[] = "abcdefghjkmnpqrstuvwxyz23456789";
    std::random_device random;
    std::string id = "kiosk-";
    for (int i = 0; i < 4; ++i) id += kLetters[random() % (sizeof kLetters - 1)];
    set_setting(db_.get(), "kiosk_id", id);
    return id;
}

void Store::save_staff_lock(const StaffAccess& access) {
    // One transaction, so a power cut never keeps a count without its lock or the other way round.
    Transaction transaction(db_.get());
    set_setting(db_.get(), "staff_wrong_pins", std::to_string(access.wrong_pins));
    char until[32];
    std::snprintf(until, sizeof until, "%.3f", access.locked_until);
    set_setting(db_.get(), "staff_locked_until", until);
    transaction.commit();
}

void Store::load_staff_lock(StaffAccess& access) const {
    Statement query(db_.get(), "SELECT key, value FROM setting WHERE key IN ('staff_wrong_pins', 'staff_locked_until')");
    while (query.step()) {
        const std::string key = query.text(0), value = query.text(1);
        char* end = nullptr;
        const double number = std::strtod(value.c_str(), &end);
        if (end == value.c_str() || !std::isfinite(number)) continue;  // not ours: as if never written
        if (key == "staff_wrong_pins") access.wrong_pins = static_cast<int>(std::clamp(number, 0.0, 1000.0));
        else access.locked_until = number;
    }
}

bool Store::integrity_ok() const {
    Statement query(db_.get(), "PRAGMA integrity_check");
    return query.step() && query.text(0) == "ok";
}

void Store::check() {
    {
        Statement query(db_.get(), "PRAGMA quick_check");
        std::string verdict = query.step() ? query.text(0) : "geen antwoord";
        std::replace(verdict.begin(), verdict.end(), '\n', ' ');  // one line on the console
        if (verdict != "ok")
            throw StoreError(StoreFault::Damaged, path_,
                             "opslag " + store_name(path_) + ": " + fault_words(StoreFault::Damaged) + " (SQLite quick_check: " + verdict + ")");
    }
    // One small write, so a full or read-only disk shows now and not with the first visitor: how
    // often the kiosk started (a value that changes, or SQLite would not write; never a time).
    Transaction transaction(db_.get());
    exec(db_.get(), "INSERT INTO setting (key, value) VALUES ('starts', '1') "
                    "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1");
    transaction.commit();
}

namespace {

// The packs named in the settings are kept in step with the packs there are: a setting that
// names a pack no longer there goes, and without an active pack the previous one becomes active.
const char* const kMatchSettingsToPacks =
    "DELETE FROM setting WHERE key IN ('active_pack', 'previous_pack') AND CAST(value AS INTEGER) NOT IN (SELECT id FROM pack);"
    "INSERT OR IGNORE INTO setting (key, value) SELECT 'active_pack', value FROM setting WHERE key = 'previous_pack';"
    "DELETE FROM setting WHERE key = 'previous_pack' AND value = (SELECT value FROM setting WHERE key = 'active_pack');";

}  // namespace

void Store::forget_pack(long long pack_id) {
    sqlite3* db = db_.get();
    Transaction transaction(db);
    Statement remove(db, "DELETE FROM pack WHERE id = ?");  // its files go with it (ON DELETE CASCADE)
    remove.bind(1, pack_id).step();
    exec(db, kMatchSettingsToPacks);
    transaction.commit();
}

void Store::prune(double now) {
    sqlite3* db = db_.get();
    Transaction transaction(db);
    Statement records(db, "DELETE FROM portfolio_record WHERE created_at < ?");
    records.bind(1, now - kKeepRecordsDays * 86400.0).step();
    // Hours are local "YYYY-MM-DD HH:00" texts, which sort as they follow each other.
    Statement counts(db, "DELETE FROM visit_count WHERE hour < ?");
    counts.bind(1, local_time(now - kKeepCountsDays * 86400.0, "%Y-%m-%d %H:00")).step();
    transaction.commit();
}

namespace {

struct ReadCloser {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct Finalizer {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using ReadOnlyDb = std::unique_ptr<sqlite3, ReadCloser>;

// A copy of a damaged file, removed again when the salvage is done, with the -wal and -shm
// SQLite makes beside it when it reads a file in WAL mode.
struct TempCopy {
    std::string path;
    ~TempCopy() {
        if (path.empty()) return;
        std::error_code ignored;
        for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix, ignored);
    }
};

constexpr char kMagic[] = "SQLite format 3";  // with its '\0', the first 16 bytes of every SQLite file

// When only the first 16 bytes of the file are wrong, SQLite refuses the whole file ("file is not
// a database") though every page behind them is intact: a copy with those bytes put back reads.
// Empty when the header looks fine, or the copy cannot be made.
std::string mended_copy(const std::string& source, TempCopy& copy) {
    std::ifstream in(source, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (bytes.size() < 512 || std::memcmp(bytes.data(), kMagic, sizeof kMagic) == 0) return {};
    std::memcpy(bytes.data(), kMagic, sizeof kMagic);
    copy.path = (std::filesystem::temp_directory_path() / ("kiosk-herstel-" + std::to_string(::getpid()) + ".db")).string();
    std::ofstream out(copy.path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return out.good() ? copy.path : std::string();
}

// Opens a store to read from, never to write. writable_schema only changes what this connection
// accepts: a file shorter than its header says (truncated) is read as far as it goes instead of
// refused whole. On a read-only disk SQLite may not make the WAL's index; then the file is read
// as it is ("immutable", without the WAL a clean shutdown has emptied anyway).
ReadOnlyDb open_to_read(const std::string& path) {
    for (const bool immutable : {false, true}) {
        sqlite3* raw = nullptr;
        const std::string name = immutable ? "file:" + path + "?immutable=1" : path;
        const int rc = sqlite3_open_v2(name.c_str(), &raw, SQLITE_OPEN_READONLY | (immutable ? SQLITE_OPEN_URI : 0), nullptr);
        ReadOnlyDb db(raw);
        if (rc != SQLITE_OK) continue;
        sqlite3_exec(raw, "PRAGMA writable_schema=ON", nullptr, nullptr, nullptr);
        if (sqlite3_exec(raw, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) == SQLITE_OK) return db;
        if (!immutable && (sqlite3_errcode(raw) & 0xff) != SQLITE_CANTOPEN && (sqlite3_errcode(raw) & 0xff) != SQLITE_READONLY &&
            (sqlite3_errcode(raw) & 0xff) != SQLITE_IOERR)
            return db;  // damaged, not unreachable: reading it another way gives nothing more
    }
    return nullptr;
}

// Copies the rows `ascending` reads from `from` into `insert` (INSERT OR IGNORE, same columns),
// from the first row up. A row that does not read (a damaged page) stops a scan; then the same
// rows are read from the last one down until a row already copied, so one damaged page loses only
// the rows on it. Counts the rows copied; `everything` turns false when one did not read.
long long copy_rows(sqlite3* from, Statement& insert, const std::string& ascending, const std::string& descending, bool& everything) {
    long long copied = 0;
    for (const std::string* sql : {&ascending, &descending}) {
        sqlite3_stmt* raw = nullptr;
        const int prepared = sqlite3_prepare_v2(from, sql->c_str(), -1, &raw, nullptr);
        std::unique_ptr<sqlite3_stmt, Finalizer> rows(raw);
        if (prepared != SQLITE_OK) {  // the table itself cannot be found or read
            everything = false;
            return copied;
        }
        int rc = SQLITE_ROW;
        bool met = false;  // the scan from the end reached the rows the first scan copied
        while (!met && (rc = sqlite3_step(raw)) == SQLITE_ROW) {
            if (insert.put_row(raw))
                ++copied;
            else
                met = sql == &descending;
        }
        if (met || rc == SQLITE_DONE) return copied;
        everything = false;
    }
    return copied;
}

}  // namespace

Salvaged Store::take_in(const std::string& source) {
    Salvaged salvaged;
    TempCopy copy;
    const std::string mended = mended_copy(source, copy);
    const ReadOnlyDb from = open_to_read(mended.empty() ? source : mended);
    if (!from) {
        salvaged.everything = false;
        return salvaged;
    }
    sqlite3* to = db_.get();
    Transaction transaction(to);
    // Only values of the right type: a damaged page can still give a row, with nonsense in it.
    {
        Statement insert(to, "INSERT OR IGNORE INTO setting (key, value) VALUES (?, ?)");
        copy_rows(from.get(), insert, "SELECT key, value FROM setting WHERE typeof(key) = 'text' AND typeof(value) = 'text' ORDER BY key",
                  "SELECT key, value FROM setting WHERE typeof(key) = 'text' AND typeof(value) = 'text' ORDER BY key DESC",
                  salvaged.everything);
    }
    {
        Statement insert(to, "INSERT OR IGNORE INTO visit_count (event, hour, measure, key, count) VALUES (?, ?, ?, ?, ?)");
        const std::string rows = "SELECT event, hour, measure, key, count FROM visit_count WHERE typeof(event) = 'text' AND "
                                 "typeof(hour) = 'text' AND typeof(measure) = 'text' AND typeof(key) = 'text' AND "
                                 "typeof(count) = 'integer' AND count >= 0 ORDER BY ";
        // In the key's order both ways, so SQLite walks the table's b-tree instead of sorting
        // (which would have to read every row first).
        salvaged.counts = copy_rows(from.get(), insert, rows + "event, hour, measure, key",
                                    rows + "event DESC, hour DESC, measure DESC, key DESC", salvaged.everything);
    }
    {
        Statement insert(to, "INSERT OR IGNORE INTO portfolio_record (token, created_at, record) VALUES (?, ?, ?)");
        const std::string rows = "SELECT token, created_at, record FROM portfolio_record WHERE typeof(token) = 'text' AND "
                                 "typeof(created_at) IN ('real', 'integer') AND typeof(record) = 'text' ORDER BY token";
        salvaged.records = copy_rows(from.get(), insert, rows, rows + " DESC", salvaged.everything);
    }
    {
        // A pack comes over whole or not at all; whether it still verifies, the kiosk checks when
        // it runs it (load_active_content), and says so.
        Statement insert(to, "INSERT OR IGNORE INTO pack (id, name, version, fingerprint, source, loaded_at) VALUES (?, ?, ?, ?, ?, ?)");
        const std::string packs = "SELECT id, name, version, fingerprint, source, loaded_at FROM pack WHERE typeof(id) = 'integer' AND "
                                  "typeof(name) = 'text' AND typeof(version) = 'text' AND typeof(fingerprint) = 'text' AND "
                                  "typeof(source) = 'text' AND typeof(loaded_at) = 'text' ORDER BY id";
        copy_rows(from.get(), insert, packs, packs + " DESC", salvaged.everything);
        std::vector<long long> ids;
        {
            Statement query(to, "SELECT id FROM pack ORDER BY id");
            while (query.step()) ids.push_back(query.integer(0));
        }
        Statement add(to, "INSERT INTO pack_file (pack_id, path, bytes) VALUES (?, ?, ?)");
        for (const long long id : ids) {
            sqlite3_stmt* raw = nullptr;
            sqlite3_prepare_v2(from.get(), "SELECT ?, path, bytes FROM pack_file WHERE pack_id = ? AND typeof(path) = 'text'", -1, &raw, nullptr);
            std::unique_ptr<sqlite3_stmt, Finalizer> files(raw);
            int rc = SQLITE_ERROR;
            exec(to, "SAVEPOINT pack");
            if (raw) {
                sqlite3_bind_int64(raw, 1, id);
                sqlite3_bind_int64(raw, 2, id);
                while ((rc = sqlite3_step(raw)) == SQLITE_ROW) add.put_row(raw);
            }
            if (rc == SQLITE_DONE) {
                exec(to, "RELEASE pack");
                ++salvaged.packs;
                continue;
            }
            exec(to, "ROLLBACK TO pack; RELEASE pack");
            Statement remove(to, "DELETE FROM pack WHERE id = ?");
            remove.bind(1, id).step();
            ++salvaged.packs_lost;
            salvaged.everything = false;
        }
    }
    exec(to, kMatchSettingsToPacks);  // the settings name only packs that came over
    transaction.commit();
    return salvaged;
}

}  // namespace kiosk
