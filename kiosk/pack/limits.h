// Every limit of a content pack in one place: what the reader (and so `kiosk-pack validate`, the
// staff desk and the kiosk) enforces, what docs/content-pack.md § Grenzen documents (a test holds
// the two together) and what the tests fill a pack up to. The limits are generous for real
// content (the longest card text of content/ is about 300 characters, the longest Uitleg text
// about 640, the longest name of the 470 qualifications under 100), but bounded, so every screen
// can draw a pack at its limits.
#pragma once

#include <cstddef>
#include <string_view>

namespace kiosk {

// How many: well above what one school offers, and what the screens are tested with.
// The national list has 470 qualifications; tools/benchmark measures the kiosk at this many.
inline constexpr std::size_t kMaxProgrammes = 1000;
// Questions, their answers and the next steps are numbered in one base-36 digit in the portfolio link.
inline constexpr std::size_t kMaxQuestions = 36;
inline constexpr std::size_t kMaxOptions = 36;
inline constexpr std::size_t kMaxNextSteps = 36;
inline constexpr std::size_t kMaxReflections = 36;
inline constexpr std::size_t kMaxFeatures = 100;
inline constexpr std::size_t kMaxDomains = 100;
inline constexpr std::size_t kMaxLocations = 100;
inline constexpr std::size_t kMaxTracks = 36;
inline constexpr std::size_t kMaxExplainCards = 36;
inline constexpr std::size_t kMaxLanguages = 20;  // translations besides Dutch

// How long, in characters (Unicode code points, so an Arabic or Ukrainian translation has the same
// room as Dutch, whose letters take fewer bytes). A translation has the limit of the text it replaces.
inline constexpr std::size_t kMaxNameChars = 150;       // names, labels and titles
inline constexpr std::size_t kMaxCardTextChars = 3000;  // a programme card's topics and Uitleg's "meer"
// A question, an answer or a reflection and their help: read at a glance, above the answers
// (the longest of content/ is about 100).
inline constexpr std::size_t kMaxQuestionTextChars = 300;
inline constexpr std::size_t kMaxTextChars = 1000;      // every other value of every file
// Texts that travel in QR codes, links and file names have tighter limits of their own.
inline constexpr std::size_t kMaxViewerUrlBytes = 200;
inline constexpr std::size_t kMaxPackKeyLength = 48;
inline constexpr std::size_t kMaxEventIdLength = 32;

// The limits docs/content-pack.md lists, each as a table row "| what | value unit |".
struct DocumentedLimit {
    const char* what;
    std::size_t value;
    const char* unit;
};
inline constexpr DocumentedLimit kDocumentedLimits[] = {
    {"opleidingen (regels in programmes.csv)", kMaxProgrammes, "stuks"},
    {"vragen (questions.ini)", kMaxQuestions, "stuks"},
    {"antwoorden per vraag of reflectie", kMaxOptions, "stuks"},
    {"reflecties (reflection.ini)", kMaxReflections, "stuks"},
    {"volgende stappen ([step.…])", kMaxNextSteps, "stuks"},
    {"kenmerken ([feature.…])", kMaxFeatures, "stuks"},
    {"domeinen ([domain.…])", kMaxDomains, "stuks"},
    {"locaties ([location.…])", kMaxLocations, "stuks"},
    {"schooltracks ([track.…])", kMaxTracks, "stuks"},
    {"Uitleg-kaarten ([card.…])", kMaxExplainCards, "stuks"},
    {"talen naast het Nederlands", kMaxLanguages, "stuks"},
    {"namen, labels en titels", kMaxNameChars, "tekens"},
    {"onderwerpen van de opleidingskaart en `meer` van Uitleg", kMaxCardTextChars, "tekens"},
    {"teksten van vragen, antwoorden, reflecties en stappen", kMaxQuestionTextChars, "tekens"},
    {"elke andere waarde van elk bestand", kMaxTextChars, "tekens"},
    {"`viewer_url`", kMaxViewerUrlBytes, "tekens"},
    {"sleutels (`[step.KEY]`, `[question.KEY.OPTION]`, ...)", kMaxPackKeyLength, "tekens"},
    {"`id` van [event]", kMaxEventIdLength, "tekens"},
};

// The most characters the value of `key` ("section.key" as a translation names it:
// "programme.25491.wat_je_doet", "question.leren.text", "card.niveaus.meer") may hold.
// `screen_text`: a key of texts/<language>.ini, where only language.name is a name.
std::size_t text_limit(std::string_view key, bool screen_text = false);

// The characters (code points) of UTF-8 text: every byte but a continuation byte counts.
std::size_t count_characters(std::string_view utf8);

}  // namespace kiosk
