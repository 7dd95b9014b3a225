// The kiosk's SQLite store: the content packs it has (the active one is the content in use), the
// visits counted per hour, and in token mode the portfolio records. Nothing of one visitor is
// kept apart (docs/operations.md, "The store"). WAL mode and one transaction per change, so a
// power cut in the middle of anything leaves either the old state or the new one; deleted rows
// are overwritten, not just unlinked.
#pragma once

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/session.h"
#include "core/staff.h"
#include "pack/pack_files.h"
#include "store/statistics.h"

struct sqlite3;

namespace kiosk {

// Where a stored pack came from: the kiosk's own content/ folder, or a pack on a USB stick.
struct PackSource {
    enum class Kind { BuiltIn, Usb };
    Kind kind = Kind::BuiltIn;
    std::string path;  // Usb: where the pack was on the stick
};

// What is wrong with a store whose SQLite call failed, as far as the kiosk acts on it
// (store_recovery.h): a damaged file is moved aside and made anew, a full or read-only disk is
// named and the kiosk counts in memory, anything else is named with SQLite's own words.
enum class StoreFault { Damaged, Full, ReadOnly, Unavailable };

// Every failure of the store: the fault, the file, and a Dutch message that names both.
class StoreError : public std::runtime_error {
public:
    StoreError(StoreFault what, std::string file, const std::string& message)
        : std::runtime_error(message), fault(what), path(std::move(file)) {}
    StoreFault fault;
    std::string path;
};

// What could still be read from a damaged store (or one the kiosk cannot write) and was copied
// into another one (Store::take_in).
struct Salvaged {
    int packs = 0;            // whole packs, every file of them
    int packs_lost = 0;       // packs of which a file could not be read: left out
    long long counts = 0;     // visit_count rows
    long long records = 0;    // portfolio_record rows
    bool everything = true;   // false when a table or a row could not be read
};

struct StoredPack {
    long long id = 0;
    std::string name;
    std::string version;
    std::string fingerprint;
    PackSource source;
    std::string loaded_at;
};

class Store {
public:
    // Opens (creating and migrating when needed) the store at `path`; ":memory:" works for tests.
    // Throws StoreError when the file cannot be opened or written, or is not a store at all.
    // Every method throws StoreError when SQLite fails. A kiosk opens its store with open_store
    // (store_recovery.h), which deals with those faults.
    explicit Store(const std::string& path);

    int schema_version() const;
    const std::string& path() const { return path_; }
    // Reads every page's structure (PRAGMA quick_check) and writes one setting: throws StoreError
    // when the file is damaged, or the disk is full or read-only, so the kiosk finds out at start
    // rather than with the first visitor.
    void check();
    // Copies what can still be read of the store at `source` (opened read-only, table by table,
    // row by row; a damaged header's magic string is mended in a copy first) into this one, which
    // must be empty. A pack comes over only when all its files do.
    Salvaged take_in(const std::string& source);

    // Stores a pack's files and makes it the active pack, in one transaction. The pack it
    // replaces is kept as the previous pack, for one-tap rollback; older packs are dropped.
    long long add_pack(const PackFiles& files, const std::string& name, const std::string& version,
                       const PackSource& source);
    std::optional<StoredPack> active_pack() const;
    std::optional<StoredPack> previous_pack() const;
    // Makes the previous pack active again (and the active one previous), in one transaction.
    // False when there is no previous pack.
    bool roll_back_pack();
    // Removes a stored pack that no longer verifies. When it was the active one, the previous
    // pack becomes active (and there is no previous one any more).
    void forget_pack(long long pack_id);
    PackFiles pack_files(long long pack_id) const;
    // One file of a stored pack (a photo, when a card shows it); empty when it is not there.
    std::string pack_file(long long pack_id, const std::string& path) const;

    // Adds one visit's counts (visit_counts) to its hour, in one transaction. The visit itself,
    // its answers and its times, are never written.
    void count_visit(const SessionRecord& record);
    // One event's counts, per hour: what a statistics export holds.
    Statistics statistics(const std::string& event) const;

    // Token mode: the JSON record kept under a portfolio token, and all of them for export.
    void save_portfolio_record(const std::string& token, double created_at, const std::string& record_json);
    std::vector<std::string> portfolio_records() const;

    bool integrity_ok() const;

    // What grows with use is kept for a while only (docs/operations.md, "How large the store
    // gets"): token-mode records older than kKeepRecordsDays and counts of hours older than
    // kKeepCountsDays go. Packs are two at most already (add_pack).
    static constexpr int kKeepRecordsDays = 30;
    static constexpr int kKeepCountsDays = 730;
    void prune(double now);

    // A short random name for this kiosk, made on first use and kept, so the statistics exports of
    // several kiosks at one fair can be told apart. It says nothing about anyone.
    std::string kiosk_id();

    // The staff PIN pad's wrong PINs and lock (core/staff.h), kept as two settings so a restart
    // does not give five more guesses: only `wrong_pins` and `locked_until` of `access` are
    // read and written. A store without them leaves `access` as it is.
    void save_staff_lock(const StaffAccess& access);
    void load_staff_lock(StaffAccess& access) const;

private:
    std::optional<StoredPack> pack_in_setting(const char* key) const;

    struct Closer {
        void operator()(sqlite3* db) const;
    };
    std::string path_;
    std::unique_ptr<sqlite3, Closer> db_;
};

}  // namespace kiosk
