// The pieces the screens share (ui/screen_parts.h).
#include "ui/screen_parts.h"

#include <algorithm>

namespace kiosk {

const Texts& texts(const KioskUi& ui) { return ui.content().texts; }
std::string T(const KioskUi& ui, const std::string& key) { return texts(ui).get(key); }

const Programme& programme_at(const KioskUi& ui, int index) {
    return ui.content().programmes[static_cast<std::size_t>(index)];
}

void begin_screen() {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::Begin("kiosk", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar |
                     ImGuiWindowFlags_NoScrollWithMouse);
}

void screen_heading(KioskUi& ui, const std::string& title_key, const std::string& intro_key) {
    text_block(ui.frame, ui.frame.fonts.title, T(ui, title_key), colour::ink);
    if (!intro_key.empty()) text_block(ui.frame, ui.frame.fonts.body, T(ui, intro_key), colour::muted);
    ImGui::Dummy(ImVec2(1, ui.frame.metrics.gap * 0.5f));
}

// Height left for the scroll area once a footer bar is reserved.
float body_height(const KioskUi& ui) {
    return ImGui::GetContentRegionAvail().y - ui.frame.metrics.bar_height;
}

void footer_divider(const KioskUi& ui) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRectFullScreen();
    draw->AddLine(ImVec2(0, at.y), ImVec2(ui.frame.metrics.width, at.y), colour::border, ui.frame.metrics.mm * 0.3f);
    draw->PopClipRect();
    ImGui::Dummy(ImVec2(1, ui.frame.metrics.gap * 0.5f));
}

FooterTap footer(KioskUi& ui, const FooterButtons& buttons) {
    footer_divider(ui);
    const Metrics& m = ui.frame.metrics;
    const float full = ImGui::GetContentRegionAvail().x;
    const ImVec2 origin = ImGui::GetCursorPos();
    // `from_start` is measured from where reading starts: the left edge, or the right one.
    auto place = [&](float from_start, float width) {
        ImGui::SetCursorPos(ImVec2(origin.x + (ui.frame.rtl ? full - from_start - width : from_start), origin.y));
    };
    auto natural = [&](const std::string& label) { return text_width(ui.frame, ui.frame.fonts.bold, label) + 2 * m.pad; };
    FooterTap tapped = FooterTap::None;
    float start_used = 0, end_free = full;
    if (!buttons.back.empty()) {
        const float width = std::min(full * 0.4f, natural(buttons.back));
        place(0, width);
        if (button(ui.frame, buttons.back, ButtonStyle::Secondary, width)) tapped = FooterTap::Back;
        start_used = width + m.gap;
    }
    if (buttons.language && offered_languages(ui.pack()).size() > 1) {
        place(start_used, language_button_width(ui));
        if (language_button(ui)) tapped = FooterTap::Language;
        start_used += language_button_width(ui) + m.gap;
    }
    if (buttons.speech && speech_button_shown(ui)) {
        place(start_used, speech_button_width(ui));
        speech_button(ui);
        start_used += speech_button_width(ui) + m.gap;
    }
    if (!buttons.next.empty()) {
        const float width = std::min({full * 0.6f, natural(buttons.next), full - start_used});
        place(full - width, width);
        if (button(ui.frame, buttons.next, ButtonStyle::Primary, width, buttons.next_enabled)) tapped = FooterTap::Next;
        end_free = full - width - m.gap;
    }
    if (!buttons.middle.empty()) {
        const float width = natural(buttons.middle);
        const float centred = (full - width) * 0.5f;
        const float x = centred >= start_used && centred + width <= end_free ? centred : start_used;
        if (x + width <= end_free) {
            place(x, width);
            if (button(ui.frame, buttons.middle, ButtonStyle::Quiet, width)) tapped = FooterTap::Middle;
        }
    }
    return tapped;
}

FooterTap visitor_footer(KioskUi& ui, const std::string& back, const std::string& next, bool next_enabled) {
    FooterButtons buttons{back, next, next_enabled, T(ui, "explain.open"), true};
    buttons.speech = true;
    const FooterTap tapped = footer(ui, buttons);
    if (tapped == FooterTap::Middle) ui.emit(IntentKind::OpenExplain);
    if (tapped == FooterTap::Language) ui.emit(IntentKind::OpenLanguages);
    return tapped == FooterTap::Back || tapped == FooterTap::Next ? tapped : FooterTap::None;
}

std::string location_name(const KioskUi& ui, const Programme& p) {
    const Location* location = ui.content().location(p.location);
    return location ? location->name : p.location;
}

std::string facts_line(const KioskUi& ui, const Programme& p) {
    return texts(ui).format("programme.facts", {{"niveau", std::to_string(p.level)},
                                                  {"leerweg", leerweg_label(ui.content(), p)},
                                                  {"duur", std::to_string(p.duration_years)},
                                                  {"locatie", location_name(ui, p)}});
}

std::string location_with_address(const KioskUi& ui, const Programme& p) {
    const Location* location = ui.content().location(p.location);
    if (!location || location->address.empty()) return location_name(ui, p);
    return texts(ui).format("programme.location_value", {{"locatie", location->name}, {"adres", location->address}});
}

std::string band_line(const KioskUi& ui, const Programme& p, const std::string& column) {
    const std::optional<Band> band = programme_band(p, column);
    if (!band) return {};
    return texts(ui).format("programme." + column, {{"waarde", T(ui, "programme." + column + "_" + band_word(*band))}});
}

void card_section(KioskUi& ui, const std::string& title_key, const std::string& text, float width) {
    if (text.empty()) return;
    ImGui::Dummy(ImVec2(1, ui.frame.metrics.gap * 0.4f));
    text_block(ui.frame, ui.frame.fonts.bold, T(ui, title_key), colour::primary, width);
    text_block(ui.frame, ui.frame.fonts.body, text, colour::ink, width);
}

void card_group(KioskUi& ui, const std::string& title_key, float width) {
    const Metrics& m = ui.frame.metrics;
    ImGui::Dummy(ImVec2(1, m.gap * 1.2f));
    text_block(ui.frame, ui.frame.fonts.title, T(ui, title_key), colour::ink, width);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(at.x, at.y), ImVec2(at.x + width, at.y), colour::border, m.mm * 0.4f);
    ImGui::Dummy(ImVec2(width, m.gap * 0.3f));
}

void highlight_panel(KioskUi& ui, const std::string& heading, float width, const std::function<void(float inner)>& body) {
    const Metrics& m = ui.frame.metrics;
    const float inner = width - 2 * m.pad;
    const ImVec2 top = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    // The text first on the upper channel, then the box under it once its height is known.
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    ImGui::SetCursorScreenPos(ImVec2(top.x + m.pad, top.y + m.pad * 0.6f));
    ImGui::BeginGroup();
    text_block(ui.frame, ui.frame.fonts.bold, heading, colour::primary, inner);
    body(inner);
    ImGui::EndGroup();
    const ImVec2 bottom(top.x + width, ImGui::GetItemRectMax().y + m.pad * 0.6f);
    draw->ChannelsSetCurrent(0);
    fill_rect(ui.frame, draw, top, bottom, colour::selected);
    // A bar at the reading start marks it as something to do now, not only in colour.
    const float bar = m.mm * 1.5f;
    if (ui.frame.rtl) fill_rect(ui.frame, draw, ImVec2(bottom.x - bar, top.y), bottom, colour::primary);
    else fill_rect(ui.frame, draw, top, ImVec2(top.x + bar, bottom.y), colour::primary);
    draw->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(top.x, bottom.y));
    ImGui::Dummy(ImVec2(width, m.gap * 0.5f));
}

void today_block(KioskUi& ui, const Programme& p, const std::string& heading, float width) {
    const TodayAtEvent* today = ui.content().today(p);
    if (!today) return;
    highlight_panel(ui, heading, width, [&](float inner) {
        text_block(ui.frame, ui.frame.fonts.body, today->what, colour::ink, inner);
        if (!today->where.empty()) text_block(ui.frame, ui.frame.fonts.bold, texts(ui).format("today.where", {{"waar", today->where}}), colour::ink, inner);
        if (!today->when.empty()) text_block(ui.frame, ui.frame.fonts.bold, texts(ui).format("today.when", {{"tijd", today->when}}), colour::ink, inner);
    });
}

void today_line(KioskUi& ui, const Programme& p, float width) {
    const TodayAtEvent* today = ui.content().today(p);
    if (!today) return;
    const std::string line = today->where.empty() ? texts(ui).format("today.line_what", {{"wat", today->what}})
                             : today->when.empty() ? texts(ui).format("today.line_where", {{"waar", today->where}})
                                                   : texts(ui).format("today.line", {{"waar", today->where}, {"tijd", today->when}});
    text_block(ui.frame, ui.frame.fonts.bold, line, colour::primary, width);
}

// A line of text behind a coloured dot: reasons, talking points.
void bullet_line(const KioskUi& ui, const std::string& text, ImU32 dot, float width) {
    const Metrics& m = ui.frame.metrics;
    const ImVec2 bullet = ImGui::GetCursorScreenPos();
    const float dot_x = ui.frame.rtl ? bullet.x + width - m.body * 0.3f : bullet.x + m.body * 0.3f;
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(dot_x, bullet.y + m.body * 0.62f), m.body * 0.16f, dot);
    if (!ui.frame.rtl) ImGui::SetCursorScreenPos(ImVec2(bullet.x + m.body * 0.9f, bullet.y));
    text_block(ui.frame, ui.frame.fonts.body, text, colour::ink, width - m.body * 0.9f);
}

// The order to draw `count` tiles in rows of `columns`, left to right on screen: the first option
// stands where reading starts, so each row is reversed in a right-to-left language.
std::vector<std::size_t> tile_order(std::size_t count, int columns, bool rtl) {
    std::vector<std::size_t> order(count);
    for (std::size_t i = 0; i < count; ++i) order[i] = i;
    if (!rtl) return order;
    for (std::size_t row = 0; row < count; row += static_cast<std::size_t>(columns)) {
        const std::size_t end = std::min(count, row + static_cast<std::size_t>(columns));
        std::reverse(order.begin() + static_cast<std::ptrdiff_t>(row), order.begin() + static_cast<std::ptrdiff_t>(end));
    }
    return order;
}

// Before tile `at` of `count` in rows of `columns`: the same row, or a new one; in a
// right-to-left language a short last row moves to the right.
void place_tile(const KioskUi& ui, std::size_t at, std::size_t count, int columns, float width) {
    const auto per_row = static_cast<std::size_t>(columns);
    if (at % per_row != 0) {
        ImGui::SameLine(0, ui.frame.metrics.gap);
        return;
    }
    const std::size_t in_row = std::min(per_row, count - at);
    if (ui.frame.rtl && in_row < per_row)
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + static_cast<float>(per_row - in_row) * (width + ui.frame.metrics.gap));
}

// A bar `width` wide at the reading start of a `box` wide column.
void draw_fit_bar(const KioskUi& ui, int percent, float width, float box) {
    const Metrics& m = ui.frame.metrics;
    ImVec2 at = ImGui::GetCursorScreenPos();
    if (ui.frame.rtl) at.x += box - width;
    const float height = m.mm * 2.2f;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, ImVec2(at.x + width, at.y + height), colour::border, height);
    const float filled = width * static_cast<float>(std::clamp(percent, 0, 100)) / 100.0f;
    if (ui.frame.rtl) draw->AddRectFilled(ImVec2(at.x + width - filled, at.y), ImVec2(at.x + width, at.y + height), colour::accent, height);
    else draw->AddRectFilled(at, ImVec2(at.x + filled, at.y + height), colour::accent, height);
    ImGui::Dummy(ImVec2(box, height));
}

}  // namespace kiosk
