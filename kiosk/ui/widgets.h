// The few widgets the screens are built from: big tiles and buttons with wrapped text. Each
// records its label and place, so the headless driver can tap it by what a pupil reads.
#pragma once

#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

#include <imgui.h>

#include "language/bidi.h"
#include "ui/theme.h"

namespace kiosk {

struct HitTarget {
    std::string label;
    ImVec2 min, max;       // visible part, in screen pixels
    bool clipped = false;  // partly hidden by the edge of a scroll area
    bool pressed = false;  // drawn pressed: a finger is down on it (UiFrame::press)
    bool selected = false; // drawn as chosen (an answer tile, a ticked box)
    bool shaded = false;   // a text under the question over the screen ("Ben je er nog?")
};

// A finger that is down and may still become a tap (not a drag): what it is on looks pressed
// from the next frame on, so the visitor sees the kiosk felt it. The action waits for the release.
struct Press {
    bool down = false;
    ImVec2 at;  // where the finger came down
};

// Large solid rectangles are what a software renderer spends most of a frame on when they go
// through ImGui's triangles. The platform layer can offer a fast rectangle fill instead: it then
// sets `callback`, which receives a SolidRect as the draw command's user data.
struct SolidRect {
    void* context = nullptr;
    ImVec2 min, max;
    ImU32 colour = 0;
};

struct SolidFill {
    ImDrawCallback callback = nullptr;
    void* context = nullptr;
};

struct UiFrame {
    Metrics metrics;
    SolidFill solid_fill;
    std::deque<SolidRect> solid_rects;  // kept until the frame has been rendered
    Fonts fonts;
    std::vector<HitTarget> targets;  // filled while drawing, read by the headless driver
    Press press;                     // set by the platform layer before each frame
    float scroll_request = 0;        // drag or coast to apply to this frame's scroll area
    float scroll_y = 0;              // where the last scroll area drawn stands from the next frame on (for tests)
    int visitor = 0;                 // counts wipes: a new visitor sees every list from the top
    bool scroll_hit_edge = false;    // the scroll area could not move further
    bool rtl = false;                // the visitor's language runs right to left: mirror the layout
    // A block was placed from last frame's sizes and moved: draw another frame before resting, so
    // the screen (and a tap aimed at it) never stays on the first guess.
    bool relayout = false;
    // The visit's laid-out texts (booth/visit.h): filled while drawing, also where a screen only
    // reads the frame.
    LaidOutTexts* laid_out = nullptr;
    mutable std::vector<std::string> overflows;  // texts with a word wider than their box
    mutable std::vector<std::string> cut;        // texts fit_lines shortened (a translation too long for its place)
    // Headless only: every text drawn this frame with its visible part (empty when scrolled out
    // of view), so a test can read what a screen says (a text is not a target: it cannot be
    // tapped). Off in the kiosk itself, where it would copy every text every frame.
    bool record_texts = false;
    mutable std::vector<HitTarget> texts;
};

enum class ButtonStyle { Primary, Secondary, Quiet };

// A full-width answer tile; text wraps. Returns true when tapped. `several`: one of several
// choices, marked with a square box instead of a round dot. `picture` > 0 leaves a square of that
// side between the mark and the text, at answer_tile_picture_at of the tile's rect.
bool answer_tile(UiFrame& ui, const std::string& id, const std::string& text, bool selected, float width, bool several = false,
                 float picture = 0);
ImVec2 answer_tile_picture_at(const UiFrame& ui, ImVec2 min, ImVec2 max, float picture);
// A button with a single line (wrapping if it must). `width` 0 = fit the text.
// Its label wraps to at most `max_lines` lines (a bar's buttons: one).
bool button(UiFrame& ui, const std::string& label, ButtonStyle style, float width = 0, bool enabled = true, int max_lines = 3);
// The height button() gives `label` at `width`, to reserve room for it before it is drawn.
float button_height(const UiFrame& ui, const std::string& label, float width, int max_lines = 3);

// A row of choices that wraps onto the next line, from the right in a right-to-left language;
// `width` 0 = the available width. Returns the index tapped, or -1.
// A chip is at most `max_chip` wide (0: the row's width), its label on one line.
int chip_row(UiFrame& ui, const std::vector<std::string>& labels, int selected, float width = 0, float max_chip = 0);

// A square box of `half` half-width around `centre`, ticked or empty (a choice of several).
void check_box(const UiFrame& ui, ImDrawList* draw, ImVec2 centre, float half, bool ticked);

// Text that wraps at the available width. Right-to-left paragraphs align to the right.
void text_block(const UiFrame& ui, ImFont* font, const std::string& text, TextColour colour, float wrap_width = 0);
// Height of `text` wrapped at `width`.
float text_height(const UiFrame& ui, ImFont* font, const std::string& text, float width);
float text_width(const UiFrame& ui, ImFont* font, const std::string& text);
// `text`, cut so that wrapped at `width` it takes at most `max_lines` lines, ending in "…" when
// cut (at a word where one ends close enough). For the parts of a screen that do not scroll (a
// title, an introduction, a label): whatever a pack holds, they leave room for the rest.
std::string fit_lines(const UiFrame& ui, ImFont* font, const std::string& text, float width, int max_lines);
enum class Align { Start, Centre };
// Draws `text` wrapped at `width` from `at`: every text of the kiosk goes through here, so
// Arabic is reordered and joined, and a word that does not fit is reported in ui.overflows.
void draw_text(const UiFrame& ui, ImDrawList* draw, ImFont* font, ImVec2 at, TextColour colour, const std::string& text, float width,
               Align align = Align::Start);

// Records the last item as a target; `selected` when it shows a choice as made.
void record_target(UiFrame& ui, const std::string& label, bool selected = false);
// Records a target over part of an item (a card whose own buttons are targets of their own).
void record_target_rect(UiFrame& ui, const std::string& label, ImVec2 min, ImVec2 max, bool selected = false);
// Whether the last item is pressed: the finger is down on its visible part, or ImGui holds it
// (the tap being delivered).
bool item_pressed(const UiFrame& ui);
// The fill of a widget while pressed: a shade darker.
ImU32 pressed_colour(ImU32 colour);

// An opaque rectangle, drawn with the platform's fast fill when it offers one.
void fill_rect(UiFrame& ui, ImDrawList* draw, ImVec2 min, ImVec2 max, ImU32 colour);

// Starts a vertical scroll area of the given height; applies the pending drag or coast. It never
// starts above the reach band (Metrics::reach_top): what it holds can be tapped, so it moves
// down and gets shorter by as much.
void begin_scroll_area(UiFrame& ui, const char* id, float height);
void end_scroll_area();
// How tall the content of scroll area `id` (of the current window) was the last time it was
// drawn; -1 when it was not drawn before. Lets a screen place a short list before drawing it.
float last_content_height(const char* id);

}  // namespace kiosk
