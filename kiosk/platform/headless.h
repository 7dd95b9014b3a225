// Drives the kiosk without a screen: taps and drags by visible label or by coordinates, an
// injected clock, and PNG screenshots. Used by the UI tests and by `kiosk --headless --script`.
#pragma once

#include <functional>
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
    // With `frame_seconds` > 0 the kiosk draws a frame only that often, as on a busy machine: the
    // drag's events queue up in between and are all read just before the next frame, each stamped
    // with when it happened (as SDL does). That drag returns after the frame that read the
    // release, with the list perhaps still coasting: draw on with frame_after().
    void drag(float x0, float y0, float x1, float y1, double seconds = 0.25, double frame_seconds = 0);
    // A finger comes down and stays: one frame is drawn (the pressed look shows in it).
    void press(float x, float y);
    // The finger held down moves to (x, y); one frame is drawn.
    void move_to(float x, float y);
    // The finger held down lifts where it is; frames are drawn until a tap has reached the
    // screen (the action is carried out), but no longer: what follows by the clock has not yet.
    void release();
    // Draws one frame `seconds` after the last, with no input.
    void frame_after(double seconds);
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
    void draw();
    // Hands the app an event that happened at `at` (default: now), read now.
    void send_button(Uint32 type, float x, float y, double at = -1);
    void send_motion(float x, float y, double at = -1);
    // SDL's stamp for a moment on the injected clock: milliseconds since SDL started (a second
    // before this driver did; SDL's stamp 0 means "none").
    Uint32 ticks(double at) const;

    App app_;
    double now_;
    double start_;
    float finger_x_ = 0, finger_y_ = 0;
};

// Runs a script, one command a line:
//   tap LABEL | tap-at X Y | drag X0 Y0 X1 Y1 | press X Y | release | wait SECONDS | shot FILE |
//   expect LABEL
// Returns an empty string on success, otherwise what went wrong (with the line number).
// `stop` is asked before each command; when it says true the script ends there (a SIGTERM: the
// headless kiosk never pumps SDL's events, so SDL's own SIGTERM-to-SDL_QUIT never reaches it).
std::string run_script(HeadlessKiosk& kiosk, const std::string& script, const std::function<bool()>& stop = {});

}  // namespace kiosk
