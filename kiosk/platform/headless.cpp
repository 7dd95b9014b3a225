#include "platform/headless.h"

#include <algorithm>
#include <sstream>
#include <vector>

namespace kiosk {

namespace {
constexpr double kFrameSeconds = 1.0 / 60.0;
constexpr int kMaxSettleFrames = 600;
}  // namespace

HeadlessKiosk::HeadlessKiosk(AppOptions options, double start_time)
    : app_(
          [&] {
              options.headless = true;
              return options;
          }(),
          start_time),
      now_(start_time),
      start_(start_time) {
    settle();
}

Uint32 HeadlessKiosk::ticks(double at) const { return static_cast<Uint32>(1000.0 + (at - start_) * 1000.0 + 0.5); }

// A frame, after what the frames before it set going in the background is done.
void HeadlessKiosk::draw() {
    app_.wait_for_background();
    app_.render_frame(now_);
}

void HeadlessKiosk::settle() {
    draw();
    for (int i = 0; i < kMaxSettleFrames && app_.busy(); ++i) {
        now_ += kFrameSeconds;
        draw();
    }
}

void HeadlessKiosk::send_button(Uint32 type, float x, float y, double at) {
    SDL_Event event{};
    event.type = type;
    event.common.timestamp = ticks(at < 0 ? now_ : at);
    event.button.button = SDL_BUTTON_LEFT;
    event.button.x = static_cast<Sint32>(x);
    event.button.y = static_cast<Sint32>(y);
    app_.handle_event(event, now_);
    finger_x_ = x;
    finger_y_ = y;
}

void HeadlessKiosk::send_motion(float x, float y, double at) {
    SDL_Event event{};
    event.type = SDL_MOUSEMOTION;
    event.common.timestamp = ticks(at < 0 ? now_ : at);
    event.motion.x = static_cast<Sint32>(x);
    event.motion.y = static_cast<Sint32>(y);
    event.motion.state = SDL_BUTTON_LMASK;
    app_.handle_event(event, now_);
    finger_x_ = x;
    finger_y_ = y;
}

void HeadlessKiosk::press(float x, float y) {
    now_ += kFrameSeconds;
    send_button(SDL_MOUSEBUTTONDOWN, x, y);
    draw();
}

void HeadlessKiosk::move_to(float x, float y) {
    now_ += kFrameSeconds;
    send_motion(x, y);
    draw();
}

void HeadlessKiosk::release() {
    now_ += kFrameSeconds;
    send_button(SDL_MOUSEBUTTONUP, finger_x_, finger_y_);
    draw();
    for (int i = 0; i < kMaxSettleFrames && app_.tap_in_flight(); ++i) frame_after(kFrameSeconds);
    frame_after(kFrameSeconds);  // the frame that shows what the tap did
}

void HeadlessKiosk::frame_after(double seconds) {
    now_ += seconds;
    draw();
    if (app_.pictures_decoding()) draw();  // what this frame asked for, drawn at the same moment
}

void HeadlessKiosk::tap_at(float x, float y) {
    send_button(SDL_MOUSEBUTTONDOWN, x, y);
    now_ += 0.08;
    send_button(SDL_MOUSEBUTTONUP, x, y);
    settle();
}

bool HeadlessKiosk::tap(const std::string& label) {
    const HitTarget* found = target(label);
    if (!found) return false;
    tap_at((found->min.x + found->max.x) * 0.5f, (found->min.y + found->max.y) * 0.5f);
    return true;
}

void HeadlessKiosk::drag(float x0, float y0, float x1, float y1, double seconds, double frame_seconds) {
    const int steps = 12;
    if (frame_seconds <= 0) {
        send_button(SDL_MOUSEBUTTONDOWN, x0, y0);
        draw();
        for (int i = 1; i <= steps; ++i) {
            const float t = static_cast<float>(i) / steps;
            now_ += seconds / steps;
            send_motion(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t);
            draw();
        }
        send_button(SDL_MOUSEBUTTONUP, x1, y1);
        settle();
        return;
    }
    // The finger's path as it happened: down, `steps` moves, up.
    struct Touch { Uint32 type; float x, y; double at; };
    std::vector<Touch> path;
    const double start = now_;
    path.push_back({SDL_MOUSEBUTTONDOWN, x0, y0, start});
    for (int i = 1; i <= steps; ++i) {
        const float t = static_cast<float>(i) / steps;
        path.push_back({SDL_MOUSEMOTION, x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, start + seconds * i / steps});
    }
    path.push_back({SDL_MOUSEBUTTONUP, x1, y1, start + seconds + 0.004});
    // The loop is busy drawing: it reads what queued up only when a frame is done.
    std::size_t read = 0;
    double frame = start;
    while (read < path.size()) {
        frame += frame_seconds;
        now_ = frame;
        for (; read < path.size() && path[read].at <= now_; ++read) {
            const Touch& touch = path[read];
            if (touch.type == SDL_MOUSEMOTION) send_motion(touch.x, touch.y, touch.at);
            else send_button(touch.type, touch.x, touch.y, touch.at);
        }
        draw();
    }
}

void HeadlessKiosk::advance(double seconds) {
    const double end = now_ + seconds;
    while (now_ < end) {
        const double step = std::min(end - now_, std::max(kFrameSeconds, app_.seconds_until_redraw(now_)));
        now_ += step;
        draw();
    }
    settle();
}

const HitTarget* HeadlessKiosk::target(const std::string& label) const {
    for (const HitTarget& target : app_.ui().frame.targets)
        if (target.label == label) return &target;
    return nullptr;
}

std::vector<std::string> HeadlessKiosk::labels() const {
    std::vector<std::string> out;
    for (const HitTarget& target : app_.ui().frame.targets) out.push_back(target.label);
    return out;
}

bool HeadlessKiosk::visible(const std::string& label) const { return target(label) != nullptr; }

bool HeadlessKiosk::shows_text(const std::string& text) const {
    const auto& drawn = app_.ui().frame.texts;
    return std::any_of(drawn.begin(), drawn.end(), [&](const HitTarget& shown) {
        return shown.label == text && shown.max.x - shown.min.x >= 1 && shown.max.y - shown.min.y >= 1;
    });
}

bool HeadlessKiosk::shows(const std::string& text) const {
    const auto& drawn = app_.ui().frame.texts;
    return std::any_of(drawn.begin(), drawn.end(), [&](const HitTarget& shown) { return shown.label.find(text) != std::string::npos; });
}

bool HeadlessKiosk::screenshot(const std::string& path) const {
    return write_png(path, app_.screenshot());
}

std::string run_script(HeadlessKiosk& kiosk, const std::string& script, const std::function<bool()>& stop) {
    std::istringstream lines(script);
    std::string line;
    int number = 0;
    while (std::getline(lines, line)) {
        ++number;
        if (stop && stop()) return "regel " + std::to_string(number) + ": gestopt op verzoek (signaal), de rest van het script is niet uitgevoerd";
        std::istringstream words(line);
        std::string command;
        words >> command;
        if (command.empty() || command[0] == '#') continue;
        std::string rest;
        std::getline(words >> std::ws, rest);
        auto fail = [&](const std::string& what) { return "regel " + std::to_string(number) + ": " + what; };
        std::istringstream numbers(rest);
        if (command == "tap") {
            if (!kiosk.tap(rest)) return fail("niets om op te tikken met de tekst '" + rest + "'");
        } else if (command == "expect") {
            if (!kiosk.visible(rest)) return fail("'" + rest + "' staat niet op het scherm");
        } else if (command == "tap-at") {
            float x = 0, y = 0;
            if (!(numbers >> x >> y)) return fail("tap-at verwacht X Y");
            kiosk.tap_at(x, y);
        } else if (command == "drag") {
            float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
            if (!(numbers >> x0 >> y0 >> x1 >> y1)) return fail("drag verwacht X0 Y0 X1 Y1");
            kiosk.drag(x0, y0, x1, y1);
        } else if (command == "press") {
            float x = 0, y = 0;
            if (!(numbers >> x >> y)) return fail("press verwacht X Y");
            kiosk.press(x, y);
        } else if (command == "release") {
            kiosk.release();
        } else if (command == "wait") {
            double seconds = 0;
            if (!(numbers >> seconds)) return fail("wait verwacht een aantal seconden");
            kiosk.advance(seconds);
        } else if (command == "shot") {
            if (!kiosk.screenshot(rest)) return fail("kan schermafdruk niet schrijven: " + rest);
        } else {
            return fail("onbekende opdracht '" + command + "'");
        }
    }
    return {};
}

}  // namespace kiosk
