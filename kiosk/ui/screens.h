// The kiosk's screens, drawn with Dear ImGui from the Kiosk's state (booth/kiosk.h). A screen
// never changes that state: a tap becomes an Intent (core/intent.h) in KioskUi::intents, which
// the platform layer hands to Kiosk::apply once the frame is drawn.
#pragma once

#include <deque>
#include <string>
#include <vector>

#include "booth/kiosk.h"
#include "core/intent.h"
#include "ui/widgets.h"

namespace kiosk {

// A picture as the platform layer made it: a texture and its size in pixels.
struct PictureTexture {
    void* texture = nullptr;  // ImTextureID (an SDL_Texture); null when there is no such picture
    int width = 0, height = 0;
};

// One picture to draw, as a draw command's user data: a software renderer copies a scaled
// picture many times faster than it fills the same picture as two textured triangles.
struct PictureCall {
    void* context = nullptr;  // the platform's (PictureSource::context)
    PictureTexture picture;
    ImVec2 min, max;          // where, in screen pixels
    ImVec2 uv0{0, 0}, uv1{1, 1};  // the part of the picture
    float alpha = 1;
};

// Where the screens get pictures from (platform/pictures.h): `lookup(context, key, width)` with a
// picture name ("koken") or a pack photo's path ("photos/25491.jpg"), made at most `width` pixels
// wide (never wider than the picture itself); `draw`, when set, draws a
// PictureCall (else ImGui draws the picture itself). Plain callbacks, like SolidFill, so the
// screens need no SDL; without a lookup they draw no pictures.
struct PictureSource {
    PictureTexture (*lookup)(void* context, const std::string& key, int width) = nullptr;
    void* context = nullptr;
    ImDrawCallback draw = nullptr;
};

struct KioskUi {
    const Kiosk* kiosk = nullptr;  // what the screens draw; set by the platform layer
    UiFrame frame;
    PictureSource pictures;
    std::deque<PictureCall> picture_calls;  // kept until the frame has been rendered
    // The pictures drawn this frame, by key, when texts are recorded (headless), for the tests.
    std::vector<std::string> pictures_drawn;
    std::vector<Intent> intents;   // the taps of this frame, for Kiosk::apply after it

    const Session& session() const { return kiosk->session(); }
    const Content& content() const { return kiosk->content(); }  // in the visitor's language
    const Content& pack() const { return kiosk->pack(); }        // as loaded, in Dutch
    void emit(IntentKind kind, int index = -1, int option = -1) { intents.emplace_back(kind, index, option); }
    void emit(IntentKind kind, std::string text) { intents.emplace_back(kind, std::move(text)); }
};

// Builds one ImGui frame (between ImGui::NewFrame and ImGui::Render): the staff screens, or the
// visitor's screen with the "are you still there?" question over it when the countdown runs.
void draw_kiosk(KioskUi& ui, double now);

// Seconds until the attract screen changes by itself (its loop of programmes): a display frame
// while one slides in, else the time until the next one starts to. The platform sleeps that long.
double attract_seconds_until_redraw(const Kiosk& kiosk, double now);

}  // namespace kiosk
