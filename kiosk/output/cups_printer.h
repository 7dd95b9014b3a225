// Sending a ticket to a CUPS queue (office printers, label printers, anything CUPS drives), with
// the same promise as the ESC/POS path: time limits everywhere, and a state the kiosk can
// explain when the printer is off, out of paper or has its cover open.
#pragma once

#include <string>

#include "output/printer.h"

namespace kiosk {

// Submits `pdf` to the queue `settings.device` (the server's default queue when empty) on
// `settings.server` (host[:port] or a socket path; CUPS's own default when empty) and follows
// the job until it is printed or the time limit runs out. A job that cannot print now is
// cancelled, so a stale ticket never comes out for the next visitor.
PrinterState send_to_cups(const PrinterSettings& settings, const std::string& pdf);

}  // namespace kiosk
