// Take it home: the QR code to the visitor's result, the short code, the chosen next step, the
// printer's state in plain words, and questions for home ("samen").
#include <cmath>

#include "text/text.h"
#include "ui/picture.h"
#include "ui/screen_parts.h"

namespace kiosk {

namespace {

void draw_qr(UiFrame& ui, const QrCode& qr, float side) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float quiet = 4.0f;  // modules of white around the code, as the standard asks
    const float module = std::floor(side / (static_cast<float>(qr.size) + 2 * quiet));
    const float total = module * (static_cast<float>(qr.size) + 2 * quiet);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    fill_rect(ui, draw, at, ImVec2(at.x + total, at.y + total), IM_COL32_WHITE);
    for (int y = 0; y < qr.size; ++y)
        for (int x = 0; x < qr.size; ++x)
            if (qr.module(x, y)) {
                const ImVec2 min(at.x + (static_cast<float>(x) + quiet) * module, at.y + (static_cast<float>(y) + quiet) * module);
                fill_rect(ui, draw, min, ImVec2(min.x + module, min.y + module), IM_COL32_BLACK);
            }
    ImGui::Dummy(ImVec2(total, total));
}

// What the visitor said after the results, one line each: the favourite (or that they do not
// know yet) and every reflection they answered ("Wat je aanspreekt: De stage").
void what_you_said(KioskUi& ui, float width) {
    const Session& session = ui.session();
    const Content& content = ui.content();
    std::vector<std::string> lines;
    if (session.favourite >= 0)
        lines.push_back(texts(ui).format("finish.favourite", {{"naam", programme_at(ui, session.favourite).name}}));
    else if (session.undecided)
        lines.push_back(T(ui, "finish.no_favourite"));
    for (std::size_t r = 0; r < content.reflections.size() && r < session.reflections.size(); ++r) {
        const int option = session.reflections[r];
        if (option < 0 || !reflection_asked(content, session, r)) continue;
        const Question& reflection = content.reflections[r];
        // The label says it about the favourite; without one, the question as it was put.
        std::string label = reflection.general_text;
        if (session.favourite >= 0)
            label = replace_all(reflection.summary.empty() ? reflection.text : reflection.summary, "{naam}", programme_at(ui, session.favourite).name);
        const std::string& answer = reflection.options[static_cast<std::size_t>(option)].text;
        // A question followed by its answer needs no colon ("...leert? Een beetje").
        const auto ends_with = [&](const std::string& tail) {
            return label.size() >= tail.size() && label.compare(label.size() - tail.size(), tail.size(), tail) == 0;
        };
        const bool question_mark = ends_with("?") || ends_with("\u061F");  // also the Arabic question mark
        lines.push_back(question_mark ? label + " " + answer : texts(ui).format("finish.said_line", {{"vraag", label}, {"antwoord", answer}}));
    }
    if (lines.empty()) return;
    ImGui::Dummy(ImVec2(1, ui.frame.metrics.gap));
    text_block(ui.frame, ui.frame.fonts.bold, T(ui, "finish.said_title"), colour::ink, width);
    if (session.favourite >= 0) {
        // The favourite's picture (or photo), to recognise at a glance what this visit chose.
        const float side = ui.frame.metrics.tile_height * 1.4f;
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float x = ui.frame.rtl ? at.x + width - side : at.x;
        programme_picture(ui, session.favourite, ImVec2(x, at.y), ImVec2(x + side, at.y + side));
        ImGui::Dummy(ImVec2(width, side));
    }
    for (const std::string& line : lines) bullet_line(ui, line, colour::primary, width);
}

}  // namespace

void draw_finish(KioskUi& ui) {
    const Visit& visit = ui.kiosk->visit();
    const Metrics& m = ui.frame.metrics;
    screen_heading(ui, "finish.title", "", "finish");
    begin_scroll_area(ui.frame, "finish", body_height(ui));
    const float full = ImGui::GetContentRegionAvail().x;
    const float side = std::min(full, m.portrait ? m.width * 0.6f : m.height * 0.45f);
    const float text_column = m.portrait ? full : full - side - m.gap * 2;
    // Without a QR code (a link too long for one: take_home.h) the short code is all there is.
    const bool has_qr = visit.take_home && visit.take_home->qr.size > 0;
    if (has_qr) {
        ImGui::BeginGroup();
        draw_qr(ui.frame, visit.take_home->qr, side);
        ImGui::EndGroup();
        if (!m.portrait) ImGui::SameLine(0, m.gap * 2);
    }
    ImGui::BeginGroup();
    if (visit.print_job) {
        // The QR stays on screen whatever the printer does; its state is told in plain Dutch.
        const PrinterState state = visit.print_job->state();
        const bool trouble = state != PrinterState::Printing && state != PrinterState::Printed;
        text_block(ui.frame, ui.frame.fonts.bold, T(ui, printer_state_key(state)), trouble ? colour::accent : colour::primary, text_column);
        if (trouble) text_block(ui.frame, ui.frame.fonts.body, T(ui, "printer.keep_qr"), colour::ink, text_column);
        ImGui::Dummy(ImVec2(1, m.gap));
    }
    // From the offer the link holds the cards looked at, not a ranking with reasons.
    if (has_qr)
        text_block(ui.frame, ui.frame.fonts.body, T(ui, ui.session().browsing ? "finish.scan_offer" : "finish.scan"), colour::ink, text_column);
    else
        text_block(ui.frame, ui.frame.fonts.body, T(ui, "finish.no_qr"), colour::ink, text_column);
    ImGui::Dummy(ImVec2(1, m.gap));
    if (visit.take_home) {
        text_block(ui.frame, ui.frame.fonts.body, code_hint(ui.content(), "finish"), colour::muted, text_column);
        text_block(ui.frame, ui.frame.fonts.title, visit.take_home->code, colour::primary, text_column);
    }
    ImGui::Dummy(ImVec2(1, m.gap));
    text_block(ui.frame, ui.frame.fonts.bold, T(ui, "finish.next_title"), colour::ink, text_column);
    const int step = ui.session().next_step;
    if (step >= 0 && static_cast<std::size_t>(step) < ui.content().next_steps.size()) {
        const NextStep& chosen = ui.content().next_steps[static_cast<std::size_t>(step)];
        text_block(ui.frame, ui.frame.fonts.bold, chosen.text, colour::primary, text_column);
        text_block(ui.frame, ui.frame.fonts.body, ui.content().fill_event_details(chosen.detail), colour::ink, text_column);
    } else {
        text_block(ui.frame, ui.frame.fonts.body, T(ui, "finish.next_step"), colour::ink, text_column);
    }
    what_you_said(ui, text_column);
    if (const int favourite = ui.session().favourite; favourite >= 0) {
        // Practice experience the same day: what the event offers for the favourite.
        ImGui::Dummy(ImVec2(1, m.gap));
        const Programme& p = programme_at(ui, favourite);
        today_block(ui, p, texts(ui).format("today.finish_title", {{"naam", p.name}}), text_column);
    }
    if (ui.session().together) {
        // Every career conversation goes on at home: a few questions to take along.
        ImGui::Dummy(ImVec2(1, m.gap));
        text_block(ui.frame, ui.frame.fonts.bold, T(ui, "together.home_title"), colour::ink, text_column);
        for (const char* key : {"together.home_1", "together.home_2", "together.home_3"})
            text_block(ui.frame, ui.frame.fonts.body, "- " + T(ui, key), colour::ink, text_column);
    }
    ImGui::EndGroup();
    end_scroll_area();
    const FooterTap tapped = visitor_footer(ui, T(ui, "common.back"), T(ui, "finish.done"));
    if (tapped == FooterTap::Back) ui.emit(IntentKind::Back);
    if (tapped == FooterTap::Next) ui.emit(IntentKind::Done);
}

}  // namespace kiosk
