// Staff at the booth: the hidden way in, the PIN with its lock, and the staff desk with a pack
// on a (simulated) USB stick: check, diff, load, roll back, statistics to the stick, leave.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "config/kiosk_config.h"
#include "pack/pack_files.h"
#include "pack/signature.h"
#include "store/store.h"
#include "support/escpos.h"
#include "support/kiosk_fixture.h"
#include "support/patience.h"
#include "support/qr_decode.h"

using namespace kiosk;
namespace fs = std::filesystem;

namespace {

constexpr const char* kPin = "4821";

// A kiosk with a staff PIN, watching `media` for sticks.
AppOptions staff_options(const std::string& media, int width = 1080, int height = 1920) {
    AppOptions options = test::headless_options(width, height);
    static const std::string hash = hash_pin(kPin);  // Argon2 is slow on purpose: once is enough
    options.kiosk.staff_pin_hash = hash;
    options.kiosk.usb_roots = {media};
    return options;
}

void corner_taps(HeadlessKiosk& kiosk, int taps) {
    const Metrics& m = kiosk.app().ui().frame.metrics;
    for (int i = 0; i < taps; ++i) kiosk.tap_at(m.width - m.mm * 5, m.mm * 5);
}

void type_pin(HeadlessKiosk& kiosk, const std::string& pin) {
    for (char digit : pin) REQUIRE(kiosk.tap(std::string(1, digit)));
    REQUIRE(kiosk.tap(kiosk.app().pack().texts.get("staff.pin_ok")));
}

std::string text(HeadlessKiosk& kiosk, const std::string& key) { return kiosk.app().pack().texts.get(key); }

// The default content for another event, signed, on a stick in `media`.
std::string stick_with_next_event(const std::string& media) {
    PackFiles files = test::default_pack();
    std::string& event = files["event.ini"];
    event.replace(event.find("name = Open dag ROC Zuiderpoort"), 31, "name = Beroepenmarkt Zuiderstad");
    const fs::path stick = fs::path(media) / "medewerker" / "STICK";
    fs::create_directories(stick);
    write_pack_zip(sign_pack(files, test::dev_secret_key()), (stick / "beroepenmarkt.zip").string());
    return (stick / "beroepenmarkt.zip").string();
}

}  // namespace

TEST_CASE("Five quick taps in the corner and the PIN open the staff desk, visitors see nothing of it") {
    test::TempDir media("kiosk-media");
    HeadlessKiosk kiosk(staff_options(media.path), test::kStartTime);
    const Staff& staff = kiosk.app().kiosk().staff();
    corner_taps(kiosk, 4);
    CHECK(staff.view == StaffView::Closed);
    kiosk.advance(4);  // too slow: the count starts again
    corner_taps(kiosk, 4);
    CHECK(staff.view == StaffView::Closed);
    kiosk.advance(4);
    corner_taps(kiosk, 5);
    REQUIRE(staff.view == StaffView::Pin);
    REQUIRE(kiosk.screenshot(test::shot_path("staff-pin")));
    type_pin(kiosk, kPin);
    CHECK(staff.view == StaffView::Desk);
    CHECK(staff.pin.empty());
    REQUIRE(kiosk.screenshot(test::shot_path("staff-desk-empty")));
    CHECK(staff.desk.stick == text(kiosk, "staff.no_stick"));
    REQUIRE(kiosk.tap(text(kiosk, "staff.close")));
    CHECK(staff.view == StaffView::Closed);
    CHECK(kiosk.visible(text(kiosk, "attract.start")));
}

TEST_CASE("Wrong PINs lock the pad for five minutes, even the right PIN waits") {
    test::TempDir media("kiosk-media");
    HeadlessKiosk kiosk(staff_options(media.path), test::kStartTime);
    const Staff& staff = kiosk.app().kiosk().staff();
    corner_taps(kiosk, 5);
    for (int i = 0; i < 4; ++i) type_pin(kiosk, "0000");
    CHECK(staff.pin_message.find("Nog 1 pogingen") != std::string::npos);
    type_pin(kiosk, "0000");
    CHECK(staff.pin_message == text(kiosk, "staff.pin_locked"));
    type_pin(kiosk, kPin);
    CHECK(staff.view == StaffView::Pin);  // locked
    // Walking away and coming back does not reset the lock.
    kiosk.advance(130);
    CHECK(staff.view == StaffView::Closed);
    corner_taps(kiosk, 5);
    type_pin(kiosk, kPin);
    CHECK(staff.view == StaffView::Pin);
    CHECK(staff.pin_message == text(kiosk, "staff.pin_locked"));
    kiosk.advance(kLockSeconds - 130);
    corner_taps(kiosk, 5);
    type_pin(kiosk, kPin);
    CHECK(staff.view == StaffView::Desk);
}

TEST_CASE("Staff load a pack from the stick after seeing its check and diff, roll it back, and take statistics home") {
    test::TempDir media("kiosk-media");
    HeadlessKiosk kiosk(staff_options(media.path), test::kStartTime);
    // One visitor first, so there is something to count.
    test::walk_to_finish(kiosk);
    REQUIRE(kiosk.tap(text(kiosk, "finish.done")));

    const std::string zip = stick_with_next_event(media.path);
    corner_taps(kiosk, 5);
    type_pin(kiosk, kPin);
    kiosk.advance(3);  // the kiosk looks at the stick every few seconds
    const StaffDesk& desk = kiosk.app().kiosk().staff().desk;
    REQUIRE(desk.can_load);
    CHECK(desk.stick.find("beroepenmarkt.zip") != std::string::npos);
    CHECK(std::find(desk.stick_changes.begin(), desk.stick_changes.end(), "~ evenement: instellingen veranderd (event.ini)") !=
          desk.stick_changes.end());
    REQUIRE(kiosk.screenshot(test::shot_path("staff-desk-stick")));

    REQUIRE(kiosk.tap(text(kiosk, "staff.load")));
    CHECK(kiosk.app().pack().event.name == "Beroepenmarkt Zuiderstad");
    CHECK(desk.message.find("Geladen") == 0);
    CHECK(kiosk.app().store().previous_pack()->name == "Open dag ROC Zuiderpoort");

    // A pupil walks through the freshly loaded content, to the QR.
    REQUIRE(kiosk.tap(text(kiosk, "staff.close")));
    REQUIRE(kiosk.visible("Beroepenmarkt Zuiderstad") == false);  // the event name is text, not a button
    test::walk_to_finish(kiosk);
    REQUIRE(kiosk.app().kiosk().visit().take_home);
    const std::string shot = test::shot_path("staff-loaded-finish");
    REQUIRE(kiosk.screenshot(shot));
    CHECK(test::decode_qr_png(shot) == std::vector<std::string>{kiosk.app().kiosk().visit().take_home->link});
    REQUIRE(kiosk.tap(text(kiosk, "finish.done")));
    corner_taps(kiosk, 5);
    type_pin(kiosk, kPin);
    REQUIRE(kiosk.tap(text(kiosk, "staff.roll_back")));
    CHECK(kiosk.app().pack().event.name == "Open dag ROC Zuiderpoort");

    REQUIRE(kiosk.tap(text(kiosk, "staff.export")));
    CHECK(desk.message.find("statistiek-OD-2026-11-") != std::string::npos);
    std::string csv;
    for (const auto& entry : fs::directory_iterator(fs::path(zip).parent_path()))
        if (entry.path().extension() == ".csv") csv = test::read_file(entry.path().string());
    CHECK(csv.find(";bezoekers;;2\n") != std::string::npos);  // before and after the load
    CHECK(csv.find(";afgerond;;2\n") != std::string::npos);
    REQUIRE(kiosk.tap(text(kiosk, "staff.eject")));
    CHECK(desk.message == text(kiosk, "staff.ejected"));

    // A new visitor gets the kiosk as before.
    REQUIRE(kiosk.tap(text(kiosk, "staff.close")));
    REQUIRE(kiosk.tap(text(kiosk, "attract.start")));
    CHECK(kiosk.app().kiosk().session().screen == Screen::Question);
}

TEST_CASE("A pack that is not signed by a trusted key is shown with its problems and cannot be loaded") {
    test::TempDir media("kiosk-media");
    const fs::path stick = fs::path(media.path) / "STICK";
    fs::create_directories(stick);
    PackFiles unsigned_pack = test::default_pack();
    unsigned_pack.erase(kSignatureFile);
    write_pack_zip(unsigned_pack, (stick / "zelfgemaakt.zip").string());
    HeadlessKiosk kiosk(staff_options(media.path), test::kStartTime);
    corner_taps(kiosk, 5);
    type_pin(kiosk, kPin);
    kiosk.advance(3);
    const StaffDesk& desk = kiosk.app().kiosk().staff().desk;
    CHECK_FALSE(desk.can_load);
    REQUIRE_FALSE(desk.stick_problems.empty());
    CHECK(desk.stick_problems.front().find("niet ondertekend") != std::string::npos);
    const std::string before = kiosk.app().pack().pack.name;
    kiosk.tap(text(kiosk, "staff.load"));  // shown, but not enabled
    CHECK(kiosk.app().store().previous_pack() == std::nullopt);
    CHECK(kiosk.app().pack().pack.name == before);
    REQUIRE(kiosk.screenshot(test::shot_path("staff-desk-refused")));
}

TEST_CASE("A staff desk left alone closes itself, leaving the kiosk asks first") {
    test::TempDir media("kiosk-media");
    HeadlessKiosk kiosk(staff_options(media.path), test::kStartTime);
    corner_taps(kiosk, 5);
    type_pin(kiosk, kPin);
    REQUIRE(kiosk.app().kiosk().staff().view == StaffView::Desk);
    kiosk.advance(130);
    CHECK(kiosk.app().kiosk().staff().view == StaffView::Closed);
    corner_taps(kiosk, 5);
    type_pin(kiosk, kPin);
    REQUIRE(test::tap_scrolling(kiosk, text(kiosk, "staff.quit")));
    CHECK_FALSE(kiosk.app().kiosk().quit_requested());
    // Only the question's two answers can be tapped now.
    CHECK(kiosk.labels() == std::vector<std::string>{text(kiosk, "staff.quit_no"), text(kiosk, "staff.quit_yes")});
    REQUIRE(kiosk.screenshot(test::shot_path("staff-quit-question")));
    REQUIRE(kiosk.tap(text(kiosk, "staff.quit_no")));
    CHECK_FALSE(kiosk.app().kiosk().quit_requested());
    CHECK(kiosk.visible(text(kiosk, "staff.quit")));
    REQUIRE(kiosk.tap(text(kiosk, "staff.quit")));
    REQUIRE(kiosk.tap(text(kiosk, "staff.quit_yes")));
    CHECK(kiosk.app().kiosk().quit_requested());
}

TEST_CASE("Staff print a test ticket from the desk and see the printer's state") {
    test::TempDir media("kiosk-media");
    test::FakePrinter printer(test::FakeBehaviour::Ready);
    AppOptions options = staff_options(media.path);
    options.kiosk.content_dir = test::pack_with_printer(printer.address(), "kiosk-staff-printer");
    HeadlessKiosk kiosk(options, test::kStartTime);
    corner_taps(kiosk, 5);
    type_pin(kiosk, kPin);
    const StaffDesk& desk = kiosk.app().kiosk().staff().desk;
    CHECK(desk.has_printer);
    CHECK(desk.printer == text(kiosk, "printer.idle"));
    REQUIRE(kiosk.tap(text(kiosk, "staff.test_print")));
    // The printer works on its own thread in real time; the kiosk's clock here is simulated. A
    // test ticket is the staff's, not a visitor's: the desk follows it.
    CHECK(test::wait_until([&] {
        kiosk.settle();
        return desk.printer != text(kiosk, "printer.printing");
    }));
    CHECK(desk.printer == text(kiosk, "printer.printed"));
    CHECK_FALSE(kiosk.app().kiosk().visit().print_job);
    const Bitmap printed = test::decode_escpos(printer.received());
    CHECK(test::decode_qr(test::rgba_of(printed), printed.width, printed.height) ==
          std::vector<std::string>{kiosk.app().pack().event.viewer_url});
    fs::remove_all(options.kiosk.content_dir);
}

TEST_CASE("A store found damaged at start: the kiosk runs, and the staff desk says where the old store was set aside") {
    test::TempDir media("kiosk-media");
    test::TempDir folder("kiosk-damaged-store");
    AppOptions options = staff_options(media.path);
    options.kiosk.store_path = folder.path + "/kiosk.db";
    { Store store(options.kiosk.store_path); }
    {
        std::fstream file(options.kiosk.store_path, std::ios::in | std::ios::out | std::ios::binary);
        file.write("geen opslag meer", 16);  // "file is not a database"
    }
    HeadlessKiosk kiosk(options, test::kStartTime);
    REQUIRE(kiosk.app().kiosk().store_notices().size() == 1);
    CHECK(kiosk.visible(text(kiosk, "attract.start")));  // visitors see nothing of it
    CHECK_FALSE(kiosk.shows("beschadigd"));
    corner_taps(kiosk, 5);
    type_pin(kiosk, kPin);
    REQUIRE(kiosk.app().kiosk().staff().view == StaffView::Desk);
    CHECK(kiosk.shows_text(kiosk.app().kiosk().staff().desk.notices.at(0)));
    CHECK(kiosk.shows("De opslag " + options.kiosk.store_path + " was beschadigd"));
    CHECK(kiosk.shows(options.kiosk.store_path + ".beschadigd-"));
    REQUIRE(kiosk.screenshot(test::shot_path("staff-desk-store-damaged")));
}

TEST_CASE("An older pack on the stick: the desk says why, and 'Dit pakket laden' only asks 'Toch laden?' before it loads") {
    test::TempDir media("kiosk-media-older");
    PackFiles files = test::default_pack();
    std::string& manifest = files["pack.ini"];
    manifest.replace(manifest.find("version = 2026.11.1"), 19, "version = 2026.9.30");
    const fs::path stick = fs::path(media.path) / "medewerker" / "STICK";
    fs::create_directories(stick);
    write_pack_zip(sign_pack(files, test::dev_secret_key()), (stick / "oud.zip").string());
    HeadlessKiosk kiosk(staff_options(media.path), test::kStartTime);
    corner_taps(kiosk, 5);
    type_pin(kiosk, kPin);
    kiosk.advance(3);  // the kiosk looks at the stick every few seconds
    REQUIRE(kiosk.app().kiosk().staff().desk.can_load);
    CHECK(kiosk.app().kiosk().staff().desk.stick_older.size() == 1);  // said in red above the button
    REQUIRE(kiosk.tap(text(kiosk, "staff.load")));
    CHECK(kiosk.app().pack().pack.version == "2026.11.1");
    REQUIRE(kiosk.tap(text(kiosk, "staff.load_cancel")));
    CHECK(kiosk.app().pack().pack.version == "2026.11.1");
    REQUIRE(kiosk.tap(text(kiosk, "staff.load")));
    REQUIRE(kiosk.screenshot(test::shot_path("staff-desk-older-pack")));
    REQUIRE(kiosk.tap(text(kiosk, "staff.load_anyway")));
    CHECK(kiosk.app().pack().pack.version == "2026.9.30");
}
