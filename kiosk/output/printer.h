// Sending a ticket to a thermal receipt printer (ESC/POS) on a device file (/dev/usb/lp0) or a
// raw TCP port (9100), or to a CUPS queue (output/cups_printer.h), with time limits everywhere: a printer that is offline, out of paper,
// has its cover open or stops answering gives a state the kiosk can explain, never a hang.
// PrintJob runs the sending on a worker thread, so the UI never waits for a printer.
#pragma once

#include <atomic>
#include <memory>
#include <string>
#include <thread>

#include "output/ticket.h"

namespace kiosk {

struct PrinterSettings {
    PrinterKind kind = PrinterKind::None;
    std::string device;    // EscPos: "/dev/usb/lp0" or "tcp://192.168.1.50:9100"; Cups: the queue
    std::string server;    // Cups only: host[:port] or a socket path; empty = CUPS's default
    int width_dots = 384;  // 384 for 58 mm paper, 576 for 80 mm
    double timeout_seconds = 5;
};

enum class PrinterState { Idle, Printing, Printed, Offline, OutOfPaper, CoverOpen, NotAnswering };

// The key of the Dutch text for a state, in the content's [printer] section.
const char* printer_state_key(PrinterState state);

// The ticket as the printer takes it: ESC/POS raster for a thermal printer, PDF for CUPS.
std::string printer_bytes(const PrinterSettings& settings, const Bitmap& ticket);

// Sends `bytes` (a whole ticket, from printer_bytes) and reports how it went. Blocks for at most
// about four times the timeout.
PrinterState send_to_printer(const PrinterSettings& settings, const std::string& bytes);

class PrintJob {
public:
    // `after`: a job still printing that this one waits for.
    PrintJob(PrinterSettings settings, std::string bytes, std::shared_ptr<const PrintJob> after = nullptr);
    ~PrintJob();  // waits for the worker (bounded by the time limits)
    PrintJob(const PrintJob&) = delete;
    PrintJob& operator=(const PrintJob&) = delete;

    PrinterState state() const { return state_.load(); }

private:
    std::atomic<PrinterState> state_{PrinterState::Printing};
    std::thread worker_;
};

}  // namespace kiosk
