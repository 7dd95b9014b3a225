// Pieces the screens share: texts by key, the footer bar, bullets, tiles in rows, fit bars, the
// programme's facts; and the screens themselves, one file each under kiosk/ui/.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/reach.h"
#include "ui/screens.h"

namespace kiosk {

const Texts& texts(const KioskUi& ui);
std::string T(const KioskUi& ui, const std::string& key);
const Programme& programme_at(const KioskUi& ui, int index);

// Fills the screen with the one window every screen draws in.
void begin_screen();

// The stand: where a visitor can reach (core/reach.h). Sets Metrics::reach_top/reach_bottom from
// kiosk.ini's [reach] (`mount`), or from default_mount() for the screen's shape without it.
void set_reach_band(Metrics& metrics, const std::optional<ScreenMount>& mount);
// Vertical placement on a stand. The footer stands at the bottom of the reach band and the scroll
// area above it never starts above the band, so every control a visitor needs is in reach; what
// is only read (a title, a question) may stand higher. Before drawing a heading `heading` tall
// that a scroll area `scroll_id` follows, this moves the cursor down: at least so far that the
// scroll area starts in the band, and in portrait, when last frame's content was short, so far
// that heading and content stand together in the middle of the room left, not in the top third.
// `above_footer`: the height of bars drawn between the scroll area and the footer.
void reach_heading(KioskUi& ui, float heading, const char* scroll_id, float above_footer = 0);
// A screen's title, and its introduction when it has one (text keys), above its scroll area
// (placed with reach_heading when `scroll_id` is given).
void screen_heading(KioskUi& ui, const std::string& title_key, const std::string& intro_key = "", const char* scroll_id = nullptr);
// How tall screen_heading draws these texts.
float screen_heading_height(const KioskUi& ui, const std::string& title_key, const std::string& intro_key = "");
// Height left for the scroll area once the footer is reserved, and `above_footer` for bars
// between the two (the compare bar, "Neem mee wat je bekeek"); the footer ends at the bottom of
// the reach band.
float body_height(const KioskUi& ui, float above_footer = 0);
// The height a one-line full-width button takes between the scroll area and the footer.
float bar_button_height(const KioskUi& ui);
void footer_divider(const KioskUi& ui);

enum class FooterTap { None, Back, Next, Middle, Language, Stop };
struct FooterButtons {
    std::string back;            // at the reading start; empty = none
    std::string next;            // at the reading end; empty = none
    bool next_enabled = true;
    std::string middle;          // between them ("Uitleg mbo")
    bool language = false;       // the globe button
    bool speech = false;         // the speaker button beside the globe (it emits its own intent)
    std::string stop;            // "Stoppen" (it asks first); empty = none
};
// A footer bar; a right-to-left language mirrors it. Returns which button was tapped. On a
// portrait screen it has two rows, the same on every screen: the globe, "Uitleg mbo" and
// "Stoppen" above, back and next below; in landscape one row, where there is room for all.
FooterTap footer(KioskUi& ui, const FooterButtons& buttons);
// How tall the footer is, from the end of the scroll area above it.
float footer_height(const KioskUi& ui);
// The footer of the visitor's screens: the language button and "Uitleg mbo" on every screen,
// "Stoppen" when `stop` (their taps become intents here). Returns Back, Next or None.
FooterTap visitor_footer(KioskUi& ui, const std::string& back, const std::string& next, bool next_enabled = true, bool stop = false);
// A question over the whole screen ("Ben je er nog?", "Wil je stoppen?"), its box in the reach
// band; only its buttons can be tapped.
struct QuestionBox {
    std::string title, body;
    std::vector<std::string> buttons;  // the first one prominent
    std::string picture;               // a picture name (ui/picture.h) above the question; optional
    bool speaker = false;              // the speaker button beside it: a visitor's question is read aloud too
};
// Returns the index of the button tapped, or -1.
int question_box(KioskUi& ui, const char* id, const QuestionBox& box);
// A question_box with two answers: going on (`no`, the safe answer, prominent) and `yes`; the
// box's own buttons are these. Returns 1 for `yes`, 0 for `no`, -1 for neither.
int confirm_dialog(KioskUi& ui, const char* id, QuestionBox box, const std::string& yes, const std::string& no);

// A line of text behind a coloured dot: reasons, talking points.
void bullet_line(const KioskUi& ui, const std::string& text, ImU32 dot, float width);
// The order to draw `count` tiles in rows of `columns`, left to right on screen: the first option
// stands where reading starts, so each row is reversed in a right-to-left language.
std::vector<std::size_t> tile_order(std::size_t count, int columns, bool rtl);
// Before tile `at` of `count` in rows of `columns`: the same row, or a new one; in a
// right-to-left language a short last row moves to the right.
void place_tile(const KioskUi& ui, std::size_t at, std::size_t count, int columns, float width);
// A bar `width` wide at the reading start of a `box` wide column, filled to `percent`.
void draw_fit_bar(const KioskUi& ui, int percent, float width, float box);
// "Niveau 3 · BOL en BBL · 3 jaar · Campus Centrum"
std::string facts_line(const KioskUi& ui, const Programme& p);
std::string location_name(const KioskUi& ui, const Programme& p);
// "Campus Centrum, Stationsplein 10, Zuiderstad": the location's name with its address.
std::string location_with_address(const KioskUi& ui, const Programme& p);
// "Kans op werk: groot" for the band column `column` (werkkans, loon, contact); empty when the
// pack does not say.
std::string band_line(const KioskUi& ui, const Programme& p, const std::string& column);
// A card section: a small heading and its text.
void card_section(KioskUi& ui, const std::string& title_key, const std::string& text, float width);
// A heading over a group of card sections ("Na je diploma"), with a rule under it.
void card_group(KioskUi& ui, const std::string& title_key, float width);
// A tinted block with a bar at the reading start: something to act on or to know first. `body`
// draws the text under the heading, wrapped at `inner`.
void highlight_panel(KioskUi& ui, const std::string& heading, float width, const std::function<void(float inner)>& body);
// "Vandaag op de open dag" for this programme as a highlighted block: what, where, when, under
// `heading` (a text already filled in). Draws nothing when the event offers nothing for it.
void today_block(KioskUi& ui, const Programme& p, const std::string& heading, float width);
// The same in one short line ("Vandaag: Lokaal H1.12, Locatie Haven, 10.00 - 14.00 uur"), for lists.
void today_line(KioskUi& ui, const Programme& p, float width);

// The globe button that opens the list of languages, sized for a footer (ui/language_screen.cpp).
bool language_button(KioskUi& ui);
float language_button_width(const KioskUi& ui);
// The speaker button that reads the screen aloud, or stops reading (ui/speech_button.cpp); it
// emits the Speak intent itself, and draws nothing when the kiosk does not read aloud. Given a
// `row` width, it stands at the reading start of that row (the right, in Arabic).
void speech_button(KioskUi& ui, float row = 0);
bool speech_button_shown(const KioskUi& ui);
float speech_button_width(const KioskUi& ui);
// The languages as a row of their own names, the current one marked (the attract screen).
void language_row(KioskUi& ui, float width);

// The screens, one file each.
void draw_attract(KioskUi& ui, double now);   // ui/attract_screen.cpp
void draw_question(KioskUi& ui);              // ui/question_screen.cpp
void draw_results(KioskUi& ui);               // ui/results_screen.cpp
void draw_programme(KioskUi& ui);             // ui/programme_screen.cpp: the programme card
void draw_favourite(KioskUi& ui);             // ui/reflect_screen.cpp: which one is yours
void draw_reflect(KioskUi& ui);               // ui/reflect_screen.cpp: one reflection
void draw_step(KioskUi& ui);                  // ui/reflect_screen.cpp: the next step
void draw_finish(KioskUi& ui);                // ui/finish_screen.cpp
void draw_explain(KioskUi& ui);               // ui/explain_screen.cpp: "Uitleg mbo"
void draw_compare(KioskUi& ui);               // ui/compare_screen.cpp
void draw_browse(KioskUi& ui);                // ui/browse_screen.cpp: the whole offer
// "Neem mee wat je bekeek" above the footer, in the offer and on a card opened from it, once a
// card was opened (ui/browse_screen.cpp); its height, 0 when it is not shown.
float offer_take_home_height(const KioskUi& ui);
void offer_take_home_bar(KioskUi& ui);
void draw_language_choice(KioskUi& ui);       // ui/language_screen.cpp
void draw_idle_question(KioskUi& ui, const IdleState& idle);  // ui/idle_screen.cpp: "Ben je er nog?"
void draw_stop_question(KioskUi& ui);         // ui/idle_screen.cpp: "Wil je stoppen?"
void draw_quit_question(KioskUi& ui);         // ui/idle_screen.cpp: "Kiosk afsluiten?" on the staff desk
void draw_staff_pin(KioskUi& ui);             // ui/staff_pin_screen.cpp
void draw_staff_desk(KioskUi& ui);            // ui/staff_desk_screen.cpp

}  // namespace kiosk
