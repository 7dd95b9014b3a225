// A headless kiosk on the default content, with helpers to walk through it as a pupil would.
#pragma once

#include <functional>
#include <string>

#include "core/local_time.h"
#include "output/portfolio_link.h"
#include "platform/headless.h"
#include "support/paths.h"

namespace test {

constexpr double kStartTime = 1795860000.0;  // 2026-11-28, the open day, on the hour

// The hour of kStartTime as the statistics write it: a visit begun in the minutes after counts there.
inline std::string hour_of_start() { return kiosk::local_time(kStartTime, "%Y-%m-%d %H:00"); }

inline kiosk::AppOptions headless_options(int width, int height, const std::string& content = content_dir()) {
    kiosk::AppOptions options;
    options.width = width;
    options.height = height;
    options.dpi = 92;
    options.kiosk.content_dir = content;
    options.kiosk.store_path = ":memory:";
    options.kiosk.trusted_keys = {dev_public_key()};
    return options;
}

// Answers every question from `first` on with its first option(s), tapping tiles by their text;
// screenshots each question when `shots` names a prefix.
void answer_all_questions(kiosk::HeadlessKiosk& kiosk, const std::string& shots = "", std::size_t first = 0);

// From the results: "Neem je uitslag mee", the first programme shown as the favourite when none
// was marked, each reflection's first option, the first next step, and on to the finish screen.
// Screenshots the favourite, the first reflection and the step screen when `shot` is set.
void reflect_and_finish(kiosk::HeadlessKiosk& kiosk, const std::string& shot = "");

// Screenshots the finish screen to build/screenshots/<name>.png and reads its QR code with zbar:
// it must be exactly the visitor's portfolio link. Returns the result the link carries.
kiosk::PortfolioResult read_finish_qr(kiosk::HeadlessKiosk& kiosk, const std::string& name);

// A whole walk-through from the attract screen to the finish screen, first options throughout.
void walk_to_finish(kiosk::HeadlessKiosk& kiosk);

// "Samen met mijn ouder/verzorger" from the attract screen to the results: the pupil picks first
// options; the parent picks the second option of single-choice key questions (so they differ
// there) and the first of multiple-choice ones (so they agree). Returns how many turns the
// parent took; screenshots the first parent turn when `shot` is set.
int walk_together_to_results(kiosk::HeadlessKiosk& kiosk, const std::string& shot = "",
                             const std::function<void()>& at_first_parent_turn = {});

// Taps the widget with this label, dragging the list up a little at a time until it shows, as
// a pupil would.
bool tap_scrolling(kiosk::HeadlessKiosk& kiosk, const std::string& label);

// Waits until the visitor's ticket (or the staff's test ticket) has printed or failed, drawing
// frames meanwhile; Printing when that did not happen within test::kPatience.
kiosk::PrinterState wait_for_printer(kiosk::HeadlessKiosk& kiosk);

std::string shot_path(const std::string& name);

// What a visitor sees must fit: no word wider than its box, no two buttons over each other, no
// two texts over each other, and every button on the screen. A "word" of one letter ten times
// (the limit tests' filler without spaces) is cut off at the edge of its box, as documented.
void check_layout(const kiosk::UiFrame& frame);

// The name a language has on the attract screen's row and in the list (in its own words);
// FAILs when the pack does not offer it.
std::string language_name(const kiosk::HeadlessKiosk& kiosk, const std::string& code);

// A signed copy of the default content whose [printer] points at `device` (of `server`, for
// CUPS), written to a temp folder; returns the folder.
std::string pack_with_printer(const std::string& device, const std::string& name, const std::string& kind = "escpos",
                              const std::string& server = "");

}  // namespace test
