// Finds Noto Sans through fontconfig and loads it into Dear ImGui's font atlas at the sizes the
// theme asks for: the Latin, Cyrillic and Arabic letters of the kiosk's languages.
#pragma once

#include <string>

#include "output/ticket.h"
#include "ui/theme.h"

namespace kiosk {

// Path of the font file fontconfig picks for `pattern` (e.g. "Noto Sans:bold"), when it is of
// the family asked for; empty if none.
std::string find_font_file(const std::string& pattern, const std::string& family = "Noto Sans");

// Throws std::runtime_error (Dutch) when no suitable font is installed.
Fonts load_fonts(const Metrics& metrics);

// The bytes of the ticket's fonts (Noto Sans and Noto Sans Arabic, regular and bold); empty
// strings for a font that is not installed (render_ticket then throws).
TicketFonts read_ticket_fonts();

}  // namespace kiosk
