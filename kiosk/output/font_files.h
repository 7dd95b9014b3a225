// Finding the kiosk's fonts through fontconfig: Noto Sans and Noto Sans Arabic, regular and
// bold. The screen's atlas (platform/fonts.cpp) and the ticket draw with the same four files.
#pragma once

#include <string>

#include "output/ticket.h"

namespace kiosk {

// Path of the font file fontconfig picks for `pattern` (e.g. "Noto Sans:bold"), when it is of
// the family asked for; empty if none.
std::string find_font_file(const std::string& pattern, const std::string& family = "Noto Sans");

// The four font files the screen and the ticket draw with; empty paths for those not installed.
struct FontFiles {
    std::string regular, bold, arabic, arabic_bold;
};

FontFiles font_files();

// The bytes of the ticket's fonts; empty strings for a font that is not installed
// (render_ticket then throws).
TicketFonts read_ticket_fonts();

}  // namespace kiosk
