// kiosk-say: what the kiosk's speaker button would say, as a WAV file, without a sound card.
// Staff (and developers) hear how a pack's texts sound in a language, and check that a text
// gives speech of a sensible length (`sox --i` / `sox FILE -n stat`).
//
//   kiosk-say LANGUAGE OUT.wav TEXT...      e.g.  kiosk-say ar vraag.wav "كيف تحب أن تتعلم؟"
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "speech/speech.h"

namespace {

void put(std::ofstream& out, std::uint32_t value, int bytes) {
    for (int i = 0; i < bytes; ++i) out.put(static_cast<char>((value >> (8 * i)) & 0xFF));
}

// A plain 16-bit mono PCM WAV file.
bool write_wav(const std::string& path, const std::vector<std::int16_t>& samples, int rate) {
    std::ofstream out(path, std::ios::binary);
    const auto data = static_cast<std::uint32_t>(samples.size() * 2);
    out.write("RIFF", 4);
    put(out, 36 + data, 4);
    out.write("WAVEfmt ", 8);
    put(out, 16, 4);
    put(out, 1, 2);  // PCM
    put(out, 1, 2);  // mono
    put(out, static_cast<std::uint32_t>(rate), 4);
    put(out, static_cast<std::uint32_t>(rate * 2), 4);
    put(out, 2, 2);
    put(out, 16, 2);
    out.write("data", 4);
    put(out, data, 4);
    for (const std::int16_t s : samples) put(out, static_cast<std::uint16_t>(s), 2);
    return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "gebruik: kiosk-say TAAL UIT.wav TEKST...   (taal: nl en tr pl uk ar)\n");
        return 2;
    }
    const std::string voice = kiosk::speech_voice(argv[1]);
    if (voice.empty()) {
        std::fprintf(stderr, "geen stem voor taal '%s'\n", argv[1]);
        return 1;
    }
    std::string text;
    for (int i = 3; i < argc; ++i) text += (i > 3 ? " " : "") + std::string(argv[i]);
    std::vector<std::int16_t> samples;
    const bool ok = kiosk::synthesise(text, voice, [&](const std::int16_t* s, std::size_t n) {
        samples.insert(samples.end(), s, s + n);
        return true;
    });
    if (!ok || !write_wav(argv[2], samples, kiosk::kSpeechSampleRate)) {
        std::fprintf(stderr, "voorlezen lukte niet\n");
        return 1;
    }
    std::printf("%s: %.2f s\n", argv[2], static_cast<double>(samples.size()) / kiosk::kSpeechSampleRate);
    return 0;
}
