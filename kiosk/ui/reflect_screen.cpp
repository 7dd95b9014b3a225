// After the results (or the offer): which programme is yours, one reflection a screen, and one
// concrete next step, with the steps the answers point to first. The flow is core's
// (core/session.cpp); these screens draw it and turn taps into intents.
#include <algorithm>

#include "text/text.h"
#include "ui/picture.h"
#include "ui/screen_parts.h"

namespace kiosk {

namespace {

// Big tiles in one column (two on a wide screen), the first where reading starts.
int tile_columns(const KioskUi& ui, std::size_t count) { return !ui.frame.metrics.portrait && count > 3 ? 2 : 1; }

}  // namespace

// "Welke opleiding is jouw favoriet?": the programmes shown (or looked at), and "Ik weet het nog
// niet". Nothing is chosen for the visitor.
void draw_favourite(KioskUi& ui) {
    const Metrics& m = ui.frame.metrics;
    const Session& session = ui.session();
    screen_heading(ui, "favourite.title", "favourite.intro", "favourite");
    begin_scroll_area(ui.frame, "favourite", body_height(ui));
    const std::vector<int> choices = favourite_choices(session);
    const int columns = tile_columns(ui, choices.size());
    const float full = ImGui::GetContentRegionAvail().x;
    const float width = (full - m.gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    const std::vector<std::size_t> order = tile_order(choices.size(), columns, ui.frame.rtl);
    for (std::size_t at = 0; at < order.size(); ++at) {
        const int programme = choices[order[at]];
        place_tile(ui, at, order.size(), columns, width);
        // The programme's picture, as on the results (when the pack names one).
        const float side = programme_picture_key(ui.content(), programme).empty() ? 0 : m.tile_height * 0.8f;
        if (answer_tile(ui.frame, "fav" + std::to_string(programme), programme_at(ui, programme).name, session.favourite == programme, width, false, side))
            ui.emit(IntentKind::ChooseFavourite, programme);
        const ImVec2 picture = answer_tile_picture_at(ui.frame, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), side);
        if (side > 0) programme_picture(ui, programme, picture, ImVec2(picture.x + side, picture.y + side));
    }
    // Not knowing yet is an answer too, set apart from the programmes.
    ImGui::Dummy(ImVec2(1, m.gap));
    if (answer_tile(ui.frame, "unsure", T(ui, "favourite.unsure"), session.undecided, full)) ui.emit(IntentKind::ChooseFavourite, -1);
    end_scroll_area();
    const bool chosen = session.favourite >= 0 || session.undecided;
    const FooterTap tapped = visitor_footer(ui, T(ui, "common.back"), chosen ? T(ui, "common.next") : "", chosen);
    if (tapped == FooterTap::Back) ui.emit(IntentKind::Back);
    if (tapped == FooterTap::Next) ui.emit(IntentKind::ChooseFavourite, session.favourite);
}

// One reflection: about the favourite, or phrased without one. Answered or "weet ik niet", never
// skipped: "Verder" waits for an answer.
void draw_reflect(KioskUi& ui) {
    const Metrics& m = ui.frame.metrics;
    const Content& content = ui.content();
    const Session& session = ui.session();
    const std::size_t r = session.reflection;
    if (r >= content.reflections.size()) return;
    std::size_t number = 0, total = 0;
    for (std::size_t i = 0; i < content.reflections.size(); ++i)
        if (reflection_asked(content, session, i)) {
            ++total;
            if (i <= r) ++number;
        }
    // Above the answers, however long a pack makes them: the progress one line, the favourite's
    // line three, the reflection four.
    const std::string progress = texts(ui).format("reflect.progress", {{"nummer", std::to_string(number)}, {"totaal", std::to_string(total)}});
    text_block(ui.frame, ui.frame.fonts.bold, fit_lines(ui.frame, ui.frame.fonts.bold, progress, ImGui::GetContentRegionAvail().x, 1), colour::muted);
    const Question& reflection = content.reflections[r];
    std::string question = reflection.general_text;
    if (session.favourite >= 0) {
        // The favourite's picture where reading starts, the line that names it beside it.
        const Programme& favourite = programme_at(ui, session.favourite);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float full = ImGui::GetContentRegionAvail().x;
        const float side = programme_picture_key(content, session.favourite).empty() ? 0 : m.body * 2.4f;
        const float room = side > 0 ? side + m.gap : 0;
        const float picture_x = ui.frame.rtl ? at.x + full - side : at.x;
        if (side > 0) programme_picture(ui, session.favourite, ImVec2(picture_x, at.y), ImVec2(picture_x + side, at.y + side));
        const float text_w = full - room;
        const std::string line = fit_lines(ui.frame, ui.frame.fonts.body, T(ui, "reflect.intro") + " " + favourite.name, text_w, 3);
        const float text_h = text_height(ui.frame, ui.frame.fonts.body, line, text_w);
        ImGui::SetCursorScreenPos(ImVec2(ui.frame.rtl ? at.x : at.x + room, at.y + std::max(0.0f, (side - text_h) / 2)));
        text_block(ui.frame, ui.frame.fonts.body, line, colour::primary, text_w);
        ImGui::SetCursorScreenPos(ImVec2(at.x, std::max(ImGui::GetCursorScreenPos().y, at.y + (side > 0 ? side + m.gap * 0.5f : 0))));
        question = replace_all(reflection.text, "{naam}", favourite.name);
    }
    question = fit_lines(ui.frame, ui.frame.fonts.title, question, ImGui::GetContentRegionAvail().x, 4);
    ImGui::Dummy(ImVec2(1, m.gap * 0.3f));
    // The reflection and its answers together, the answers in reach (reach_heading).
    const std::string area = "reflect" + std::to_string(r);
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    reach_heading(ui, text_height(ui.frame, ui.frame.fonts.title, question, ImGui::GetContentRegionAvail().x) + m.gap * 0.5f + 2 * spacing,
                  area.c_str());
    text_block(ui.frame, ui.frame.fonts.title, question, colour::ink);
    ImGui::Dummy(ImVec2(1, m.gap * 0.5f));
    begin_scroll_area(ui.frame, area.c_str(), body_height(ui));
    const int columns = tile_columns(ui, reflection.options.size());
    const float full = ImGui::GetContentRegionAvail().x;
    const float width = (full - m.gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    const int picked = r < session.reflections.size() ? session.reflections[r] : -1;
    const std::vector<std::size_t> order = tile_order(reflection.options.size(), columns, ui.frame.rtl);
    for (std::size_t at = 0; at < order.size(); ++at) {
        const std::size_t o = order[at];
        place_tile(ui, at, order.size(), columns, width);
        const std::string id = "r" + std::to_string(r) + "o" + std::to_string(o);
        if (picture_tile(ui, id, reflection.options[o].text, reflection.options[o].picture, picked == static_cast<int>(o), width))
            ui.emit(IntentKind::Reflect, static_cast<int>(r), static_cast<int>(o));
    }
    end_scroll_area();
    const FooterTap tapped = visitor_footer(ui, T(ui, "common.back"), picked >= 0 ? T(ui, "common.next") : "", picked >= 0);
    if (tapped == FooterTap::Back) ui.emit(IntentKind::Back);
    if (tapped == FooterTap::Next) ui.emit(IntentKind::Next);
}

// The next step: those the reflection answers point to first, marked, then the others. The
// visitor chooses; nothing is chosen for them.
void draw_step(KioskUi& ui) {
    const Metrics& m = ui.frame.metrics;
    const Content& content = ui.content();
    const Session& session = ui.session();
    screen_heading(ui, "reflect.step_title", "reflect.step_help", "steps");
    begin_scroll_area(ui.frame, "steps", body_height(ui));
    const float full = ImGui::GetContentRegionAvail().x;
    const std::vector<int> suggested = suggested_steps(content, session);
    auto step_tile = [&](int step, float width) {
        const NextStep& next = content.next_steps[static_cast<std::size_t>(step)];
        const bool selected = session.next_step == step;
        if (picture_tile(ui, "step" + std::to_string(step), next.text, next.picture, selected, width)) ui.emit(IntentKind::ChooseStep, step);
        if (selected && !next.detail.empty())
            text_block(ui.frame, ui.frame.fonts.body, content.fill_event_details(next.detail), colour::primary, width);
    };
    if (!suggested.empty()) {
        // The suggested steps on a panel of their own, so they stand out from 3 m without
        // relying on the label alone.
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->ChannelsSplit(2);
        draw->ChannelsSetCurrent(1);
        const ImVec2 top = ImGui::GetCursorScreenPos();
        const float inner = full - 2 * m.pad;
        ImGui::SetCursorScreenPos(ImVec2(top.x + m.pad, top.y + m.pad * 0.7f));
        ImGui::BeginGroup();
        text_block(ui.frame, ui.frame.fonts.bold, T(ui, "reflect.suggested"), colour::ink, inner);
        for (int step : suggested) step_tile(step, inner);
        if (const int second = second_choice(content, session); second >= 0) {
            ImGui::Dummy(ImVec2(1, m.gap * 0.2f));
            if (button(ui.frame, texts(ui).format("reflect.second_choice", {{"naam", programme_at(ui, second).name}}), ButtonStyle::Secondary, inner))
                ui.emit(IntentKind::OpenProgramme, second);
        }
        ImGui::EndGroup();
        const ImVec2 bottom(top.x + full, ImGui::GetItemRectMax().y + m.pad * 0.7f);
        draw->ChannelsSetCurrent(0);
        fill_rect(ui.frame, draw, top, bottom, colour::surprise);
        draw->AddRect(top, bottom, colour::accent, 0, 0, m.mm * 0.6f);
        draw->ChannelsMerge();
        ImGui::SetCursorScreenPos(ImVec2(top.x, bottom.y + m.gap));
        ImGui::Dummy(ImVec2(1, 0));
        text_block(ui.frame, ui.frame.fonts.bold, T(ui, "reflect.other_steps"), colour::muted, full);
    }
    for (std::size_t step = 0; step < content.next_steps.size(); ++step)
        if (std::find(suggested.begin(), suggested.end(), static_cast<int>(step)) == suggested.end()) step_tile(static_cast<int>(step), full);
    end_scroll_area();
    const FooterTap tapped = visitor_footer(ui, T(ui, "common.back"), T(ui, "reflect.done"), can_finish(session, content));
    if (tapped == FooterTap::Back) ui.emit(IntentKind::Back);
    if (tapped == FooterTap::Next) ui.emit(IntentKind::Finish);
}

}  // namespace kiosk
