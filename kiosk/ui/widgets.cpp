#include "ui/widgets.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "language/bidi.h"

namespace kiosk {

namespace {

// What a laid-out text is kept under in the visit's cache: the font, the direction, the width.
std::string layout_key(const UiFrame& ui, ImFont* font, const std::string& text, float width) {
    return std::to_string(reinterpret_cast<std::uintptr_t>(font)) + (ui.rtl ? ":r:" : ":l:") + std::to_string(static_cast<int>(width)) + ":" +
           text;
}

const LaidOutText& lay_out(const UiFrame& ui, ImFont* font, const std::string& text, float width) {
    std::string key = layout_key(ui, font, text, width);
    LaidOutTexts& cache = *ui.laid_out;
    const auto found = cache.find(key);
    if (found != cache.end()) return found->second;
    if (cache.size() > 4000) cache.clear();  // a visitor who switched languages many times
    const auto measure = [font](const std::string& line) { return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, line.c_str()).x; };
    LaidOutText laid;
    for (DisplayLine& line : display_lines(text, width, ui.rtl, measure)) {
        laid.widths.push_back(measure(line.text));
        laid.width = std::max(laid.width, laid.widths.back());
        laid.rtl.push_back(line.rtl);
        laid.lines.push_back(std::move(line.text));
    }
    return cache.emplace(std::move(key), std::move(laid)).first->second;
}

// A word wider than the box is cut by ImGui or sticks out of it: either way a translation
// that needs a shorter word.
void check_fits(const UiFrame& ui, ImFont* font, const std::string& text, float width) {
    if (width <= 0) return;
    if (ui.rtl || has_rtl(text)) {
        for (float line : lay_out(ui, font, text, width).widths)
            if (line > width + 1) {
                ui.overflows.push_back(text);
                return;
            }
        return;
    }
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find_first_of(" \n", start);
        if (end == std::string::npos) end = text.size();
        if (end > start && font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.c_str() + start, text.c_str() + end).x > width + 1) {
            ui.overflows.push_back(text);
            return;
        }
        start = end + 1;
    }
}

}  // namespace

float text_height(const UiFrame& ui, ImFont* font, const std::string& text, float width) {
    if (ui.rtl || has_rtl(text)) return static_cast<float>(lay_out(ui, font, text, width).lines.size()) * font->FontSize;
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, width, text.c_str()).y;
}

std::string fit_lines(const UiFrame& ui, ImFont* font, const std::string& text, float width, int max_lines) {
    const float room = static_cast<float>(max_lines) * font->FontSize + 0.5f;
    // ImGui breaks a word wider than the box between letters; the bidi layout keeps it whole, so
    // there the widest line counts too.
    const auto fits = [&](const std::string& candidate) {
        if (!ui.rtl && !has_rtl(candidate)) return text_height(ui, font, candidate, width) <= room;
        const LaidOutText& laid = lay_out(ui, font, candidate, width);
        return static_cast<float>(laid.lines.size()) * font->FontSize <= room && laid.width <= width + 1;
    };
    if (max_lines < 1 || fits(text)) return text;
    // Cut texts are kept with the visit's laid-out texts: the search below runs once per text.
    std::string key = "fit:" + std::to_string(max_lines) + ":" + layout_key(ui, font, text, width);
    LaidOutTexts& cache = *ui.laid_out;
    ui.cut.push_back(text);
    if (const auto found = cache.find(key); found != cache.end()) return found->second.lines.front();
    static const std::string kEllipsis = "\xE2\x80\xA6";  // …
    // The longest prefix (in whole UTF-8 letters) that fits with the ellipsis: fitting only
    // shrinks as the prefix grows, so a binary search finds it.
    const auto prefix_end = [&](std::size_t at) {
        while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
        return at;
    };
    std::size_t longest = 0, over = text.size();
    while (over - longest > 1) {
        const std::size_t middle = prefix_end((longest + over) / 2);
        if (middle <= longest) break;
        if (fits(text.substr(0, middle) + kEllipsis)) longest = middle;
        else over = middle;
    }
    std::size_t cut = longest;
    // At the end of a word when one ends in the last fifth of what fits.
    const std::size_t space = text.find_last_of(" \n", cut);
    if (space != std::string::npos && space > 0 && space * 5 >= cut * 4) cut = space;
    while (cut > 0 && (text[cut - 1] == ' ' || text[cut - 1] == '\n' || text[cut - 1] == ',')) --cut;
    std::string fitted = text.substr(0, cut) + kEllipsis;
    if (cache.size() > 4000) cache.clear();
    cache.emplace(std::move(key), LaidOutText{{fitted}, {}, {}, 0});
    return fitted;
}

float text_width(const UiFrame& ui, ImFont* font, const std::string& text) {
    if (ui.rtl || has_rtl(text)) return lay_out(ui, font, text, 0).width;
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.c_str()).x;
}

namespace {

// ImGui's RenderText reserves four vertices for every byte it is handed, in one PrimReserve: with
// 16-bit indices (Debian's ImDrawIdx) one reservation cannot cross the 64K-vertex boundary that
// ImDrawCmd::VtxOffset (RendererHasVtxOffset) moves on from, and with word wrapping it also draws
// every line above the clip rectangle. A 32 KB card text went past both. So a text is handed over
// one line at a time, only the lines inside the clip rectangle, each cut to kMaxLineBytes: no
// call then reserves more than 4 * kMaxLineBytes vertices, whatever the text's length. A line
// longer than that is wider than any screen; ImGui clips it at the edge anyway.
constexpr std::size_t kMaxLineBytes = 2048;

void draw_line(ImDrawList* draw, ImFont* font, ImVec2 at, TextColour colour, const char* begin, const char* end) {
    if (static_cast<std::size_t>(end - begin) > kMaxLineBytes) {
        end = begin + kMaxLineBytes;
        while (end > begin && (static_cast<unsigned char>(*end) & 0xC0) == 0x80) --end;  // not inside a UTF-8 letter
    }
    if (end > begin) draw->AddText(font, font->FontSize, at, colour, begin, end);
}

// Whether a line from `y` down is (partly) inside the clip rectangle.
bool line_visible(const ImDrawList* draw, const ImFont* font, float y) {
    return y + font->FontSize >= draw->GetClipRectMin().y && y <= draw->GetClipRectMax().y;
}

}  // namespace

void draw_text(const UiFrame& ui, ImDrawList* draw, ImFont* font, ImVec2 at, TextColour colour, const std::string& text, float width,
               Align align) {
    check_fits(ui, font, text, width);
    if (ui.record_texts) {
        // Every text, also one scrolled out of view (its visible part is then empty).
        const ImVec2 end(at.x + (width > 0 ? width : text_width(ui, font, text)), at.y + text_height(ui, font, text, width));
        const ImVec2 clip_min = draw->GetClipRectMin(), clip_max = draw->GetClipRectMax();
        ImVec2 min(std::max(at.x, clip_min.x), std::max(at.y, clip_min.y)), max(std::min(end.x, clip_max.x), std::min(end.y, clip_max.y));
        if (max.x < min.x || max.y < min.y) max = min;
        ui.texts.push_back({text, min, max, min.y != at.y || max.y != end.y});
    }
    const float bottom = draw->GetClipRectMax().y;
    // Left-to-right text in a left-to-right layout is wrapped as ImGui wraps it (text_height
    // measures it so): at ImGui's word-wrap positions, each '\n' a new line, blanks after a wrap
    // skipped. Anything else is laid out here, and in a right-to-left layout every paragraph
    // aligns to the right, whatever it holds.
    if (!ui.rtl && !has_rtl(text)) {
        float x = at.x;
        if (align == Align::Centre) x += (width - std::min(width, text_width(ui, font, text))) * 0.5f;
        const char* s = text.c_str();
        const char* const end = s + text.size();
        float y = at.y;
        while (s < end && y <= bottom) {
            const char* paragraph_end = static_cast<const char*>(std::memchr(s, '\n', static_cast<std::size_t>(end - s)));
            if (!paragraph_end) paragraph_end = end;
            do {
                const char* eol = width > 0 ? font->CalcWordWrapPositionA(1.0f, s, paragraph_end, width) : paragraph_end;
                if (eol == s && s < paragraph_end) {  // too narrow for anything: one letter, as ImGui does
                    ++eol;
                    while (eol < paragraph_end && (static_cast<unsigned char>(*eol) & 0xC0) == 0x80) ++eol;
                }
                if (line_visible(draw, font, y)) draw_line(draw, font, ImVec2(x, y), colour, s, eol);
                y += font->FontSize;
                s = eol;
                while (s < paragraph_end && (*s == ' ' || *s == '\t')) ++s;
            } while (s < paragraph_end && y <= bottom);
            s = paragraph_end < end ? paragraph_end + 1 : end;
        }
        return;
    }
    const LaidOutText& laid = lay_out(ui, font, text, width);
    for (std::size_t i = 0; i < laid.lines.size(); ++i) {
        const float y = at.y + static_cast<float>(i) * font->FontSize;
        if (y > bottom) break;
        if (!line_visible(draw, font, y)) continue;
        float x = at.x;
        if (align == Align::Centre) x += (width - laid.widths[i]) * 0.5f;
        else if (ui.rtl || laid.rtl[i]) x += width - laid.widths[i];
        const std::string& line = laid.lines[i];
        draw_line(draw, font, ImVec2(x, y), colour, line.c_str(), line.c_str() + line.size());
    }
}

void text_block(const UiFrame& ui, ImFont* font, const std::string& text, TextColour colour, float wrap_width) {
    const float width = wrap_width > 0 ? wrap_width : ImGui::GetContentRegionAvail().x;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float height = text_height(ui, font, text, width);
    draw_text(ui, ImGui::GetWindowDrawList(), font, at, colour, text, width);
    ImGui::Dummy(ImVec2(width, height));
}

namespace {
// The visible part of the last item: inside the clip rectangle of its scroll area.
void visible_item_rect(ImVec2& min, ImVec2& max) {
    const ImVec2 item_min = ImGui::GetItemRectMin(), item_max = ImGui::GetItemRectMax();
    const ImDrawList* list = ImGui::GetWindowDrawList();
    const ImVec2 clip_min = list->GetClipRectMin(), clip_max = list->GetClipRectMax();
    min = ImVec2(std::max(item_min.x, clip_min.x), std::max(item_min.y, clip_min.y));
    max = ImVec2(std::min(item_max.x, clip_max.x), std::min(item_max.y, clip_max.y));
}
}  // namespace

bool item_pressed(const UiFrame& ui) {
    if (ImGui::IsItemActive()) return true;
    if (!ui.press.down) return false;
    ImVec2 min, max;
    visible_item_rect(min, max);
    return ui.press.at.x >= min.x && ui.press.at.x < max.x && ui.press.at.y >= min.y && ui.press.at.y < max.y;
}

ImU32 pressed_colour(ImU32 colour) {
    const auto darker = [&](int shift) { return static_cast<ImU32>(((colour >> shift) & 0xFF) * 22 / 25) << shift; };
    return darker(IM_COL32_R_SHIFT) | darker(IM_COL32_G_SHIFT) | darker(IM_COL32_B_SHIFT) | (colour & IM_COL32_A_MASK);
}

void record_target(UiFrame& ui, const std::string& label, bool selected) {
    const std::size_t before = ui.targets.size();
    record_target_rect(ui, label, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), selected);
    if (ui.targets.size() > before) ui.targets.back().pressed = item_pressed(ui);
}

void record_target_rect(UiFrame& ui, const std::string& label, ImVec2 item_min, ImVec2 item_max, bool selected) {
    // Only the part inside the visible clip rectangle can be tapped.
    const ImDrawList* list = ImGui::GetWindowDrawList();
    const ImVec2 clip_min = list->GetClipRectMin(), clip_max = list->GetClipRectMax();
    const ImVec2 min(std::max(item_min.x, clip_min.x), std::max(item_min.y, clip_min.y));
    const ImVec2 max(std::min(item_max.x, clip_max.x), std::min(item_max.y, clip_max.y));
    const bool clipped = min.x != item_min.x || min.y != item_min.y || max.x != item_max.x || max.y != item_max.y;
    if (max.x - min.x >= 1 && max.y - min.y >= 1) ui.targets.push_back({label, min, max, clipped, false, selected});
}

void fill_rect(UiFrame& ui, ImDrawList* draw, ImVec2 min, ImVec2 max, ImU32 colour) {
    if (!ui.solid_fill.callback) {
        draw->AddRectFilled(min, max, colour);
        return;
    }
    ui.solid_rects.push_back({ui.solid_fill.context, min, max, colour});
    draw->AddCallback(ui.solid_fill.callback, &ui.solid_rects.back());
}

ImVec2 answer_tile_picture_at(const UiFrame& ui, ImVec2 min, ImVec2 max, float picture) {
    const Metrics& m = ui.metrics;
    const float mark_end = m.pad * 0.6f + m.body * 0.9f + m.gap;  // the round mark and the gap after it
    return ImVec2(ui.rtl ? max.x - mark_end - picture : min.x + mark_end, (min.y + max.y - picture) * 0.5f);
}

void check_box(const UiFrame& ui, ImDrawList* draw, ImVec2 centre, float half, bool ticked) {
    const Metrics& m = ui.metrics;
    const ImVec2 min(centre.x - half, centre.y - half), max(centre.x + half, centre.y + half);
    if (ticked) draw->AddRectFilled(min, max, colour::primary, m.mm * 0.5f);
    draw->AddRect(min, max, ticked ? colour::primary : colour::muted, m.mm * 0.5f, 0, m.mm * 0.5f);
    if (!ticked) return;
    // The tick: down to the bottom third, then up to the top right.
    const ImVec2 points[3] = {ImVec2(centre.x - half * 0.55f, centre.y), ImVec2(centre.x - half * 0.15f, centre.y + half * 0.45f),
                              ImVec2(centre.x + half * 0.6f, centre.y - half * 0.45f)};
    draw->AddPolyline(points, 3, colour::primary_ink, 0, m.mm * 0.7f);
}

bool answer_tile(UiFrame& ui, const std::string& id, const std::string& text, bool selected, float width, bool several,
                 float picture) {
    const Metrics& m = ui.metrics;
    ImFont* font = ui.fonts.bold;
    const float room = picture > 0 ? picture + m.gap : 0;  // a picture between the mark and the text
    const float inner = width - 2 * m.pad - m.body * 1.4f - room;
    const float height = std::max({m.tile_height, text_height(ui, font, text, inner) + m.body * 1.6f, picture + m.pad});
    const bool tapped = ImGui::InvisibleButton(id.c_str(), ImVec2(width, height));
    record_target(ui, text, selected);
    const bool pressed = item_pressed(ui);
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 fill = selected ? colour::selected : colour::surface;
    fill_rect(ui, draw, min, max, pressed ? pressed_colour(fill) : fill);
    // Pressed: a darker fill and a heavy edge, as if pushed in.
    const float edge = selected || pressed ? m.mm * 1.0f : m.mm * 0.4f;
    draw->AddRect(min, max, selected || pressed ? colour::primary : colour::outline, 0, 0, edge);
    // A mark shows the choice without relying on colour alone: a round dot for one answer, a
    // ticked box where several may be chosen. It stands where reading starts, so on the right
    // in a right-to-left language.
    const float radius = m.body * 0.45f;
    const float mark_offset = m.pad * 0.6f + radius;
    const ImVec2 centre(ui.rtl ? max.x - mark_offset : min.x + mark_offset, (min.y + max.y) * 0.5f);
    if (several) {
        check_box(ui, draw, centre, radius, selected);
    } else {
        draw->AddCircle(centre, radius, selected ? colour::primary : colour::muted, 24, m.mm * 0.5f);
        if (selected) draw->AddCircleFilled(centre, radius * 0.6f, colour::primary, 24);
    }
    const float text_x = ui.rtl ? centre.x - radius - m.gap - room - inner : centre.x + radius + m.gap + room;
    const float text_h = text_height(ui, font, text, inner);
    draw_text(ui, draw, font, ImVec2(text_x, (min.y + max.y - text_h) * 0.5f), colour::ink, text, inner);
    return tapped;
}

namespace {
// The inner width of a button `width` wide: a little slack, so a button sized to its text never
// wraps on rounding.
float button_inner(const Metrics& m, float width) { return width - 2 * m.pad + 2; }
// A button's height around its label as shown, `label_h` tall.
float button_height_around(const Metrics& m, float label_h) { return std::max(m.control_height, label_h + m.body * 1.1f); }
}  // namespace

float button_height(const UiFrame& ui, const std::string& label, float width, int max_lines) {
    const float inner = button_inner(ui.metrics, width);
    return button_height_around(ui.metrics, text_height(ui, ui.fonts.bold, fit_lines(ui, ui.fonts.bold, label, inner, max_lines), inner));
}

bool button(UiFrame& ui, const std::string& label, ButtonStyle style, float width, bool enabled, int max_lines) {
    const Metrics& m = ui.metrics;
    ImFont* font = ui.fonts.bold;
    const float natural = text_width(ui, font, label) + 2 * m.pad;
    if (width <= 0) width = std::min(natural, std::max(ImGui::GetContentRegionAvail().x, m.control_height));
    const float inner = button_inner(m, width);
    // A label wraps to at most `max_lines` lines: a longer one (a translation gone wrong, a pack
    // at its limits) ends in "…" and never makes a bar as tall as the screen.
    const std::string shown = fit_lines(ui, font, label, inner, max_lines);
    const float text_h = text_height(ui, font, shown, inner);
    // Every button of a bar is one height (theme.h); only a label that wraps makes one taller.
    const float height = button_height_around(m, text_h);
    ImGui::PushID(label.c_str());
    const bool tapped = ImGui::InvisibleButton("button", ImVec2(width, height)) && enabled;
    ImGui::PopID();
    if (enabled) record_target(ui, label);
    const bool pressed = enabled && item_pressed(ui);
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float rounding = height * 0.5f;
    ImU32 fill = colour::primary, edge = colour::primary;
    TextColour ink = colour::primary_ink;
    if (style == ButtonStyle::Secondary) { fill = colour::surface; ink = colour::primary; }
    if (style == ButtonStyle::Quiet) { fill = colour::background; ink = colour::primary; edge = colour::outline; }
    if (!enabled) { fill = colour::background; ink = colour::disabled; edge = colour::disabled; }
    if (pressed) { fill = pressed_colour(fill); edge = pressed_colour(colour::primary); }
    // A pill: the middle as a fast solid rectangle, the round ends as two small discs (a software
    // renderer fills ImGui's rounded rectangles pixel by pixel, and a screen has many buttons).
    // A button in the background's colour needs no fill at all.
    if (fill != colour::background) {
        fill_rect(ui, draw, ImVec2(min.x + rounding, min.y), ImVec2(max.x - rounding, max.y), fill);
        draw->AddCircleFilled(ImVec2(min.x + rounding, (min.y + max.y) * 0.5f), rounding, fill, 24);
        draw->AddCircleFilled(ImVec2(max.x - rounding, (min.y + max.y) * 0.5f), rounding, fill, 24);
    }
    draw->AddRect(min, max, edge, rounding, 0, pressed ? m.mm * 1.0f : m.mm * 0.5f);
    draw->PushClipRect(min, max, true);  // a word longer than the button is cut at its edge
    draw_text(ui, draw, font, ImVec2(min.x + (width - inner) * 0.5f, (min.y + max.y - text_h) * 0.5f), ink, shown, inner, Align::Centre);
    draw->PopClipRect();
    return tapped;
}

int chip_row(UiFrame& ui, const std::vector<std::string>& labels, int selected, float width, float max_chip) {
    const Metrics& m = ui.metrics;
    const float full = width > 0 ? width : ImGui::GetContentRegionAvail().x;
    const ImVec2 origin = ImGui::GetCursorPos();
    const float spacing = m.gap * 0.5f;
    float x = 0, y = origin.y, row_height = 0;
    int tapped = -1;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const float chip = std::min({full, max_chip > 0 ? max_chip : full, text_width(ui, ui.fonts.bold, labels[i]) + 2 * m.pad});
        if (x > 0 && x + chip > full) {
            x = 0;
            y += row_height + spacing;
            row_height = 0;
        }
        ImGui::SetCursorPos(ImVec2(origin.x + (ui.rtl ? full - x - chip : x), y));
        if (button(ui, labels[i], static_cast<int>(i) == selected ? ButtonStyle::Primary : ButtonStyle::Secondary, chip, true, 1))
            tapped = static_cast<int>(i);
        row_height = std::max(row_height, ImGui::GetItemRectSize().y);
        x += chip + spacing;
    }
    ImGui::SetCursorPos(ImVec2(origin.x, y + row_height));
    ImGui::Dummy(ImVec2(full, 0));
    return tapped;
}

namespace {
// Where the parent window keeps a scroll area's content height (last_content_height).
ImGuiID content_key(const char* id) {
    ImGui::PushID(id);
    const ImGuiID key = ImGui::GetID("##content");
    ImGui::PopID();
    return key;
}
}  // namespace

float last_content_height(const char* id) { return ImGui::GetStateStorage()->GetFloat(content_key(id), -1.0f); }

void begin_scroll_area(UiFrame& ui, const char* id, float height) {
    const float above_band = ui.metrics.reach_top - ImGui::GetCursorScreenPos().y;
    if (above_band > 0) {
        const float drop = std::min(above_band, std::max(0.0f, height - 2 * ui.metrics.min_target));
        ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, ImGui::GetCursorScreenPos().y + drop));
        height -= drop;
    }
    const ImGuiID key = content_key(id);
    ImGui::BeginChild(id, ImVec2(0, height), false, 0);
    // The parent's key, for end_scroll_area to write the content height under.
    ImGui::GetStateStorage()->SetInt(ImGui::GetID("##parent_key"), static_cast<int>(key));
    // ImGui remembers each list's scroll position; a new visitor must not find a list where the
    // previous one left it.
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID seen = ImGui::GetID("##visitor");
    if (storage->GetInt(seen, -1) != ui.visitor) {
        storage->SetInt(seen, ui.visitor);
        ImGui::SetScrollY(0);
        ui.scroll_request = 0;
    }
    if (ui.scroll_request != 0) {
        const float wanted = ImGui::GetScrollY() + ui.scroll_request;
        const float limited = std::clamp(wanted, 0.0f, ImGui::GetScrollMaxY());
        ui.scroll_hit_edge = limited != wanted;
        ImGui::SetScrollY(limited);
        ui.scroll_request = 0;
        ui.scroll_y = limited;  // ImGui applies it from the next frame on
        return;
    }
    ui.scroll_y = ImGui::GetScrollY();
}

void end_scroll_area() {
    const float content = ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y;
    const auto key = static_cast<ImGuiID>(ImGui::GetStateStorage()->GetInt(ImGui::GetID("##parent_key"), 0));
    ImGui::Dummy(ImVec2(1, ImGui::GetStyle().WindowPadding.y));
    ImGui::EndChild();
    if (key != 0) ImGui::GetStateStorage()->SetFloat(key, content);
}

}  // namespace kiosk
