// Opening the kiosk's store so that the booth keeps running whatever happened to the file or
// its disk. A damaged store (a bad header, a truncated file, malformed pages) is moved aside and
// kept for inspection, a new one is made, and what can still be read of the old one is copied
// over. A full or read-only disk is named as such, and the kiosk goes on with a store in memory:
// visitors notice nothing, staff are told to take the statistics home on a stick before the
// kiosk stops. Each of these is a StoreNotice, for the console and for the staff desk.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "pack/problem.h"
#include "store/store.h"

namespace kiosk {

// Something about the store staff must hear of. `problem` is the Dutch line for the console (it
// names the file and what to do); the staff desk shows the content's text notice_text_key(kind)
// with `values` filled in.
struct StoreNotice {
    enum class Kind { Recovered, Full, ReadOnly, Unavailable, PackFailed };
    Kind kind = Kind::Recovered;
    std::vector<std::pair<std::string, std::string>> values;
    Problem problem;
};

// "staff.store_recovered" and so on: the text in content/texts/*.ini ([staff]).
const char* notice_text_key(StoreNotice::Kind kind);

struct OpenedStore {
    std::unique_ptr<Store> store;  // never null
    std::vector<StoreNotice> notices;
    bool in_memory() const { return store->path() == ":memory:"; }
};

// Damaged stores kept beside the store for inspection; when there are more, the oldest go.
constexpr int kKeepDamagedStores = 3;

// Opens the store at `path` and checks it (Store::check). What is wrong is dealt with and told:
// - damaged: the file (with its -wal and -shm) is renamed `<path>.beschadigd-<yyyymmdd-hhmmss>`
//   (local time `now`), a new store is made at `path`, and whatever can be read of the old one
//   (counts, portfolio records, whole packs, the kiosk's name) is copied into it;
// - full, read-only or otherwise unusable (or damaged where no new store can be made): a store
//   in memory, with whatever can be read copied in.
// Throws nothing for the store: the kiosk always gets a store. ":memory:" is opened as it is.
OpenedStore open_store(const std::string& path, double now);

// The same for a store that failed while the kiosk ran: `failing` (closed here) threw `error`.
OpenedStore recover_store(std::unique_ptr<Store> failing, const StoreError& error, double now);

}  // namespace kiosk
