// The kiosk's screens, drawn with Dear ImGui from the Kiosk's state (booth/kiosk.h). A screen
// never changes that state: a tap becomes an Intent (core/intent.h) in KioskUi::intents, which
// the platform layer hands to Kiosk::apply once the frame is drawn.
#pragma once

#include <vector>

#include "booth/kiosk.h"
#include "core/intent.h"
#include "ui/widgets.h"

namespace kiosk {

// The photo of the programme whose card is open, as a texture the platform layer made.
struct CardPhoto {
    void* texture = nullptr;  // ImTextureID (an SDL_Texture)
    int programme = -1;
    int width = 0, height = 0;
};

struct KioskUi {
    const Kiosk* kiosk = nullptr;  // what the screens draw; set by the platform layer
    UiFrame frame;
    CardPhoto card_photo;
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

}  // namespace kiosk
