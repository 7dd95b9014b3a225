// "Uitleg mbo": short illustrated cards about the mbo itself (levels, where you start, when to
// register, BOL and BBL, internships, costs, travel, routes onwards, diploma and crebo, job
// prospects), from the content's uitleg.ini. Each card shows its short text; "Meer lezen" opens
// its details and "Minder" closes them again. Which cards are open is the visitor's
// (Session::explain_more, by an intent), so it stays while they look elsewhere or switch
// language, and a wipe forgets it. Reachable from every screen; back returns to where the visitor was.
#include <algorithm>
#include <cfloat>
#include <cmath>

#include "ui/picture.h"
#include "ui/screen_parts.h"

namespace kiosk {

namespace {

// Simple drawings, made of a few shapes so they cost nothing to draw in software and need no
// image files: what a card's `picture` may name besides the picture library. `at` is the
// top-left corner of a box `size` wide and high.
void draw_drawing(const KioskUi& ui, const std::string& kind, ImVec2 at, float size) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float u = size / 10.0f;  // one grid unit
    auto box = [&](float x0, float y0, float x1, float y1, ImU32 colour, float rounding = 0) {
        draw->AddRectFilled(ImVec2(at.x + x0 * u, at.y + y0 * u), ImVec2(at.x + x1 * u, at.y + y1 * u), colour, rounding * u);
    };
    auto label = [&](float x, float y, const std::string& text, TextColour colour, ImFont* font = nullptr) {
        if (!font) font = ui.frame.fonts.bold;
        const ImVec2 extent = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.c_str());
        draw_text(ui.frame, draw, font, ImVec2(at.x + x * u - extent.x / 2 - 1, at.y + y * u - extent.y / 2), colour, text, extent.x + 2,
                  Align::Centre);
    };
    if (kind == "niveaus") {
        for (int level = 1; level <= 4; ++level) {
            const float x = 0.5f + static_cast<float>(level - 1) * 2.4f;
            box(x, 10 - 2.3f * static_cast<float>(level), x + 2, 10, level == 4 ? colour::accent : colour::primary, 0.3f);
            label(x + 1, 10 - 2.3f * static_cast<float>(level) + 1.1f, std::to_string(level), colour::primary_ink);
        }
    } else if (kind == "leerwegen") {
        // School (blue) and practice (orange): BOL mostly school, BBL mostly work.
        box(0, 1, 6.5f, 4, colour::primary, 0.3f);
        box(6.5f, 1, 10, 4, colour::accent, 0.3f);
        box(0, 6, 2, 9, colour::primary, 0.3f);
        box(2, 6, 10, 9, colour::accent, 0.3f);
        label(3.2f, 2.5f, "BOL", colour::primary_ink);
        label(6, 7.5f, "BBL", colour::primary_ink);
    } else if (kind == "kosten") {
        for (int coin = 0; coin < 3; ++coin) {
            const ImVec2 centre(at.x + (2.5f + 2.5f * static_cast<float>(coin)) * u, at.y + (7 - 1.5f * static_cast<float>(coin)) * u);
            draw->AddCircleFilled(centre, 2.2f * u, colour::accent, 24);
            draw->AddCircle(centre, 1.5f * u, colour::surface, 24, 0.3f * u);
        }
    } else if (kind == "stage") {
        box(1.5f, 2, 8.5f, 10, colour::primary, 0.2f);
        for (int row = 0; row < 3; ++row)
            for (int column = 0; column < 3; ++column)
                box(2.5f + 2.1f * static_cast<float>(column), 3 + 2.1f * static_cast<float>(row), 3.7f + 2.1f * static_cast<float>(column),
                    4.2f + 2.1f * static_cast<float>(row), colour::surface);
        box(4.3f, 8.4f, 5.7f, 10, colour::accent);
    } else if (kind == "doorstroom") {
        for (int step = 0; step < 4; ++step)
            box(static_cast<float>(step) * 2.5f, 10 - 2.5f * static_cast<float>(step + 1), static_cast<float>(step) * 2.5f + 2.5f, 10,
                step == 3 ? colour::accent : colour::primary);
        draw->AddTriangleFilled(ImVec2(at.x + 7 * u, at.y + 0.2f * u), ImVec2(at.x + 10 * u, at.y + 0.2f * u),
                                ImVec2(at.x + 10 * u, at.y + 3.2f * u), colour::accent);
    } else if (kind == "diploma") {
        box(0.5f, 2, 9.5f, 8.5f, colour::surface, 0.3f);
        draw->AddRect(ImVec2(at.x + 0.5f * u, at.y + 2 * u), ImVec2(at.x + 9.5f * u, at.y + 8.5f * u), colour::primary, 0.3f * u, 0, 0.4f * u);
        for (int line = 0; line < 3; ++line) box(1.5f, 3.2f + 1.3f * static_cast<float>(line), 6, 3.7f + 1.3f * static_cast<float>(line), colour::border);
        draw->AddCircleFilled(ImVec2(at.x + 7.7f * u, at.y + 6.5f * u), 1.3f * u, colour::accent, 20);
    } else if (kind == "werk") {
        box(0.5f, 3.5f, 9.5f, 9.5f, colour::primary, 0.6f);
        draw->AddRect(ImVec2(at.x + 3.5f * u, at.y + 1.5f * u), ImVec2(at.x + 6.5f * u, at.y + 3.8f * u), colour::primary, 0.5f * u, 0, 0.6f * u);
        box(0.5f, 5.8f, 9.5f, 6.4f, colour::accent);
    } else if (kind == "aanmelden") {
        // A tear-off calendar showing the first of the month: register in time.
        box(1, 1.5f, 9, 9.5f, colour::surface, 0.3f);
        draw->AddRect(ImVec2(at.x + 1 * u, at.y + 1.5f * u), ImVec2(at.x + 9 * u, at.y + 9.5f * u), colour::primary, 0.3f * u, 0, 0.4f * u);
        box(1, 1.5f, 9, 4, colour::primary, 0.3f);
        box(2.8f, 0.5f, 3.6f, 2.7f, colour::accent, 0.3f);
        box(6.4f, 0.5f, 7.2f, 2.7f, colour::accent, 0.3f);
        label(5, 6.75f, "1", colour::primary, ui.frame.fonts.title);
    } else if (kind == "reizen") {
        // A bus: travelling to school.
        box(0.5f, 2, 9.5f, 8, colour::primary, 0.6f);
        for (int window = 0; window < 4; ++window)
            box(1.2f + 2.1f * static_cast<float>(window), 3, 2.8f + 2.1f * static_cast<float>(window), 5, colour::surface, 0.2f);
        box(0.5f, 6, 9.5f, 6.6f, colour::accent);
        for (const float x : {2.8f, 7.2f}) {
            draw->AddCircleFilled(ImVec2(at.x + x * u, at.y + 8 * u), 1.2f * u, colour::ink, 20);
            draw->AddCircleFilled(ImVec2(at.x + x * u, at.y + 8 * u), 0.5f * u, colour::surface, 12);
        }
    }
}

// One card: the picture where reading starts, beside it the title, the short text and, when the
// card has details, its "Meer lezen" button, with the details above it while they are open.
void explain_card(KioskUi& ui, const ExplainCard& card, int index, float width) {
    const Metrics& m = ui.frame.metrics;
    const bool rtl = ui.frame.rtl;
    const std::vector<int>& opened = ui.session().explain_more;
    const bool open = !card.more.empty() && std::find(opened.begin(), opened.end(), index) != opened.end();
    const float picture = card.picture.empty() ? 0 : m.tile_height * 1.1f;
    const float text_column = width - 2 * m.pad - (picture > 0 ? picture + m.gap * 2 : 0);
    const ImVec2 top = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    // The card's contents first (on top), then its background behind them, now that its height is known.
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    if (picture > 0) {
        const ImVec2 at(rtl ? top.x + width - m.pad - picture : top.x + m.pad, top.y + m.pad);
        if (!draw_picture(ui, card.picture, at, ImVec2(at.x + picture, at.y + picture))) draw_drawing(ui, card.picture, at, picture);
    }
    const float column_x = rtl ? top.x + m.pad : top.x + width - m.pad - text_column;
    ImGui::SetCursorScreenPos(ImVec2(column_x, top.y + m.pad));
    ImGui::BeginGroup();
    // Items stand ItemSpacing (one gap) apart.
    text_block(ui.frame, ui.frame.fonts.bold, card.title, colour::primary, text_column);
    text_block(ui.frame, ui.frame.fonts.body, card.text, colour::ink, text_column);
    if (open) {
        // The details, set off by a rule so the short text still reads as the card's own.
        const ImVec2 rule = ImGui::GetCursorScreenPos();
        draw->AddLine(rule, ImVec2(rule.x + text_column, rule.y), colour::border, m.mm * 0.3f);
        ImGui::Dummy(ImVec2(1, 1));
        text_block(ui.frame, ui.frame.fonts.body, card.more, colour::ink, text_column);
    }
    if (!card.more.empty()) {
        const std::string label = T(ui, open ? "explain.less" : "explain.more");
        const float button_width = std::min(text_column, text_width(ui.frame, ui.frame.fonts.bold, label) + 2 * m.pad);
        if (rtl) ImGui::SetCursorScreenPos(ImVec2(column_x + text_column - button_width, ImGui::GetCursorScreenPos().y));
        ImGui::PushID(index);
        if (button(ui.frame, label, ButtonStyle::Secondary, button_width)) ui.emit(IntentKind::ToggleExplainMore, index);
        ImGui::PopID();
    }
    ImGui::EndGroup();
    const float height = std::max(picture, ImGui::GetItemRectMax().y - top.y - m.pad) + 2 * m.pad;
    draw->ChannelsSetCurrent(0);
    fill_rect(ui.frame, draw, top, ImVec2(top.x + width, top.y + height), colour::surface);
    draw->AddRect(top, ImVec2(top.x + width, top.y + height), colour::border, 0, 0, m.mm * 0.3f);
    draw->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(top.x, top.y + height + m.gap));
    ImGui::Dummy(ImVec2(width, 1));
}

}  // namespace

void draw_explain(KioskUi& ui) {
    const Metrics& m = ui.frame.metrics;
    screen_heading(ui, "explain.title", "explain.intro", "explain");
    begin_scroll_area(ui.frame, "explain", body_height(ui));
    const float room = ImGui::GetContentRegionAvail().x;
    const float width = std::min(room, m.body * 40);  // lines a reader can follow
    const std::vector<ExplainCard>& cards = ui.content().explain_cards;
    for (std::size_t i = 0; i < cards.size(); ++i) {
        // The column stands where reading starts, under the heading: on the right in Arabic.
        if (ui.frame.rtl) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + room - width);
        explain_card(ui, cards[i], static_cast<int>(i), width);
    }
    end_scroll_area();
    FooterButtons buttons;
    buttons.back = T(ui, "explain.back");
    buttons.language = true;
    buttons.speech = true;
    const FooterTap tapped = footer(ui, buttons);
    if (tapped == FooterTap::Back) ui.emit(IntentKind::Back);
    if (tapped == FooterTap::Language) ui.emit(IntentKind::OpenLanguages);
}

}  // namespace kiosk
