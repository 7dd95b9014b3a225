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
    // Progress where reading starts, on one line. "Stoppen" is in the footer, within reach on a stand.
    text_block(ui.frame, ui.frame.fonts.bold, fit_lines(ui.frame, ui.frame.fonts.bold, progress, ImGui::GetContentRegionAvail().x, 1), colour::muted);
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

// Where several answers may be chosen: how many, and how many are chosen ("Kies er maximaal 3 ·
// 2 van 3 gekozen"); after a tap beyond the most, why it took nothing. Both take the same room,
// so the tiles under them never jump when the message comes or goes.
struct PickCounter {
    std::string counter, refused;
    float height = 0;
};

PickCounter pick_counter_texts(const KioskUi& ui, const Question& question, std::size_t chosen, float width) {
    const std::string most = std::to_string(question.pick);
    PickCounter texts_now{texts(ui).format("question.pick_more", {{"aantal", most}}) + " · " +
                              texts(ui).format("question.picked", {{"gekozen", std::to_string(chosen)}, {"aantal", most}}),
                          texts(ui).format("question.too_many", {{"aantal", most}})};
    const float inset = ui.frame.metrics.mm * 1.5f + ui.frame.metrics.gap * 0.5f;
    texts_now.height = std::max(text_height(ui.frame, ui.frame.fonts.bold, texts_now.counter, width),
                                text_height(ui.frame, ui.frame.fonts.bold, texts_now.refused, width - inset));
    return texts_now;
}

void pick_counter(KioskUi& ui, const Question& question, std::size_t chosen) {
    const float width = ImGui::GetContentRegionAvail().x;
    const PickCounter shown = pick_counter_texts(ui, question, chosen, width);
    ImFont* font = ui.frame.fonts.bold;
    const float bar = ui.frame.metrics.mm * 1.5f, inset = bar + ui.frame.metrics.gap * 0.5f;
    const float height = shown.height;
    const ImVec2 top = ImGui::GetCursorScreenPos();
    if (ui.session().too_many_picked) {
        // Marked by a bar at the reading start as well as by its colour.
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->AddRectFilled(ImVec2(ui.frame.rtl ? top.x + width - bar : top.x, top.y),
                            ImVec2(ui.frame.rtl ? top.x + width : top.x + bar, top.y + height), colour::accent);
        draw_text(ui.frame, draw, font, ImVec2(ui.frame.rtl ? top.x : top.x + inset, top.y), colour::ink, shown.refused, width - inset);
    } else {
        draw_text(ui.frame, ImGui::GetWindowDrawList(), font, top, colour::primary, shown.counter, width);
    }
    ImGui::Dummy(ImVec2(width, height));
}

}  // namespace

void draw_question(KioskUi& ui) {
    const Metrics& m = ui.frame.metrics;
    const Session& session = ui.session();
    question_header(ui);
    const Question& question = ui.content().questions[session.question];
    const bool parent = session.parent_turn;
    const std::string& asked = parent && !question.parent_text.empty() ? question.parent_text : question.text;
    const std::string& help = question.help;
    const std::vector<int>& picked = current_answers(session).picked[session.question];
    // The question and its answers together, the answers in reach (reach_heading).
    const std::string area = "answers" + std::to_string(session.question) + (parent ? "p" : "");
    const float text_width_now = ImGui::GetContentRegionAvail().x, spacing = ImGui::GetStyle().ItemSpacing.y;
    const float heading = text_height(ui.frame, ui.frame.fonts.title, asked, text_width_now) + spacing +
                          (help.empty() ? 0 : text_height(ui.frame, ui.frame.fonts.body, help, text_width_now) + spacing) +
                          (question.pick > 1 ? pick_counter_texts(ui, question, picked.size(), text_width_now).height + spacing : 0) +
                          m.gap * 0.5f + spacing;
    reach_heading(ui, heading, area.c_str());
    text_block(ui.frame, ui.frame.fonts.title, asked, colour::ink);
    if (!help.empty()) text_block(ui.frame, ui.frame.fonts.body, help, colour::muted);
    if (question.pick > 1) pick_counter(ui, question, picked.size());
    ImGui::Dummy(ImVec2(1, m.gap * 0.5f));

    begin_scroll_area(ui.frame, area.c_str(), body_height(ui));
    const int columns = (!m.portrait && question.options.size() > 4) ? 2 : 1;
    const float full = ImGui::GetContentRegionAvail().x;
    const float width = (full - m.gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    const std::vector<std::size_t> order = tile_order(question.options.size(), columns, ui.frame.rtl);
    for (std::size_t at = 0; at < order.size(); ++at) {
        const std::size_t o = order[at];
        place_tile(ui, at, order.size(), columns, width);
        const bool selected = std::find(picked.begin(), picked.end(), static_cast<int>(o)) != picked.end();
        if (picture_tile(ui, "option" + std::to_string(o), question.options[o].text, question.options[o].picture, selected, width,
                         question.pick > 1))
            ui.emit(IntentKind::Pick, static_cast<int>(o));
    }
    end_scroll_area();

    // While a single answer is on show the next question comes by itself: no "Verder" flashing up.
    const bool show_next = question.pick > 1 || (current_answers(session).answered(session.question) && session.moving_on_at <= 0);
    const std::string next_label = T(ui, leads_to_results(session, ui.content()) ? "question.to_results" : "common.next");
    const FooterTap tapped = visitor_footer(ui, T(ui, "common.back"), show_next ? next_label : "", can_go_next(session, ui.content()), true);
    if (tapped == FooterTap::Back) ui.emit(IntentKind::Back);
    if (tapped == FooterTap::Next) ui.emit(IntentKind::Next);
}

}  // namespace kiosk
