// Where the kiosk's read-aloud speech is heard (speech/speech.h: AudioSink): SDL's default audio
// device, opened on first use; and, for headless runs, a sink that drops the samples.
#pragma once

#include <atomic>

#include <SDL.h>

#include "speech/speech.h"

namespace kiosk {

// The loudspeaker. A booth PC without a sound card (or a CI machine) has none: then the first
// open() says so once on the console and the kiosk goes on without reading aloud.
class Loudspeaker final : public AudioSink {
public:
    Loudspeaker() = default;
    ~Loudspeaker() override;
    Loudspeaker(const Loudspeaker&) = delete;
    Loudspeaker& operator=(const Loudspeaker&) = delete;

    bool open(int sample_rate) override;
    void play(const std::int16_t* samples, std::size_t count) override;
    void clear() override;
    bool playing() const override;

private:
    bool tried_ = false;
    bool subsystem_ = false;    // this sink started SDL's audio subsystem
    SDL_AudioDeviceID device_ = 0;
};

// Headless: speech is synthesised as on a booth and then dropped, so the speaker button, its
// "stop" and the end of reading behave as they do with sound.
class SilentSink final : public AudioSink {
public:
    bool open(int) override { return true; }
    void play(const std::int16_t*, std::size_t count) override { dropped_ += count; }
    void clear() override {}
    bool playing() const override { return false; }
    std::size_t dropped() const { return dropped_.load(); }

private:
    std::atomic<std::size_t> dropped_{0};
};

}  // namespace kiosk
