// The attract screen, while nobody uses the kiosk: an invitation readable from three metres
// across the hall, a slow loop of this school's programmes with their pictures, the languages,
// and the ways in (alone, together with a parent, the whole offer, "Uitleg mbo").
//
// The loop moves only while one programme gives way to the next (kSlideSeconds, drawn at the
// display's rate) and is completely still in between, so an idle kiosk draws a frame every few
// seconds and sleeps otherwise: attract_seconds_until_redraw tells the platform when to wake.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "ui/picture.h"
#include "ui/screen_parts.h"

namespace kiosk {

namespace {

// One programme, from the start of its slide to the next one's: long enough to read its name
// walking past, and few enough slides that the loop stays within 2 % of a core (each slide is
// some 25 frames and a picture to decode; tools/benchmark measures it).
constexpr double kShowSeconds = 10.0;
constexpr double kSlideSeconds = 0.4;  // the slide from one programme to the next
constexpr double kFrameSeconds = 1.0 / 60.0;

// Where the loop stands `t` seconds after the attract screen appeared: the programme shown
// (counting from 0, endlessly) and how far its slide in has come (1 = in place, still).
struct LoopState {
    long long slot = 0;
    double slide = 1;
};

LoopState loop_state(double t) {
    LoopState state;
    if (t < 0) t = 0;
    state.slot = static_cast<long long>(std::floor(t / kShowSeconds));
    const double into = t - static_cast<double>(state.slot) * kShowSeconds;
    // The first programme is simply there; every later one slides in.
    if (state.slot > 0 && into < kSlideSeconds) state.slide = into / kSlideSeconds;
    return state;
}

// The programme of a slot: a fixed walk through the list with a stride, so consecutive
// programmes mostly come from different domains (the list is grouped by domain).
int loop_programme(std::size_t count, long long slot) {
    if (count == 0) return -1;
    std::size_t stride = 7;
    while (count > 1 && std::gcd(stride, count) != 1) ++stride;
    return static_cast<int>((static_cast<std::size_t>(slot) * stride) % count);
}

// Text drawn larger than its font: laid out at width / scale, then its vertices scaled about
// the top-left corner. A headline this big as a font of its own would cost the atlas megabytes.
void scaled_text(KioskUi& ui, ImFont* font, const std::string& text, TextColour colour, float width, float scale) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const int first = draw->VtxBuffer.Size;
    draw_text(ui.frame, draw, font, at, colour, text, width / scale);
    for (int i = first; i < draw->VtxBuffer.Size; ++i) {
        ImVec2& pos = draw->VtxBuffer[i].pos;
        pos = ImVec2(at.x + (pos.x - at.x) * scale, at.y + (pos.y - at.y) * scale);
    }
    ImGui::Dummy(ImVec2(width, text_height(ui.frame, font, text, width / scale) * scale));
}

// One programme of the loop in [min, max], moved sideways by `shift` and faded to `alpha`: its
// picture (or photo) large, its name under it, and its level and domain.
void showcase_programme(KioskUi& ui, int index, ImVec2 min, ImVec2 max, float shift, float alpha) {
    if (index < 0) return;
    const Metrics& m = ui.frame.metrics;
    const Content& content = ui.content();
    const Programme& programme = content.programmes[static_cast<std::size_t>(index)];
    ImDrawList* draw = ImGui::GetWindowDrawList();
    min.x += shift;
    max.x += shift;
    const float width = max.x - min.x;
    ImFont* name_font = ui.frame.fonts.title;
    const std::string name = fit_lines(ui.frame, name_font, programme.name, width, 3);
    const Domain* domain = content.domain(programme.domain);
    const std::string line = fit_lines(ui.frame, ui.frame.fonts.body,
                                       texts(ui).format("attract.programme", {{"niveau", std::to_string(programme.level)},
                                                                              {"domein", domain ? domain->name : std::string()}}),
                                       width, 2);
    const float name_h = text_height(ui.frame, name_font, name, width);
    const float line_h = text_height(ui.frame, ui.frame.fonts.body, line, width);
    // Large enough to see across the hall, and no larger than the library's 512-pixel pictures: at
    // exactly their size where there is room, so a slide never resizes a picture (resizing took
    // a large part of the attract loop's CPU).
    const float picture_side = std::min({width, max.y - min.y - name_h - line_h - 2 * m.gap, 512.0f});
    min.y += std::max(0.0f, (max.y - min.y - picture_side - name_h - line_h - 2 * m.gap) / 2);  // centred in the room
    const float picture_x = min.x + (width - picture_side) / 2;
    if (picture_side > m.body)
        programme_picture(ui, index, ImVec2(picture_x, min.y), ImVec2(picture_x + picture_side, min.y + picture_side), alpha);
    float y = min.y + std::max(0.0f, picture_side) + m.gap;
    draw_text(ui.frame, draw, name_font, ImVec2(min.x, y), colour::fading(colour::ink, alpha), name, width, Align::Centre);
    y += name_h + m.gap * 0.5f;
    draw_text(ui.frame, draw, ui.frame.fonts.body, ImVec2(min.x, y), colour::fading(colour::muted, alpha), line, width, Align::Centre);
}

// The loop of programmes in [min, max]: the current one still, or sliding in from where reading
// ends while the one before slides out towards where it starts.
void showcase(KioskUi& ui, double now, ImVec2 min, ImVec2 max) {
    const Metrics& m = ui.frame.metrics;
    const std::size_t count = ui.content().programmes.size();
    if (count == 0) return;
    const LoopState state = loop_state(now - ui.kiosk->attract_since());
    const int current = loop_programme(count, state.slot);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    // A panel that stays put with its caption; only the programme in it moves.
    fill_rect(ui.frame, draw, min, max, colour::surface);
    draw->AddRect(min, max, colour::border, 0, 0, m.mm * 0.4f);
    const float inner = max.x - min.x - 2 * m.pad;
    const std::string caption = fit_lines(ui.frame, ui.frame.fonts.bold, T(ui, "attract.showcase"), inner, 2);
    draw_text(ui.frame, draw, ui.frame.fonts.bold, ImVec2(min.x + m.pad, min.y + m.pad), colour::primary, caption, inner, Align::Centre);
    min = ImVec2(min.x + m.pad, min.y + m.pad + text_height(ui.frame, ui.frame.fonts.bold, caption, inner) + m.gap);
    max = ImVec2(max.x - m.pad, max.y - m.pad);
    draw->PushClipRect(min, max, true);
    if (state.slide >= 1) {
        showcase_programme(ui, current, min, max, 0, 1);
    } else {
        // Ease out: quick at first, settling gently into place.
        const auto eased = static_cast<float>(1 - std::pow(1 - state.slide, 3));
        // A carousel: the two side by side, a whole panel apart, so their texts never overlap.
        const float distance = (max.x - min.x + m.pad * 2) * (ui.frame.rtl ? -1.0f : 1.0f);
        // Slid, not faded: blending a large picture costs a software renderer more than moving it.
        showcase_programme(ui, loop_programme(count, state.slot - 1), min, max, -distance * eased, 1);
        showcase_programme(ui, current, min, max, distance * (1 - eased), 1);
    }
    draw->PopClipRect();
}

// The big way in: a wide, tall primary button with the title's type.
bool start_button(KioskUi& ui, const std::string& label, float width) {
    const Metrics& m = ui.frame.metrics;
    ImFont* font = ui.frame.fonts.title;
    const float inner = width - 2 * m.pad;
    const std::string shown = fit_lines(ui.frame, font, label, inner, 2);
    const float text_h = text_height(ui.frame, font, shown, inner);
    const float height = std::max(m.tile_height * 1.4f, text_h + m.body * 1.6f);
    const bool tapped = ImGui::InvisibleButton("##start", ImVec2(width, height));
    record_target(ui.frame, label);
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float rounding = m.body * 0.6f;
    fill_rect(ui.frame, draw, ImVec2(min.x + rounding, min.y), ImVec2(max.x - rounding, max.y), colour::primary);
    fill_rect(ui.frame, draw, ImVec2(min.x, min.y + rounding), ImVec2(min.x + rounding, max.y - rounding), colour::primary);
    fill_rect(ui.frame, draw, ImVec2(max.x - rounding, min.y + rounding), ImVec2(max.x, max.y - rounding), colour::primary);
    for (const ImVec2 corner : {ImVec2(min.x + rounding, min.y + rounding), ImVec2(max.x - rounding, min.y + rounding),
                                ImVec2(min.x + rounding, max.y - rounding), ImVec2(max.x - rounding, max.y - rounding)})
        draw->AddCircleFilled(corner, rounding, colour::primary, 16);
    draw_text(ui.frame, draw, font, ImVec2(min.x + m.pad, (min.y + max.y - text_h) * 0.5f), colour::primary_ink, shown, inner, Align::Centre);
    return tapped;
}

// How many lines the texts of the attract screen's column take at most: in landscape the
// invitation and the ways in share one column, so there each text has fewer.
struct AttractLines {
    int title, subtitle, button, privacy;
};
constexpr AttractLines kPortraitLines{3, 4, 2, 4};
constexpr AttractLines kLandscapeLines{2, 3, 1, 3};

// The invitation: the event, the headline, what it takes.
void invitation(KioskUi& ui, float column, float scale, const AttractLines& lines) {
    const Metrics& m = ui.frame.metrics;
    const float x = ImGui::GetCursorPosX();
    // However long a pack makes them, these leave the loop and the ways in their room.
    text_block(ui.frame, ui.frame.fonts.bold, fit_lines(ui.frame, ui.frame.fonts.bold, ui.content().event.name, column, 2), colour::muted, column);
    ImGui::Dummy(ImVec2(1, m.gap * 0.5f));
    ImGui::SetCursorPosX(x);
    scaled_text(ui, ui.frame.fonts.title, fit_lines(ui.frame, ui.frame.fonts.title, T(ui, "attract.title"), column / scale, lines.title), colour::ink,
                column, scale);
    ImGui::SetCursorPosX(x);
    const std::string subtitle = texts(ui).format("attract.subtitle", {{"totaal", std::to_string(ui.content().questions.size())}});
    text_block(ui.frame, ui.frame.fonts.body, fit_lines(ui.frame, ui.frame.fonts.body, subtitle, column, lines.subtitle), colour::ink, column);
}

// The ways in (the languages, read aloud, start, samen, the offer, Uitleg mbo) and the privacy
// line with the pictures' credit, ending at `bottom`: everything a visitor taps stands together
// low on the screen, in the reach band (kiosk.ini [reach]). The group's height is known from the
// frame before; a frame placed by a guess asks for one more (UiFrame::relayout).
void ways_in(KioskUi& ui, float left, float column, float bottom, const AttractLines& lines) {
    const Metrics& m = ui.frame.metrics;
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID key = ImGui::GetID("##ways_in_height");
    const float known = storage->GetFloat(key, -1.0f);
    ImGui::SetCursorPos(ImVec2(left, known > 0 ? bottom - known : m.height * 0.5f));
    ImGui::BeginGroup();
    language_row(ui, column);
    ImGui::SetCursorPosX(left);
    speech_button(ui, column);  // read aloud (when the pack allows it), at the reading start
    ImGui::SetCursorPosX(left);
    if (start_button(ui, T(ui, "attract.start"), column)) ui.emit(IntentKind::StartAlone);
    ImGui::Dummy(ImVec2(1, m.gap * 0.01f));  // the item spacing, one gap, follows
    if (button(ui.frame, T(ui, "together.start"), ButtonStyle::Quiet, column, true, lines.button)) ui.emit(IntentKind::StartTogether);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() - m.gap * 0.5f);
    if (button(ui.frame, T(ui, "browse.open"), ButtonStyle::Quiet, column, true, lines.button)) ui.emit(IntentKind::StartBrowse);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() - m.gap * 0.5f);
    if (button(ui.frame, T(ui, "explain.open"), ButtonStyle::Quiet, column, true, lines.button)) ui.emit(IntentKind::OpenExplain);
    const std::string privacy = T(ui, "attract.privacy") + " " + T(ui, "attract.credits");
    text_block(ui.frame, ui.frame.fonts.small, fit_lines(ui.frame, ui.frame.fonts.small, privacy, column, lines.privacy), colour::muted, column);
    ImGui::EndGroup();
    const float height = ImGui::GetItemRectSize().y;
    if (std::abs(height - known) > 0.5f) ui.frame.relayout = true;
    storage->SetFloat(key, height);
}

}  // namespace

double attract_seconds_until_redraw(const Kiosk& kiosk, double now) {
    const double t = std::max(0.0, now - kiosk.attract_since());
    const LoopState state = loop_state(t);
    if (state.slide < 1) return kFrameSeconds;
    // Still until the next programme starts to slide in.
    const double next = static_cast<double>(state.slot + 1) * kShowSeconds;
    return std::max(kFrameSeconds, next - t);
}

void draw_attract(KioskUi& ui, double now) {
    const Metrics& m = ui.frame.metrics;
    const bool rtl = ui.frame.rtl;
    // The printer's trouble, for staff, takes the last lines at the bottom when there is any.
    std::string trouble;
    if (const auto state = ui.kiosk->printer_trouble())
        trouble = texts(ui).format("printer.staff", {{"status", T(ui, printer_state_key(*state))}});
    if (m.portrait) {
        // Top to bottom: the invitation, the loop of programmes filling the middle, the ways in
        // where hands reach.
        const float column = m.width - 4 * m.pad;
        const float left = 2 * m.pad;
        const float trouble_h = trouble.empty() ? 0 : text_height(ui.frame, ui.frame.fonts.small, trouble, column) + m.gap;
        ImGui::SetCursorPos(ImVec2(left, 2 * m.pad));
        ImGui::BeginGroup();
        invitation(ui, column, 1.6f, kPortraitLines);
        ImGui::EndGroup();
        const float loop_top = ImGui::GetItemRectMax().y + 2 * m.gap;
        const float bottom = std::min(m.height - 2 * m.pad - trouble_h, m.band_bottom());
        ways_in(ui, left, column, bottom, kPortraitLines);
        const float loop_bottom = ImGui::GetItemRectMin().y - 2 * m.gap;
        showcase(ui, now, ImVec2(left, loop_top), ImVec2(left + column, loop_bottom));
        if (!trouble.empty()) {
            ImGui::SetCursorPos(ImVec2(left, m.height - 2 * m.pad - trouble_h + m.gap));
            text_block(ui.frame, ui.frame.fonts.small, trouble, colour::accent, column);
        }
    } else {
        // Side by side: the invitation and the ways in where reading starts, the loop beside them.
        const float column = std::min(m.width * 0.5f - 3 * m.pad, m.body * 26.0f);
        const float start_x = rtl ? m.width - 2 * m.pad - column : 2 * m.pad;
        const float loop_left = rtl ? 2 * m.pad : start_x + column + 3 * m.pad;
        const float loop_right = rtl ? start_x - 3 * m.pad : m.width - 2 * m.pad;
        const float trouble_h = trouble.empty() ? 0 : text_height(ui.frame, ui.frame.fonts.small, trouble, column) + m.gap;
        ImGui::SetCursorPos(ImVec2(start_x, m.pad));
        ImGui::BeginGroup();
        invitation(ui, column, 1.25f, kLandscapeLines);  // the Dutch headline on one line beside the loop
        ImGui::EndGroup();
        const float bottom = std::min(m.height - m.pad - trouble_h, m.band_bottom());
        ways_in(ui, start_x, column, bottom, kLandscapeLines);
        showcase(ui, now, ImVec2(loop_left, 2 * m.pad), ImVec2(loop_right, m.height - 2 * m.pad));
        if (!trouble.empty()) {
            ImGui::SetCursorPos(ImVec2(start_x, m.height - m.pad - trouble_h + m.gap));
            text_block(ui.frame, ui.frame.fonts.small, trouble, colour::accent, column);
        }
    }
    // The hidden way in for staff: five quick taps in the top right corner. Not a hit target a
    // visitor can read, and nothing shows until the gesture is complete.
    const float corner = m.mm * 15;
    ImGui::SetCursorPos(ImVec2(m.width - corner, 0));
    if (ImGui::InvisibleButton("##staff", ImVec2(corner, corner))) ui.emit(IntentKind::StaffCorner);
}

}  // namespace kiosk
