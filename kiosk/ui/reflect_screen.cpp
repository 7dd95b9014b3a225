#include <algorithm>

#include "text/text.h"
#include "ui/screen_parts.h"

namespace kiosk {

// The reflection: a few quick taps about the favourite, then one concrete next step.
void draw_reflect(KioskUi& ui) {
    const Metrics& m = ui.frame.metrics;
    const Content& content = ui.content();
    screen_heading(ui, "reflect.title");
    begin_scroll_area(ui.frame, "reflect", body_height(ui));
    const float full = ImGui::GetContentRegionAvail().x;
    if (ui.session().favourite >= 0) {
        const Programme& favourite = programme_at(ui, ui.session().favourite);
        text_block(ui.frame, ui.frame.fonts.body, T(ui, "reflect.intro"), colour::muted, full);
        text_block(ui.frame, ui.frame.fonts.title, favourite.name, colour::primary, full);
        ImGui::Dummy(ImVec2(1, m.gap * 0.5f));
        for (std::size_t r = 0; r < content.reflections.size(); ++r) {
            const Question& reflection = content.reflections[r];
            text_block(ui.frame, ui.frame.fonts.bold, replace_all(reflection.text, "{naam}", favourite.name), colour::ink, full);
            const int columns = m.portrait ? 2 : static_cast<int>(std::min<std::size_t>(4, reflection.options.size()));
            const float width = (full - m.gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
            const std::vector<std::size_t> order = tile_order(reflection.options.size(), columns, ui.frame.rtl);
            for (std::size_t at = 0; at < order.size(); ++at) {
                const std::size_t o = order[at];
                place_tile(ui, at, order.size(), columns, width);
                const bool selected = ui.session().reflections[r] == static_cast<int>(o);
                const std::string id = "r" + std::to_string(r) + "o" + std::to_string(o);
                if (answer_tile(ui.frame, id, reflection.options[o].text, selected, width))
                    ui.emit(IntentKind::Reflect, static_cast<int>(r), static_cast<int>(o));
            }
            ImGui::Dummy(ImVec2(1, m.gap * 0.5f));
        }
    }
    text_block(ui.frame, ui.frame.fonts.title, T(ui, "reflect.step_title"), colour::ink, full);
    text_block(ui.frame, ui.frame.fonts.body, T(ui, "reflect.step_help"), colour::muted, full);
    for (std::size_t step = 0; step < content.next_steps.size(); ++step) {
        const bool selected = ui.session().next_step == static_cast<int>(step);
        if (answer_tile(ui.frame, "step" + std::to_string(step), content.next_steps[step].text, selected, full))
            ui.emit(IntentKind::ChooseStep, static_cast<int>(step));
        if (selected && !content.next_steps[step].detail.empty())
            text_block(ui.frame, ui.frame.fonts.body, content.fill_event_details(content.next_steps[step].detail), colour::primary, full);
    }
    end_scroll_area();
    const FooterTap tapped = visitor_footer(ui, T(ui, "common.back"), T(ui, "reflect.done"), can_finish(ui.session(), content));
    if (tapped == FooterTap::Back) ui.emit(IntentKind::Back);
    if (tapped == FooterTap::Next) ui.emit(IntentKind::Finish);
}

}  // namespace kiosk
