// Fuzz target: a whole content pack. The input is split into the pack's files at NUL bytes, in
// this order: pack.ini, event.ini, features.ini, programmes.csv, questions.ini, texts/nl.ini,
// reflection.ini, texts/ar.ini, translations/ar.ini.
// A pack that reads without errors must also rank, so the matching is fuzzed on odd content too,
// and its Arabic translation is shaped and broken into lines as the screen would. Its limits are
// properties (pack/limits.h): nothing of a pack read without errors is over one.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/matching.h"
#include "language/bidi.h"
#include "pack/pack_reader.h"

namespace {

void require(bool holds) {
    if (!holds) __builtin_trap();
}

// Every text within its limit, in Dutch and in each translation; every number within its range.
void check_limits(const kiosk::Content& read) {
    kiosk::Content content = read;
    kiosk::visit_content_texts(content, [](const std::string& key, std::string& text) {
        require(kiosk::count_characters(text) <= kiosk::text_limit(key));
    });
    for (const auto& [key, text] : content.texts.entries) require(kiosk::count_characters(text) <= kiosk::text_limit(key, true));
    require(content.translations.size() <= kiosk::kMaxLanguages);
    for (const kiosk::Translation& translation : content.translations) {
        for (const auto& [key, text] : translation.texts.entries) require(kiosk::count_characters(text) <= kiosk::text_limit(key, true));
        for (const auto& [key, text] : translation.content) require(kiosk::count_characters(text) <= kiosk::text_limit(key));
    }
    require(content.programmes.size() <= kiosk::kMaxProgrammes && content.questions.size() <= kiosk::kMaxQuestions &&
            content.reflections.size() <= kiosk::kMaxReflections && content.next_steps.size() <= kiosk::kMaxNextSteps &&
            content.features.size() <= kiosk::kMaxFeatures && content.domains.size() <= kiosk::kMaxDomains &&
            content.locations.size() <= kiosk::kMaxLocations && content.explain_cards.size() <= kiosk::kMaxExplainCards);
    require(content.event.viewer_url.size() <= kiosk::kMaxViewerUrlBytes && content.event.id.size() <= kiosk::kMaxEventIdLength);
    for (const kiosk::Programme& programme : content.programmes) {
        require(programme.level >= 1 && programme.level <= 4 && programme.duration_years >= 1 && programme.duration_years <= 4);
        require(programme.practice_percent >= 0 && programme.practice_percent <= 100);
        for (double value : programme.features) require(value >= 0 && value <= 1);
    }
    for (const auto* questions : {&content.questions, &content.reflections})
        for (const kiosk::Question& question : *questions) {
            require(question.options.size() <= kiosk::kMaxOptions && question.pick >= 1 &&
                    question.pick <= static_cast<int>(question.options.size()));
            for (const kiosk::Option& option : question.options) {
                require(kiosk::safe_pack_key(option.key));
                for (const kiosk::FeatureWeight& weight : option.weights) require(weight.weight >= 0 && weight.weight <= 100);
            }
        }
    for (const kiosk::NextStep& step : content.next_steps) require(kiosk::safe_pack_key(step.key));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const char* const kFiles[] = {"pack.ini", "event.ini", "features.ini", "programmes.csv", "questions.ini", "texts/nl.ini",
                                         "reflection.ini", "texts/ar.ini", "translations/ar.ini"};
    kiosk::PackFiles files;
    std::size_t file = 0;
    std::string current;
    for (std::size_t i = 0; i < size && file < std::size(kFiles); ++i) {
        if (data[i] == 0) {
            files[kFiles[file++]] = current;
            current.clear();
        } else {
            current += static_cast<char>(data[i]);
        }
    }
    if (file < std::size(kFiles)) files[kFiles[file]] = current;
    const kiosk::PackReadResult result = kiosk::read_pack(files);
    if (!result.ok()) return 0;
    check_limits(result.content);
    kiosk::Answers answers = kiosk::Answers::empty_for(result.content);
    for (std::size_t q = 0; q < result.content.questions.size(); ++q) answers.picked[q] = {0};
    const kiosk::Ranking ranking = kiosk::rank(result.content, answers);
    for (const auto& match : ranking.fits)
        if (match.programme < 0 || static_cast<std::size_t>(match.programme) >= result.content.programmes.size()) __builtin_trap();
    kiosk::Content arabic = kiosk::localise(result.content, "ar");
    if (kiosk::rank(arabic, answers).fits.size() != ranking.fits.size()) __builtin_trap();  // the language never changes a result
    const auto width_of = [](const std::string& line) { return static_cast<float>(line.size()); };
    kiosk::visit_content_texts(arabic, [&](const std::string&, std::string& text) { kiosk::display_lines(text, 40, true, width_of); });
    return 0;
}
