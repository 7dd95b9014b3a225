// The programme card (the opleidingsbeeld): what you do, how you learn, the internship, how you
// are assessed, jobs and routes onwards, and why it fits this visitor.
#include <algorithm>

#include "ui/screen_parts.h"

namespace kiosk {

namespace {

// Why this programme was shown to this visitor, in the words of the results screen.
void why_it_fits(KioskUi& ui, float width) {
    for (const Match* match : shown_matches(ui.session().ranking)) {
        if (match->programme != ui.session().open_programme) continue;
        text_block(ui.frame, ui.frame.fonts.bold, T(ui, "programme.why"), colour::primary, width);
        for (const Reason& reason : match->reasons) bullet_line(ui, reason.text, colour::accent, width);
        return;
    }
}

}  // namespace

void draw_programme(KioskUi& ui) {
    const Metrics& m = ui.frame.metrics;
    const Programme& p = programme_at(ui, ui.session().open_programme);
    text_block(ui.frame, ui.frame.fonts.title, p.name, colour::ink);
    text_block(ui.frame, ui.frame.fonts.body, facts_line(ui, p), colour::muted);
    ImGui::Dummy(ImVec2(1, m.gap * 0.5f));
    begin_scroll_area(ui.frame, ("card" + p.crebo).c_str(), body_height(ui) - offer_take_home_height(ui));
    const float full = ImGui::GetContentRegionAvail().x;
    // Landscape: the card on the left, why it fits on the right. Portrait: why it fits first.
    const bool side_by_side = !m.portrait && full > m.body * 40;
    const float width = side_by_side ? std::min(full * 0.6f, m.body * 32) : std::min(full, m.body * 32);
    if (!side_by_side) {
        why_it_fits(ui, width);
        ImGui::Dummy(ImVec2(1, m.gap));
    }
    ImGui::BeginGroup();
    if (ui.card_photo.texture && ui.card_photo.programme == ui.session().open_programme) {
        // As wide as the card, but never taller than a third of the screen.
        const auto photo_width = static_cast<float>(ui.card_photo.width), photo_height = static_cast<float>(ui.card_photo.height);
        const float scale = std::min(width / photo_width, m.height / 3 / photo_height);
        ImGui::Image(ui.card_photo.texture, ImVec2(photo_width * scale, photo_height * scale));
        ImGui::Dummy(ImVec2(1, m.gap * 0.5f));
    }
    text_block(ui.frame, ui.frame.fonts.small, texts(ui).format("programme.practice", {{"procent", std::to_string(p.practice_percent)}}),
               colour::muted, width);
    draw_fit_bar(ui, p.practice_percent, std::min(width, m.body * 12), width);
    card_section(ui, "programme.what_you_do", p.card.what_you_do, width);
    card_section(ui, "programme.how_you_learn", p.card.how_you_learn, width);
    card_section(ui, "programme.internship", p.card.internship, width);
    card_section(ui, "programme.assessment", p.card.assessment, width);
    card_section(ui, "programme.jobs", p.card.jobs, width);
    card_section(ui, "programme.onwards", p.card.onwards, width);
    ImGui::EndGroup();
    if (side_by_side) {
        ImGui::SameLine(0, m.gap * 3);
        ImGui::BeginGroup();
        why_it_fits(ui, full - width - m.gap * 3);
        ImGui::EndGroup();
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
