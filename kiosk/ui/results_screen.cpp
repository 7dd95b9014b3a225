// The results: the programmes that fit and why, one honest surprise, later routes, the talking
// points of pupil and parent ("samen"), and picking two or three to compare.
#include <algorithm>

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

// One programme on the results screen: name, facts, how well it fits, why, and a way in.
// Draws the card with its top-left corner at `top`; returns the y of its bottom edge.
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
    ImGui::PushID(match.programme);
    if (button(ui.frame, texts(ui).format("results.open", {{"naam", p.name}}), ButtonStyle::Secondary, inner))
        ui.emit(IntentKind::OpenProgramme, match.programme);
    const auto& compare = ui.session().compare;
    const bool compared = std::find(compare.begin(), compare.end(), match.programme) != compare.end();
    if (compared || compare.size() < kMaxCompare) {
        if (button(ui.frame, texts(ui).format(compared ? "results.compare_off" : "results.compare_on", {{"naam", p.name}}),
                   compared ? ButtonStyle::Primary : ButtonStyle::Quiet, inner))
            ui.emit(IntentKind::ToggleCompare, match.programme);
    }
    ImGui::PopID();
    ImGui::EndGroup();
    const ImVec2 bottom(top.x + width, std::max(ImGui::GetItemRectMax().y, picture_min.y + picture) + m.pad * 0.8f);
    draw->ChannelsSetCurrent(0);
    const ImU32 fill = match.kind == MatchKind::Surprise ? colour::surprise : colour::surface;
    fill_rect(ui.frame, draw, top, bottom, fill);
    draw->AddRect(top, bottom, match.kind == MatchKind::Surprise ? colour::accent : colour::border, 0, 0, m.mm * 0.4f);
    draw->ChannelsMerge();
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

}  // namespace

void draw_results(KioskUi& ui) {
    const Metrics& m = ui.frame.metrics;
    const bool informed = ui.session().ranking.informed;
    screen_heading(ui, informed ? "results.title" : "results.explore_title", informed ? "results.intro" : "results.explore_intro", "results");
    // With two or three programmes picked to compare, a bar above the footer leads there.
    const bool can_compare = ui.session().compare.size() >= 2;
    begin_scroll_area(ui.frame, "results", body_height(ui, can_compare ? bar_button_height(ui) : 0));
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
    if (can_compare &&
        button(ui.frame, texts(ui).format("results.compare_go", {{"aantal", std::to_string(ui.session().compare.size())}}),
               ButtonStyle::Primary, ImGui::GetContentRegionAvail().x))
        ui.emit(IntentKind::OpenCompare);
    const FooterTap tapped = visitor_footer(ui, T(ui, "common.back"), T(ui, "results.take_home"));
    if (tapped == FooterTap::Back) ui.emit(IntentKind::Back);
    if (tapped == FooterTap::Next) ui.emit(IntentKind::TakeHome);
}

}  // namespace kiosk
