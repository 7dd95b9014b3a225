// The store's faults (issue 13): a damaged header, a truncated file, flipped bytes in the active
// pack, a full disk (at start and in the middle of the day) and a read-only disk. In each the
// kiosk keeps serving visitors, says what happened (a Dutch line on the console, a notice on the
// staff desk), and keeps the statistics it could still read. Logic only: a Kiosk on an injected
// clock, no screen. The full and read-only disks are an SQLite VFS that answers as such a disk
// makes SQLite's own answer (support/faulty_disk.h), so the tests need no mount privileges.
#include <catch2/catch.hpp>
#include <sqlite3.h>
#include <sys/mount.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "booth/kiosk.h"
#include "config/kiosk_config.h"
#include "core/local_time.h"
#include "pack/pack_files.h"
#include "store/store_recovery.h"
#include "support/faulty_disk.h"
#include "support/kiosk_options.h"
#include "support/mini_pack.h"
#include "support/paths.h"

using namespace kiosk;
using Catch::Contains;
namespace fs = std::filesystem;

namespace {

constexpr double kOpenDay = 1795860000.0;  // 2026-11-28, the open day
const char* const kDefaultName = "Open dag ROC Zuiderpoort";

const std::string& staff_pin_hash() {
    static const std::string hash = hash_pin("2468");
    return hash;
}

// A booth with its store in `folder` and a staff PIN.
KioskOptions booth(const std::string& folder) {
    KioskOptions options = test::kiosk_options(test::content_dir());
    options.store_path = folder + "/kiosk.db";
    options.staff_pin_hash = staff_pin_hash();
    return options;
}

// One visitor, from the attract screen through the questions and the results to the QR code,
// and back: what "the kiosk keeps serving visitors" means here.
void serve_visitor(Kiosk& kiosk, double& now) {
    test::walk_to_finish(kiosk, now);
    REQUIRE(kiosk.visit().take_home);
    kiosk.apply({IntentKind::Done}, now += 10);
    REQUIRE(kiosk.session().screen == Screen::Attract);
}

long long visitors(const Statistics& counts) {
    long long total = 0;
    for (const auto& [key, count] : counts)
        if (key.measure == "bezoekers") total += count;
    return total;
}

long long visitors(Kiosk& kiosk) { return visitors(kiosk.store().statistics(kiosk.pack().event.id)); }

// What the store file itself holds, read by a store of its own (with no kiosk running).
long long visitors_in_file(const std::string& path) { return visitors(Store(path).statistics(test::default_content().event.id)); }

void overwrite(const std::string& path, std::size_t offset, const std::string& bytes) {
    std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(static_cast<std::streamoff>(offset));
    file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    REQUIRE(file.good());
}

// Changes one byte of `text` where it stands in the file; REQUIREs that it is there once.
void flip_in_file(const std::string& path, const std::string& text) {
    const std::string bytes = test::read_file(path);
    const std::size_t at = bytes.find(text);
    REQUIRE(at != std::string::npos);
    REQUIRE(bytes.find(text, at + 1) == std::string::npos);
    overwrite(path, at + text.size() - 1, std::string(1, static_cast<char>(bytes[at + text.size() - 1] ^ 0x20)));
}

std::vector<std::string> set_aside(const std::string& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("kiosk.db.beschadigd-", 0) == 0 && name.find("-wal") == std::string::npos && name.find("-shm") == std::string::npos)
            names.push_back(entry.path().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

// The one notice the kiosk gave, as the console shows it.
std::string only_notice(const Kiosk& kiosk, StoreNotice::Kind kind) {
    REQUIRE(kiosk.store_notices().size() == 1);
    REQUIRE(kiosk.store_notices().front().kind == kind);
    return to_string(kiosk.store_notices().front().problem);
}

// What the staff desk shows about the store, after five corner taps and the PIN.
std::vector<std::string> desk_notices(Kiosk& kiosk, double& now) {
    for (int tap = 0; tap < 5; ++tap) kiosk.apply({IntentKind::StaffCorner}, now += 0.2);
    for (int digit : {2, 4, 6, 8}) kiosk.apply({IntentKind::PinDigit, digit}, now += 0.2);
    kiosk.apply({IntentKind::CheckPin}, now += 0.2);
    REQUIRE(kiosk.staff().view == StaffView::Desk);
    const std::vector<std::string> notices = kiosk.staff().desk.notices;
    kiosk.apply({IntentKind::CloseStaff}, now += 1);
    return notices;
}

// The default pack under another name, signed: a pack staff loaded from a stick.
PackFiles fair_pack(const std::string& name) {
    PackFiles files = test::default_pack();
    const std::string from = std::string("name = ") + kDefaultName;
    const std::size_t at = files["pack.ini"].find(from);
    REQUIRE(at != std::string::npos);
    files["pack.ini"].replace(at, from.size(), "name = " + name);
    const std::string folder = test::write_temp_pack(files, "kiosk-fair-pack");
    PackFiles signed_files = read_pack_folder(folder);
    fs::remove_all(folder);
    return signed_files;
}

// A small tmpfs at `folder`, when this process may mount (root, as on the CI machine and in
// containers with CAP_SYS_ADMIN); unmounted again at the end of the scope, also when a check fails.
struct Mount {
    std::string folder;
    bool mounted = false;
    Mount(const std::string& where, const char* options) : folder(where) {
        fs::create_directories(folder);
        mounted = ::mount("tmpfs", folder.c_str(), "tmpfs", 0, options) == 0;
    }
    // The same folder again, read-only, as a stick or a locked-down disk would be.
    bool make_read_only() const {
        return ::mount(folder.c_str(), folder.c_str(), nullptr, MS_BIND, nullptr) == 0 &&
               ::mount(nullptr, folder.c_str(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) == 0;
    }
    ~Mount() {
        if (!mounted) return;
        while (::umount2(folder.c_str(), MNT_DETACH) == 0) {}  // the read-only bind, then the tmpfs
    }
    Mount(const Mount&) = delete;
    Mount& operator=(const Mount&) = delete;
};

// Fills the disk under `folder` to the last byte.
void fill_up(const std::string& folder) {
    std::ofstream filler(folder + "/vulling", std::ios::binary);
    const std::string block(4096, 'x');
    while (filler.write(block.data(), static_cast<std::streamsize>(block.size())) && filler.flush()) {}
}

}  // namespace

TEST_CASE("A store whose header is damaged is set aside, a new one keeps the day's counts, and the kiosk serves on") {
    test::TempDir temp;
    const KioskOptions options = booth(temp.path);
    double now = kOpenDay;
    std::string name;
    {
        Kiosk kiosk(options, now);
        CHECK(kiosk.store_notices().empty());
        serve_visitor(kiosk, now);
        serve_visitor(kiosk, now);
        name = kiosk.store().kiosk_id();
    }
    overwrite(options.store_path, 0, "geen opslag meer");  // the 16 bytes that make it an SQLite file: "file is not a database"

    Kiosk kiosk(options, now += 600);
    const std::string line = only_notice(kiosk, StoreNotice::Kind::Recovered);
    const std::vector<std::string> aside = set_aside(temp.path);
    REQUIRE(aside.size() == 1);
    CHECK_THAT(line, Contains(options.store_path) && Contains("beschadigd") && Contains("file is not a database") &&
                         Contains("Apart gezet als " + aside.front()) && Contains("de kiosk werkt gewoon door", Catch::CaseSensitive::No));
    CHECK(test::read_file(aside.front()).rfind("geen opslag meer", 0) == 0);  // kept as it was, for inspection
    for (const auto& entry : fs::directory_iterator(fs::temp_directory_path()))  // the mended copy it was read from is gone
        CHECK(entry.path().filename().string().rfind("kiosk-herstel-" + std::to_string(::getpid()), 0) != 0);
    CHECK(visitors(kiosk) == 2);              // read from the damaged file, copied into the new one
    CHECK(kiosk.store().kiosk_id() == name);  // and the kiosk's name with them
    CHECK(kiosk.pack().pack.name == kDefaultName);
    serve_visitor(kiosk, now);
    CHECK(visitors(kiosk) == 3);
    const std::vector<std::string> desk = desk_notices(kiosk, now);
    REQUIRE(desk.size() == 1);
    CHECK_THAT(desk.front(), Contains("De opslag " + options.store_path + " was beschadigd") && Contains(aside.front()));
}

TEST_CASE("A truncated store is set aside, the counts on the pages that are left survive, and the kiosk serves on") {
    test::TempDir temp;
    const KioskOptions options = booth(temp.path);
    double now = kOpenDay;
    {
        Kiosk kiosk(options, now);
        serve_visitor(kiosk, now);
        serve_visitor(kiosk, now);
    }
    // Cut off the second half, at a page: the pack's files at the end are gone, the counts (in
    // the pages the schema made first) are not.
    const auto size = fs::file_size(options.store_path);
    fs::resize_file(options.store_path, size / 2 / 4096 * 4096);

    Kiosk kiosk(options, now += 600);
    const std::string line = only_notice(kiosk, StoreNotice::Kind::Recovered);
    CHECK_THAT(line, Contains(options.store_path) && Contains("beschadigd") && Contains("Apart gezet als"));
    CHECK(set_aside(temp.path).size() == 1);
    CHECK(visitors(kiosk) == 2);
    CHECK(kiosk.pack().pack.name == kDefaultName);  // the pack is the built-in content, taken in again
    serve_visitor(kiosk, now);
    CHECK(visitors(kiosk) == 3);
}

TEST_CASE("Flipped bytes in the active pack: the previous pack runs, then the built-in content, and staff hear which pack failed") {
    test::TempDir temp;
    const KioskOptions options = booth(temp.path);
    double now = kOpenDay;
    { Kiosk kiosk(options, now); }  // the built-in content stored
    { Store(options.store_path).add_pack(fair_pack("Beurspakket Noord"), "Beurspakket Noord", "7", {PackSource::Kind::Usb, "/media/stick/noord"}); }
    {
        Kiosk kiosk(options, now);
        REQUIRE(kiosk.pack().pack.name == "Beurspakket Noord");
        serve_visitor(kiosk, now);
    }

    SECTION("the previous pack") {
        flip_in_file(options.store_path, "name = Beurspakket Noord");  // inside the stored pack.ini
        Kiosk kiosk(options, now += 600);
        const std::string line = only_notice(kiosk, StoreNotice::Kind::PackFailed);
        CHECK_THAT(line, Contains(options.store_path) && Contains("het pakket 'Beurspakket Noord' (versie 7) in de opslag klopt niet meer") &&
                             Contains(std::string("de kiosk gebruikt nu de standaardinhoud '") + kDefaultName));
        CHECK(kiosk.pack().pack.name == kDefaultName);
        CHECK_FALSE(kiosk.store().previous_pack());  // the pack that failed is gone from the store
        CHECK(visitors(kiosk) == 1);
        serve_visitor(kiosk, now);
        CHECK(visitors(kiosk) == 2);
        const std::vector<std::string> desk = desk_notices(kiosk, now);
        REQUIRE(desk.size() == 1);
        CHECK_THAT(desk.front(), Contains("Het pakket Beurspakket Noord, versie 7, klopt niet meer") && Contains(kDefaultName));
    }
    SECTION("both stored packs: the built-in content from the content folder") {
        flip_in_file(options.store_path, "name = Beurspakket Noord");
        flip_in_file(options.store_path, std::string("format = 2\nname = ") + kDefaultName);  // the stored built-in pack.ini
        Kiosk kiosk(options, now += 600);
        REQUIRE(kiosk.store_notices().size() == 2);
        CHECK_THAT(to_string(kiosk.store_notices()[0].problem), Contains("'Beurspakket Noord'"));
        CHECK_THAT(to_string(kiosk.store_notices()[1].problem), Contains(std::string("'") + kDefaultName + "'") && Contains("de standaardinhoud"));
        CHECK(kiosk.pack().pack.name == kDefaultName);
        CHECK(kiosk.store().active_pack()->source.kind == PackSource::Kind::BuiltIn);
        serve_visitor(kiosk, now);
        CHECK(visitors(kiosk) == 2);
    }
}

// A booth whose store lives in a folder the test can make full or read-only (FaultyDisk).
struct OnFaultyDisk {
    test::TempDir temp;
    test::FaultyDisk disk{temp.path};
    KioskOptions options = booth(temp.path);
    double now = kOpenDay;
};

TEST_CASE_METHOD(OnFaultyDisk, "A full disk at start is named with the path, the kiosk counts in memory and serves on, the file keeps its counts") {
    {
        Kiosk kiosk(options, now);
        serve_visitor(kiosk, now);
        serve_visitor(kiosk, now);
    }
    disk.set(test::DiskState::Full);
    {
        Kiosk kiosk(options, now += 600);
        const std::string line = only_notice(kiosk, StoreNotice::Kind::Full);
        CHECK_THAT(line, Contains("opslag " + options.store_path) && Contains("de schijf is vol") && Contains("in het geheugen") &&
                             Contains("Statistiek naar de USB-stick"));
        CHECK(kiosk.store().path() == ":memory:");
        CHECK(visitors(kiosk) == 2);  // read from the file
        serve_visitor(kiosk, now);
        serve_visitor(kiosk, now);
        CHECK(visitors(kiosk) == 4);
        const std::vector<std::string> desk = desk_notices(kiosk, now);
        REQUIRE(desk.size() == 1);
        CHECK_THAT(desk.front(), Contains("De schijf van de opslag " + options.store_path + " is vol"));
    }
    disk.set(test::DiskState::Fine);
    CHECK(visitors_in_file(options.store_path) == 2);
    CHECK(set_aside(temp.path).empty());  // a full disk is not a damaged store
}

TEST_CASE_METHOD(OnFaultyDisk, "A disk that fills up in the middle of the day: the visit is still counted, in memory, and the kiosk serves on") {
    {
        Kiosk kiosk(options, now);
        serve_visitor(kiosk, now);
        disk.set(test::DiskState::Full);
        serve_visitor(kiosk, now);  // its count is the write that fails
        const std::string line = only_notice(kiosk, StoreNotice::Kind::Full);
        CHECK_THAT(line, Contains(options.store_path) && Contains("de schijf is vol") && Contains("database or disk is full"));
        CHECK(visitors(kiosk) == 2);
        serve_visitor(kiosk, now);
        CHECK(visitors(kiosk) == 3);
        CHECK(kiosk.store_notices().size() == 1);  // said once, not with every visitor
    }
    disk.set(test::DiskState::Fine);
    CHECK(visitors_in_file(options.store_path) == 1);  // what was written before the disk filled up
}

TEST_CASE_METHOD(OnFaultyDisk, "A read-only disk is named with the path, and the kiosk serves on from what the store holds, counting in memory") {

    SECTION("an existing store") {
        { Store(options.store_path).add_pack(fair_pack("Beurspakket Zuid"), "Beurspakket Zuid", "3", {PackSource::Kind::Usb, "/media/stick/zuid"}); }
        {
            Kiosk kiosk(options, now);
            serve_visitor(kiosk, now);
            serve_visitor(kiosk, now);
        }
        disk.set(test::DiskState::ReadOnly);
        Kiosk kiosk(options, now += 600);
        const std::string line = only_notice(kiosk, StoreNotice::Kind::ReadOnly);
        CHECK_THAT(line, Contains("opslag " + options.store_path) && Contains("alleen-lezen") && Contains("in het geheugen"));
        CHECK(kiosk.pack().pack.name == "Beurspakket Zuid");  // the pack staff loaded still runs
        CHECK(visitors(kiosk) == 2);
        serve_visitor(kiosk, now);
        CHECK(visitors(kiosk) == 3);
        const std::vector<std::string> desk = desk_notices(kiosk, now);
        REQUIRE(desk.size() == 1);
        CHECK_THAT(desk.front(), Contains("In de opslag " + options.store_path + " kan niet geschreven worden"));
    }
    SECTION("no store yet") {
        disk.set(test::DiskState::ReadOnly);
        Kiosk kiosk(options, now);
        const std::string line = only_notice(kiosk, StoreNotice::Kind::ReadOnly);
        CHECK_THAT(line, Contains(options.store_path) && Contains("alleen-lezen"));
        CHECK(kiosk.pack().pack.name == kDefaultName);
        serve_visitor(kiosk, now);
        CHECK(visitors(kiosk) == 1);
        CHECK_FALSE(fs::exists(options.store_path));
    }
}

TEST_CASE("What grows with use stays bounded: two packs, 30 days of portfolio records, two years of counts, three damaged stores") {
    test::TempDir temp;
    const std::string path = temp.path + "/kiosk.db";
    const double now = kOpenDay;
    {
        Store store(path);
        for (int i = 0; i < 4; ++i) store.add_pack(test::mini_pack(), "Mini", std::to_string(i), {PackSource::Kind::Usb, "/media/stick/mini"});
        store.save_portfolio_record("oud", now - 31 * 86400.0, "{}");
        store.save_portfolio_record("nieuw", now - 29 * 86400.0, "{\"nieuw\":1}");
        SessionRecord visit;
        visit.event = "OD";
        visit.answered = true;
        visit.hour = "2024-11-27 10:00";  // more than two years before the open day
        store.count_visit(visit);
        visit.hour = "2025-11-29 10:00";
        store.count_visit(visit);
        store.prune(now);
        CHECK(store.portfolio_records() == std::vector<std::string>{"{\"nieuw\":1}"});
        const Statistics counts = store.statistics("OD");
        REQUIRE_FALSE(counts.empty());
        for (const auto& [key, count] : counts) CHECK(key.hour == "2025-11-29 10:00");
    }
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT count(*) FROM pack", -1, &stmt, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
    CHECK(sqlite3_column_int(stmt, 0) == 2);  // the active pack and the one before it
    sqlite3_finalize(stmt);
    sqlite3_close(db);

    for (int round = 0; round < kKeepDamagedStores + 2; ++round) {
        overwrite(path, 0, "geen opslag meer");
        const OpenedStore opened = open_store(path, now + round);
        REQUIRE(opened.notices.size() == 1);
        CHECK(opened.notices.front().kind == StoreNotice::Kind::Recovered);
    }
    const std::vector<std::string> aside = set_aside(temp.path);
    REQUIRE(aside.size() == static_cast<std::size_t>(kKeepDamagedStores));
    CHECK(aside.back() == path + ".beschadigd-" + local_time(now + kKeepDamagedStores + 1, "%Y%m%d-%H%M%S"));  // the newest are kept
}

TEST_CASE("On a real disk, where the tests may mount one: a tmpfs that fills up, then turns read-only") {
    test::TempDir temp;
    const Mount disk(temp.path + "/disk", "size=4m");
    if (!disk.mounted) {
        WARN("no permission to mount a tmpfs here; the faulty-disk tests above cover the same faults");
        return;
    }
    const KioskOptions options = booth(disk.folder);
    double now = kOpenDay;
    {
        Kiosk kiosk(options, now);
        serve_visitor(kiosk, now);
        fill_up(disk.folder);
        serve_visitor(kiosk, now);
        const std::string line = only_notice(kiosk, StoreNotice::Kind::Full);
        CHECK_THAT(line, Contains(options.store_path) && Contains("de schijf is vol"));
        CHECK(visitors(kiosk) == 2);
        serve_visitor(kiosk, now);
        CHECK(visitors(kiosk) == 3);
    }
    fs::remove(disk.folder + "/vulling");
    REQUIRE(disk.make_read_only());
    Kiosk kiosk(options, now += 600);
    const std::string line = only_notice(kiosk, StoreNotice::Kind::ReadOnly);
    CHECK_THAT(line, Contains(options.store_path) && Contains("alleen-lezen"));
    CHECK(visitors(kiosk) == 1);  // what reached the disk before it filled up
    serve_visitor(kiosk, now);
    CHECK(visitors(kiosk) == 2);
}

TEST_CASE("A store that turns out damaged while the kiosk runs is set aside the same way, keeping what still reads") {
    test::TempDir temp;
    const std::string path = temp.path + "/kiosk.db";
    SessionRecord visit;
    visit.event = "OD";
    visit.hour = "2026-11-28 10:00";
    visit.answered = true;
    auto store = std::make_unique<Store>(path);
    store->count_visit(visit);
    store->save_portfolio_record("k7q2", kOpenDay, "{\"r\":1}");
    // What a Store method throws when SQLite reports SQLITE_CORRUPT in the middle of the day.
    const StoreError damaged(StoreFault::Damaged, path, "opslag " + path + ": schrijven of lezen mislukt: het bestand is beschadigd");
    const OpenedStore opened = recover_store(std::move(store), damaged, kOpenDay);
    REQUIRE(opened.notices.size() == 1);
    CHECK(opened.notices.front().kind == StoreNotice::Kind::Recovered);
    CHECK_FALSE(opened.in_memory());
    CHECK(opened.store->path() == path);
    CHECK(set_aside(temp.path).size() == 1);
    CHECK(visitors(opened.store->statistics("OD")) == 1);
    CHECK(opened.store->portfolio_records() == std::vector<std::string>{"{\"r\":1}"});
    CHECK(opened.store->integrity_ok());
}

TEST_CASE("Malformed pages: one damaged page of counts loses only the rows on it, those before and after it are kept") {
    test::TempDir temp;
    const std::string path = temp.path + "/kiosk.db";
    SessionRecord visit;
    visit.event = "OD";
    visit.hour = "2026-11-28 10:00";
    visit.answered = true;
    for (int i = 0; i < 3000; ++i) visit.shown.push_back("k" + std::to_string(10000 + i));
    { Store(path).count_visit(visit); }  // 3,000 rows over many pages of visit_count
    // Scribble over the page that holds one key in the middle: its b-tree header is no more.
    const std::string bytes = test::read_file(path);
    const std::size_t at = bytes.find("k11500");
    REQUIRE(at != std::string::npos);
    overwrite(path, at / 4096 * 4096, std::string(16, '\xff'));

    const OpenedStore opened = open_store(path, kOpenDay);
    REQUIRE(opened.notices.size() == 1);
    CHECK(opened.notices.front().kind == StoreNotice::Kind::Recovered);
    CHECK_THAT(to_string(opened.notices.front().problem), Contains("niet alles kon gelezen worden"));
    const Statistics counts = opened.store->statistics("OD");
    std::size_t shown = 0;
    for (const auto& [key, count] : counts) shown += key.measure == "getoond";
    CHECK(shown > 2500);   // all but the rows on the damaged page
    CHECK(shown < 3000);
    CHECK(counts.count({"2026-11-28 10:00", "getoond", "k10000"}) == 1);  // before it
    CHECK(counts.count({"2026-11-28 10:00", "getoond", "k12999"}) == 1);  // and after it
    CHECK(counts.count({"2026-11-28 10:00", "getoond", "k11500"}) == 0);
}
