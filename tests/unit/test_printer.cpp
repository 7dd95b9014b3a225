#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>

#include <unistd.h>

#include "output/printer.h"
#include "output/take_home.h"
#include "output/ticket.h"
#include "output/font_files.h"
#include "support/cups_server.h"
#include "support/escpos.h"
#include "support/paths.h"
#include "support/patience.h"
#include "support/qr_decode.h"
#include "support/random_answers.h"

using namespace kiosk;

namespace {

struct Ticket {
    std::string link;
    std::string bytes;  // ESC/POS
    Bitmap bitmap;
};

Ticket a_ticket() {
    const Content& content = test::default_content();
    std::mt19937 random(31);
    const Session session = test::finished_session(content, random, 1795860000.0);
    const TakeHome home = take_home(content, session, 1795860120.0);
    const Bitmap bitmap = render_ticket(ticket_text(content, session, home), 384, read_ticket_fonts());
    return {home.link, escpos_ticket(bitmap), bitmap};
}

// The kiosk's printer timeout is short only where a test is about giving up on a printer that
// does not answer; elsewhere a busy machine must not turn a slow answer into a fault.
PrinterSettings settings_for(const std::string& device, double timeout = test::kPatientPrinterSeconds) {
    PrinterSettings settings;
    settings.kind = PrinterKind::EscPos;
    settings.device = device;
    settings.timeout_seconds = timeout;
    return settings;
}

// What the printer's time limit is tested with: short, so the test does not take long.
constexpr double kShortTimeout = 1.0;

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
    const auto started = std::chrono::steady_clock::now();  // reported, not asserted: a busy machine is slow
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
        CHECK(send_to_printer(settings_for(printer.address(), kShortTimeout), ticket.bytes) == PrinterState::NotAnswering);
    }
    {
        test::FakePrinter printer(test::FakeBehaviour::Drop);
        const PrinterState state = send_to_printer(settings_for(printer.address(), kShortTimeout), ticket.bytes);
        CHECK((state == PrinterState::Offline || state == PrinterState::NotAnswering));
    }
    // Nobody listening, and a device that does not exist.
    CHECK(send_to_printer(settings_for("tcp://127.0.0.1:1", kShortTimeout), ticket.bytes) == PrinterState::Offline);
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
    {
        // The printer holds the ticket back until the test lets it go, so the job cannot be
        // done yet when its constructor returns: the printing happens on another thread. (No
        // stopwatch: on a busy machine "returned quickly" says nothing.)
        test::FakePrinter printer(test::FakeBehaviour::Held);
        PrintJob job(settings_for(printer.address()), ticket.bytes);
        CHECK(job.state() == PrinterState::Printing);
        printer.release();
        CHECK(test::wait_until([&] { return job.state() != PrinterState::Printing; }));
        CHECK(job.state() == PrinterState::Printed);
        CHECK(qr_of(printer.received()) == std::vector<std::string>{ticket.link});
    }
    {
        // A printer that never answers: the job gives up by itself and says so.
        test::FakePrinter printer(test::FakeBehaviour::Stall);
        PrintJob job(settings_for(printer.address(), kShortTimeout), ticket.bytes);
        CHECK(test::wait_until([&] { return job.state() != PrinterState::Printing; }));
        CHECK(job.state() == PrinterState::NotAnswering);
    }
}

// CUPS: a real cupsd of the test's own, with a PDF queue (cups-pdf) and test back-ends.

namespace {

PrinterSettings cups_settings(const test::CupsServer& server, const std::string& queue, double timeout = test::kPatientPrinterSeconds) {
    PrinterSettings settings;
    settings.kind = PrinterKind::Cups;
    settings.device = queue;
    settings.server = server.socket();
    settings.timeout_seconds = timeout;
    return settings;
}

}  // namespace

TEST_CASE("A CUPS PDF queue prints the ticket, and the QR in the PDF is the visitor's link") {
    REQUIRE_CUPS();
    const Ticket ticket = a_ticket();
    test::CupsServer server;
    const std::string out = server.add_pdf_queue("kiosk-pdf");
    const PrinterSettings settings = cups_settings(server, "kiosk-pdf");
    CHECK(send_to_printer(settings, printer_bytes(settings, ticket.bitmap)) == PrinterState::Printed);
    const std::string pdf = test::wait_for_pdf(out);
    REQUIRE(!pdf.empty());
    const std::string png = test::render_pdf(pdf, 203);
    CHECK(test::decode_qr_png(png) == std::vector<std::string>{ticket.link});
    std::filesystem::copy_file(png, test::screenshot_dir() + "/ticket-cups.png", std::filesystem::copy_options::overwrite_existing);
}

TEST_CASE("A CUPS queue that is stopped, missing or on no server is reported offline, and nothing waits to print") {
    REQUIRE_CUPS();
    const Ticket ticket = a_ticket();
    test::CupsServer server;
    server.add_queue("kiosk-stopped", "socket://127.0.0.1:1");
    server.run("cupsdisable kiosk-stopped");
    const std::string pdf = pdf_ticket(ticket.bitmap);
    CHECK(send_to_printer(cups_settings(server, "kiosk-stopped"), pdf) == PrinterState::Offline);
    CHECK(send_to_printer(cups_settings(server, "no-such-queue"), pdf) == PrinterState::Offline);
    PrinterSettings nowhere = cups_settings(server, "kiosk-stopped");
    nowhere.server = server.socket() + ".gone";
    CHECK(send_to_printer(nowhere, pdf) == PrinterState::Offline);
    CHECK(server.active_jobs() == 0);  // no job was left behind
}

TEST_CASE("A CUPS printer that is out of paper, has its cover open, is unreachable or hangs gives a state to explain, the job is cancelled") {
    REQUIRE_CUPS();
    const Ticket ticket = a_ticket();
    test::CupsServer server;
    // Back-ends report a printer's trouble to cupsd as STATE: lines on stderr, then never finish
    // (until the kiosk cancels the job): a back-end that finished would print the ticket.
    server.add_script_queue("paperout", "echo 'STATE: +media-empty-error' >&2\n" + test::kNeverFinishes);
    server.add_script_queue("coveropen", "echo 'STATE: +cover-open-error' >&2\n" + test::kNeverFinishes);
    server.add_script_queue("hangs", test::kNeverFinishes);
    server.add_queue("unreachable", "socket://127.0.0.1:1");
    const std::string pdf = pdf_ticket(ticket.bitmap);
    // The kiosk stops waiting as soon as cupsd names the trouble; however long that takes here.
    CHECK(send_to_printer(cups_settings(server, "paperout"), pdf) == PrinterState::OutOfPaper);
    CHECK(send_to_printer(cups_settings(server, "coveropen"), pdf) == PrinterState::CoverOpen);
    // Giving up on a printer that says nothing is what the time limit is for.
    CHECK(send_to_printer(cups_settings(server, "hangs", kShortTimeout), pdf) == PrinterState::NotAnswering);
    const PrinterState unreachable = send_to_printer(cups_settings(server, "unreachable", kShortTimeout), pdf);
    CHECK((unreachable == PrinterState::Offline || unreachable == PrinterState::NotAnswering));
    // No stale ticket comes out for the next visitor once the printer works again.
    CHECK(server.active_jobs() == 0);
}

TEST_CASE("A CUPS print job runs on its own thread") {
    REQUIRE_CUPS();
    const Ticket ticket = a_ticket();
    test::CupsServer server;
    {
        // The back-end holds the job until the test opens its gate, so the job cannot be done
        // when its constructor returns: the printing happens on another thread.
        const test::TempDir gate("kiosk-cups-gate");
        server.add_script_queue("held", test::wait_for_file_script(gate.path + "/open"));
        const PrinterSettings settings = cups_settings(server, "held");
        PrintJob job(settings, printer_bytes(settings, ticket.bitmap));
        CHECK(job.state() == PrinterState::Printing);
        std::ofstream(gate.path + "/open").close();
        CHECK(test::wait_until([&] { return job.state() != PrinterState::Printing; }));
        CHECK(job.state() == PrinterState::Printed);
    }
    {
        server.add_script_queue("hangs", test::kNeverFinishes);
        const PrinterSettings settings = cups_settings(server, "hangs", kShortTimeout);
        PrintJob job(settings, printer_bytes(settings, ticket.bitmap));
        CHECK(test::wait_until([&] { return job.state() != PrinterState::Printing; }));
        CHECK(job.state() == PrinterState::NotAnswering);
    }
}

TEST_CASE("A CUPS server that stops answering halfway gives up at the job's deadline instead of hanging the printer thread") {
    REQUIRE_CUPS();
    const Ticket ticket = a_ticket();
    test::CupsServer server;
    server.add_queue("kiosk-raw", "socket://127.0.0.1:1");
    const PrinterSettings settings = cups_settings(server, "kiosk-raw", 0.5);
    server.freeze();
    const PrinterState state = send_to_printer(settings, printer_bytes(settings, ticket.bitmap));
    server.thaw();
    CHECK((state == PrinterState::Offline || state == PrinterState::NotAnswering));
}
