#include "store/store_recovery.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <system_error>

#include "core/local_time.h"

namespace kiosk {

namespace fs = std::filesystem;

namespace {

constexpr const char* kAsideMark = ".beschadigd-";
constexpr const char* kCompanions[] = {"-wal", "-shm"};  // SQLite's files beside the store

// Renames the store and its companions to `<path>.beschadigd-<time>`; returns the new name.
std::string move_aside(const std::string& path, double now) {
    const std::string stamp = path + kAsideMark + local_time(now, "%Y%m%d-%H%M%S");
    std::string aside = stamp;
    for (int n = 2; fs::exists(aside); ++n) aside = stamp + "-" + std::to_string(n);
    fs::rename(path, aside);
    for (const char* companion : kCompanions)
        if (fs::exists(path + companion)) fs::rename(path + companion, aside + companion);
    return aside;
}

// Keeps the newest kKeepDamagedStores aside copies; the names sort by the time in them.
void remove_old_aside(const std::string& path) {
    std::error_code error;
    const fs::path store(path);
    const std::string prefix = store.filename().string() + kAsideMark;
    std::vector<std::string> aside;
    for (const auto& entry : fs::directory_iterator(store.parent_path().empty() ? "." : store.parent_path(), error)) {
        const std::string name = entry.path().filename().string();
        const auto ends_with = [&](const std::string& end) {
            return name.size() >= end.size() && name.compare(name.size() - end.size(), end.size(), end) == 0;
        };
        if (name.rfind(prefix, 0) == 0 && !ends_with("-wal") && !ends_with("-shm")) aside.push_back(entry.path().string());
    }
    std::sort(aside.begin(), aside.end());
    for (std::size_t i = 0; i + kKeepDamagedStores < aside.size(); ++i) {
        fs::remove(aside[i], error);
        for (const char* companion : kCompanions) fs::remove(aside[i] + companion, error);
    }
}

StoreFault fault_of(const std::error_code& error) {
    switch (static_cast<std::errc>(error.value())) {
    case std::errc::read_only_file_system:
    case std::errc::permission_denied:
    case std::errc::operation_not_permitted: return StoreFault::ReadOnly;
    case std::errc::no_space_on_device: return StoreFault::Full;
    default: return StoreFault::Unavailable;
    }
}

std::string packs(int n) { return std::to_string(n) + (n == 1 ? " pakket" : " pakketten"); }

std::string taken_over(const Salvaged& salvaged) {
    std::string text = std::to_string(salvaged.counts) + " tellingen, " + std::to_string(salvaged.records) + " bewaarde uitslagen en " +
                       packs(salvaged.packs) + " overgenomen";
    if (salvaged.packs_lost > 0) text += "; " + packs(salvaged.packs_lost) + " kon(den) niet gelezen worden";
    if (!salvaged.everything) text += "; niet alles kon gelezen worden";
    return text;
}

StoreNotice recovered(const std::string& path, const std::string& aside, const StoreError& error, const Salvaged& salvaged) {
    StoreNotice notice;
    notice.kind = StoreNotice::Kind::Recovered;
    notice.values = {{"pad", path}, {"apart", aside}, {"tellingen", std::to_string(salvaged.counts)},
                     {"uitslagen", std::to_string(salvaged.records)}, {"pakketten", std::to_string(salvaged.packs)}};
    notice.problem.message = std::string(error.what()) + ". Apart gezet als " + aside +
                             " (bewaard om te onderzoeken; mag daarna weg) en een nieuwe opslag gemaakt: " + taken_over(salvaged) +
                             ". De kiosk werkt gewoon door.";
    return notice;
}

// The kiosk counts in memory from now on: what staff must do before it stops.
// `salvaged`: what came over from the file; none when there was no file yet.
StoreNotice in_memory(StoreFault fault, const std::string& path, const std::string& cause, const std::optional<Salvaged>& salvaged) {
    StoreNotice notice;
    std::string fix;
    switch (fault) {
    case StoreFault::Full:
        notice.kind = StoreNotice::Kind::Full;
        fix = "Maak daarna ruimte vrij op de schijf van " + path + ".";
        break;
    case StoreFault::ReadOnly:
        notice.kind = StoreNotice::Kind::ReadOnly;
        fix = "Zorg daarna dat de kiosk in " + path + " (en de map waar het in staat) mag schrijven.";
        break;
    case StoreFault::Damaged:
    case StoreFault::Unavailable:
        notice.kind = StoreNotice::Kind::Unavailable;
        fix = "Kijk daarna of " + path + " en de map waar het in staat bestaan en bruikbaar zijn.";
        break;
    }
    notice.values = {{"pad", path}, {"fout", cause}};
    const std::string what = salvaged ? " (" + taken_over(*salvaged) + ")" : std::string(" (er was nog geen opslag)");
    notice.problem.message = cause + ". De kiosk werkt door met de opslag in het geheugen" + what +
                             ": de tellingen van nu af zijn weg als de kiosk stopt. Zet ze vóór het afsluiten op een USB-stick "
                             "(medewerkersscherm, 'Statistiek naar de USB-stick'). " + fix;
    return notice;
}

OpenedStore recover(const std::string& path, const StoreError& error, double now) {
    OpenedStore result;
    StoreFault fault = error.fault;
    std::string cause = error.what();
    std::string source = path;  // where what can still be read is read from
    if (fault == StoreFault::Damaged) {
        std::string aside;
        try {
            aside = move_aside(path, now);
        } catch (const fs::filesystem_error& moving) {
            fault = fault_of(moving.code());
            cause += "; apart zetten lukte niet (" + moving.code().message() + ")";
        }
        if (!aside.empty()) {
            source = aside;
            try {
                auto fresh = std::make_unique<Store>(path);
                fresh->check();
                const Salvaged salvaged = fresh->take_in(aside);
                result.notices.push_back(recovered(path, aside, error, salvaged));
                result.store = std::move(fresh);
                remove_old_aside(path);
                return result;
            } catch (const StoreError& again) {
                // No new store where the old one was (the disk is full, or read-only after all).
                fault = again.fault;
                cause += "; apart gezet als " + aside + ", maar een nieuwe opslag maken lukte niet: " + again.what();
            }
        }
    }
    result.store = std::make_unique<Store>(":memory:");
    std::optional<Salvaged> salvaged;
    std::error_code ignored;
    if (fs::exists(source, ignored)) {
        try {
            salvaged = result.store->take_in(source);
        } catch (const StoreError&) {
            salvaged = Salvaged{};  // the store in memory keeps what it could take
            salvaged->everything = false;
        }
    }
    result.notices.push_back(in_memory(fault, path, cause, salvaged));
    return result;
}

}  // namespace

const char* notice_text_key(StoreNotice::Kind kind) {
    switch (kind) {
    case StoreNotice::Kind::Recovered: return "staff.store_recovered";
    case StoreNotice::Kind::Full: return "staff.store_full";
    case StoreNotice::Kind::ReadOnly: return "staff.store_read_only";
    case StoreNotice::Kind::Unavailable: return "staff.store_unavailable";
    case StoreNotice::Kind::PackFailed: break;
    }
    return "staff.pack_failed";
}

OpenedStore open_store(const std::string& path, double now) {
    if (path == ":memory:") return {std::make_unique<Store>(path), {}};
    try {
        auto store = std::make_unique<Store>(path);
        store->check();
        return {std::move(store), {}};
    } catch (const StoreError& error) {
        return recover(path, error, now);  // the failed store is closed by now
    }
}

OpenedStore recover_store(std::unique_ptr<Store> failing, const StoreError& error, double now) {
    const std::string path = failing->path();
    if (path == ":memory:") return {std::move(failing), {}};  // nowhere better to go
    failing.reset();  // closed before its file is moved or read again
    return recover(path, error, now);
}

}  // namespace kiosk
