// Choosing a language: a row of language names on the attract screen, and a globe button in the
// footer of every screen that opens the list. Each language is named in its own words and script,
// so a visitor finds theirs without reading Dutch.
#include <algorithm>

#include "ui/picture.h"
#include "ui/screen_parts.h"

namespace kiosk {

namespace {

// Over the list (a pack's pictures/taal.png replaces the library's).
constexpr const char* kLanguagePicture = "taal";

// A globe (circle, equator, meridians): readable without words, whatever language is on screen.
void draw_globe(ImDrawList* draw, ImVec2 centre, float radius, ImU32 colour, float thickness) {
    draw->AddCircle(centre, radius, colour, 24, thickness);
    draw->AddLine(ImVec2(centre.x - radius, centre.y), ImVec2(centre.x + radius, centre.y), colour, thickness);
    draw->AddLine(ImVec2(centre.x, centre.y - radius), ImVec2(centre.x, centre.y + radius), colour, thickness);
    const float bulge = radius * 0.75f;
    for (float side : {-1.0f, 1.0f})
        draw->AddBezierCubic(ImVec2(centre.x, centre.y - radius), ImVec2(centre.x + side * bulge, centre.y - radius * 0.6f),
                             ImVec2(centre.x + side * bulge, centre.y + radius * 0.6f), ImVec2(centre.x, centre.y + radius), colour,
                             thickness, 12);
}

std::string upper_code(const std::string& code) {
    std::string upper = code;
    for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    return upper;
}

}  // namespace

// The globe, the language's code ("AR"), and round ends: measured, so a taller bar (theme.h
// control_height) or a wider code never pushes the code out of the pill.
float language_button_width(const KioskUi& ui) {
    const Metrics& m = ui.frame.metrics;
    const float code = text_width(ui.frame, ui.frame.fonts.bold, upper_code(ui.content().language.code));
    return std::max(m.min_target * 2.2f, m.control_height * 0.78f + m.gap * 0.6f + code + m.control_height * 0.4f);
}

bool language_button(KioskUi& ui) {
    const Metrics& m = ui.frame.metrics;
    // As high as the buttons beside it in the bar (theme.h).
    const float width = language_button_width(ui), height = m.control_height;
    const bool tapped = ImGui::InvisibleButton("##language", ImVec2(width, height));
    // The driver and the tests find it by what it does, in the visitor's language.
    record_target(ui.frame, T(ui, "language.choose"));
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRect(min, max, colour::outline, height * 0.5f, 0, m.mm * 0.5f);
    const float radius = height * 0.28f;
    const ImVec2 globe(min.x + height * 0.5f, (min.y + max.y) * 0.5f);
    draw_globe(draw, globe, radius, colour::primary, m.mm * 0.35f);
    ImFont* font = ui.frame.fonts.bold;
    const std::string code = upper_code(ui.content().language.code);
    const float text_x = globe.x + radius + m.gap * 0.6f;
    draw_text(ui.frame, draw, font, ImVec2(text_x, (min.y + max.y - font->FontSize) * 0.5f), colour::primary, code, max.x - text_x);
    return tapped;
}

void language_row(KioskUi& ui, float width) {
    const std::vector<LanguageInfo> languages = offered_languages(ui.pack());
    if (languages.size() < 2) return;
    std::vector<std::string> names;
    int current = 0;
    for (std::size_t i = 0; i < languages.size(); ++i) {
        names.push_back(languages[i].name);
        if (languages[i].code == ui.content().language.code) current = static_cast<int>(i);
    }
    // Three to a row at least, so twenty languages with long names still leave the ways in their room.
    const int tapped = chip_row(ui.frame, names, current, width, (width - ui.frame.metrics.gap) / 3);
    if (tapped >= 0 && tapped != current) ui.emit(IntentKind::ChooseLanguage, languages[static_cast<std::size_t>(tapped)].code);
}

void draw_language_choice(KioskUi& ui) {
    const Metrics& m = ui.frame.metrics;
    // A speech balloon where reading starts, the question beside it: what this list is, for a
    // visitor who cannot read the question yet.
    const std::string title = T(ui, "language.choose");
    const float side = m.body * 2.4f;
    const float text_w = ImGui::GetContentRegionAvail().x - side - m.gap;
    const float row = std::max(side, text_height(ui.frame, ui.frame.fonts.title, title, text_w));
    reach_heading(ui, row + m.gap + 2 * ImGui::GetStyle().ItemSpacing.y, "languages");
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float full = ImGui::GetContentRegionAvail().x;
    const float picture_x = ui.frame.rtl ? at.x + full - side : at.x;
    draw_picture(ui, kLanguagePicture, ImVec2(picture_x, at.y + (row - side) * 0.5f), ImVec2(picture_x + side, at.y + (row + side) * 0.5f));
    ImGui::SetCursorScreenPos(ImVec2(ui.frame.rtl ? at.x : at.x + side + m.gap,
                                     at.y + (row - text_height(ui.frame, ui.frame.fonts.title, title, text_w)) * 0.5f));
    text_block(ui.frame, ui.frame.fonts.title, title, colour::ink, text_w);
    ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + row));
    ImGui::Dummy(ImVec2(1, m.gap));
    begin_scroll_area(ui.frame, "languages", body_height(ui));
    const float width = std::min(ImGui::GetContentRegionAvail().x, m.body * 20);
    const float indent = ui.frame.rtl ? ImGui::GetContentRegionAvail().x - width : 0;
    for (const LanguageInfo& language : offered_languages(ui.pack())) {
        if (indent > 0) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + indent);
        const bool current = language.code == ui.content().language.code;
        if (button(ui.frame, language.name, current ? ButtonStyle::Primary : ButtonStyle::Secondary, width))
            ui.emit(IntentKind::ChooseLanguage, language.code);
        ImGui::Dummy(ImVec2(1, m.gap * 0.3f));
    }
    end_scroll_area();
    FooterButtons buttons;
    buttons.back = T(ui, "common.back");
    if (footer(ui, buttons) == FooterTap::Back) ui.emit(IntentKind::Back);
}

}  // namespace kiosk
