// The programme card (the opleidingsbeeld): what this event offers for it today, why it fits this
// visitor, and the topics a pupil should know, in groups to scan: the programme itself (what you
// do, how you learn, the teachers, the internship, the assessment, the choices inside), what it
// asks of you (admission, what you need), where and with whom (department, location and address),
// and after the diploma (job prospects, pay, contact with people, jobs, routes onwards).
#include <algorithm>

#include "ui/picture.h"
#include "ui/screen_parts.h"

namespace kiosk {

namespace {

// Why this programme was shown to this visitor, in the words of the results screen.
void why_it_fits(KioskUi& ui, float width) {
    for (const Match* match : shown_matches(ui.session().ranking)) {
        if (match->programme != ui.session().open_programme) continue;
        text_block(ui.frame, ui.frame.fonts.bold, T(ui, "programme.why"), colour::primary, width);
        for (const Reason& reason : match->reasons) bullet_line(ui, reason.text, colour::accent, width);
        ImGui::Dummy(ImVec2(1, ui.frame.metrics.gap));
        return;
    }
}

// What this visitor can do today, and why it fits: first in portrait, beside the card in landscape.
void today_and_why(KioskUi& ui, const Programme& p, float width) {
    today_block(ui, p, T(ui, "today.title"), width);
    ImGui::Dummy(ImVec2(1, ui.frame.metrics.gap * 0.5f));
    why_it_fits(ui, width);
}

struct Section {
    const char* title_key;
    const std::string& text;
};

// A group of sections under its heading; nothing at all when the pack fills none of them.
void group(KioskUi& ui, const char* title_key, std::initializer_list<Section> sections, float width) {
    if (std::none_of(sections.begin(), sections.end(), [](const Section& s) { return !s.text.empty(); })) return;
    card_group(ui, title_key, width);
    for (const Section& s : sections) card_section(ui, s.title_key, s.text, width);
}

// "Na je diploma": the three bands in words, then the jobs and routes onwards.
void after_the_diploma(KioskUi& ui, const Programme& p, float width) {
    card_group(ui, "programme.group_after", width);
    bool any_band = false;
    for (const auto& column : kBandColumns) {
        const std::string line = band_line(ui, p, column.first);
        if (line.empty()) continue;
        if (!any_band) ImGui::Dummy(ImVec2(1, ui.frame.metrics.gap * 0.4f));
        any_band = true;
        bullet_line(ui, line, colour::primary, width);
    }
    if (any_band) text_block(ui.frame, ui.frame.fonts.small, T(ui, "programme.bands_note"), colour::muted, width);
    card_section(ui, "programme.jobs", p.card.jobs, width);
    card_section(ui, "programme.onwards", p.card.onwards, width);
}

void card(KioskUi& ui, const Programme& p, float width) {
    const Metrics& m = ui.frame.metrics;
    if (!p.photo.empty()) {
        // The school's photo, as wide as the card (3:2), but never taller than a third of the screen.
        const float height = std::min(width * 2 / 3, m.height / 3);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        programme_picture(ui, ui.session().open_programme, at, ImVec2(at.x + width, at.y + height));
        ImGui::Dummy(ImVec2(width, height));
        ImGui::Dummy(ImVec2(1, m.gap * 0.5f));
    }
    text_block(ui.frame, ui.frame.fonts.small, texts(ui).format("programme.practice", {{"procent", std::to_string(p.practice_percent)}}),
               colour::muted, width);
    draw_fit_bar(ui, p.practice_percent, std::min(width, m.body * 12), width);
    const ProgrammeCard& c = p.card;
    group(ui, "programme.group_programme",
          {{"programme.what_you_do", c.what_you_do}, {"programme.how_you_learn", c.how_you_learn}, {"programme.teachers", c.teachers},
           {"programme.internship", c.internship}, {"programme.assessment", c.assessment}, {"programme.choices", c.choices}},
          width);
    // Registering before 1 April gives the right to a place (toelatingsrecht): said under every
    // admission, so no pupil reads the rules without the date that secures them.
    const std::string admission = c.admission.empty() ? c.admission : c.admission + " " + T(ui, "programme.register_by");
    group(ui, "programme.group_you", {{"programme.admission", admission}, {"programme.needs", c.needs}}, width);
    const std::string location = location_with_address(ui, p);
    group(ui, "programme.group_place", {{"programme.department", c.department}, {"programme.location", location}}, width);
    after_the_diploma(ui, p, width);
}

}  // namespace

void draw_programme(KioskUi& ui) {
    const Metrics& m = ui.frame.metrics;
    const Programme& p = programme_at(ui, ui.session().open_programme);
    // The header: the programme's picture where reading starts, its name and facts beside it (a
    // photo shows large at the top of the card instead). It may stand above the reach band; the
    // card's scroll area starts in it.
    const std::string area = "card" + p.crebo;
    const float head_width = ImGui::GetContentRegionAvail().x, spacing = ImGui::GetStyle().ItemSpacing.y;
    const std::string picture = p.photo.empty() ? programme_picture_key(ui.content(), ui.session().open_programme) : std::string();
    const float head_side = picture.empty() ? 0 : m.body * 3.4f;
    const float head_text = head_width - (head_side > 0 ? head_side + m.gap : 0);
    const float text_h = text_height(ui.frame, ui.frame.fonts.title, p.name, head_text) +
                         text_height(ui.frame, ui.frame.fonts.body, facts_line(ui, p), head_text) + spacing;
    reach_heading(ui, std::max(text_h, head_side) + m.gap * 0.5f + 2 * spacing, area.c_str(), offer_take_home_height(ui));
    const ImVec2 head = ImGui::GetCursorScreenPos();
    if (head_side > 0) {
        const float x = ui.frame.rtl ? head.x + head_width - head_side : head.x;
        draw_picture(ui, picture, ImVec2(x, head.y), ImVec2(x + head_side, head.y + head_side));
        if (!ui.frame.rtl) ImGui::SetCursorScreenPos(ImVec2(head.x + head_side + m.gap, head.y));
    }
    ImGui::BeginGroup();
    text_block(ui.frame, ui.frame.fonts.title, p.name, colour::ink, head_text);
    text_block(ui.frame, ui.frame.fonts.body, facts_line(ui, p), colour::muted, head_text);
    ImGui::EndGroup();
    ImGui::SetCursorScreenPos(ImVec2(head.x, std::max(ImGui::GetItemRectMax().y, head.y + head_side)));
    ImGui::Dummy(ImVec2(1, m.gap * 0.5f));
    begin_scroll_area(ui.frame, area.c_str(), body_height(ui, offer_take_home_height(ui)));
    const float full = ImGui::GetContentRegionAvail().x;
    // Landscape: the card on the left, today and why it fits on the right. Portrait: those first.
    const bool side_by_side = !m.portrait && full > m.body * 40;
    const float width = side_by_side ? std::min(full * 0.6f, m.body * 32) : std::min(full, m.body * 32);
    const float side = full - width - m.gap * 4;  // clear of the scroll bar
    const ImVec2 top = ImGui::GetCursorScreenPos();
    // In a right-to-left language the columns stand against the right edge (clear of the scroll
    // bar), in landscape the card on the right and the side column on the left: a mirror image.
    const float card_x = ui.frame.rtl ? top.x + std::max(0.0f, full - width - m.gap) : top.x;
    if (!side_by_side) {
        ImGui::SetCursorScreenPos(ImVec2(card_x, top.y));
        ImGui::BeginGroup();
        today_and_why(ui, p, width);
        ImGui::EndGroup();
    }
    ImGui::SetCursorScreenPos(ImVec2(card_x, side_by_side ? top.y : ImGui::GetCursorScreenPos().y));
    ImGui::BeginGroup();
    card(ui, p, width);
    ImGui::EndGroup();
    if (side_by_side) {
        const float card_bottom = ImGui::GetItemRectMax().y;
        ImGui::SetCursorScreenPos(ImVec2(ui.frame.rtl ? top.x : top.x + width + m.gap * 3, top.y));
        ImGui::BeginGroup();
        today_and_why(ui, p, side);
        ImGui::EndGroup();
        ImGui::SetCursorScreenPos(ImVec2(top.x, std::max(card_bottom, ImGui::GetItemRectMax().y)));
        ImGui::Dummy(ImVec2(1, m.gap));
    }
    end_scroll_area();
    offer_take_home_bar(ui);  // a card opened from the offer
    // The favourite stays in reach in the footer, however far the card is scrolled.
    const bool is_favourite = ui.session().favourite == ui.session().open_programme;
    const std::string back_label = T(ui, previous_screen(ui.session()) == Screen::Browse ? "browse.back_to_list" : "programme.back");
    const FooterTap tapped = visitor_footer(ui, back_label, T(ui, is_favourite ? "programme.favourite_on" : "programme.favourite"));
    if (tapped == FooterTap::Back) ui.emit(IntentKind::Back);
    if (tapped == FooterTap::Next) ui.emit(IntentKind::ToggleFavourite, ui.session().open_programme);
}

}  // namespace kiosk
