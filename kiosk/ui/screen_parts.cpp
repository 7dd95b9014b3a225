// The pieces the screens share (ui/screen_parts.h).
#include "ui/screen_parts.h"

#include <algorithm>
#include <cmath>

#include "ui/picture.h"

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

void set_reach_band(Metrics& metrics, const std::optional<ScreenMount>& mount) {
    const std::optional<ScreenMount> used = mount ? mount : default_mount(metrics.width, metrics.height);
    metrics.reach_top = 0;
    metrics.reach_bottom = metrics.height;
    if (!used) return;
    // A band narrower than this cannot hold a question's answers and the footer: on a screen
    // mounted too high or too low the controls then stand as near to the band as they can.
    const float min_rows = metrics.height * 0.45f;
    const ReachBand band = reach_band(*used, metrics.width, metrics.height, min_rows);
    // Whole rows, inside the band: ImGui places items on whole pixels.
    metrics.reach_top = std::ceil(band.top);
    metrics.reach_bottom = std::floor(band.bottom);
}

namespace {

// The lowest row the footer may reach: the bottom of the reach band, inside the window's padding.
float reach_limit(const KioskUi& ui) {
    const Metrics& m = ui.frame.metrics;
    const float window_bottom = m.height - std::max(ImGui::GetStyle().WindowPadding.y, m.safe_bottom);
    return std::min(m.band_bottom(), window_bottom);
}

float footer_row_height(const KioskUi& ui) {
    const Metrics& m = ui.frame.metrics;
    return m.control_height;  // every button of a bar (theme.h)
}

int footer_rows(const KioskUi& ui) { return ui.frame.metrics.portrait ? 2 : 1; }

}  // namespace

float footer_height(const KioskUi& ui) {
    const Metrics& m = ui.frame.metrics;
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    const auto rows = static_cast<float>(footer_rows(ui));
    // The gap after the scroll area, the divider, then the rows.
    return spacing + m.gap * 0.5f + spacing + rows * footer_row_height(ui) + (rows - 1) * m.gap * 0.5f;
}

float body_height(const KioskUi& ui, float above_footer) {
    const float room = reach_limit(ui) - ImGui::GetCursorScreenPos().y - footer_height(ui) - above_footer;
    return std::max(ui.frame.metrics.min_target, room);
}

float bar_button_height(const KioskUi& ui) { return footer_row_height(ui) + ImGui::GetStyle().ItemSpacing.y; }

void reach_heading(KioskUi& ui, float heading, const char* scroll_id, float above_footer) {
    const Metrics& m = ui.frame.metrics;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float bottom = reach_limit(ui) - footer_height(ui) - above_footer;  // where the scroll area ends
    float push = 0;
    const float content = scroll_id ? last_content_height(scroll_id) : -1;
    // Two thirds of the room above the block, one below: lower rather than higher on a stand.
    if (m.portrait && content >= 0) push = std::max(0.0f, (bottom - at.y - heading - content) * 0.65f);
    push = std::max(push, m.reach_top - (at.y + heading));
    // Never so far that the scroll area would have no room left.
    push = std::min(push, std::max(0.0f, bottom - at.y - heading - 2 * m.min_target));
    if (push > 0) ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + push));
    // The first frame of a list guesses (its length is not known yet): when the block moved since
    // the last frame, one more frame settles it.
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID key = ImGui::GetID("##reach_push");
    if (std::abs(storage->GetFloat(key, -1.0f) - push) > 0.5f || (m.portrait && scroll_id && content < 0)) ui.frame.relayout = true;
    storage->SetFloat(key, push);
}

namespace {
// A screen's title and introduction stand above its scroll area, so however long a pack makes
// them, they leave the list and the footer their room: a title takes at most three lines, an
// introduction at most four.
constexpr int kTitleLines = 3;
constexpr int kIntroLines = 4;

std::pair<std::string, std::string> heading_texts(const KioskUi& ui, const std::string& title_key, const std::string& intro_key, float width) {
    return {fit_lines(ui.frame, ui.frame.fonts.title, T(ui, title_key), width, kTitleLines),
            intro_key.empty() ? std::string() : fit_lines(ui.frame, ui.frame.fonts.body, T(ui, intro_key), width, kIntroLines)};
}
}  // namespace

float screen_heading_height(const KioskUi& ui, const std::string& title_key, const std::string& intro_key) {
    const float width = ImGui::GetContentRegionAvail().x;
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    const auto [title, intro] = heading_texts(ui, title_key, intro_key, width);
    float height = text_height(ui.frame, ui.frame.fonts.title, title, width) + spacing;
    if (!intro_key.empty()) height += text_height(ui.frame, ui.frame.fonts.body, intro, width) + spacing;
    return height + ui.frame.metrics.gap * 0.5f + spacing;
}

void screen_heading(KioskUi& ui, const std::string& title_key, const std::string& intro_key, const char* scroll_id) {
    if (scroll_id) reach_heading(ui, screen_heading_height(ui, title_key, intro_key), scroll_id);
    const auto [title, intro] = heading_texts(ui, title_key, intro_key, ImGui::GetContentRegionAvail().x);
    text_block(ui.frame, ui.frame.fonts.title, title, colour::ink);
    if (!intro_key.empty()) text_block(ui.frame, ui.frame.fonts.body, intro, colour::muted);
    ImGui::Dummy(ImVec2(1, ui.frame.metrics.gap * 0.5f));
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
    // Every button of the footer has one line: its rows are one button high (footer_row_height).
    footer_divider(ui);
    const Metrics& m = ui.frame.metrics;
    const float full = ImGui::GetContentRegionAvail().x;
    const ImVec2 origin = ImGui::GetCursorPos();
    const bool two_rows = footer_rows(ui) == 2;
    // In two rows the quiet buttons stand above, back and next (what a visitor taps most) below.
    const float upper_y = origin.y, lower_y = two_rows ? origin.y + footer_row_height(ui) + m.gap * 0.5f : origin.y;
    // `from_start` is measured from where reading starts: the left edge, or the right one.
    auto place = [&](float from_start, float width, float y) {
        ImGui::SetCursorPos(ImVec2(origin.x + (ui.frame.rtl ? full - from_start - width : from_start), y));
    };
    auto natural = [&](const std::string& label) { return text_width(ui.frame, ui.frame.fonts.bold, label) + 2 * m.pad; };
    FooterTap tapped = FooterTap::None;
    // Each row fills from the reading start (`start_used`) and from the reading end (`end_free`).
    float lower_start = 0, lower_end = full, upper_start = 0, upper_end = full;
    if (!buttons.back.empty()) {
        // In one row, back and next leave the globe, the speaker and "Uitleg mbo" room between them.
        const float width = std::min(two_rows ? full * 0.4f : full * 0.25f, natural(buttons.back));
        place(0, width, lower_y);
        if (button(ui.frame, buttons.back, ButtonStyle::Secondary, width, true, 1)) tapped = FooterTap::Back;
        lower_start = width + m.gap;
    }
    if (!buttons.next.empty()) {
        const float width = std::min({two_rows ? full : full * 0.35f, natural(buttons.next), full - lower_start});
        place(full - width, width, lower_y);
        if (button(ui.frame, buttons.next, ButtonStyle::Primary, width, buttons.next_enabled, 1)) tapped = FooterTap::Next;
        lower_end = full - width - m.gap;
    }
    if (!two_rows) {
        upper_start = lower_start;
        upper_end = lower_end;
    }
    if (buttons.language && offered_languages(ui.pack()).size() > 1) {
        place(upper_start, language_button_width(ui), upper_y);
        if (language_button(ui)) tapped = FooterTap::Language;
        upper_start += language_button_width(ui) + m.gap;
    }
    // The speaker beside the globe: both help a visitor read what is on any screen.
    if (buttons.speech && speech_button_shown(ui)) {
        place(upper_start, speech_button_width(ui), upper_y);
        speech_button(ui);
        upper_start += speech_button_width(ui) + m.gap;
    }
    if (!buttons.stop.empty()) {
        const float width = std::min(natural(buttons.stop), std::max(0.0f, upper_end - upper_start));
        if (width >= m.min_target) {
            place(upper_end - width, width, upper_y);
            if (button(ui.frame, buttons.stop, ButtonStyle::Quiet, width, true, 1)) tapped = FooterTap::Stop;
            upper_end -= width + m.gap;
        }
    }
    if (!buttons.middle.empty()) {
        const float width = std::min(natural(buttons.middle), std::max(0.0f, upper_end - upper_start));
        // Centred when that leaves the others alone, else beside the globe.
        const float centred = (full - width) * 0.5f;
        const float x = centred >= upper_start && centred + width <= upper_end ? centred : upper_start;
        if (width >= m.min_target && x + width <= upper_end + 1) {
            place(x, width, upper_y);
            if (button(ui.frame, buttons.middle, ButtonStyle::Quiet, width, true, 1)) tapped = FooterTap::Middle;
        }
    }
    return tapped;
}

FooterTap visitor_footer(KioskUi& ui, const std::string& back, const std::string& next, bool next_enabled, bool stop) {
    FooterButtons buttons;
    buttons.back = back;
    buttons.next = next;
    buttons.next_enabled = next_enabled;
    buttons.middle = T(ui, "explain.open");
    buttons.language = true;
    buttons.speech = true;
    if (stop) buttons.stop = T(ui, "common.stop");
    const FooterTap tapped = footer(ui, buttons);
    if (tapped == FooterTap::Middle) ui.emit(IntentKind::OpenExplain);
    if (tapped == FooterTap::Language) ui.emit(IntentKind::OpenLanguages);
    if (tapped == FooterTap::Stop) ui.emit(IntentKind::Stop);
    return tapped == FooterTap::Back || tapped == FooterTap::Next ? tapped : FooterTap::None;
}

int question_box(KioskUi& ui, const char* id, const QuestionBox& box) {
    const Metrics& m = ui.frame.metrics;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0, 0, 0, 0));
    ImGui::Begin(id, nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PushFont(ui.frame.fonts.body);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRectFullScreen();
    draw->AddRectFilled(ImVec2(0, 0), ImVec2(m.width, m.height), colour::shade);
    draw->PopClipRect();
    const float box_w = std::min(m.width - 2 * m.pad, m.body * 22);
    const float inner = box_w - 2 * m.pad;
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    const float button_h = footer_row_height(ui);
    // The top row: the picture where reading starts, the speaker button at the other end.
    const bool speaker = box.speaker && speech_button_shown(ui);
    const float picture_side = box.picture.empty() ? 0 : m.body * 3;
    const float top_row = std::max(picture_side, speaker ? m.control_height : 0.0f);
    // However long a pack makes them, the box fits the screen: the title three lines, the body
    // six, each button one.
    const std::string title = fit_lines(ui.frame, ui.frame.fonts.title, box.title, inner, 3);
    const std::string body = fit_lines(ui.frame, ui.frame.fonts.body, box.body, inner, 6);
    const float box_h = 2 * m.pad + (top_row > 0 ? top_row + spacing : 0) + text_height(ui.frame, ui.frame.fonts.title, title, inner) +
                        spacing + (body.empty() ? 0 : text_height(ui.frame, ui.frame.fonts.body, body, inner) + spacing) + m.gap +
                        spacing + static_cast<float>(box.buttons.size()) * (button_h + spacing);
    // In the middle of the reach band: the answers within reach of a pupil in a wheelchair.
    const float y = std::clamp((m.band_top() + m.band_bottom() - box_h) * 0.5f, 0.0f, std::max(0.0f, m.height - box_h));
    const ImVec2 min((m.width - box_w) * 0.5f, y);
    draw->AddRectFilled(min, ImVec2(min.x + box_w, min.y + box_h), colour::surface, m.body * 0.6f);
    ImGui::SetCursorScreenPos(ImVec2(min.x + m.pad, min.y + m.pad));
    ImGui::BeginGroup();
    if (top_row > 0) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        if (picture_side > 0) {
            const float x = ui.frame.rtl ? at.x + inner - picture_side : at.x;
            draw_picture(ui, box.picture, ImVec2(x, at.y), ImVec2(x + picture_side, at.y + picture_side));
        }
        if (speaker) {
            ImGui::SetCursorScreenPos(ImVec2(ui.frame.rtl ? at.x : at.x + inner - speech_button_width(ui), at.y));
            speech_button(ui);
        }
        ImGui::SetCursorScreenPos(at);
        ImGui::Dummy(ImVec2(inner, top_row));
    }
    text_block(ui.frame, ui.frame.fonts.title, title, colour::ink, inner);
    if (!body.empty()) text_block(ui.frame, ui.frame.fonts.body, body, colour::ink, inner);
    ImGui::Dummy(ImVec2(1, m.gap));
    int answer = -1;
    for (std::size_t i = 0; i < box.buttons.size(); ++i)
        if (button(ui.frame, box.buttons[i], i == 0 ? ButtonStyle::Primary : ButtonStyle::Secondary, inner, true, 1)) answer = static_cast<int>(i);
    ImGui::EndGroup();
    ImGui::PopFont();
    ImGui::End();
    ImGui::PopStyleColor();
    return answer;
}

int confirm_dialog(KioskUi& ui, const char* id, QuestionBox box, const std::string& yes, const std::string& no) {
    // Going on is the safe answer, so it is the prominent one; the answer that wipes is set apart.
    box.buttons = {no, yes};
    return question_box(ui, id, box);
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
