// Pictures on the screens: a picture of the library or the pack by name, or a programme's best
// image (its photo when the pack has one, else its own picture, else its domain's). Drawn from the
// platform's texture cache (KioskUi::pictures), fitted inside a box and centred, never stretched.
#pragma once

#include <string>

#include "ui/screens.h"

namespace kiosk {

// Draws the picture `key` fitted into [min, max], `alpha` opaque; false (and nothing drawn) when
// there is none.
bool draw_picture(KioskUi& ui, const std::string& key, ImVec2 min, ImVec2 max, float alpha = 1);

// The key of a programme's best image: "photos/..." when it has a photo, else its picture name,
// else its domain's; empty when none. `photo`: whether a photo may be chosen.
std::string programme_picture_key(const Content& content, int programme, bool photo = true);

// Draws programme `index`'s best image into [min, max]; a photo fills the box (cropped to it), a
// picture fits inside it. False when the programme has none.
bool programme_picture(KioskUi& ui, int index, ImVec2 min, ImVec2 max, float alpha = 1);

// An answer tile (widgets.h) with the picture `picture` beside its text when one is named: the
// tiles of the questions, the reflections and the next steps, so each reads at a glance. True
// when tapped.
bool picture_tile(KioskUi& ui, const std::string& id, const std::string& text, const std::string& picture, bool selected, float width,
                  bool several = false);

}  // namespace kiosk
