// The results: the programmes that fit and why, one honest surprise, later routes, the talking
// points of pupil and parent ("samen"), and picking two or three to compare.
#include <algorithm>
#include <cmath>

#include "ui/picture.h"
#include "ui/screen_parts.h"

namespace kiosk {

namespace {

// How well a programme fits, in words on a coloured label: no percentage, which a 15-year-old
// reads as a school mark.
void strength_badge(const KioskUi& ui, MatchStrength strength, float width) {
    const Metrics& m = ui.frame.metrics;
    const std::string label = T(ui, strength_key(strength));
    const ImU32 fill = strength == MatchStrength::Strong ? colour::primary : strength == MatchStrength::Good ? colour::selected : colour::surface;
    const TextColour ink = strength == MatchStrength::Strong ? colour::primary_ink : colour::ink;
    ImFont* font = ui.frame.fonts.bold;
    const ImVec2 size(text_width(ui.frame, font, label), text_height(ui.frame, font, label, 10000.0f));
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const ImVec2 box(size.x + m.pad, size.y + m.pad * 0.4f);
    const ImVec2 at(ui.frame.rtl ? top.x + width - box.x : top.x, top.y);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, ImVec2(at.x + box.x, at.y + box.y), fill, box.y * 0.5f);
    draw->AddRect(at, ImVec2(at.x + box.x, at.y + box.y), colour::primary, box.y * 0.5f, 0, m.mm * 0.3f);
    draw_text(ui.frame, draw, font, ImVec2(at.x + m.pad * 0.5f, at.y + m.pad * 0.2f), ink, label, size.x + 1);
    ImGui::Dummy(ImVec2(box.x, box.y + m.gap * 0.3f));
}

// A domain tile: its picture (when the pack names one) where reading starts, then its name.
float domain_picture_side(const KioskUi& ui, const std::string& picture) { return picture.empty() ? 0 : ui.frame.metrics.tile_height * 0.8f; }
float domain_tile_text(const KioskUi& ui, const std::string& picture, float width) {
    const float side = domain_picture_side(ui, picture);
    return width - ui.frame.metrics.pad - (side > 0 ? side + ui.frame.metrics.pad * 0.5f : 0);
}
float domain_tile_height(const KioskUi& ui, const std::string& name, const std::string& picture, float width) {
    const Metrics& m = ui.frame.metrics;
    return std::max({m.min_target, text_height(ui.frame, ui.frame.fonts.bold, name, domain_tile_text(ui, picture, width)) + m.body * 1.1f,
                     domain_picture_side(ui, picture) + m.pad * 0.5f});
}

// True when tapped.
bool domain_tile(KioskUi& ui, const std::string& name, const std::string& picture, float width, float height) {
    const Metrics& m = ui.frame.metrics;
    const float side = domain_picture_side(ui, picture);
    const float inner = domain_tile_text(ui, picture, width);
    const bool tapped = ImGui::InvisibleButton("##domain", ImVec2(width, height));
    record_target(ui.frame, name);
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    fill_rect(ui.frame, draw, min, max, colour::surface);
    draw->AddRect(min, max, colour::primary, 0, 0, m.mm * 0.4f);
    const float y = (min.y + max.y) * 0.5f;
    const float picture_x = ui.frame.rtl ? max.x - m.pad * 0.5f - side : min.x + m.pad * 0.5f;
    if (side > 0) draw_picture(ui, picture, ImVec2(picture_x, y - side * 0.5f), ImVec2(picture_x + side, y + side * 0.5f));
    const float text_x = ui.frame.rtl ? max.x - m.pad * 0.5f - (side > 0 ? side + m.pad * 0.5f : m.pad * 0.5f) - inner
                                      : min.x + m.pad * 0.5f + (side > 0 ? side + m.pad * 0.5f : m.pad * 0.5f);
    const float text_h = text_height(ui.frame, ui.frame.fonts.bold, name, inner);
    draw_text(ui.frame, draw, ui.frame.fonts.bold, ImVec2(text_x, y - text_h * 0.5f), colour::primary, name, inner);
    return tapped;
}

// Where the answers place the pupil (the admission sentence of their schooling), and when they
// said too little to rank by, ways to look around instead of a list that looks precise.
void placement_section(KioskUi& ui) {
    const Metrics& m = ui.frame.metrics;
    const Ranking& ranking = ui.session().ranking;
    const float width = ImGui::GetContentRegionAvail().x;
    const auto& tracks = ui.content().tracks;
    if (ranking.track >= 0 && static_cast<std::size_t>(ranking.track) < tracks.size() && !tracks[static_cast<std::size_t>(ranking.track)].text.empty())
        highlight_panel(ui, T(ui, "results.start_title"), width, [&](float inner) {
            text_block(ui.frame, ui.frame.fonts.body, tracks[static_cast<std::size_t>(ranking.track)].text, colour::ink, inner);
        });
    if (!ranking.informed) {
        ImGui::Dummy(ImVec2(1, m.gap * 0.3f));
        text_block(ui.frame, ui.frame.fonts.bold, T(ui, "results.little_title"), colour::ink, width);
        text_block(ui.frame, ui.frame.fonts.body, T(ui, "results.little_intro"), colour::muted, width);
        ImGui::Dummy(ImVec2(1, m.gap * 0.3f));
        // The domains of the school, as big tiles: each opens the offer in that domain.
        std::vector<std::string> shown;
        for (const Programme& p : ui.content().programmes)
            if (std::find(shown.begin(), shown.end(), p.domain) == shown.end()) shown.push_back(p.domain);
        const int columns = m.portrait ? 2 : 3;
        const float tile = (width - m.gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
        auto name_of = [&](const std::string& code) {
            const Domain* domain = ui.content().domain(code);
            return domain ? domain->name : code;
        };
        auto picture_of = [&](const std::string& code) {
            const Domain* domain = ui.content().domain(code);
            return domain ? domain->picture : std::string();
        };
        // Tiles of one height, so the rows line up whatever the length of a name.
        float height = 0;
        for (const std::string& code : shown) height = std::max(height, domain_tile_height(ui, name_of(code), picture_of(code), tile));
        // The first domain where reading starts (tile_order mirrors the rows in Arabic).
        const std::vector<std::size_t> order = tile_order(shown.size(), columns, ui.frame.rtl);
        for (std::size_t at = 0; at < order.size(); ++at) {
            const std::string& code = shown[order[at]];
            place_tile(ui, at, order.size(), columns, tile);
            ImGui::PushID(static_cast<int>(order[at]));
            if (domain_tile(ui, name_of(code), picture_of(code), tile, height)) ui.emit(IntentKind::OpenBrowse, code);
            ImGui::PopID();
        }
        ImGui::Dummy(ImVec2(1, m.gap * 0.3f));
        if (button(ui.frame, T(ui, "results.browse_all"), ButtonStyle::Quiet, width)) ui.emit(IntentKind::OpenBrowse, std::string());
        if (button(ui.frame, T(ui, "results.explain"), ButtonStyle::Quiet, width)) ui.emit(IntentKind::OpenExplain);
        ImGui::Dummy(ImVec2(1, m.gap * 0.5f));
        if (!ranking.fits.empty()) text_block(ui.frame, ui.frame.fonts.title, T(ui, "results.little_ideas"), colour::ink, width);
    }
    ImGui::Dummy(ImVec2(1, m.gap * 0.3f));
}

// "Vergelijk" with a box on a result card: ticked when the programme is in the comparison. Its
// target is named after the programme ("Vergelijk Kok"), the box itself says only "Vergelijk".
// With three in the comparison the other boxes look unavailable, yet a tap on one is answered
// (in the compare tray), never ignored. Returns the box's rectangle.
void compare_tick(KioskUi& ui, const Programme& p, int programme, ImVec2 at, float width, ImVec2& min, ImVec2& max) {
    const Metrics& m = ui.frame.metrics;
    const auto& compare = ui.session().compare;
    const bool ticked = std::find(compare.begin(), compare.end(), programme) != compare.end();
    const bool available = ticked || compare.size() < kMaxCompare;
    ImFont* font = ui.frame.fonts.bold;
    const float half = m.body * 0.45f;
    // At most 60 % of the row, so "Bekijk de opleiding" beside it keeps its room; the label on one line.
    const float around = 2 * half + m.gap * 0.6f + m.pad * 1.2f;
    const float size_x = std::min(width * 0.6f, around + text_width(ui.frame, font, T(ui, "results.compare_tick")));
    const std::string text = fit_lines(ui.frame, font, T(ui, "results.compare_tick"), size_x - around, 1);
    ImGui::SetCursorScreenPos(ImVec2(ui.frame.rtl ? at.x + width - size_x : at.x, at.y));
    ImGui::PushID("compare");
    if (ImGui::InvisibleButton("tick", ImVec2(size_x, m.min_target))) ui.emit(IntentKind::ToggleCompare, programme);
    ImGui::PopID();
    record_target(ui.frame, texts(ui).format(ticked ? "results.compare_off" : "results.compare_on", {{"naam", p.name}}), ticked);
    min = ImGui::GetItemRectMin();
    max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const bool pressed = item_pressed(ui.frame);
    const ImU32 edge = available ? colour::primary : colour::disabled;
    const ImU32 fill = pressed ? pressed_colour(colour::surface) : colour::surface;
    draw->AddRectFilled(min, max, fill, m.mm);
    draw->AddRect(min, max, edge, m.mm, 0, pressed ? m.mm * 1.0f : m.mm * 0.4f);
    const float box_x = ui.frame.rtl ? max.x - m.pad * 0.6f - half : min.x + m.pad * 0.6f + half;
    const ImVec2 centre(box_x, (min.y + max.y) * 0.5f);
    if (available) check_box(ui.frame, draw, centre, half, ticked);
    else draw->AddRect(ImVec2(centre.x - half, centre.y - half), ImVec2(centre.x + half, centre.y + half), colour::disabled, m.mm * 0.5f, 0, m.mm * 0.5f);
    const float text_w = text_width(ui.frame, font, text);
    const float text_x = ui.frame.rtl ? centre.x - half - m.gap * 0.6f - text_w : centre.x + half + m.gap * 0.6f;
    draw_text(ui.frame, draw, font, ImVec2(text_x, centre.y - font->FontSize * 0.5f), available ? colour::primary : colour::muted, text, text_w + 1);
}

// One programme on the results screen: name, facts, how well it fits, why. The whole card is one
// tap target that opens the programme (a drag over it scrolls, as everywhere); only the compare
// box on it is a target of its own. Draws the card with its top-left corner at `top`; returns
// the y of its bottom edge.
float result_card(KioskUi& ui, const Match& match, ImVec2 top, float width) {
    const Metrics& m = ui.frame.metrics;
    const Programme& p = programme_at(ui, match.programme);
    // The programme's picture (or photo) large where reading starts, the text beside it; a pack
    // that names no picture for it keeps the whole card for the text.
    const bool has_picture = !programme_picture_key(ui.content(), match.programme).empty();
    const float picture = has_picture ? std::min(width * 0.3f, m.body * 7) : 0;
    const float inner = width - 2 * m.pad - (has_picture ? picture + m.gap : 0);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    const float picture_x = ui.frame.rtl ? top.x + width - m.pad - picture : top.x + m.pad;
    const ImVec2 picture_min(picture_x, top.y + m.pad * 0.8f);
    if (has_picture) programme_picture(ui, match.programme, picture_min, ImVec2(picture_min.x + picture, picture_min.y + picture));
    ImGui::SetCursorScreenPos(ImVec2(ui.frame.rtl || !has_picture ? top.x + m.pad : picture_x + picture + m.gap, top.y + m.pad * 0.8f));
    ImGui::BeginGroup();
    if (match.kind == MatchKind::Surprise) {
        text_block(ui.frame, ui.frame.fonts.bold, T(ui, "results.surprise_label"), colour::accent, inner);
        text_block(ui.frame, ui.frame.fonts.small, T(ui, "results.surprise_intro"), colour::muted, inner);
    }
    if (ui.session().favourite == match.programme) text_block(ui.frame, ui.frame.fonts.bold, T(ui, "results.favourite"), colour::primary, inner);
    const auto& both = ui.session().fit_for_both;
    if (std::find(both.begin(), both.end(), match.programme) != both.end())
        text_block(ui.frame, ui.frame.fonts.bold, T(ui, "together.both"), colour::accent, inner);
    text_block(ui.frame, ui.frame.fonts.title, p.name, colour::ink, inner);
    text_block(ui.frame, ui.frame.fonts.body, facts_line(ui, p), colour::muted, inner);
    if (match.kind == MatchKind::Fit) strength_badge(ui, match.strength, inner);
    for (const Reason& reason : match.reasons) bullet_line(ui, reason.text, colour::primary, inner);
    today_line(ui, p, inner);
    ImGui::Dummy(ImVec2(1, m.gap * 0.3f));
    // The bottom row: the compare box where reading starts, "Bekijk de opleiding ›" at the end
    // (a hint that the card opens; the card itself takes the tap).
    ImGui::PushID(match.programme);
    const ImVec2 row = ImGui::GetCursorScreenPos();
    ImVec2 tick_min, tick_max;
    compare_tick(ui, p, match.programme, row, inner, tick_min, tick_max);
    ImFont* font = ui.frame.fonts.bold;
    const float chevron = font->FontSize * 0.3f;
    const float open_w =
        std::max(0.0f, std::min(text_width(ui.frame, font, T(ui, "results.card_open")), inner - (tick_max.x - tick_min.x) - m.gap - 2 * chevron));
    const std::string open = fit_lines(ui.frame, font, T(ui, "results.card_open"), open_w, 1);
    const float row_mid = (tick_min.y + tick_max.y) * 0.5f;
    const float open_x = ui.frame.rtl ? row.x + 2 * chevron : row.x + inner - 2 * chevron - open_w;
    draw_text(ui.frame, draw, font, ImVec2(open_x, row_mid - font->FontSize * 0.5f), colour::primary, open, open_w + 1);
    // A chevron pointing onwards: right, or left in a right-to-left language.
    const float tip_x = ui.frame.rtl ? row.x : row.x + inner, back_x = ui.frame.rtl ? row.x + chevron : row.x + inner - chevron;
    const ImVec2 arrow[3] = {ImVec2(back_x, row_mid - chevron), ImVec2(tip_x, row_mid), ImVec2(back_x, row_mid + chevron)};
    draw->AddPolyline(arrow, 3, colour::primary, 0, m.mm * 0.6f);
    ImGui::EndGroup();
    const ImVec2 bottom(top.x + width, std::max(ImGui::GetItemRectMax().y, picture_min.y + picture) + m.pad * 0.8f);
    // The card as one button, submitted after the compare box: ImGui gives a point to the first
    // item under it, so a tap on the box stays the box's.
    ImGui::SetCursorScreenPos(top);
    if (ImGui::InvisibleButton("card", ImVec2(width, bottom.y - top.y))) ui.emit(IntentKind::OpenProgramme, match.programme);
    ImGui::PopID();
    // Pressed, unless the finger is on the compare box (which then looks pressed itself).
    const ImVec2 at = ui.frame.press.at;
    const bool on_tick = at.x >= tick_min.x && at.x < tick_max.x && at.y >= tick_min.y && at.y < tick_max.y;
    const bool pressed = item_pressed(ui.frame) && !on_tick;
    // The card's target for the tests stops above its bottom row, so it does not lie over the
    // compare box (no two targets overlap); the row's "Bekijk de opleiding" opens the card too.
    const std::size_t targets = ui.frame.targets.size();
    record_target_rect(ui.frame, texts(ui).format("results.open", {{"naam", p.name}}), top, ImVec2(bottom.x, row.y - m.gap * 0.15f));
    if (ui.frame.targets.size() > targets) ui.frame.targets.back().pressed = pressed;
    draw->ChannelsSetCurrent(0);
    const ImU32 fill = match.kind == MatchKind::Surprise ? colour::surprise : colour::surface;
    fill_rect(ui.frame, draw, top, bottom, pressed ? pressed_colour(fill) : fill);
    const ImU32 edge = pressed ? colour::primary : match.kind == MatchKind::Surprise ? colour::accent : colour::border;
    draw->AddRect(top, bottom, edge, 0, 0, pressed ? m.mm * 1.0f : m.mm * 0.4f);
    draw->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(top.x, bottom.y));
    return bottom.y;
}

// Result cards in rows: two side by side on a wide screen, one under the other otherwise.
void card_grid(KioskUi& ui, const std::vector<const Match*>& matches) {
    const Metrics& m = ui.frame.metrics;
    const float full = ImGui::GetContentRegionAvail().x;
    const int columns = !m.portrait && full > m.body * 44 ? 2 : 1;
    const float width = (full - m.gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    for (std::size_t first = 0; first < matches.size(); first += static_cast<std::size_t>(columns)) {
        const ImVec2 row_top = ImGui::GetCursorScreenPos();
        float row_bottom = row_top.y;
        for (int c = 0; c < columns && first + static_cast<std::size_t>(c) < matches.size(); ++c) {
            const float offset = static_cast<float>(c) * (width + m.gap);  // the best fit where reading starts
            const ImVec2 top(ui.frame.rtl ? row_top.x + full - offset - width : row_top.x + offset, row_top.y);
            row_bottom = std::max(row_bottom, result_card(ui, *matches[first + static_cast<std::size_t>(c)], top, width));
        }
        ImGui::SetCursorScreenPos(ImVec2(row_top.x, row_bottom + m.gap));
        ImGui::Dummy(ImVec2(1, 0));
    }
}

// "Samen": where pupil and parent agree, and where they differ, as things to talk about.
void together_section(KioskUi& ui) {
    const Metrics& m = ui.frame.metrics;
    const std::vector<AnswerComparison> comparisons = compare_answers(ui.content(), ui.session());
    if (comparisons.empty()) return;
    // A reading measure of about 80 characters: on a landscape screen a talking point across the
    // full width is one line too long to follow to its end.
    const float full = ImGui::GetContentRegionAvail().x;
    const float width = std::min(full, m.body * 40);
    const auto at_start = [&] {
        if (ui.frame.rtl) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + full - width);
    };
    at_start();
    text_block(ui.frame, ui.frame.fonts.title, T(ui, "together.title"), colour::ink, width);
    at_start();
    text_block(ui.frame, ui.frame.fonts.body, T(ui, "together.intro"), colour::muted, width);
    for (const AnswerComparison& c : comparisons) {
        at_start();
        bullet_line(ui, talking_point(ui.content(), c), c.agree ? colour::primary : colour::accent, width);
    }
    ImGui::Dummy(ImVec2(1, m.gap));
}

// The compare tray above the footer once a programme is ticked: "2 van 3 gekozen om te
// vergelijken" and the button to the comparison (which needs two); after a tap on a fourth box,
// why it was not taken. Its height is reserved out of the scroll area (body_height), so the
// footer under it keeps its full height.
struct Tray {
    std::string text, refused, go;
    float text_width = 0, go_width = 0, height = 0;
};

float tray_inset(const Metrics& m) { return m.mm * 1.5f + m.gap * 0.5f; }

Tray lay_out_tray(const KioskUi& ui, float full) {
    const Metrics& m = ui.frame.metrics;
    const Session& session = ui.session();
    Tray tray;
    if (session.compare.empty() && !session.compare_full) return tray;
    const std::string most = std::to_string(kMaxCompare);
    tray.text = texts(ui).format("results.compare_tray", {{"gekozen", std::to_string(session.compare.size())}, {"aantal", most}});
    tray.refused = texts(ui).format("results.compare_full", {{"aantal", most}});
    tray.go = texts(ui).format("results.compare_go", {{"aantal", std::to_string(session.compare.size())}});
    ImFont* bold = ui.frame.fonts.bold;
    tray.go_width = std::min(full * 0.55f, text_width(ui.frame, bold, tray.go) + 2 * m.pad);
    // The words leave room for the bar that marks the message.
    tray.text_width = full - tray.go_width - m.gap - tray_inset(m);
    // The counter and the message take the same room, so nothing moves when the message comes.
    const float words = std::max(text_height(ui.frame, bold, tray.text, tray.text_width), text_height(ui.frame, bold, tray.refused, tray.text_width));
    tray.height = std::ceil(std::max(words, button_height(ui.frame, tray.go, tray.go_width)) + ImGui::GetStyle().ItemSpacing.y);
    return tray;
}
}  // namespace

void draw_results(KioskUi& ui) {
    const Metrics& m = ui.frame.metrics;
    const bool informed = ui.session().ranking.informed;
    screen_heading(ui, informed ? "results.title" : "results.explore_title", informed ? "results.intro" : "results.explore_intro", "results");
    // Programmes picked to compare gather in a tray above the footer, which leads there.
    const Tray tray = lay_out_tray(ui, ImGui::GetContentRegionAvail().x);
    const ImVec2 body_top = ImGui::GetCursorScreenPos();
    const float body = body_height(ui);
    begin_scroll_area(ui.frame, "results", body_height(ui, tray.height));
    const Ranking& ranking = ui.session().ranking;
    placement_section(ui);
    if (ui.session().together) together_section(ui);
    std::vector<const Match*> cards;
    for (const Match& match : ranking.fits) cards.push_back(&match);
    if (ranking.surprise) cards.push_back(&*ranking.surprise);
    card_grid(ui, cards);
    if (!ranking.later_routes.empty()) {
        ImGui::Dummy(ImVec2(1, m.gap));
        text_block(ui.frame, ui.frame.fonts.title, T(ui, "results.later_title"), colour::ink);
        text_block(ui.frame, ui.frame.fonts.body, T(ui, "results.later_intro"), colour::muted);
        ImGui::Dummy(ImVec2(1, m.gap * 0.5f));
        std::vector<const Match*> routes;
        for (const Match& match : ranking.later_routes) routes.push_back(&match);
        card_grid(ui, routes);
    }
    end_scroll_area();
    if (tray.height > 0) {
        const ImVec2 top = ImGui::GetCursorScreenPos();
        const float row = tray.height - ImGui::GetStyle().ItemSpacing.y;
        const float inset = tray_inset(m);
        const float full = inset + tray.text_width + m.gap + tray.go_width;
        const bool refused = ui.session().compare_full;
        const std::string& words = refused ? tray.refused : tray.text;
        ImFont* bold = ui.frame.fonts.bold;
        const float words_h = text_height(ui.frame, bold, words, tray.text_width);
        const float words_x = ui.frame.rtl ? top.x + full - inset - tray.text_width : top.x + inset;
        draw_text(ui.frame, ImGui::GetWindowDrawList(), bold, ImVec2(words_x, top.y + (row - words_h) * 0.5f),
                  refused ? colour::ink : colour::primary, words, tray.text_width);
        // A bar at the reading start: in the accent colour for the message, so it reads as one.
        const float bar = m.mm * 1.5f, bar_x = ui.frame.rtl ? top.x + full - bar : top.x;
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(bar_x, top.y), ImVec2(bar_x + bar, top.y + row), refused ? colour::accent : colour::primary);
        const float go_h = button_height(ui.frame, tray.go, tray.go_width);
        ImGui::SetCursorScreenPos(ImVec2(ui.frame.rtl ? top.x : top.x + full - tray.go_width, top.y + (row - go_h) * 0.5f));
        if (button(ui.frame, tray.go, ButtonStyle::Primary, tray.go_width, ui.session().compare.size() >= 2)) ui.emit(IntentKind::OpenCompare);
        // The footer stands exactly where it stands without the tray (ImGui rounds each step
        // down, so flowing on from the tray could put it a pixel higher).
        ImGui::SetCursorScreenPos(ImVec2(body_top.x, body_top.y + std::floor(body)));
        ImGui::Dummy(ImVec2(full, 0));
    }
    const FooterTap tapped = visitor_footer(ui, T(ui, "common.back"), T(ui, "results.take_home"));
    if (tapped == FooterTap::Back) ui.emit(IntentKind::Back);
    if (tapped == FooterTap::Next) ui.emit(IntentKind::TakeHome);
}

}  // namespace kiosk
