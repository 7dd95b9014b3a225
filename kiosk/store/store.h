// The kiosk's SQLite store: the content packs it has (the active one is the content in use), the
// visits counted per hour, and in token mode the portfolio records. Nothing of one visitor is
// kept apart (docs/operations.md, "The store"). WAL mode and one transaction per change, so a
// power cut in the middle of anything leaves either the old state or the new one; deleted rows
// are overwritten, not just unlinked.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/session.h"
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
    // Throws std::runtime_error with a Dutch message when the file cannot be opened.
    explicit Store(const std::string& path);

    int schema_version() const;

    // Stores a pack's files and makes it the active pack, in one transaction. The pack it
    // replaces is kept as the previous pack, for one-tap rollback; older packs are dropped.
    long long add_pack(const PackFiles& files, const std::string& name, const std::string& version,
                       const PackSource& source);
    std::optional<StoredPack> active_pack() const;
    std::optional<StoredPack> previous_pack() const;
    // Makes the previous pack active again (and the active one previous), in one transaction.
    // False when there is no previous pack.
    bool roll_back_pack();
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

    // A short random name for this kiosk, made on first use and kept, so the statistics exports of
    // several kiosks at one fair can be told apart. It says nothing about anyone.
    std::string kiosk_id();

private:
    std::optional<StoredPack> pack_in_setting(const char* key) const;

    struct Closer {
        void operator()(sqlite3* db) const;
    };
    std::unique_ptr<sqlite3, Closer> db_;
};

}  // namespace kiosk
