// Drives the kiosk without a screen: taps and drags by visible label or by coordinates, an
// injected clock, and PNG screenshots. Used by the UI tests and by `kiosk --headless --script`.
#pragma once

#include <string>
#include <vector>

#include "platform/app.h"

namespace kiosk {

class HeadlessKiosk {
public:
    // `start_time` is the injected clock's first reading (seconds since the epoch).
    HeadlessKiosk(AppOptions options, double start_time);

    App& app() { return app_; }
    const App& app() const { return app_; }
    double now() const { return now_; }

    // Draws frames until the UI has settled.
    void settle();
    // Taps the centre of the visible widget with this label; false when there is none.
    bool tap(const std::string& label);
    void tap_at(float x, float y);
    // A finger drag from one point to another over `seconds`; the list may coast afterwards.
    void drag(float x0, float y0, float x1, float y1, double seconds = 0.25);
    // Lets time pass with no touches (the idle timer runs; the screen redraws as the loop would).
    void advance(double seconds);

    std::vector<std::string> labels() const;
    bool visible(const std::string& label) const;
    // True when the last frame drew exactly this text (a paragraph, a title) at least partly
    // inside the visible part of the screen.
    bool shows_text(const std::string& text) const;
    // Whether a text drawn in the last frame contains `text` (also one scrolled out of view).
    bool shows(const std::string& text) const;
    const HitTarget* target(const std::string& label) const;
    bool screenshot(const std::string& path) const;

private:
    void send_button(Uint32 type, float x, float y);
    void send_motion(float x, float y);

    App app_;
    double now_;
};

// Runs a script, one command a line:
//   tap LABEL | tap-at X Y | drag X0 Y0 X1 Y1 | wait SECONDS | shot FILE | expect LABEL
// Returns an empty string on success, otherwise what went wrong (with the line number).
std::string run_script(HeadlessKiosk& kiosk, const std::string& script);

}  // namespace kiosk
