// Pieces the screens share (ui/screens.cpp, ui/staff_screens.cpp): texts by key, the footer bar.
#pragma once

#include <string>

#include "ui/screens.h"

namespace kiosk {

const Texts& texts(const KioskUi& ui);
std::string T(const KioskUi& ui, const std::string& key);
// Height left for the scroll area once a footer bar is reserved.
float body_height(const KioskUi& ui);
void footer_divider(const KioskUi& ui);
// Two buttons at the ends of a footer bar, and one in the middle when it fits; returns which
// was tapped (0 none, 1 left, 2 right, 3 middle).
int footer(KioskUi& ui, const std::string& left, const std::string& right, bool right_enabled = true,
           const std::string& middle = "");

// "Uitleg mbo" (ui/explain_screen.cpp).
void draw_explain(KioskUi& ui, double now);

}  // namespace kiosk
