#include "ui/picture.h"

#include <algorithm>
#include <cmath>

#include "ui/widgets.h"

namespace kiosk {

namespace {

// The picture `key` made `width` pixels wide (never wider than its source). The screens ask for
// the size they draw, so a picture is copied pixel for pixel: a software renderer scales an
// image many times slower than it copies one.
PictureTexture find(KioskUi& ui, const std::string& key, float width) {
    if (key.empty() || !ui.pictures.lookup || width < 1) return {};
    const PictureTexture found = ui.pictures.lookup(ui.pictures.context, key, static_cast<int>(std::floor(width)));
    if (!found.texture || found.width <= 0 || found.height <= 0) return {};
    return found;
}

void add_image(KioskUi& ui, const std::string& key, const PictureTexture& picture, ImVec2 min, ImVec2 max, ImVec2 uv0, ImVec2 uv1,
               float alpha) {
    if (ui.frame.record_texts) ui.pictures_drawn.push_back(key);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (!ui.pictures.draw) {
        // Its own colours (a white tint), faded to `alpha` while it slides.
        draw->AddImage(picture.texture, min, max, uv0, uv1, colour::with_alpha(IM_COL32_WHITE, alpha));
        return;
    }
    ui.picture_calls.push_back({ui.pictures.context, picture, min, max, uv0, uv1, alpha});
    draw->AddCallback(ui.pictures.draw, &ui.picture_calls.back());
}

}  // namespace

bool draw_picture(KioskUi& ui, const std::string& key, ImVec2 min, ImVec2 max, float alpha) {
    const float box_w = max.x - min.x, box_h = max.y - min.y;
    // Most pictures are square; another shape is asked for again at the width that fits.
    PictureTexture picture = find(ui, key, std::min(box_w, box_h));
    if (picture.texture && static_cast<float>(picture.width) < std::min(box_w, box_h) - 1 && picture.height < picture.width)
        picture = find(ui, key, box_w);
    if (picture.texture && (static_cast<float>(picture.height) > box_h + 0.5f || static_cast<float>(picture.width) > box_w + 0.5f))
        picture = find(ui, key, std::min(box_w, box_h * static_cast<float>(picture.width) / static_cast<float>(picture.height)));
    if (!picture.texture) return false;
    // Centred on whole pixels, at the picture's own size.
    const auto w = static_cast<float>(picture.width), h = static_cast<float>(picture.height);
    const ImVec2 at(std::round(min.x + (box_w - w) / 2), std::round(min.y + (box_h - h) / 2));
    add_image(ui, key, picture, at, ImVec2(at.x + w, at.y + h), ImVec2(0, 0), ImVec2(1, 1), alpha);
    return true;
}

std::string programme_picture_key(const Content& content, int programme, bool photo) {
    if (programme < 0 || static_cast<std::size_t>(programme) >= content.programmes.size()) return {};
    const Programme& p = content.programmes[static_cast<std::size_t>(programme)];
    if (photo && !p.photo.empty()) return p.photo;
    return content.programme_picture(p);
}

bool programme_picture(KioskUi& ui, int index, ImVec2 min, ImVec2 max, float alpha) {
    const Content& content = ui.content();
    const std::string key = programme_picture_key(content, index);
    if (key.empty()) return false;
    if (key.find('/') == std::string::npos) return draw_picture(ui, key, min, max, alpha);
    // A photo fills its box, cut to the box's shape around its middle (UV coordinates), so a row
    // of photos lines up; a photo that does not load leaves the programme's picture instead.
    const float box_w = std::floor(max.x - min.x), box_h = std::floor(max.y - min.y);
    PictureTexture photo = find(ui, key, box_w);
    if (photo.texture && static_cast<float>(photo.height) < box_h) {
        // Wider than the box: as high as the box, its sides cut off.
        photo = find(ui, key, box_h * static_cast<float>(photo.width) / static_cast<float>(photo.height) + 1);
    }
    if (!photo.texture) return draw_picture(ui, programme_picture_key(content, index, false), min, max, alpha);
    const auto w = static_cast<float>(photo.width), h = static_cast<float>(photo.height);
    const float keep_w = std::min(1.0f, box_w / w), keep_h = std::min(1.0f, box_h / h);
    const ImVec2 uv0((1 - keep_w) / 2, (1 - keep_h) / 2), uv1(uv0.x + keep_w, uv0.y + keep_h);
    const ImVec2 at(std::round(min.x), std::round(min.y));
    add_image(ui, key, photo, at, ImVec2(at.x + std::min(box_w, w), at.y + std::min(box_h, h)), uv0, uv1, alpha);
    return true;
}

bool picture_tile(KioskUi& ui, const std::string& id, const std::string& text, const std::string& picture, bool selected, float width,
                  bool several) {
    const float side = picture.empty() ? 0 : ui.frame.metrics.tile_height * 0.8f;
    const bool tapped = answer_tile(ui.frame, id, text, selected, width, several, side);
    if (side > 0) {
        const ImVec2 corner = answer_tile_picture_at(ui.frame, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), side);
        draw_picture(ui, picture, corner, ImVec2(corner.x + side, corner.y + side));
    }
    return tapped;
}

}  // namespace kiosk
