// The printed ticket: event and date, the top programmes, the next step, the QR code and the
// short code, laid out as a 1-bit image at the printer's width (384 dots for 58 mm paper, 576
// for 80 mm), and encoded as ESC/POS raster commands for thermal receipt printers.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/content.h"
#include "core/session.h"
#include "output/take_home.h"

namespace kiosk {

struct TicketText {
    std::string heading;                 // event name
    std::string date;                    // as printed, e.g. "28-11-2026"
    std::vector<std::string> programmes; // "Verzorgende IG · niveau 3 · BOL en BBL"
    std::string next_step_title;
    std::string next_step;
    std::string home_title;                  // "samen": questions to take home
    std::vector<std::string> home_questions;
    std::string scan_hint;
    std::string code_label;
    std::string code;
    std::string link;  // what the QR code holds
    bool rtl = false;  // the visitor's language runs right to left
};

// The TrueType files the ticket is drawn with (their bytes): Noto Sans, and Noto Sans Arabic for
// the letters Noto Sans lacks.
struct TicketFonts {
    std::string regular, bold;
    std::string arabic, arabic_bold;
};

TicketText ticket_text(const Content& content, const Session& session, const TakeHome& home);

struct Bitmap {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> dots;  // width * height, 1 = black

    bool dot(int x, int y) const { return dots[static_cast<std::size_t>(y * width + x)] != 0; }
};

// Lays the ticket out at `width` dots, in the visitor's language (right to left where it runs
// so). Throws std::runtime_error when a font cannot be read.
Bitmap render_ticket(const TicketText& text, int width, const TicketFonts& fonts);

// ESC/POS: initialise, the image as GS v 0 raster bands, feed and cut.
std::string escpos_ticket(const Bitmap& ticket);

// A one-page PDF of the ticket at its real size (the dots at `dots_per_inch`), for CUPS: office
// and label printers take PDF, and a 58 mm ticket stays 58 mm wide on A4.
std::string pdf_ticket(const Bitmap& ticket, int dots_per_inch = 203);

}  // namespace kiosk
