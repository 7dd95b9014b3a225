// Loads Noto Sans (found by output/font_files.h) into Dear ImGui's font atlas at the sizes the
// theme asks for: the Latin, Cyrillic and Arabic letters of the kiosk's languages.
#pragma once

#include "ui/theme.h"

namespace kiosk {

// Throws std::runtime_error (Dutch) when no suitable font is installed.
Fonts load_fonts(const Metrics& metrics);

}  // namespace kiosk
