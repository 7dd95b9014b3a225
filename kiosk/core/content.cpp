#include "core/content.h"

#include "text/text.h"

#include <algorithm>

namespace kiosk {

std::string Texts::get(const std::string& key) const {
    const auto found = entries.find(key);
    return found == entries.end() ? key : found->second;
}

std::string Texts::format(const std::string& key,
                          const std::vector<std::pair<std::string, std::string>>& values) const {
    std::string text = get(key);
    for (const auto& [name, value] : values) text = replace_all(std::move(text), "{" + name + "}", value);
    return text;
}

const char* band_word(Band band) {
    switch (band) {
        case Band::Laag: return "laag";
        case Band::Gemiddeld: return "gemiddeld";
        case Band::Hoog: return "hoog";
    }
    return "gemiddeld";
}

std::optional<Band> programme_band(const Programme& programme, const std::string& column) {
    for (const auto& [name, band] : kBandColumns)
        if (column == name) return programme.*band;
    return std::nullopt;
}

std::string leerweg_label(const Content& content, const Programme& programme) {
    return content.texts.get(programme.bol && programme.bbl ? "leerweg.both" : programme.bbl ? "leerweg.bbl" : "leerweg.bol");
}

namespace {
template <typename Items, typename Pred>
auto find_in(const Items& items, Pred pred) -> decltype(&items.front()) {
    const auto found = std::find_if(items.begin(), items.end(), pred);
    return found == items.end() ? nullptr : &*found;
}
}  // namespace

int Content::feature_index(const std::string& key) const {
    const auto found = std::find_if(features.begin(), features.end(),
                                    [&](const Feature& f) { return f.key == key; });
    return found == features.end() ? -1 : static_cast<int>(found - features.begin());
}

const Location* Content::location(const std::string& key) const {
    return find_in(locations, [&](const Location& l) { return l.key == key; });
}

const Domain* Content::domain(const std::string& code) const {
    return find_in(domains, [&](const Domain& d) { return d.code == code; });
}

const Level* Content::level(int number) const {
    return find_in(levels, [&](const Level& l) { return l.number == number; });
}

int Content::programme_index(const std::string& crebo) const {
    const auto found = std::find_if(programmes.begin(), programmes.end(),
                                    [&](const Programme& p) { return p.crebo == crebo; });
    return found == programmes.end() ? -1 : static_cast<int>(found - programmes.begin());
}

std::string Content::programme_picture(const Programme& programme) const {
    if (!programme.picture.empty()) return programme.picture;
    const Domain* own = domain(programme.domain);
    return own ? own->picture : std::string();
}

const TodayAtEvent* Content::today(const Programme& programme) const {
    const auto found = event.today.find(programme.crebo);
    return found == event.today.end() ? nullptr : &found->second;
}

std::string Content::fill_event_details(std::string text) const {
    for (const auto& [key, value] : event.details) text = replace_all(std::move(text), "{" + key + "}", value);
    return text;
}

}  // namespace kiosk

namespace kiosk {

void visit_content_texts(Content& content, const std::function<void(const std::string& key, std::string& text)>& visit) {
    visit("event.name", content.event.name);
    // The other details (such as {meeloopdag}) are read out in the next steps; id, date, the
    // school's name and its web address are the same in every language.
    for (auto& [key, value] : content.event.details)
        if (key != "id" && key != "date" && key != "website" && key != "name" && key != "school") visit("event." + key, value);
    for (Location& location : content.locations) visit("location." + location.key + ".name", location.name);
    for (Feature& feature : content.features) visit("feature." + feature.key + ".label", feature.label);
    for (Level& level : content.levels) {
        visit("level." + std::to_string(level.number) + ".name", level.name);
        if (!level.onwards.empty()) visit("level." + std::to_string(level.number) + ".onwards", level.onwards);
    }
    for (AdmissionTrack& track : content.tracks)
        if (!track.text.empty()) visit("track." + track.key + ".text", track.text);
    for (Domain& domain : content.domains) visit("domain." + domain.code + ".name", domain.name);
    for (Programme& programme : content.programmes) {
        const std::string section = "programme." + programme.crebo + ".";
        visit(section + "naam", programme.name);
        visit(section + "wat_je_doet", programme.card.what_you_do);
        visit(section + "hoe_je_leert", programme.card.how_you_learn);
        visit(section + "stage", programme.card.internship);
        visit(section + "beoordeling", programme.card.assessment);
        visit(section + "beroepen", programme.card.jobs);
        visit(section + "doorstroom", programme.card.onwards);
        // The optional columns only when the pack fills them: nothing to translate otherwise.
        auto optional = [&](const char* key, std::string& text) {
            if (!text.empty()) visit(section + key, text);
        };
        optional("afdeling", programme.card.department);
        optional("docenten", programme.card.teachers);
        optional("toelating", programme.card.admission);
        optional("keuzedelen", programme.card.choices);
        optional("nodig", programme.card.needs);
    }
    for (auto& [crebo, today] : content.event.today) {
        const std::string section = "vandaag." + crebo + ".";
        if (!today.where.empty()) visit(section + "waar", today.where);
        visit(section + "wat", today.what);
        if (!today.when.empty()) visit(section + "tijd", today.when);
    }
    auto visit_questions = [&](std::vector<Question>& questions, const std::string& group) {
        for (Question& question : questions) {
            const std::string section = group + "." + question.key;
            visit(section + ".text", question.text);
            if (!question.help.empty()) visit(section + ".help", question.help);
            if (!question.parent_text.empty()) visit(section + ".parent_text", question.parent_text);
            if (!question.general_text.empty()) visit(section + ".general_text", question.general_text);
            if (!question.summary.empty()) visit(section + ".summary", question.summary);
            for (Option& option : question.options) {
                visit(section + "." + option.key + ".text", option.text);
                if (!option.reason.empty()) visit(section + "." + option.key + ".reason", option.reason);
            }
        }
    };
    visit_questions(content.questions, "question");
    visit_questions(content.reflections, "reflection");
    for (NextStep& step : content.next_steps) {
        visit("step." + step.key + ".text", step.text);
        if (!step.detail.empty()) visit("step." + step.key + ".detail", step.detail);
        if (!step.voorbereiding.empty()) visit("step." + step.key + ".voorbereiding", step.voorbereiding);
    }
    for (ExplainCard& card : content.explain_cards) {
        visit("card." + card.key + ".title", card.title);
        visit("card." + card.key + ".text", card.text);
        if (!card.more.empty()) visit("card." + card.key + ".meer", card.more);
    }
}

std::map<std::string, std::string> content_texts(const Content& content) {
    Content copy = content;  // the visitor may change texts; these are only read
    std::map<std::string, std::string> texts;
    visit_content_texts(copy, [&](const std::string& key, std::string& text) { texts[key] = text; });
    return texts;
}

std::vector<LanguageInfo> offered_languages(const Content& content) {
    std::vector<LanguageInfo> languages{content.language};
    for (const Translation& translation : content.translations) languages.push_back(translation.language);
    return languages;
}

Content localise(const Content& dutch, const std::string& code) {
    const Translation* translation = nullptr;
    for (const Translation& candidate : dutch.translations)
        if (candidate.language.code == code) translation = &candidate;
    if (!translation) return dutch;
    Content local = dutch;
    local.translations.clear();
    local.language = translation->language;
    for (const auto& [key, text] : translation->texts.entries) local.texts.entries[key] = text;
    visit_content_texts(local, [&](const std::string& key, std::string& text) {
        const auto found = translation->content.find(key);
        if (found != translation->content.end()) text = found->second;
    });
    return local;
}

}  // namespace kiosk
