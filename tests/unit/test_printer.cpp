#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>

#include <unistd.h>

#include "output/printer.h"
#include "output/take_home.h"
#include "output/ticket.h"
#include "platform/fonts.h"
#include "support/escpos.h"
#include "support/paths.h"
#include "support/qr_decode.h"
#include "support/random_answers.h"

using namespace kiosk;

namespace {

struct Ticket {
    std::string link;
    std::string bytes;
};

Ticket a_ticket() {
    const Content& content = test::default_content();
    std::mt19937 random(31);
    const Session session = test::finished_session(content, random, 1795860000.0);
    const TakeHome home = take_home(content, session, 1795860120.0);
    const Bitmap bitmap = render_ticket(ticket_text(content, session, home), 384,
                                        test::read_file(find_font_file("Noto Sans:style=Regular")),
                                        test::read_file(find_font_file("Noto Sans:style=Bold")));
    return {home.link, escpos_ticket(bitmap)};
}

PrinterSettings settings_for(const std::string& device) {
    PrinterSettings settings;
    settings.kind = "escpos";
    settings.device = device;
    settings.timeout_seconds = 1.0;
    return settings;
}

std::vector<std::string> qr_of(const std::string& bytes) {
    const Bitmap printed = test::decode_escpos(bytes);
    return test::decode_qr(test::rgba_of(printed), printed.width, printed.height);
}

}  // namespace

TEST_CASE("A network printer on port 9100 receives the ticket, and its QR is the visitor's link") {
    const Ticket ticket = a_ticket();
    test::FakePrinter printer(test::FakeBehaviour::Ready);
    CHECK(send_to_printer(settings_for(printer.address()), ticket.bytes) == PrinterState::Printed);
    CHECK(qr_of(printer.received()) == std::vector<std::string>{ticket.link});
}

TEST_CASE("Printer faults give a state to explain, within the time limits") {
    const Ticket ticket = a_ticket();
    const auto started = std::chrono::steady_clock::now();
    {
        test::FakePrinter printer(test::FakeBehaviour::OutOfPaper);
        CHECK(send_to_printer(settings_for(printer.address()), ticket.bytes) == PrinterState::OutOfPaper);
    }
    {
        test::FakePrinter printer(test::FakeBehaviour::CoverOpen);
        CHECK(send_to_printer(settings_for(printer.address()), ticket.bytes) == PrinterState::CoverOpen);
    }
    {
        test::FakePrinter printer(test::FakeBehaviour::Stall);
        CHECK(send_to_printer(settings_for(printer.address()), ticket.bytes) == PrinterState::NotAnswering);
    }
    {
        test::FakePrinter printer(test::FakeBehaviour::Drop);
        const PrinterState state = send_to_printer(settings_for(printer.address()), ticket.bytes);
        CHECK((state == PrinterState::Offline || state == PrinterState::NotAnswering));
    }
    // Nobody listening, and a device that does not exist.
    CHECK(send_to_printer(settings_for("tcp://127.0.0.1:1"), ticket.bytes) == PrinterState::Offline);
    CHECK(send_to_printer(settings_for("/dev/usb/lp-does-not-exist"), ticket.bytes) == PrinterState::Offline);
    INFO("all faults took " << std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count() << " s");
}

TEST_CASE("A device-file printer receives the whole ticket") {
    const Ticket ticket = a_ticket();
    const std::string path = (std::filesystem::temp_directory_path() / ("kiosk-fake-lp0-" + std::to_string(::getpid()))).string();
    std::ofstream(path, std::ios::trunc).close();
    CHECK(send_to_printer(settings_for(path), ticket.bytes) == PrinterState::Printed);
    CHECK(qr_of(test::read_file(path)) == std::vector<std::string>{ticket.link});
    std::filesystem::remove(path);
}

TEST_CASE("A print job runs on its own thread and reports its state") {
    const Ticket ticket = a_ticket();
    test::FakePrinter printer(test::FakeBehaviour::Stall);
    const auto started = std::chrono::steady_clock::now();
    PrintJob job(settings_for(printer.address()), ticket.bytes);
    // Starting the job returned at once, while the stalled printer keeps it busy.
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::milliseconds(200));
    CHECK(job.state() == PrinterState::Printing);
    for (int i = 0; i < 100 && job.state() == PrinterState::Printing; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    CHECK(job.state() == PrinterState::NotAnswering);
}
