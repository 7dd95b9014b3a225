// Browsing the whole offer without the questions, for a parent and pupil exploring together:
// filter by domain, level, leerweg and location, and open the same programme cards. The filters
// start folded into one "Filteren" button, so the programmes fill the screen; unfolded they
// stand at the top of the list and scroll with it.
#include <algorithm>
#include <set>

#include "ui/picture.h"
#include "ui/screen_parts.h"

namespace kiosk {

namespace {

// How many filters are set, for the folded button ("Filteren (2 aan)").
int filters_set(const BrowseFilter& filter) {
    return (filter.domain.empty() ? 0 : 1) + (filter.level ? 1 : 0) + (filter.leerweg ? 1 : 0) + (filter.location.empty() ? 0 : 1);
}

// The one row above the list: the filter button (what it does in words) and how many programmes pass.
void filter_row(KioskUi& ui, std::size_t found) {
    const Metrics& m = ui.frame.metrics;
    const Session& session = ui.session();
    const int set = filters_set(session.browse);
    const std::string label = session.filters_open ? T(ui, "browse.filter_close")
                              : set > 0           ? texts(ui).format("browse.filter_on", {{"aantal", std::to_string(set)}})
                                                  : T(ui, "browse.filter");
    const float full = ImGui::GetContentRegionAvail().x;
    const float width = std::min(full * 0.6f, text_width(ui.frame, ui.frame.fonts.bold, label) + 2 * m.pad);
    const ImVec2 origin = ImGui::GetCursorPos();
    ImGui::SetCursorPos(ImVec2(origin.x + (ui.frame.rtl ? full - width : 0), origin.y));
    if (button(ui.frame, label, set > 0 || session.filters_open ? ButtonStyle::Primary : ButtonStyle::Secondary, width, true, 2))
        ui.emit(IntentKind::ToggleFilters);
    const float bottom = ImGui::GetCursorPosY();
    // The count beside it, at the other end, in the middle of the button's height.
    const float count_width = full - width - m.gap;
    const std::string count =
        fit_lines(ui.frame, ui.frame.fonts.body, texts(ui).format("browse.count", {{"aantal", std::to_string(found)}}), count_width, 2);
    const float count_height = text_height(ui.frame, ui.frame.fonts.body, count, count_width);
    const float button_height = ImGui::GetItemRectSize().y;
    ImGui::SetCursorPos(ImVec2(origin.x + (ui.frame.rtl ? 0 : width + m.gap), origin.y + (button_height - count_height) * 0.5f));
    ImGui::BeginGroup();
    text_block(ui.frame, ui.frame.fonts.body, count, colour::muted, count_width);
    ImGui::EndGroup();
    ImGui::SetCursorPos(ImVec2(origin.x, bottom));
}

void filters(KioskUi& ui) {
    const Content& content = ui.content();
    const BrowseFilter& filter = ui.session().browse;
    const Metrics& m = ui.frame.metrics;

    // Only what this school offers: the domains and locations of its programmes.
    std::vector<std::string> domain_codes = {""}, domain_labels = {T(ui, "browse.all_domains")};
    std::set<std::string> offered;
    for (const Programme& p : content.programmes) offered.insert(p.domain);
    for (const Domain& domain : content.domains)
        if (offered.count(domain.code)) {
            domain_codes.push_back(domain.code);
            domain_labels.push_back(domain.name);
        }
    const auto domain_at = std::find(domain_codes.begin(), domain_codes.end(), filter.domain) - domain_codes.begin();
    if (const int tapped = chip_row(ui.frame, domain_labels, static_cast<int>(domain_at)); tapped >= 0)
        ui.emit(IntentKind::FilterDomain, domain_codes[static_cast<std::size_t>(tapped)]);
    ImGui::Dummy(ImVec2(1, m.gap * 0.5f));
    std::vector<std::string> levels = {T(ui, "browse.all_levels")};
    for (int level = 1; level <= 4; ++level) levels.push_back(texts(ui).format("compare.level_value", {{"niveau", std::to_string(level)}}));
    if (const int tapped = chip_row(ui.frame, levels, filter.level); tapped >= 0) ui.emit(IntentKind::FilterLevel, tapped);
    ImGui::Dummy(ImVec2(1, m.gap * 0.5f));
    std::vector<std::string> leerwegen = {T(ui, "browse.all_leerwegen"), T(ui, "leerweg.bol"), T(ui, "leerweg.bbl")};
    std::vector<std::string> location_keys = {""}, location_labels = {T(ui, "browse.all_locations")};
    for (const Location& location : content.locations) {
        location_keys.push_back(location.key);
        location_labels.push_back(location.name);
    }
    const auto location_at = std::find(location_keys.begin(), location_keys.end(), filter.location) - location_keys.begin();
    if (const int tapped = chip_row(ui.frame, leerwegen, filter.leerweg); tapped >= 0) ui.emit(IntentKind::FilterLeerweg, tapped);
    ImGui::Dummy(ImVec2(1, m.gap * 0.5f));
    if (const int tapped = chip_row(ui.frame, location_labels, static_cast<int>(location_at)); tapped >= 0)
        ui.emit(IntentKind::FilterLocation, location_keys[static_cast<std::size_t>(tapped)]);
}

}  // namespace

float offer_take_home_height(const KioskUi& ui) {
    const Session& session = ui.session();
    const bool in_offer = session.screen == Screen::Browse || previous_screen(session) == Screen::Browse;
    return session.browsing && in_offer && !session.opened.empty() ? bar_button_height(ui) : 0;
}

// Every route ends in a next step and something to take home, the offer too.
void offer_take_home_bar(KioskUi& ui) {
    if (offer_take_home_height(ui) <= 0) return;
    if (button(ui.frame, T(ui, "browse.take_home"), ButtonStyle::Primary, ImGui::GetContentRegionAvail().x)) ui.emit(IntentKind::TakeHome);
}

namespace {

// One programme of the offer: its picture where reading starts, its name as a button, its facts.
void browse_row(KioskUi& ui, int index, float width, float side) {
    const Metrics& m = ui.frame.metrics;
    const Programme& p = ui.content().programmes[static_cast<std::size_t>(index)];
    const float text = width - (side > 0 ? side + m.gap : 0);
    const ImVec2 row = ImGui::GetCursorScreenPos();
    const float picture_x = ui.frame.rtl ? row.x + width - side : row.x;
    if (side > 0) programme_picture(ui, index, ImVec2(picture_x, row.y), ImVec2(picture_x + side, row.y + side));
    ImGui::SetCursorScreenPos(ImVec2(ui.frame.rtl || side <= 0 ? row.x : row.x + side + m.gap, row.y));
    ImGui::BeginGroup();
    ImGui::PushID(index);
    if (button(ui.frame, p.name, ButtonStyle::Secondary, text)) ui.emit(IntentKind::OpenProgramme, index);
    ImGui::PopID();
    text_block(ui.frame, ui.frame.fonts.small, facts_line(ui, p), colour::muted, text);
    ImGui::EndGroup();
    ImGui::SetCursorScreenPos(ImVec2(row.x, std::max(ImGui::GetItemRectMax().y, row.y + side)));
}

}  // namespace

void draw_browse(KioskUi& ui) {
    const Metrics& m = ui.frame.metrics;
    // The title may stand above the reach band; the filter button, the first control, in it. The
    // list's length changes with every filter, so it is not placed by its length (no scroll id).
    reach_heading(ui, screen_heading_height(ui, "browse.title"), nullptr, offer_take_home_height(ui));
    screen_heading(ui, "browse.title");
    const std::vector<int> found = browse_programmes(ui.content(), ui.session().browse);
    if (const ImVec2 at = ImGui::GetCursorScreenPos(); at.y < m.reach_top) ImGui::SetCursorScreenPos(ImVec2(at.x, m.reach_top));
    filter_row(ui, found.size());
    begin_scroll_area(ui.frame, "browse", body_height(ui, offer_take_home_height(ui)));
    const float width = ImGui::GetContentRegionAvail().x;
    if (ui.session().filters_open) {
        filters(ui);
        ImGui::Dummy(ImVec2(1, m.gap));
    }
    // Each row: the programme's picture where reading starts, its name as a button and its facts.
    // Only rows in view are drawn (a pack may hold 1000 programmes); one out of view is a space as
    // high as it was when last drawn, or as its picture until it has been.
    ImGuiStorage* heights = ImGui::GetStateStorage();
    // Whether a row has a picture is asked only of rows drawn or not yet measured.
    auto picture_side = [&](int index) { return programme_picture_key(ui.content(), index).empty() ? 0 : m.tile_height * 1.2f; };
    for (int index : found) {
        const ImVec2 row = ImGui::GetCursorScreenPos();
        ImGui::PushID(index);
        const ImGuiID key = ImGui::GetID("height");
        ImGui::PopID();
        float known = heights->GetFloat(key, 0);
        if (known <= 0) known = std::max(picture_side(index), m.min_target);
        if (!ImGui::IsRectVisible(row, ImVec2(row.x + width, row.y + known))) {
            ImGui::Dummy(ImVec2(width, known + m.gap * 0.5f));  // as the row and the gap after it
            continue;
        }
        browse_row(ui, index, width, picture_side(index));
        heights->SetFloat(key, ImGui::GetCursorScreenPos().y - row.y);
        ImGui::Dummy(ImVec2(1, m.gap * 0.5f));
    }
    if (found.empty()) text_block(ui.frame, ui.frame.fonts.body, T(ui, "browse.none"), colour::ink, width);
    end_scroll_area();
    // Opened from the results (to look around a domain), back returns there and the questions
    // are done already; what the visitor takes home is their result.
    const bool from_results = previous_screen(ui.session()) == Screen::Results;
    if (!from_results) offer_take_home_bar(ui);
    const FooterTap tapped = visitor_footer(ui, T(ui, from_results ? "browse.to_results" : "common.back"),
                                            from_results ? std::string() : T(ui, "browse.to_questions"));
    if (tapped == FooterTap::Back) ui.emit(IntentKind::Back);
    if (tapped == FooterTap::Next) ui.emit(IntentKind::StartQuestions);
}

}  // namespace kiosk
