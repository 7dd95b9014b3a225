#include "pack/limits.h"

namespace kiosk {

namespace {

std::string_view first_part(std::string_view key) { return key.substr(0, key.find('.')); }

std::string_view last_part(std::string_view key) {
    const auto dot = key.rfind('.');
    return dot == std::string_view::npos ? key : key.substr(dot + 1);
}

// The programme card's topics (programmes.csv columns), the longest texts a visitor reads.
constexpr std::string_view kCardColumns[] = {"wat_je_doet", "hoe_je_leert", "stage",    "beoordeling", "beroepen", "doorstroom",
                                             "afdeling",    "docenten",     "toelating", "keuzedelen",  "nodig"};

}  // namespace

std::size_t text_limit(std::string_view key, bool screen_text) {
    const std::string_view section = first_part(key), field = last_part(key);
    if (screen_text) return key == "language.name" ? kMaxNameChars : kMaxTextChars;
    if (section == "programme") {
        for (std::string_view column : kCardColumns)
            if (field == column) return kMaxCardTextChars;
        return field == "naam" ? kMaxNameChars : kMaxTextChars;
    }
    if (section == "card" && field == "meer") return kMaxCardTextChars;
    if (key == "portfolio.viewer_url") return kMaxViewerUrlBytes;  // only ASCII passes check_viewer_url: characters are bytes
    const bool asked = section == "question" || section == "reflection" || section == "step";
    if (asked && (field == "text" || field == "parent_text" || field == "general_text" || field == "help" || field == "unsure"))
        return kMaxQuestionTextChars;
    if (field == "name" || field == "naam" || field == "label" || field == "title" || field == "school") return kMaxNameChars;
    return kMaxTextChars;
}

std::size_t count_characters(std::string_view utf8) {
    std::size_t count = 0;
    for (char c : utf8) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return count;
}

}  // namespace kiosk
