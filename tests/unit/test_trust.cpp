// Issue 14, the trust items: what kiosk.ini, a folder pack, a stored PIN lock, an older pack and a
// pack's viewer_url can no longer do. Each case failed on main before the fix.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "booth/kiosk.h"
#include "config/kiosk_config.h"
#include "output/take_home.h"
#include "pack/pack_diff.h"
#include "pack/pack_files.h"
#include "pack/pack_reader.h"
#include "pack/signature.h"
#include "support/kiosk_options.h"
#include "support/mini_pack.h"
#include "support/paths.h"
#include "support/problems.h"

using namespace kiosk;
namespace fs = std::filesystem;

namespace {

constexpr double kOpenDay = 1795860000.0;  // 2026-11-28, the open day

void type_pin(Kiosk& kiosk, const std::string& pin, double& now) {
    if (kiosk.staff().view == StaffView::Closed)
        for (int tap = 0; tap < kCornerTaps; ++tap) kiosk.apply({IntentKind::StaffCorner}, now += 0.1);
    for (char digit : pin) kiosk.apply({IntentKind::PinDigit, digit - '0'}, now += 0.1);
    kiosk.apply({IntentKind::CheckPin}, now += 0.1);
}

// The mini pack with another viewer_url (line 11 of its event.ini).
std::vector<Problem> problems_with_viewer_url(const std::string& url) {
    PackFiles files = test::mini_pack();
    std::string& event = files["event.ini"];
    const std::string old = "viewer_url = https://example.nl/v/";
    event.replace(event.find(old), old.size(), "viewer_url = " + url);
    return read_pack(files).problems;
}

// The default pack with another version and event date, signed, on a stick under `media`.
void stick_pack(const test::TempDir& media, const std::string& version, const std::string& date, const std::string& name = "pakket.zip") {
    PackFiles files = test::default_pack();
    std::string& manifest = files["pack.ini"];
    manifest.replace(manifest.find("version = 2026.11.1"), 19, "version = " + version);
    std::string& event = files["event.ini"];
    event.replace(event.find("date = 2026-11-28"), 17, "date = " + date);
    const fs::path stick = fs::path(media.path) / "medewerker" / "STICK";
    fs::remove_all(stick);  // one pack on the stick; a new name is a new stick to the kiosk
    fs::create_directories(stick);
    write_pack_zip(sign_pack(files, test::dev_secret_key()), (stick / name).string());
}

// A kiosk on the default content that looks for sticks under `media`, with the PIN 2468.
KioskOptions stick_options(const test::TempDir& media) {
    KioskOptions options = test::kiosk_options(test::content_dir());
    options.usb_roots = {media.path};
    options.staff_pin_hash = hash_pin("2468");
    return options;
}

// The kiosk looks at the stick, checks its pack on a thread of its own, and shows the result.
void stick_checked(Kiosk& kiosk, double& now) {
    kiosk.tick(now += 3);
    kiosk.wait_for_stick_check(60);
    kiosk.tick(now += 0.1);
    REQUIRE(kiosk.staff().desk.can_load);
}

// The desk open, with the stick's pack inspected.
void desk_with_stick(Kiosk& kiosk, double& now) {
    type_pin(kiosk, "2468", now);
    REQUIRE(kiosk.staff().view == StaffView::Desk);
    stick_checked(kiosk, now);
}

std::string first_error(const std::vector<Problem>& problems) {
    for (const Problem& problem : problems)
        if (problem.severity == Problem::Severity::Error) return to_string(problem);
    return "";
}

}  // namespace

TEST_CASE("kiosk.ini: a second [trust] section is an error naming its line, not a second key") {
    const std::string school = public_key_file(generate_key_pair().public_key);
    const std::string stranger = public_key_file(generate_key_pair().public_key);
    std::vector<Problem> problems;
    read_kiosk_config("[trust]\nschool = " + school + "[usb]\nwatch = /media\n[trust]\nschool = " + stranger, "kiosk.ini", problems);
    REQUIRE(has_errors(problems));
    const std::string error = first_error(problems);
    CHECK(error.find("kiosk.ini:5:1:") == 0);
    CHECK(error.find("[trust] staat er al op regel 1") != std::string::npos);
}

TEST_CASE("kiosk.ini: a PIN hash that only starts like one is an error naming its line, a real one passes") {
    std::vector<Problem> problems;
    read_kiosk_config("# PIN\n[staff]\npin_hash = $argon2id$kapot\n", "kiosk.ini", problems);
    REQUIRE(has_errors(problems));
    CHECK(first_error(problems).find("kiosk.ini:3:1: ") == 0);
    CHECK(first_error(problems).find("kiosk-pack pin") != std::string::npos);

    problems.clear();
    const std::string hash = hash_pin("2468");
    CHECK(read_kiosk_config("[staff]\npin_hash = " + hash + "\n", "kiosk.ini", problems).staff_pin_hash == hash);
    CHECK(problems.empty());
    // Cut short by a bad copy and paste: also refused.
    read_kiosk_config("[staff]\npin_hash = " + hash.substr(0, hash.size() - 10) + "\n", "kiosk.ini", problems);
    CHECK(has_errors(problems));
}

TEST_CASE("A link in a folder pack is refused by the name it has in the pack, not its target's") {
    test::TempDir temp("kiosk-folder-link");
    const fs::path pack = fs::path(temp.path) / "pack";
    write_pack_folder(test::mini_pack(), pack.string());
    fs::create_symlink("/etc/passwd", pack / "texts" / "en.ini");
    std::string why;
    try {
        read_pack_folder(pack.string());
    } catch (const PackError& error) {
        why = error.what();
    }
    CHECK(why.find("texts/en.ini: een snelkoppeling") == 0);
    CHECK(why.find("passwd") == std::string::npos);
}

TEST_CASE("The PIN lock and its counter outlive a restart of the kiosk on the same store") {
    test::TempDir temp("kiosk-pin-lock");
    KioskOptions options = test::kiosk_options(test::content_dir());
    options.store_path = temp.path + "/kiosk.db";
    options.staff_pin_hash = hash_pin("2468");
    double now = kOpenDay;
    {
        Kiosk kiosk(options, now);
        for (int wrong = 0; wrong < kWrongPinsBeforeLock; ++wrong) type_pin(kiosk, "1111", now);
        CHECK(kiosk.staff().pin_message == kiosk.pack().texts.get("staff.pin_locked"));
    }
    {
        Kiosk kiosk(options, now += 5);  // pulled the plug and started again
        type_pin(kiosk, "2468", now);
        CHECK(kiosk.staff().view == StaffView::Pin);
        CHECK(kiosk.staff().pin_message == kiosk.pack().texts.get("staff.pin_locked"));
    }
    {
        Kiosk kiosk(options, now += kLockSeconds);  // the lock has run out
        type_pin(kiosk, "2468", now);
        CHECK(kiosk.staff().view == StaffView::Desk);
    }
    {
        // The counter too: four wrong, a restart, one more wrong locks.
        Kiosk kiosk(options, now += 1);
        for (int wrong = 0; wrong < kWrongPinsBeforeLock - 1; ++wrong) type_pin(kiosk, "1111", now);
    }
    Kiosk kiosk(options, now += 1);
    type_pin(kiosk, "1111", now);
    CHECK(kiosk.staff().pin_message == kiosk.pack().texts.get("staff.pin_locked"));
}

TEST_CASE("A stored PIN lock far in the future (a clock set back) lasts no longer than one lock") {
    StaffAccess access;
    access.locked_until = kOpenDay + 365 * 86400.0;
    restore_staff_lock(access, kOpenDay);
    CHECK(staff_locked(access, kOpenDay + kLockSeconds - 1));
    CHECK_FALSE(staff_locked(access, kOpenDay + kLockSeconds + 1));
}

TEST_CASE("viewer_url: only https:// with a host, scripts, data, other http hosts, spaces and control characters are errors with file and line") {
    CHECK_FALSE(has_errors(problems_with_viewer_url("https://portfolio.roc-zuiderpoort.nl/v/")));
    CHECK_FALSE(has_errors(problems_with_viewer_url("https://example.nl:8443/viewer/index.html?x=1")));
    for (const std::string& url : std::vector<std::string>{"javascript:alert(1)", "data:text/html,<b>hoi</b>", "http://evil.example.com/v/", "file:///etc/passwd",
                                  "https://", "https:///pad", "https://portfolio.school.nl/v/ met spatie", "https://portfolio\tschool.nl/",
                                  "https://school.nl@evil.example.com/", "https://school.nl/v/#k=1", "ftp://school.nl/", "portfolio.school.nl/v/",
                                  "https://school.nl/\x01", "https://school.nl/" + std::string(kMaxViewerUrlBytes, 'a')}) {
        INFO(url);
        const std::vector<Problem> problems = problems_with_viewer_url(url);
        REQUIRE(has_errors(problems));
        CHECK(first_error(problems).find("event.ini:11:1: ") == 0);
        CHECK(first_error(problems).find("viewer_url") != std::string::npos);
    }
    // Testing the viewer on this computer: a warning, not an error.
    for (const std::string& url : std::vector<std::string>{"http://localhost:8000/v/", "http://127.0.0.1/"}) {
        INFO(url);
        const std::vector<Problem> problems = problems_with_viewer_url(url);
        CHECK_FALSE(has_errors(problems));
        CHECK(test::mentions(problems, "event.ini:11:1:"));
        CHECK(test::mentions(problems, "viewer_url " + url + " werkt alleen op deze computer"));
    }
}

TEST_CASE("The longest link a pack can give is checked against the QR code's limit, the longest allowed viewer_url fits the default content") {
    Content content = test::default_content();
    CHECK_FALSE(check_link_fits(content));
    content.event.viewer_url = "https://portfolio.roc-zuiderpoort.nl/" + std::string(kMaxViewerUrlBytes - 37, 'v');
    REQUIRE(content.event.viewer_url.size() == kMaxViewerUrlBytes);
    const std::string longest = portfolio_link(content.event.viewer_url, longest_result(content));
    INFO(longest.size() << " bytes: " << longest);
    CHECK(make_qr(longest).version <= kMaxQrVersion);
    CHECK_FALSE(check_link_fits(content));
    content.event.portfolio_mode = PortfolioMode::Token;
    CHECK_FALSE(check_link_fits(content));

    // A pack with many more results and several picks per question outgrows the QR code.
    content.event.portfolio_mode = PortfolioMode::Fragment;
    content.event.results = 60;
    const std::optional<Problem> too_long = check_link_fits(content);
    REQUIRE(too_long);
    CHECK(to_string(*too_long).find("event.ini") == 0);
    CHECK(to_string(*too_long).find("viewer_url") != std::string::npos);
}

TEST_CASE("A link that fits no QR code (a pack that skipped validate) degrades to the short code, the kiosk's visit goes on") {
    Kiosk kiosk(test::kiosk_options(test::content_dir()), kOpenDay);
    double now = kOpenDay;
    test::walk_to_finish(kiosk, now);
    REQUIRE(kiosk.visit().take_home);
    CHECK(kiosk.visit().take_home->qr.size > 0);  // the default pack's link fits

    Content content = test::default_content();  // built directly: read_pack would refuse this address
    content.event.viewer_url = "https://portfolio.roc-zuiderpoort.nl/" + std::string(2400, 'v');
    TakeHome home;
    REQUIRE_NOTHROW(home = take_home(content, kiosk.session(), now));
    CHECK(home.qr.size == 0);
    CHECK(home.code == kiosk.visit().take_home->code);  // the same short code as with a QR code
    CHECK_FALSE(home.code.empty());
    CHECK_FALSE(content.texts.get("finish.no_qr").empty());

    kiosk.apply({IntentKind::Done}, now += 1);
    CHECK(kiosk.session().screen == Screen::Attract);
}

TEST_CASE("Pack versions compare by their numeric dotted parts") {
    CHECK(compare_pack_versions("2026.11.1", "2026.11.10") < 0);
    CHECK(compare_pack_versions("2026.11.10", "2026.11.9") > 0);
    CHECK(compare_pack_versions("2026.9.30", "2026.11.1") < 0);
    CHECK(compare_pack_versions("2026.11", "2026.11.0") == 0);
    CHECK(compare_pack_versions("2026.07", "2026.7") == 0);
    CHECK(compare_pack_versions("2", "10") < 0);
    CHECK(compare_pack_versions("1.0", "1.0.1") < 0);
    CHECK(compare_pack_versions("2026.11.1b", "2026.11.1a") > 0);  // not digits: as text
}

TEST_CASE("An older pack on the stick loads only after a second, explicit yes on the staff desk") {
    test::TempDir media("kiosk-media-older");
    const KioskOptions options = stick_options(media);
    stick_pack(media, "2026.9.30", "2026-11-28");
    double now = kOpenDay;
    Kiosk kiosk(options, now);
    desk_with_stick(kiosk, now);
    REQUIRE(kiosk.staff().desk.stick_older.size() == 1);  // said before the tap
    CHECK(kiosk.staff().desk.stick_older[0].find("2026.9.30") != std::string::npos);

    kiosk.apply({IntentKind::LoadPack}, now += 1);
    CHECK(kiosk.pack().pack.version == "2026.11.1");  // not yet
    CHECK(kiosk.staff().desk.confirming_load);
    kiosk.apply({IntentKind::LoadPack}, now += 1);  // the same button again is not the yes
    CHECK(kiosk.pack().pack.version == "2026.11.1");
    kiosk.apply({IntentKind::CancelLoad}, now += 1);
    CHECK_FALSE(kiosk.staff().desk.confirming_load);
    kiosk.apply({IntentKind::ConfirmLoad}, now += 1);  // a yes without the question: nothing
    CHECK(kiosk.pack().pack.version == "2026.11.1");

    kiosk.apply({IntentKind::LoadPack}, now += 1);
    kiosk.apply({IntentKind::ConfirmLoad}, now += 1);
    CHECK(kiosk.pack().pack.version == "2026.9.30");
    CHECK_FALSE(kiosk.staff().desk.confirming_load);
}

TEST_CASE("A newer pack for a day already past also needs the second yes, a newer one for today loads at once") {
    test::TempDir media("kiosk-media-past");
    const KioskOptions options = stick_options(media);
    stick_pack(media, "2026.11.10", "2026-11-20");
    double now = kOpenDay + 3600;  // still 2026-11-28
    Kiosk kiosk(options, now);
    desk_with_stick(kiosk, now);
    REQUIRE(kiosk.staff().desk.stick_older.size() == 1);
    CHECK(kiosk.staff().desk.stick_older[0].find("2026-11-20") != std::string::npos);
    kiosk.apply({IntentKind::LoadPack}, now += 1);
    CHECK(kiosk.pack().pack.version == "2026.11.1");
    kiosk.apply({IntentKind::ConfirmLoad}, now += 1);
    CHECK(kiosk.pack().pack.version == "2026.11.10");

    stick_pack(media, "2026.11.11", "2026-11-28", "nieuwer.zip");
    stick_checked(kiosk, now);
    CHECK(kiosk.staff().desk.stick_older.empty());
    kiosk.apply({IntentKind::LoadPack}, now += 1);
    CHECK(kiosk.pack().pack.version == "2026.11.11");
}

TEST_CASE("A stick's pack is checked on a thread of its own: the desk says so meanwhile, and a stick pulled during the check shows nothing of it") {
    test::TempDir media("kiosk-media-check");
    const KioskOptions options = stick_options(media);
    stick_pack(media, "2026.11.12", "2026-11-28");
    double now = kOpenDay;
    Kiosk kiosk(options, now);
    type_pin(kiosk, "2468", now);
    kiosk.tick(now += 3);  // the kiosk finds the pack and sets its check going
    CHECK(kiosk.checking_stick());
    CHECK(kiosk.staff().desk.stick == kiosk.pack().texts.get("staff.stick_checking"));
    CHECK_FALSE(kiosk.staff().desk.can_load);
    CHECK(kiosk.seconds_until_redraw(now) <= 0.1);  // the result shows as soon as it is there

    fs::remove_all(fs::path(media.path) / "medewerker");  // pulled before the check is done
    kiosk.tick(now += 3);
    kiosk.wait_for_stick_check(60);
    kiosk.tick(now += 0.1);
    CHECK_FALSE(kiosk.checking_stick());
    CHECK_FALSE(kiosk.staff().desk.can_load);
    CHECK(kiosk.staff().desk.stick == kiosk.pack().texts.get("staff.no_stick"));

    stick_pack(media, "2026.11.12", "2026-11-28");  // back in: checked again, and loadable
    stick_checked(kiosk, now);
    CHECK(kiosk.staff().desk.stick.find("2026.11.12") != std::string::npos);
}
