// Loading a pack from a USB stick: inspected first, loaded all or nothing, rolled back in one
// step, and never half-loaded, not even when the kiosk is killed in the middle.
#include <catch2/catch.hpp>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

#include "pack/pack_reader.h"
#include "store/usb_packs.h"
#include "store/active_content.h"
#include "store/pack_import.h"
#include "support/mini_pack.h"
#include "support/paths.h"

using namespace kiosk;
namespace fs = std::filesystem;

namespace {

// The default content as a school would change it for another event: a programme less, one
// changed, and a new event name.
PackFiles next_event_pack() {
    PackFiles files = test::default_pack();
    std::string& csv = files["programmes.csv"];
    const auto row = csv.find("\n25498;");
    csv.erase(row, csv.find('\n', row + 1) - row);
    const auto name = csv.find("Verzorgende IG");
    csv.replace(name, 14, "Verzorgende-IG");
    std::string& event = files["event.ini"];
    event.replace(event.find("name = Open dag ROC Zuiderpoort"), 31, "name = Beroepenmarkt Zuiderstad");
    return files;
}

std::string stick_with(const test::TempDir& stick, const PackFiles& files, const std::string& name) {
    const std::string path = (fs::path(stick.path) / name).string();
    write_pack_zip(sign_pack(files, test::dev_secret_key()), path);
    return path;
}

}  // namespace

TEST_CASE("A pack on the stick is inspected before loading: signature, content, and what would change") {
    test::TempDir stick("kiosk-stick");
    const Content& current = test::default_content();
    const std::vector<std::string> trusted = {test::dev_public_key()};

    const PackCandidate good = inspect_pack(stick_with(stick, next_event_pack(), "beroepenmarkt.zip"), trusted, current);
    for (const auto& problem : good.problems) UNSCOPED_INFO(to_string(problem));
    REQUIRE(good.loadable());
    CHECK(good.signed_by == key_id(test::dev_public_key()));
    const std::vector<std::string> changes = describe(good.diff);
    CHECK(std::find(changes.begin(), changes.end(), "- opleiding 25498 Helpende Zorg en Welzijn") != changes.end());
    CHECK(std::find(changes.begin(), changes.end(), "~ opleiding 25491 Verzorgende-IG") != changes.end());
    CHECK(good.diff.event_changed);

    // Signed by a key this kiosk does not trust.
    const KeyPair stranger = generate_key_pair();
    const std::string strange_path = (fs::path(stick.path) / "vreemd.zip").string();
    write_pack_zip(sign_pack(next_event_pack(), stranger.secret_key), strange_path);
    const PackCandidate strange = inspect_pack(strange_path, trusted, current);
    CHECK_FALSE(strange.loadable());
    REQUIRE_FALSE(strange.problems.empty());
    CHECK(to_string(strange.problems.front()).find("vertrouwt die sleutel niet") != std::string::npos);

    // Signed, but with content errors: every one listed, nothing to load.
    PackFiles broken = next_event_pack();
    broken["programmes.csv"] += "99999;Onbekend;79140;7;BOL;centrum;2;60;;a;b;c;d;e;f;g;h;i;j;k;hoog;laag;hoog;zorg\n";
    const PackCandidate bad = inspect_pack(stick_with(stick, broken, "kapot.zip"), trusted, current);
    CHECK_FALSE(bad.loadable());
    CHECK_FALSE(bad.content);
    CHECK(std::any_of(bad.problems.begin(), bad.problems.end(), [](const Problem& p) { return p.message.find("niveau moet 1-4 zijn") != std::string::npos; }));

    // Gone by the time it is read: the stick was pulled.
    const PackCandidate gone = inspect_pack((fs::path(stick.path) / "weg.zip").string(), trusted, current);
    CHECK_FALSE(gone.loadable());
    CHECK_FALSE(gone.problems.empty());
}

TEST_CASE("Loading switches to the new pack in one step, keeps the old one for rollback, and survives a restart") {
    test::TempDir temp("kiosk-load");
    test::TempDir stick("kiosk-stick");
    const std::string db = temp.path + "/kiosk.db";
    const std::vector<std::string> trusted = {test::dev_public_key()};
    long long default_id = 0, loaded_id = 0;
    {
        Store store(db);
        const ActiveContent first = load_active_content(store, test::content_dir(), trusted);
        default_id = first.pack_id;
        const PackCandidate candidate = inspect_pack(stick_with(stick, next_event_pack(), "p.zip"), trusted, first.content);
        REQUIRE(candidate.loadable());
        loaded_id = load_pack(store, candidate);
        CHECK(store.active_pack()->id == loaded_id);
        CHECK(store.previous_pack()->id == default_id);
    }
    {
        // After a restart the loaded pack runs, even though the default folder is still there.
        Store store(db);
        const ActiveContent after = load_active_content(store, test::content_dir(), trusted);
        CHECK(after.pack_id == loaded_id);
        CHECK(after.content.event.name == "Beroepenmarkt Zuiderstad");
        REQUIRE(store.roll_back_pack());
        const ActiveContent rolled = load_active_content(store, test::content_dir(), trusted);
        CHECK(rolled.pack_id == default_id);
        CHECK(rolled.content.event.name == "Open dag ROC Zuiderpoort");
        // Rolling back again is rolling forward: one tap undoes the other.
        REQUIRE(store.roll_back_pack());
        CHECK(store.active_pack()->id == loaded_id);
    }
    {
        // A third pack: the oldest is dropped, only the active and the previous are kept.
        Store store(db);
        const PackCandidate third = inspect_pack(stick_with(stick, test::default_pack(), "derde.zip"), trusted, test::default_content());
        const long long third_id = load_pack(store, third);
        CHECK(store.active_pack()->id == third_id);
        CHECK(store.previous_pack()->id == loaded_id);
        CHECK(store.pack_files(default_id).empty());
        CHECK(store.integrity_ok());
    }
}

TEST_CASE("Killed at any moment while loading a pack: after a restart the old or the new pack runs, whole") {
    test::TempDir temp("kiosk-load-kill");
    test::TempDir stick("kiosk-stick");
    const std::string db = temp.path + "/kiosk.db";
    const std::vector<std::string> trusted = {test::dev_public_key()};
    const std::string old_name = "Open dag ROC Zuiderpoort", new_name = "Beroepenmarkt Zuiderstad";
    const std::string stick_pack = stick_with(stick, next_event_pack(), "p.zip");
    const std::string old_stick_pack = stick_with(stick, test::default_pack(), "oud.zip");
    { Store store(db); load_active_content(store, test::content_dir(), trusted); }
    std::mt19937 random(5);
    int old_seen = 0, new_seen = 0;
    for (int round = 0; round < 100; ++round) {
        // The child says when it has read the packs and after every step it finished, and the
        // kill waits for 0 to 3 steps: so the kills fall both where the old and where the new
        // content is active, however slowly a busy machine runs the child (with only a delay,
        // a slow child never got to its first load, and the new content was never seen).
        int progress[2];
        REQUIRE(::pipe(progress) == 0);
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            ::close(progress[0]);
            // Load the new pack, roll back, load it again, load the old one again, ... as fast as
            // it goes, until killed: every state in between is the old or the new content.
            Store store(db);
            const PackCandidate new_pack = inspect_pack(stick_pack, trusted, test::default_content());
            const PackCandidate old_pack = inspect_pack(old_stick_pack, trusted, test::default_content());
            const auto step_done = [&] {
                if (::write(progress[1], "s", 1) != 1) ::_exit(1);
            };
            step_done();  // ready
            for (;;) {
                load_pack(store, new_pack);
                step_done();
                store.roll_back_pack();
                step_done();
                load_pack(store, new_pack);
                step_done();
                load_pack(store, old_pack);
                step_done();
            }
        }
        ::close(progress[1]);
        char byte = 0;
        const auto steps = 1 + random() % 4;
        for (unsigned long step = 0; step < steps; ++step) REQUIRE(::read(progress[0], &byte, 1) == 1);
        // Then a little more, so the kill also falls inside the next step.
        std::this_thread::sleep_for(std::chrono::microseconds(random() % 30000));
        ::kill(child, SIGKILL);
        ::waitpid(child, nullptr, 0);
        ::close(progress[0]);  // only now: a child writing to a closed pipe would die of SIGPIPE, not of the kill
        Store store(db);
        INFO("round " << round);
        REQUIRE(store.integrity_ok());
        const auto active = store.active_pack();
        REQUIRE(active);
        const PackFiles files = store.pack_files(active->id);
        REQUIRE(pack_fingerprint(files) == active->fingerprint);  // every file of it is there
        const ActiveContent running = load_active_content(store, test::content_dir(), trusted);
        REQUIRE((running.content.event.name == old_name || running.content.event.name == new_name));
        (running.content.event.name == old_name ? old_seen : new_seen)++;
    }
    // The kills fell both before and after loads committed: the loop exercised both outcomes.
    WARN("na 100 keer kill -9: " << old_seen << " keer de oude, " << new_seen << " keer de nieuwe inhoud");
    CHECK(old_seen > 0);
    CHECK(new_seen > 0);
}

TEST_CASE("Packs on removable media are found a few levels below the mount points") {
    test::TempDir media("kiosk-media");
    const fs::path stick = fs::path(media.path) / "medewerker" / "STICK";
    fs::create_directories(stick / "open-dag");
    std::ofstream(stick / "open-dag" / "pack.ini") << "[pack]\n";
    std::ofstream(stick / "beroepenmarkt.zip") << "zip";
    std::ofstream(stick / "foto.jpg") << "jpg";
    fs::create_directories(stick / ".Trashes");
    std::ofstream(stick / ".Trashes" / "oud.zip") << "zip";
    fs::create_directories(stick / "a" / "b" / "c");
    std::ofstream(stick / "a" / "b" / "c" / "te-diep.zip") << "zip";
    const auto found = find_usb_packs({media.path, (fs::path(media.path) / "bestaat-niet").string()});
    CHECK(found == std::vector<std::string>{(stick / "beroepenmarkt.zip").string(), (stick / "open-dag").string()});
}

TEST_CASE("The diff also names a new order (old short codes change meaning) and changed steps or locations") {
    const Content& current = test::default_content();
    PackFiles files = test::default_pack();
    std::string& csv = files["programmes.csv"];
    // Move the first programme to the end.
    const auto first_end = csv.find('\n', csv.find('\n') + 1);
    const std::string first = csv.substr(csv.find('\n') + 1, first_end - csv.find('\n'));
    csv.erase(csv.find('\n') + 1, first.size());
    csv += first;
    std::string& reflection = files["reflection.ini"];
    reflection.replace(reflection.find("text = Ik meld me aan voor een meeloopdag"), 41, "text = Ik kom een dag meelopen");
    const PackReadResult read = read_pack(files);
    REQUIRE(read.ok());
    const std::vector<std::string> lines = describe(diff_packs(current, read.content));
    CHECK(std::find(lines.begin(), lines.end(),
                    "~ volgorde van opleidingen of vragen veranderd: korte codes van de vorige inhoud gelden niet meer") != lines.end());
    CHECK(std::find(lines.begin(), lines.end(), "~ locaties, reflectievragen of volgende stappen veranderd") != lines.end());
    CHECK(describe(diff_packs(current, current)) == std::vector<std::string>{"geen verschillen"});
}
