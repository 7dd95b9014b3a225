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
// Back at the reading start of a footer bar, next at its end, the language button beside back
// and one more in the middle when it fits; a right-to-left language mirrors the bar. Returns
// which was tapped (0 none, 1 left/back, 2 right/next, 3 middle, 4 language).
int footer(KioskUi& ui, const std::string& left, const std::string& right, bool right_enabled = true,
           const std::string& middle = "", bool language = false);

// The footer of the visitor's screens: the language button and "Uitleg mbo", on every screen.
int visitor_footer(KioskUi& ui, double now, const std::string& left, const std::string& right, bool right_enabled = true);

// The globe button that opens the list of languages, sized for a footer (ui/language_screen.cpp).
bool language_button(KioskUi& ui);
float language_button_width(const KioskUi& ui);
// The languages as a row of their own names, the current one marked (the attract screen).
void language_row(KioskUi& ui, double now, float width);
// The list of languages, one big button each (Screen::Language).
void draw_language_choice(KioskUi& ui, double now);

// "Uitleg mbo" (ui/explain_screen.cpp).
void draw_explain(KioskUi& ui, double now);
// The whole offer without the questions (ui/browse_screen.cpp).
void draw_browse(KioskUi& ui, double now);
// Two or three programmes side by side (ui/compare_screen.cpp).
void draw_compare(KioskUi& ui, double now);
// "Niveau 3 · BOL en BBL · 3 jaar · Campus Centrum"
std::string facts_line(const KioskUi& ui, const Programme& p);
std::string location_name(const KioskUi& ui, const Programme& p);
// A card section: a small heading and its text.
void card_section(KioskUi& ui, const std::string& title_key, const std::string& text, float width);

}  // namespace kiosk
