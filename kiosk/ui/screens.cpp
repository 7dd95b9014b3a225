#include "ui/screens.h"

#include "text/text.h"
#include "ui/screen_parts.h"

#include <algorithm>
#include <cmath>

namespace kiosk {

const Texts& texts(const KioskUi& ui) { return ui.content->texts; }
std::string T(const KioskUi& ui, const std::string& key) { return texts(ui).get(key); }

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

// Back at the reading start of a footer bar, next at its end, the language button beside back
// and one more in the middle when it fits; a right-to-left language mirrors the bar. Returns
// which was tapped (0 none, 1 left/back, 2 right/next, 3 middle, 4 language).
int footer(KioskUi& ui, const std::string& left, const std::string& right, bool right_enabled, const std::string& middle,
           bool language) {
    footer_divider(ui);
    const Metrics& m = ui.frame.metrics;
    const float full = ImGui::GetContentRegionAvail().x;
    const ImVec2 origin = ImGui::GetCursorPos();
    // `from_start` is measured from where reading starts: the left edge, or the right one.
    auto place = [&](float from_start, float width) {
        ImGui::SetCursorPos(ImVec2(origin.x + (ui.frame.rtl ? full - from_start - width : from_start), origin.y));
    };
    auto natural = [&](const std::string& label) { return text_width(ui.frame, ui.frame.fonts.bold, label) + 2 * m.pad; };
    int tapped = 0;
    float start_used = 0, end_free = full;
    if (!left.empty()) {
        const float width = std::min(full * 0.4f, natural(left));
        place(0, width);
        if (button(ui.frame, left, ButtonStyle::Secondary, width)) tapped = 1;
        start_used = width + m.gap;
    }
    if (language && offered_languages(*ui.pack).size() > 1) {
        place(start_used, language_button_width(ui));
        if (language_button(ui)) tapped = 4;
        start_used += language_button_width(ui) + m.gap;
    }
    if (!right.empty()) {
        const float width = std::min({full * 0.6f, natural(right), full - start_used});
        place(full - width, width);
        if (button(ui.frame, right, ButtonStyle::Primary, width, right_enabled)) tapped = 2;
        end_free = full - width - m.gap;
    }
    if (!middle.empty()) {
        const float width = natural(middle);
        const float centred = (full - width) * 0.5f;
        const float x = centred >= start_used && centred + width <= end_free ? centred : start_used;
        if (x + width <= end_free) {
            place(x, width);
            if (button(ui.frame, middle, ButtonStyle::Quiet, width)) tapped = 3;
        }
    }
    return tapped;
}

// The footer of the visitor's screens: the language and "Uitleg mbo", reachable from every screen.
int visitor_footer(KioskUi& ui, double now, const std::string& left, const std::string& right, bool right_enabled) {
    const int tapped = footer(ui, left, right, right_enabled, T(ui, "explain.open"), true);
    if (tapped == 3) open_explain(ui.session, now);
    if (tapped == 4) open_language_choice(ui.session, now);
    return tapped >= 3 ? 0 : tapped;
}

std::string location_name(const KioskUi& ui, const Programme& p) {
    const Location* location = ui.content->location(p.location);
    return location ? location->name : p.location;
}

std::string facts_line(const KioskUi& ui, const Programme& p) {
    return texts(ui).format("programme.facts", {{"niveau", std::to_string(p.level)},
                                                  {"leerweg", leerweg_label(*ui.content, p)},
                                                  {"duur", std::to_string(p.duration_years)},
                                                  {"locatie", location_name(ui, p)}});
}

void card_section(KioskUi& ui, const std::string& title_key, const std::string& text, float width) {
    if (text.empty()) return;
    ImGui::Dummy(ImVec2(1, ui.frame.metrics.gap * 0.4f));
    text_block(ui.frame, ui.frame.fonts.bold, T(ui, title_key), colour::primary, width);
    text_block(ui.frame, ui.frame.fonts.body, text, colour::ink, width);
}

namespace {

constexpr double kAttractFrameSeconds = 0.7;  // the attract screen drifts slowly: about 1.4 frames a second
constexpr double kPrinterPollSeconds = 0.5;    // how soon the finish screen shows the printer's outcome
constexpr double kStaffIdleSeconds = 120;      // a staff screen left alone closes itself
constexpr double kStaffRefreshSeconds = 1.0;   // the staff desk follows the stick and the printer

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

const Programme& programme_at(const KioskUi& ui, int index) {
    return ui.content->programmes[static_cast<std::size_t>(index)];
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


void draw_attract(KioskUi& ui, double now) {
    const Metrics& m = ui.frame.metrics;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRectFullScreen();
    // Small dots drifting slowly upwards along both sides: enough movement to catch an eye
    // across the hall, while a frame stays cheap for a software renderer (small areas only).
    const double t = now - ui.attract_since;
    const float short_side = std::min(m.width, m.height);
    for (int i = 0; i < 14; ++i) {
        const bool left = i % 2 == 0;
        const double speed = 0.012 + 0.004 * (i % 3);  // screen heights per second
        const double rise = std::fmod(0.13 * i + t * speed, 1.0);
        const float lane = static_cast<float>(0.03 + 0.035 * ((i / 2) % 3));
        const float x = m.width * (left ? lane : 1.0f - lane) +
                        short_side * 0.015f * static_cast<float>(std::sin(t * 0.5 + i));
        const float y = m.height * static_cast<float>(1.05 - 1.1 * rise);
        const float r = short_side * (0.008f + 0.004f * static_cast<float>(i % 4));
        draw->AddCircleFilled(ImVec2(x, y), r, i % 3 ? colour::primary : colour::accent, 20);
    }
    draw->PopClipRect();
    const float column = std::min(m.width - 2 * m.pad, m.body * 26.0f);
    const float left = (m.width - column) * 0.5f;
    ImGui::SetCursorPos(ImVec2(left, m.height * (m.portrait ? 0.22f : 0.14f)));
    ImGui::BeginGroup();
    language_row(ui, now, column);
    ImGui::Dummy(ImVec2(1, m.gap * 1.5f));
    text_block(ui.frame, ui.frame.fonts.bold, ui.content->event.name, colour::muted, column);
    ImGui::Dummy(ImVec2(1, m.gap));
    text_block(ui.frame, ui.frame.fonts.title, T(ui, "attract.title"), colour::ink, column);
    ImGui::Dummy(ImVec2(1, m.gap));
    text_block(ui.frame, ui.frame.fonts.body,
               texts(ui).format("attract.subtitle", {{"totaal", std::to_string(ui.content->questions.size())}}),
               colour::ink, column);
    ImGui::Dummy(ImVec2(1, m.gap * 3));
    if (button(ui.frame, T(ui, "attract.start"), ButtonStyle::Primary, column)) {
        start(ui.session, *ui.content, now);
        ui.take_home.reset();
    }
    ImGui::Dummy(ImVec2(1, m.gap));
    if (button(ui.frame, T(ui, "together.start"), ButtonStyle::Quiet, column)) {
        start(ui.session, *ui.content, now, true);
        ui.take_home.reset();
    }
    ImGui::Dummy(ImVec2(1, m.gap * 0.5f));
    if (button(ui.frame, T(ui, "browse.open"), ButtonStyle::Quiet, column)) {
        start_browse(ui.session, *ui.content, now);
        ui.take_home.reset();
    }
    ImGui::Dummy(ImVec2(1, m.gap * 0.5f));
    if (button(ui.frame, T(ui, "explain.open"), ButtonStyle::Quiet, column)) open_explain(ui.session, now);
    ImGui::Dummy(ImVec2(1, m.gap * 2));
    text_block(ui.frame, ui.frame.fonts.small, T(ui, "attract.privacy"), colour::muted, column);
    ImGui::EndGroup();
    // The hidden way in for staff: five quick taps in the top right corner. Not a hit target a
    // visitor can read, and nothing shows until the gesture is complete.
    const float corner = m.mm * 15;
    ImGui::SetCursorPos(ImVec2(m.width - corner, 0));
    if (ImGui::InvisibleButton("##staff", ImVec2(corner, corner)) && tap_staff_corner(ui.staff.access, now)) {
        request_language(ui, ui.pack->language.code);  // staff read Dutch
        ui.staff.view = StaffView::Pin;
        ui.staff.pin.clear();
        ui.staff.pin_message.clear();
    }
    if (ui.printer_trouble) {
        const std::string status = texts(ui).format("printer.staff", {{"status", T(ui, printer_state_key(*ui.printer_trouble))}});
        ImGui::SetCursorPos(ImVec2(left, m.height - m.pad - 3 * ui.frame.fonts.small->FontSize));
        text_block(ui.frame, ui.frame.fonts.small, status, colour::accent, column);
    }
}

void question_header(KioskUi& ui, double now) {
    const Metrics& m = ui.frame.metrics;
    const std::size_t total = ui.content->questions.size();
    const std::string progress = texts(ui).format(
        "question.progress", {{"nummer", std::to_string(ui.session.question + 1)}, {"totaal", std::to_string(total)}});
    // Progress at the reading start, "stop" at the other end: mirrored in a right-to-left language.
    const ImVec2 origin = ImGui::GetCursorPos();
    const float full = ImGui::GetContentRegionAvail().x;
    const std::string stop_label = T(ui, "common.stop");
    const float stop_width = text_width(ui.frame, ui.frame.fonts.bold, stop_label) + 2 * m.pad;
    ImGui::SetCursorPos(ImVec2(origin.x + (ui.frame.rtl ? full * 0.4f : 0), origin.y));
    text_block(ui.frame, ui.frame.fonts.bold, progress, colour::muted, full * 0.6f);
    const float below_progress = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(origin.x + (ui.frame.rtl ? 0 : full - stop_width), origin.y));
    if (button(ui.frame, stop_label, ButtonStyle::Quiet, stop_width)) {
        wipe(ui, now, EndReason::Stopped);
        return;
    }
    ImGui::SetCursorPos(ImVec2(origin.x, std::max(below_progress, ImGui::GetCursorPosY())));
    // Progress bar: one segment per question, so a pupil sees how far along they are; it fills
    // in the direction of reading.
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float seg_gap = m.mm * 0.8f;
    const float seg = (width - seg_gap * static_cast<float>(total - 1)) / static_cast<float>(total);
    for (std::size_t i = 0; i < total; ++i) {
        const float offset = static_cast<float>(i) * (seg + seg_gap);
        const float x = ui.frame.rtl ? at.x + width - offset - seg : at.x + offset;
        const ImU32 fill = i < ui.session.question ? colour::primary : i == ui.session.question ? colour::accent : colour::border;
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(x, at.y), ImVec2(x + seg, at.y + m.mm * 2.0f), fill, m.mm);
    }
    ImGui::Dummy(ImVec2(width, m.mm * 2.0f + m.gap));
    // "Samen": always clear whose turn it is, in words and in colour.
    if (ui.session.together && ui.content->questions[ui.session.question].together) {
        const bool parent = ui.session.parent_turn;
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

void draw_question(KioskUi& ui, double now) {
    const Metrics& m = ui.frame.metrics;
    question_header(ui, now);
    if (ui.session.screen != Screen::Question) return;
    const Question& question = ui.content->questions[ui.session.question];
    const bool parent = ui.session.parent_turn;
    text_block(ui.frame, ui.frame.fonts.title, parent && !question.parent_text.empty() ? question.parent_text : question.text, colour::ink);
    std::string help = question.help;
    if (question.pick > 1) help += (help.empty() ? "" : " ") + texts(ui).format("question.pick_more", {{"aantal", std::to_string(question.pick)}});
    if (!help.empty()) text_block(ui.frame, ui.frame.fonts.body, help, colour::muted);
    ImGui::Dummy(ImVec2(1, m.gap * 0.5f));

    const std::string area = "answers" + std::to_string(ui.session.question) + (parent ? "p" : "");
    begin_scroll_area(ui.frame, area.c_str(), body_height(ui));
    const int columns = (!m.portrait && question.options.size() > 4) ? 2 : 1;
    const float full = ImGui::GetContentRegionAvail().x;
    const float width = (full - m.gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    const std::vector<int>& picked = current_answers(ui.session).picked[ui.session.question];
    const std::vector<std::size_t> order = tile_order(question.options.size(), columns, ui.frame.rtl);
    for (std::size_t at = 0; at < order.size(); ++at) {
        const std::size_t o = order[at];
        place_tile(ui, at, order.size(), columns, width);
        const bool selected = std::find(picked.begin(), picked.end(), static_cast<int>(o)) != picked.end();
        if (answer_tile(ui.frame, "option" + std::to_string(o), question.options[o].text, selected, width))
            pick(ui.session, *ui.content, static_cast<int>(o), now);
    }
    end_scroll_area();

    // The last question leads to the results, unless the parent still answers it.
    const bool last = ui.session.question + 1 == ui.content->questions.size() &&
                      !(ui.session.together && question.together && !ui.session.parent_turn);
    const bool show_next = question.pick > 1 || current_answers(ui.session).answered(ui.session.question);
    const int tapped = visitor_footer(ui, now, T(ui, "common.back"), show_next ? T(ui, last ? "question.to_results" : "common.next") : "",
                              can_go_next(ui.session, *ui.content));
    if (tapped == 1) {
        back(ui.session, now);
        if (ui.session.screen == Screen::Attract) wipe(ui, now, EndReason::Stopped);
    } else if (tapped == 2) {
        next(ui.session, *ui.content, now);
    }
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

// One programme on the results screen: name, facts, how well it fits, why, and a way in.
// Draws the card with its top-left corner at `top`; returns the y of its bottom edge.
float result_card(KioskUi& ui, const Match& match, double now, ImVec2 top, float width) {
    const Metrics& m = ui.frame.metrics;
    const Programme& p = programme_at(ui, match.programme);
    const float inner = width - 2 * m.pad;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    ImGui::SetCursorScreenPos(ImVec2(top.x + m.pad, top.y + m.pad * 0.8f));
    ImGui::BeginGroup();
    if (match.kind == MatchKind::Surprise) {
        text_block(ui.frame, ui.frame.fonts.bold, T(ui, "results.surprise_label"), colour::accent, inner);
        text_block(ui.frame, ui.frame.fonts.small, T(ui, "results.surprise_intro"), colour::muted, inner);
    }
    if (ui.session.favourite == match.programme) text_block(ui.frame, ui.frame.fonts.bold, T(ui, "results.favourite"), colour::primary, inner);
    const auto& both = ui.session.fit_for_both;
    if (std::find(both.begin(), both.end(), match.programme) != both.end())
        text_block(ui.frame, ui.frame.fonts.bold, T(ui, "together.both"), colour::accent, inner);
    text_block(ui.frame, ui.frame.fonts.title, p.name, colour::ink, inner);
    text_block(ui.frame, ui.frame.fonts.body, facts_line(ui, p), colour::muted, inner);
    if (match.kind != MatchKind::LaterRoute) {
        text_block(ui.frame, ui.frame.fonts.small, texts(ui).format("results.fit", {{"procent", std::to_string(match.fit_percent)}}),
                   colour::muted, inner);
        draw_fit_bar(ui, match.fit_percent, std::min(inner, m.body * 12), inner);
    }
    for (const Reason& reason : match.reasons) bullet_line(ui, reason.text, colour::primary, inner);
    ImGui::Dummy(ImVec2(1, m.gap * 0.3f));
    ImGui::PushID(match.programme);
    if (button(ui.frame, texts(ui).format("results.open", {{"naam", p.name}}), ButtonStyle::Secondary, inner))
        open_programme(ui.session, match.programme, now);
    const auto& compare = ui.session.compare;
    const bool compared = std::find(compare.begin(), compare.end(), match.programme) != compare.end();
    if (compared || compare.size() < kMaxCompare) {
        if (button(ui.frame, texts(ui).format(compared ? "results.compare_off" : "results.compare_on", {{"naam", p.name}}),
                   compared ? ButtonStyle::Primary : ButtonStyle::Quiet, inner))
            toggle_compare(ui.session, match.programme, now);
    }
    ImGui::PopID();
    ImGui::EndGroup();
    const ImVec2 bottom(top.x + width, ImGui::GetItemRectMax().y + m.pad * 0.8f);
    draw->ChannelsSetCurrent(0);
    const ImU32 fill = match.kind == MatchKind::Surprise ? colour::surprise : colour::surface;
    fill_rect(ui.frame, draw, top, bottom, fill);
    draw->AddRect(top, bottom, match.kind == MatchKind::Surprise ? colour::accent : colour::border, 0, 0, m.mm * 0.4f);
    draw->ChannelsMerge();
    return bottom.y;
}

// Result cards in rows: two side by side on a wide screen, one under the other otherwise.
void card_grid(KioskUi& ui, const std::vector<const Match*>& matches, double now) {
    const Metrics& m = ui.frame.metrics;
    const float full = ImGui::GetContentRegionAvail().x;
    const int columns = !m.portrait && full > m.body * 44 ? 2 : 1;
    const float width = (full - m.gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    for (std::size_t first = 0; first < matches.size(); first += static_cast<std::size_t>(columns)) {
        const ImVec2 row_top = ImGui::GetCursorScreenPos();
        float row_bottom = row_top.y;
        for (int c = 0; c < columns && first + static_cast<std::size_t>(c) < matches.size(); ++c) {
            const float offset = static_cast<float>(c) * (width + m.gap);  // the best fit where reading starts
            const ImVec2 top(ui.frame.rtl ? row_top.x + full - offset - width : row_top.x + offset, row_top.y);
            row_bottom = std::max(row_bottom, result_card(ui, *matches[first + static_cast<std::size_t>(c)], now, top, width));
            if (ui.session.screen != Screen::Results) return;  // a card was opened
        }
        ImGui::SetCursorScreenPos(ImVec2(row_top.x, row_bottom + m.gap));
        ImGui::Dummy(ImVec2(1, 0));
    }
}

// "Samen": where pupil and parent agree, and where they differ, as things to talk about.
void together_section(KioskUi& ui) {
    const Metrics& m = ui.frame.metrics;
    const std::vector<AnswerComparison> comparisons = compare_answers(*ui.content, ui.session);
    if (comparisons.empty()) return;
    const float width = ImGui::GetContentRegionAvail().x;
    text_block(ui.frame, ui.frame.fonts.title, T(ui, "together.title"), colour::ink, width);
    text_block(ui.frame, ui.frame.fonts.body, T(ui, "together.intro"), colour::muted, width);
    auto options_text = [&](int question, const std::vector<int>& options) {
        std::string text;
        for (std::size_t i = 0; i < options.size(); ++i)
            text += (i ? ", " : "") + std::string("'") +
                    ui.content->questions[static_cast<std::size_t>(question)].options[static_cast<std::size_t>(options[i])].text + "'";
        return text;
    };
    for (const AnswerComparison& c : comparisons) {
        const std::string line = c.agree ? texts(ui).format("together.agree", {{"keuze", options_text(c.question, c.pupil)}})
                                         : texts(ui).format("together.differ", {{"jij", options_text(c.question, c.pupil)},
                                                                                {"ouder", options_text(c.question, c.parent)}});
        bullet_line(ui, line, c.agree ? colour::primary : colour::accent, width);
    }
    ImGui::Dummy(ImVec2(1, m.gap));
}

void go_to_finish(KioskUi& ui, double now) {
    finish(ui.session, now);
    const std::string token = ui.take_home ? ui.take_home->token : std::string();
    ui.take_home = take_home(*ui.content, ui.session, now, token);
    if (ui.on_take_home) ui.on_take_home(*ui.take_home);
}

void draw_results(KioskUi& ui, double now) {
    const Metrics& m = ui.frame.metrics;
    text_block(ui.frame, ui.frame.fonts.title, T(ui, "results.title"), colour::ink);
    text_block(ui.frame, ui.frame.fonts.body, T(ui, "results.intro"), colour::muted);
    ImGui::Dummy(ImVec2(1, m.gap * 0.5f));
    // With two or three programmes picked to compare, a bar above the footer leads there.
    const bool can_compare = ui.session.compare.size() >= 2;
    begin_scroll_area(ui.frame, "results", body_height(ui) - (can_compare ? m.bar_height * 0.7f : 0));
    const Ranking& ranking = ui.session.ranking;
    if (ui.session.together) together_section(ui);
    std::vector<const Match*> cards;
    for (const Match& match : ranking.fits) cards.push_back(&match);
    if (ranking.surprise) cards.push_back(&*ranking.surprise);
    card_grid(ui, cards, now);
    if (ui.session.screen == Screen::Results && !ranking.later_routes.empty()) {
        ImGui::Dummy(ImVec2(1, m.gap));
        text_block(ui.frame, ui.frame.fonts.title, T(ui, "results.later_title"), colour::ink);
        text_block(ui.frame, ui.frame.fonts.body, T(ui, "results.later_intro"), colour::muted);
        ImGui::Dummy(ImVec2(1, m.gap * 0.5f));
        std::vector<const Match*> routes;
        for (const Match& match : ranking.later_routes) routes.push_back(&match);
        card_grid(ui, routes, now);
    }
    end_scroll_area();
    if (ui.session.screen != Screen::Results) return;
    if (can_compare &&
        button(ui.frame, texts(ui).format("results.compare_go", {{"aantal", std::to_string(ui.session.compare.size())}}),
               ButtonStyle::Primary, ImGui::GetContentRegionAvail().x))
        open_compare(ui.session, now);
    if (ui.session.screen != Screen::Results) return;
    const int tapped = visitor_footer(ui, now, T(ui, "common.back"), T(ui, "results.take_home"));
    if (tapped == 1) back(ui.session, now);
    if (tapped == 2) {
        if (ui.content->next_steps.empty()) go_to_finish(ui, now);
        else start_reflection(ui.session, *ui.content, now);
    }
}

// A few quick taps about the favourite, then one concrete next step.
void draw_reflect(KioskUi& ui, double now) {
    const Metrics& m = ui.frame.metrics;
    const Content& content = *ui.content;
    text_block(ui.frame, ui.frame.fonts.title, T(ui, "reflect.title"), colour::ink);
    ImGui::Dummy(ImVec2(1, m.gap * 0.5f));
    begin_scroll_area(ui.frame, "reflect", body_height(ui));
    const float full = ImGui::GetContentRegionAvail().x;
    if (ui.session.favourite >= 0) {
        const Programme& favourite = programme_at(ui, ui.session.favourite);
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
                const bool selected = ui.session.reflections[r] == static_cast<int>(o);
                const std::string id = "r" + std::to_string(r) + "o" + std::to_string(o);
                if (answer_tile(ui.frame, id, reflection.options[o].text, selected, width))
                    reflect(ui.session, content, static_cast<int>(r), static_cast<int>(o), now);
            }
            ImGui::Dummy(ImVec2(1, m.gap * 0.5f));
        }
    }
    text_block(ui.frame, ui.frame.fonts.title, T(ui, "reflect.step_title"), colour::ink, full);
    text_block(ui.frame, ui.frame.fonts.body, T(ui, "reflect.step_help"), colour::muted, full);
    for (std::size_t step = 0; step < content.next_steps.size(); ++step) {
        const bool selected = ui.session.next_step == static_cast<int>(step);
        if (answer_tile(ui.frame, "step" + std::to_string(step), content.next_steps[step].text, selected, full))
            choose_step(ui.session, static_cast<int>(step), now);
        if (selected && !content.next_steps[step].detail.empty())
            text_block(ui.frame, ui.frame.fonts.body, content.fill_event_details(content.next_steps[step].detail), colour::primary, full);
    }
    end_scroll_area();
    const int tapped = visitor_footer(ui, now, T(ui, "common.back"), T(ui, "reflect.done"), can_finish(ui.session, content));
    if (tapped == 1) back(ui.session, now);
    if (tapped == 2 && can_finish(ui.session, content)) go_to_finish(ui, now);
}

// Why this programme was shown to this visitor, in the words of the results screen.
void why_it_fits(KioskUi& ui, float width) {
    for (const Match* match : shown_matches(ui.session.ranking)) {
        if (match->programme != ui.session.open_programme) continue;
        text_block(ui.frame, ui.frame.fonts.bold, T(ui, "programme.why"), colour::primary, width);
        for (const Reason& reason : match->reasons) bullet_line(ui, reason.text, colour::accent, width);
        return;
    }
}

void draw_programme(KioskUi& ui, double now) {
    const Metrics& m = ui.frame.metrics;
    const Programme& p = programme_at(ui, ui.session.open_programme);
    text_block(ui.frame, ui.frame.fonts.title, p.name, colour::ink);
    text_block(ui.frame, ui.frame.fonts.body, facts_line(ui, p), colour::muted);
    ImGui::Dummy(ImVec2(1, m.gap * 0.5f));
    begin_scroll_area(ui.frame, ("card" + p.crebo).c_str(), body_height(ui));
    const float full = ImGui::GetContentRegionAvail().x;
    // Landscape: the card on the left, why it fits on the right. Portrait: why it fits first.
    const bool side_by_side = !m.portrait && full > m.body * 40;
    const float width = side_by_side ? std::min(full * 0.6f, m.body * 32) : std::min(full, m.body * 32);
    if (!side_by_side) {
        why_it_fits(ui, width);
        ImGui::Dummy(ImVec2(1, m.gap));
    }
    ImGui::BeginGroup();
    if (ui.card_photo.texture && ui.card_photo.programme == ui.session.open_programme) {
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
    // The favourite stays in reach in the footer, however far the card is scrolled.
    const bool is_favourite = ui.session.favourite == ui.session.open_programme;
    const std::string back_label = T(ui, ui.session.card_return == Screen::Browse ? "browse.back_to_list" : "programme.back");
    const int tapped = visitor_footer(ui, now, back_label, T(ui, is_favourite ? "programme.favourite_on" : "programme.favourite"));
    if (tapped == 1) back(ui.session, now);
    if (tapped == 2) toggle_favourite(ui.session, ui.session.open_programme, now);
}

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

void draw_finish(KioskUi& ui, double now) {
    const Metrics& m = ui.frame.metrics;
    text_block(ui.frame, ui.frame.fonts.title, T(ui, "finish.title"), colour::ink);
    ImGui::Dummy(ImVec2(1, m.gap * 0.5f));
    begin_scroll_area(ui.frame, "finish", body_height(ui));
    const float full = ImGui::GetContentRegionAvail().x;
    const float side = std::min(full, m.portrait ? m.width * 0.6f : m.height * 0.45f);
    const float text_column = m.portrait ? full : full - side - m.gap * 2;
    if (ui.take_home) {
        ImGui::BeginGroup();
        draw_qr(ui.frame, ui.take_home->qr, side);
        ImGui::EndGroup();
        if (!m.portrait) ImGui::SameLine(0, m.gap * 2);
    }
    ImGui::BeginGroup();
    if (ui.print_job) {
        // The QR stays on screen whatever the printer does; its state is told in plain Dutch.
        const PrinterState state = ui.print_job->state();
        const bool trouble = state != PrinterState::Printing && state != PrinterState::Printed;
        text_block(ui.frame, ui.frame.fonts.bold, T(ui, printer_state_key(state)), trouble ? colour::accent : colour::primary, text_column);
        if (trouble) text_block(ui.frame, ui.frame.fonts.body, T(ui, "printer.keep_qr"), colour::ink, text_column);
        ImGui::Dummy(ImVec2(1, m.gap));
    }
    text_block(ui.frame, ui.frame.fonts.body, T(ui, "finish.scan"), colour::ink, text_column);
    ImGui::Dummy(ImVec2(1, m.gap));
    if (ui.take_home) {
        text_block(ui.frame, ui.frame.fonts.body, code_hint(*ui.content, "finish"), colour::muted, text_column);
        text_block(ui.frame, ui.frame.fonts.title, ui.take_home->code, colour::primary, text_column);
    }
    ImGui::Dummy(ImVec2(1, m.gap));
    text_block(ui.frame, ui.frame.fonts.bold, T(ui, "finish.next_title"), colour::ink, text_column);
    const int step = ui.session.next_step;
    if (step >= 0 && static_cast<std::size_t>(step) < ui.content->next_steps.size()) {
        const NextStep& chosen = ui.content->next_steps[static_cast<std::size_t>(step)];
        text_block(ui.frame, ui.frame.fonts.bold, chosen.text, colour::primary, text_column);
        text_block(ui.frame, ui.frame.fonts.body, ui.content->fill_event_details(chosen.detail), colour::ink, text_column);
    } else {
        text_block(ui.frame, ui.frame.fonts.body, T(ui, "finish.next_step"), colour::ink, text_column);
    }
    if (ui.session.together) {
        // Every career conversation goes on at home: a few questions to take along.
        ImGui::Dummy(ImVec2(1, m.gap));
        text_block(ui.frame, ui.frame.fonts.bold, T(ui, "together.home_title"), colour::ink, text_column);
        for (const char* key : {"together.home_1", "together.home_2", "together.home_3"})
            text_block(ui.frame, ui.frame.fonts.body, "- " + T(ui, key), colour::ink, text_column);
    }
    ImGui::EndGroup();
    end_scroll_area();
    const int tapped = visitor_footer(ui, now, T(ui, "common.back"), T(ui, "finish.done"));
    if (tapped == 1) back(ui.session, now);
    if (tapped == 2) wipe(ui, now, EndReason::Finished);
}

void draw_idle_overlay(KioskUi& ui, const IdleState& idle) {
    const Metrics& m = ui.frame.metrics;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0, 0, 0, 0));
    ImGui::Begin("idle", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRectFullScreen();
    draw->AddRectFilled(ImVec2(0, 0), ImVec2(m.width, m.height), colour::shade);
    draw->PopClipRect();
    const float box_w = std::min(m.width - 2 * m.pad, m.body * 22);
    const float inner = box_w - 2 * m.pad;
    const std::string body = texts(ui).format("idle.body", {{"seconden", std::to_string(idle.seconds_left)}});
    const float box_h = text_height(ui.frame, ui.frame.fonts.title, T(ui, "idle.title"), inner) +
                        text_height(ui.frame, ui.frame.fonts.body, body, inner) + m.min_target + m.body * 1.1f + 2 * m.pad + 3 * m.gap;
    const ImVec2 min((m.width - box_w) * 0.5f, (m.height - box_h) * 0.5f);
    draw->AddRectFilled(min, ImVec2(min.x + box_w, min.y + box_h), colour::surface, m.body * 0.6f);
    ImGui::SetCursorScreenPos(ImVec2(min.x + m.pad, min.y + m.pad));
    ImGui::BeginGroup();
    text_block(ui.frame, ui.frame.fonts.title, T(ui, "idle.title"), colour::ink, inner);
    text_block(ui.frame, ui.frame.fonts.body, body, colour::ink, inner);
    ImGui::Dummy(ImVec2(1, m.gap));
    button(ui.frame, T(ui, "idle.stay"), ButtonStyle::Primary, inner);  // any touch keeps the visitor
    ImGui::EndGroup();
    ImGui::End();
    ImGui::PopStyleColor();
}

}  // namespace

// A language asked for during the last frame, applied before the next one is drawn.
void apply_language_request(KioskUi& ui, double now) {
    if (ui.language_request) choose_language(ui, *ui.language_request, now);
}

void wipe(KioskUi& ui, double now, EndReason reason) {
    if (in_walk_through(ui.session) || ui.session.started_at > 0) {
        const SessionRecord record = end_session(ui.session, *ui.content, now, reason);
        if (ui.on_session_end) ui.on_session_end(record);
    }
    ui.session = Session{};
    request_language(ui, ui.pack->language.code);  // the language was this visitor's alone
    ui.frame.laid_out.clear();                     // nor are their lines kept
    ui.take_home.reset();
    ui.print_job = nullptr;
    ui.attract_since = now;
    ++ui.frame.visitor;
}

bool check_idle(KioskUi& ui, double now) {
    if (ui.staff.view != StaffView::Closed && now - ui.session.last_touch > kStaffIdleSeconds) {
        ui.staff.view = StaffView::Closed;
        ui.staff.pin.clear();
    }
    // A language picked on the attract screen by someone who walked away is theirs too.
    if (ui.session.screen == Screen::Attract && ui.content != ui.pack && now - ui.session.last_touch >= ui.content->event.idle_seconds) {
        choose_language(ui, ui.pack->language.code, now);
        return true;
    }
    if (!idle_state(ui.session, *ui.content, now).expired) return false;
    wipe(ui, now, EndReason::Timeout);
    apply_language_request(ui, now);
    return true;
}

double seconds_until_redraw(const KioskUi& ui, double now) {
    if (ui.staff.view != StaffView::Closed) return kStaffRefreshSeconds;
    if (ui.session.screen == Screen::Attract) return kAttractFrameSeconds;
    if (ui.print_job && ui.print_job->state() == PrinterState::Printing) return kPrinterPollSeconds;
    const IdleState idle = idle_state(ui.session, *ui.content, now);
    if (idle.asking) {
        const double quiet = now - ui.session.last_touch;
        return std::max(0.01, 1.0 - std::fmod(quiet, 1.0));  // the countdown ticks each second
    }
    return std::max(0.01, ui.session.last_touch + ui.content->event.idle_seconds - now);
}

void draw_kiosk(KioskUi& ui, double now) {
    apply_language_request(ui, now);
    ui.frame.targets.clear();
    ui.frame.overflows.clear();
    ui.frame.solid_rects.clear();  // the previous frame has been rendered
    begin_screen();
    ImGui::PushFont(ui.frame.fonts.body);
    if (ui.staff.view != StaffView::Closed) {
        draw_staff(ui, now);
        ImGui::PopFont();
        ImGui::End();
        return;
    }
    switch (ui.session.screen) {
    case Screen::Attract: draw_attract(ui, now); break;
    case Screen::Question: draw_question(ui, now); break;
    case Screen::Results: draw_results(ui, now); break;
    case Screen::Programme: draw_programme(ui, now); break;
    case Screen::Reflect: draw_reflect(ui, now); break;
    case Screen::Finish: draw_finish(ui, now); break;
    case Screen::Explain: draw_explain(ui, now); break;
    case Screen::Compare: draw_compare(ui, now); break;
    case Screen::Browse: draw_browse(ui, now); break;
    case Screen::Language: draw_language_choice(ui, now); break;
    }
    ImGui::PopFont();
    ImGui::End();
    const IdleState idle = idle_state(ui.session, *ui.content, now);
    if (idle.asking) {
        ui.frame.targets.clear();  // only the question "are you still there?" can be answered now
        draw_idle_overlay(ui, idle);
    }
}

}  // namespace kiosk
