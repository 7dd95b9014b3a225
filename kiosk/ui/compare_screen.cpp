// Two or three programmes side by side, for a pupil and a parent to talk over: per topic a
// heading across the screen and the programmes' answers in columns under it, so it reads on a
// portrait screen as well as a landscape one. The facts first (level, duration, leerweg,
// practice), then what it asks (admission, what you need), the choices inside, where and with
// whom, the internship and assessment, and after the diploma (job chances and pay, jobs, onwards).
#include <algorithm>

#include "ui/picture.h"
#include "ui/screen_parts.h"

namespace kiosk {

namespace {

// Each programme's text in its own column, the first where reading starts (the right, in a
// right-to-left language).
void columns(KioskUi& ui, const std::vector<std::string>& cells, ImFont* font, TextColour colour, float column, float gap) {
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float full = static_cast<float>(cells.size()) * column + static_cast<float>(cells.size() - 1) * gap;
    float bottom = top.y;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const float offset = static_cast<float>(i) * (column + gap);
        ImGui::SetCursorScreenPos(ImVec2(ui.frame.rtl ? top.x + full - offset - column : top.x + offset, top.y));
        ImGui::BeginGroup();
        text_block(ui.frame, font, cells[i], colour, column);
        ImGui::EndGroup();
        bottom = std::max(bottom, ImGui::GetItemRectMax().y);
    }
    ImGui::SetCursorScreenPos(ImVec2(top.x, bottom));
    ImGui::Dummy(ImVec2(1, 1));
}

// One topic: its heading, then each programme's text in its own column. A topic no programme's
// pack fills in (an optional column) is left out.
void compare_row(KioskUi& ui, const std::string& title_key, const std::vector<std::string>& cells, float column, float gap) {
    if (std::all_of(cells.begin(), cells.end(), [](const std::string& cell) { return cell.empty(); })) return;
    ImGui::Dummy(ImVec2(1, ui.frame.metrics.gap * 0.6f));
    text_block(ui.frame, ui.frame.fonts.bold, T(ui, title_key), colour::primary);
    columns(ui, cells, ui.frame.fonts.body, colour::ink, column, gap);
}

// Each programme's picture (or photo) over its column, so the columns are told apart at a glance.
void picture_row(KioskUi& ui, const std::vector<int>& programmes, float column, float gap) {
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float side = std::min(column, ui.frame.metrics.tile_height * 1.6f);
    const float full = static_cast<float>(programmes.size()) * column + static_cast<float>(programmes.size() - 1) * gap;
    for (std::size_t i = 0; i < programmes.size(); ++i) {
        const float offset = static_cast<float>(i) * (column + gap);
        const float x = ui.frame.rtl ? top.x + full - offset - side : top.x + offset;
        programme_picture(ui, programmes[i], ImVec2(x, top.y), ImVec2(x + side, top.y + side));
    }
    ImGui::Dummy(ImVec2(full, side));
}

}  // namespace

void draw_compare(KioskUi& ui) {
    const Metrics& m = ui.frame.metrics;
    const Content& content = ui.content();
    std::vector<const Programme*> programmes;
    for (int index : ui.session().compare) programmes.push_back(&content.programmes[static_cast<std::size_t>(index)]);
    screen_heading(ui, "compare.title", "", "compare");
    begin_scroll_area(ui.frame, "compare", body_height(ui));
    const float full = ImGui::GetContentRegionAvail().x - m.gap;  // clear of the scroll bar
    const float gap = m.gap * 1.5f;
    const float column = (full - gap * static_cast<float>(programmes.size() - 1)) / static_cast<float>(programmes.size());
    auto cells = [&](auto text_of) {
        std::vector<std::string> out;
        for (const Programme* p : programmes) out.push_back(text_of(*p));
        return out;
    };
    picture_row(ui, ui.session().compare, column, gap);
    columns(ui, cells([](const Programme& p) { return p.name; }), ui.frame.fonts.bold, colour::ink, column, gap);  // the names
    compare_row(ui, "compare.level", cells([&](const Programme& p) { return texts(ui).format("compare.level_value", {{"niveau", std::to_string(p.level)}}); }), column, gap);
    compare_row(ui, "compare.duration", cells([&](const Programme& p) { return texts(ui).format("compare.duration_value", {{"duur", std::to_string(p.duration_years)}}); }), column, gap);
    compare_row(ui, "compare.leerweg", cells([&](const Programme& p) { return leerweg_label(content, p); }), column, gap);
    compare_row(ui, "compare.practice", cells([&](const Programme& p) { return texts(ui).format("compare.practice_value", {{"procent", std::to_string(p.practice_percent)}}); }), column, gap);
    compare_row(ui, "compare.admission", cells([](const Programme& p) { return p.card.admission; }), column, gap);
    compare_row(ui, "compare.needs", cells([](const Programme& p) { return p.card.needs; }), column, gap);
    compare_row(ui, "compare.choices", cells([](const Programme& p) { return p.card.choices; }), column, gap);
    compare_row(ui, "compare.place", cells([&](const Programme& p) {
        const std::string where = location_with_address(ui, p);
        return p.card.department.empty() ? where : p.card.department + "\n" + where;
    }), column, gap);
    compare_row(ui, "programme.teachers", cells([](const Programme& p) { return p.card.teachers; }), column, gap);
    compare_row(ui, "programme.internship", cells([](const Programme& p) { return p.card.internship; }), column, gap);
    compare_row(ui, "programme.assessment", cells([](const Programme& p) { return p.card.assessment; }), column, gap);
    compare_row(ui, "compare.prospects", cells([&](const Programme& p) {
        std::string lines;
        for (const char* band : {"werkkans", "loon", "contact"})
            if (const std::string line = band_line(ui, p, band); !line.empty()) lines += (lines.empty() ? "" : "\n") + line;
        return lines;
    }), column, gap);
    compare_row(ui, "programme.jobs", cells([](const Programme& p) { return p.card.jobs; }), column, gap);
    compare_row(ui, "programme.onwards", cells([](const Programme& p) { return p.card.onwards; }), column, gap);
    end_scroll_area();
    if (visitor_footer(ui, T(ui, "compare.back"), "") == FooterTap::Back) ui.emit(IntentKind::Back);
}

}  // namespace kiosk
