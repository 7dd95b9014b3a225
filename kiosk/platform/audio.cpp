#include "platform/audio.h"

#include <cstdio>

namespace kiosk {

Loudspeaker::~Loudspeaker() {
    if (device_) SDL_CloseAudioDevice(device_);
    if (subsystem_) SDL_QuitSubSystem(SDL_INIT_AUDIO);
}

bool Loudspeaker::open(int sample_rate) {
    if (tried_) return device_ != 0;
    tried_ = true;
    // Audio starts only now, so a kiosk that is never asked to read aloud never opens a device.
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        std::fprintf(stderr, "voorlezen: geen geluid (%s); de kiosk leest niet voor\n", SDL_GetError());
        return false;
    }
    subsystem_ = true;
    SDL_AudioSpec wanted{};
    wanted.freq = sample_rate;
    wanted.format = AUDIO_S16SYS;
    wanted.channels = 1;
    wanted.samples = 1024;  // about 46 ms: a stop is heard at once
    SDL_AudioSpec got{};
    // SDL converts to whatever the device wants; the queue takes our format.
    device_ = SDL_OpenAudioDevice(nullptr, 0, &wanted, &got, 0);
    if (!device_) {
        std::fprintf(stderr, "voorlezen: geen geluidskaart (%s); de kiosk leest niet voor\n", SDL_GetError());
        return false;
    }
    SDL_PauseAudioDevice(device_, 0);
    return true;
}

void Loudspeaker::play(const std::int16_t* samples, std::size_t count) {
    if (device_) SDL_QueueAudio(device_, samples, static_cast<Uint32>(count * sizeof(std::int16_t)));
}

void Loudspeaker::clear() {
    if (device_) SDL_ClearQueuedAudio(device_);
}

bool Loudspeaker::playing() const { return device_ && SDL_GetQueuedAudioSize(device_) > 0; }

}  // namespace kiosk
