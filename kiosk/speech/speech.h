// Reading aloud with espeak-ng: text in a language becomes 16-bit mono samples. Synthesis runs on
// a worker thread of its own (Speech), so a tap on the speaker button never waits for it; the
// samples go to an AudioSink, which the platform layer makes a loudspeaker (platform/audio.h) and
// a test a buffer. No SDL here: the unit tests drive all of it without a sound card.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace kiosk {

// espeak-ng's own voices always speak at this rate.
inline constexpr int kSpeechSampleRate = 22050;

// The espeak-ng voice for a language code of the kiosk (LanguageInfo::code), from one table: all
// six languages of the default pack have a voice in Debian's espeak-ng-data. Empty for a
// language without one: then nothing is read aloud and the speaker button stays hidden.
std::string speech_voice(const std::string& language);

// Synthesises `text` with `voice` on the calling thread, handing the samples to `chunk` as they
// come (a tenth of a second or so each). `chunk` returns false to stop at once. Returns false
// when espeak-ng cannot start or has no such voice. Thread-safe: espeak-ng is one per process,
// so callers take turns.
bool synthesise(const std::string& text, const std::string& voice,
                const std::function<bool(const std::int16_t* samples, std::size_t count)>& chunk);

// Where speech is heard. `open` comes first, on the kiosk's own thread; `play` then comes from
// the speech thread, `clear` and `playing` from the kiosk's thread at any time.
class AudioSink {
public:
    virtual ~AudioSink() = default;
    // Ready to play mono 16-bit samples at `sample_rate`; false when there is nowhere to play
    // (no sound card): the kiosk then says nothing. Called again before every text, so a sink
    // opens its device on first use and answers from then on without trying again.
    virtual bool open(int sample_rate) = 0;
    // Adds samples after those not yet heard.
    virtual void play(const std::int16_t* samples, std::size_t count) = 0;
    // Drops everything not yet heard: the speech stops now.
    virtual void clear() = 0;
    // Something is still to be heard.
    virtual bool playing() const = 0;
};

// One voice of the kiosk: says one text at a time, on a thread of its own that starts with the
// first text. A new text or stop() cuts off the one before it at once. The destructor stops and
// waits for the thread, so nothing is left speaking once the owner is gone; the sink must
// outlive it.
class Speech {
public:
    explicit Speech(AudioSink& sink);
    ~Speech();
    Speech(const Speech&) = delete;
    Speech& operator=(const Speech&) = delete;

    // Starts saying `text` with the espeak-ng `voice`; returns at once. False when the sink has
    // nowhere to play: nothing is said.
    bool say(const std::string& text, const std::string& voice);
    // Stops what is being said and forgets its text.
    void stop();
    // Still synthesising, or the sink still plays: the speaker button shows "stop".
    bool active() const;
    // Texts synthesised to their end since this Speech started (for tests: the worker's progress).
    int finished() const { return finished_.load(); }

private:
    struct Job {
        std::string text, voice;
        std::uint64_t generation = 0;
    };
    void work();

    AudioSink& sink_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::optional<Job> job_;      // waiting for the worker
    bool quit_ = false;
    bool running_ = false;        // the worker is synthesising a job
    // Bumped by every say() and stop(): a job of an older generation stops at its next chunk.
    std::atomic<std::uint64_t> generation_{0};
    std::atomic<bool> busy_{false};  // a job waits or is being synthesised (set under mutex_)
    std::atomic<int> finished_{0};
    std::thread worker_;          // started by the first say(); last member, so it starts last
};

}  // namespace kiosk
