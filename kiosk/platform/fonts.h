// Finds Noto Sans through fontconfig and loads it into Dear ImGui's font atlas at the sizes the
// theme asks for, with the Latin ranges Dutch needs (é, ë, ï, ĳ) and common punctuation.
#pragma once

#include <string>

#include "ui/theme.h"

namespace kiosk {

// Path of the font file fontconfig picks for `pattern` (e.g. "Noto Sans:bold"); empty if none.
std::string find_font_file(const std::string& pattern);

// Throws std::runtime_error (Dutch) when no suitable font is installed.
Fonts load_fonts(const Metrics& metrics);

// The codepoint ranges loaded into the atlas (ImGui format: pairs, zero-terminated).
const ImWchar* glyph_ranges();

}  // namespace kiosk
