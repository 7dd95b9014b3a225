#include "speech/speech.h"

#include <espeak-ng/speak_lib.h>

#include <cstdio>
#include <cstring>

namespace kiosk {

namespace {

// The kiosk's languages and their espeak-ng voices (Debian's espeak-ng-data 1.51 has all six).
struct VoiceOf {
    const char* language;
    const char* voice;
};
constexpr VoiceOf kVoices[] = {{"nl", "nl"}, {"en", "en"}, {"tr", "tr"}, {"pl", "pl"}, {"uk", "uk"}, {"ar", "ar"}};

// A little slower than espeak-ng's 175 words a minute: the listeners are pupils who read Dutch
// poorly and newcomers, in a noisy hall.
constexpr int kWordsPerMinute = 150;

// espeak-ng keeps one synthesiser per process, with one callback: every use takes this lock.
std::mutex& espeak_lock() {
    static std::mutex lock;
    return lock;
}

// What the callback hands the samples to, for the synthesis running now (under espeak_lock).
using ChunkFn = std::function<bool(const std::int16_t*, std::size_t)>;

int on_samples(short* wav, int count, espeak_EVENT* events) {
    const auto* chunk = static_cast<const ChunkFn*>(events ? events->user_data : nullptr);
    if (!chunk || !wav || count <= 0) return 0;
    return (*chunk)(wav, static_cast<std::size_t>(count)) ? 0 : 1;  // 1 asks espeak-ng to stop
}

// Starts espeak-ng once, on first use, and keeps it for the life of the process: starting it
// again after espeak_Terminate is not something espeak-ng 1.51 does reliably, and its data (a
// few MiB) is only loaded by a kiosk that reads aloud. Under espeak_lock.
bool espeak_ready() {
    static int rate = 0;
    static bool tried = false;
    if (!tried) {
        tried = true;
        // DONT_EXIT: without it espeak-ng ends the whole process when its data is missing.
        rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 100, nullptr, espeakINITIALIZE_DONT_EXIT);
        if (rate == kSpeechSampleRate) {
            espeak_SetSynthCallback(on_samples);
            espeak_SetParameter(espeakRATE, kWordsPerMinute, 0);
        } else {
            std::fprintf(stderr, "voorlezen: espeak-ng start niet (%d)\n", rate);
        }
    }
    return rate == kSpeechSampleRate;
}

}  // namespace

std::string speech_voice(const std::string& language) {
    for (const VoiceOf& v : kVoices)
        if (language == v.language) return v.voice;
    return {};
}

bool synthesise(const std::string& text, const std::string& voice, const ChunkFn& chunk) {
    std::lock_guard<std::mutex> lock(espeak_lock());
    if (!espeak_ready() || voice.empty()) return false;
    espeak_VOICE wanted{};
    wanted.languages = voice.c_str();
    if (espeak_SetVoiceByProperties(&wanted) != EE_OK) return false;
    // The user data reaches the callback with each chunk: it is how the callback finds `chunk`.
    espeak_Synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr,
                 const_cast<ChunkFn*>(&chunk));
    return true;
}

Speech::Speech(AudioSink& sink) : sink_(sink) {}

Speech::~Speech() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        quit_ = true;
        job_.reset();
        ++generation_;  // cuts off a text being synthesised now
    }
    wake_.notify_all();
    sink_.clear();  // silent at once; a sink waiting to take more samples lets the worker go
    if (worker_.joinable()) worker_.join();
}

bool Speech::say(const std::string& text, const std::string& voice) {
    if (!sink_.open(kSpeechSampleRate)) return false;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        job_ = Job{text, voice, ++generation_};
        busy_ = true;
        if (!worker_.joinable()) worker_ = std::thread(&Speech::work, this);
    }
    sink_.clear();  // what was still being heard of the text before
    wake_.notify_all();
    return true;
}

void Speech::stop() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        job_.reset();
        ++generation_;
        busy_ = running_;  // a text being synthesised stops at its next chunk, then the worker says so
    }
    sink_.clear();
}

bool Speech::active() const { return busy_.load() || sink_.playing(); }

void Speech::work() {
    for (;;) {
        Job job;
        {
            std::unique_lock<std::mutex> lock(mutex_);
            running_ = false;
            busy_ = job_.has_value();
            wake_.wait(lock, [this] { return quit_ || job_.has_value(); });
            if (quit_) return;
            job = std::move(*job_);
            job_.reset();
            running_ = true;
        }
        const std::uint64_t mine = job.generation;
        const bool ok = synthesise(job.text, job.voice, [&](const std::int16_t* samples, std::size_t count) {
            if (generation_.load() != mine) return false;
            sink_.play(samples, count);
            // stop() may have cleared the sink between the check and play(): then these samples
            // belong to a text that was stopped, and go too. Only this thread plays, so nothing
            // newer can be in the sink yet.
            if (generation_.load() != mine) {
                sink_.clear();
                return false;
            }
            return true;
        });
        if (!ok) std::fprintf(stderr, "voorlezen: geen stem '%s'\n", job.voice.c_str());
        if (ok && generation_.load() == mine) ++finished_;
    }
}

}  // namespace kiosk
