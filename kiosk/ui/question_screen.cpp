// One question per screen: progress, whose turn it is ("samen"), big answer tiles, back and next.
#include <algorithm>

#include "ui/picture.h"
#include "ui/screen_parts.h"

namespace kiosk {

namespace {

void question_header(KioskUi& ui) {
    const Metrics& m = ui.frame.metrics;
    const std::size_t total = ui.content().questions.size();
    const std::string progress = texts(ui).format(
        "question.progress", {{"nummer", std::to_string(ui.session().question + 1)}, {"totaal", std::to_string(total)}});
    // Progress where reading starts. "Stoppen" is in the footer, within reach on a stand.
    text_block(ui.frame, ui.frame.fonts.bold, progress, colour::muted);
    // Progress bar: one segment per question, so a pupil sees how far along they are; it fills
    // in the direction of reading.
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float seg_gap = m.mm * 0.8f;
    const float seg = (width - seg_gap * static_cast<float>(total - 1)) / static_cast<float>(total);
    for (std::size_t i = 0; i < total; ++i) {
        const float offset = static_cast<float>(i) * (seg + seg_gap);
        const float x = ui.frame.rtl ? at.x + width - offset - seg : at.x + offset;
        const ImU32 fill = i < ui.session().question ? colour::primary : i == ui.session().question ? colour::accent : colour::border;
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(x, at.y), ImVec2(x + seg, at.y + m.mm * 2.0f), fill, m.mm);
    }
    ImGui::Dummy(ImVec2(width, m.mm * 2.0f + m.gap));
    // "Samen": always clear whose turn it is, in words and in colour.
    if (ui.session().together && ui.content().questions[ui.session().question].together) {
        const bool parent = ui.session().parent_turn;
        const std::string turn = T(ui, parent ? "together.turn_parent" : "together.turn_pupil");
        const ImVec2 top = ImGui::GetCursorScreenPos();
        const float height = text_height(ui.frame, ui.frame.fonts.bold, turn, width - 2 * m.pad) + m.pad;
        fill_rect(ui.frame, ImGui::GetWindowDrawList(), top, ImVec2(top.x + width, top.y + height), parent ? colour::accent : colour::primary);
        ImGui::SetCursorScreenPos(ImVec2(top.x + m.pad, top.y + m.pad * 0.5f));
        text_block(ui.frame, ui.frame.fonts.bold, turn, colour::primary_ink, width - 2 * m.pad);
        ImGui::SetCursorScreenPos(ImVec2(top.x, top.y + height + m.gap * 0.5f));
        ImGui::Dummy(ImVec2(1, 1));
    }
}

}  // namespace

void draw_question(KioskUi& ui) {
    const Metrics& m = ui.frame.metrics;
    const Session& session = ui.session();
    question_header(ui);
    const Question& question = ui.content().questions[session.question];
    const bool parent = session.parent_turn;
    const std::string& asked = parent && !question.parent_text.empty() ? question.parent_text : question.text;
    std::string help = question.help;
    if (question.pick > 1) help += (help.empty() ? "" : " ") + texts(ui).format("question.pick_more", {{"aantal", std::to_string(question.pick)}});
    // The question and its answers together, the answers in reach (reach_heading).
    const std::string area = "answers" + std::to_string(session.question) + (parent ? "p" : "");
    const float text_width_now = ImGui::GetContentRegionAvail().x, spacing = ImGui::GetStyle().ItemSpacing.y;
    const float heading = text_height(ui.frame, ui.frame.fonts.title, asked, text_width_now) + spacing +
                          (help.empty() ? 0 : text_height(ui.frame, ui.frame.fonts.body, help, text_width_now) + spacing) + m.gap * 0.5f + spacing;
    reach_heading(ui, heading, area.c_str());
    text_block(ui.frame, ui.frame.fonts.title, asked, colour::ink);
    if (!help.empty()) text_block(ui.frame, ui.frame.fonts.body, help, colour::muted);
    ImGui::Dummy(ImVec2(1, m.gap * 0.5f));

    begin_scroll_area(ui.frame, area.c_str(), body_height(ui));
    const int columns = (!m.portrait && question.options.size() > 4) ? 2 : 1;
    const float full = ImGui::GetContentRegionAvail().x;
    const float width = (full - m.gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    const std::vector<int>& picked = current_answers(session).picked[session.question];
    const std::vector<std::size_t> order = tile_order(question.options.size(), columns, ui.frame.rtl);
    for (std::size_t at = 0; at < order.size(); ++at) {
        const std::size_t o = order[at];
        place_tile(ui, at, order.size(), columns, width);
        const bool selected = std::find(picked.begin(), picked.end(), static_cast<int>(o)) != picked.end();
        // An answer with a picture shows it beside its text, so it reads at a glance.
        const std::string& picture = question.options[o].picture;
        const float side = picture.empty() ? 0 : m.tile_height * 0.8f;
        if (answer_tile(ui.frame, "option" + std::to_string(o), question.options[o].text, selected, width, side))
            ui.emit(IntentKind::Pick, static_cast<int>(o));
        if (side > 0) {
            const ImVec2 corner = answer_tile_picture_at(ui.frame, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), side);
            draw_picture(ui, picture, corner, ImVec2(corner.x + side, corner.y + side));
        }
    }
    end_scroll_area();

    const bool show_next = question.pick > 1 || current_answers(session).answered(session.question);
    const std::string next_label = T(ui, leads_to_results(session, ui.content()) ? "question.to_results" : "common.next");
    const FooterTap tapped = visitor_footer(ui, T(ui, "common.back"), show_next ? next_label : "", can_go_next(session, ui.content()), true);
    if (tapped == FooterTap::Back) ui.emit(IntentKind::Back);
    if (tapped == FooterTap::Next) ui.emit(IntentKind::Next);
}

}  // namespace kiosk
