#include "output/viewer_data.h"

#include <nlohmann/json.hpp>

#include "core/matching.h"

namespace kiosk {

namespace {

using nlohmann::json;

// Claims as result.js reads them: [field, feature, comparison, value].
const char* claim_field_name(ClaimField field) {
    switch (field) {
        case ClaimField::Level: return "level";
        case ClaimField::Practice: return "practice";
        case ClaimField::Duration: return "duration";
        case ClaimField::Bol: return "bol";
        case ClaimField::Bbl: return "bbl";
        case ClaimField::Feature: break;
    }
    return "feature";
}

const char* comparison_name(Comparison comparison) {
    switch (comparison) {
        case Comparison::Equal: return "=";
        case Comparison::AtLeast: return ">=";
        case Comparison::AtMost: return "<=";
        case Comparison::Below: return "<";
        case Comparison::Above: break;
    }
    return ">";
}

// Everything the viewer shows of the content, in the content's language.
json content_json(const Content& content) {
    json data;
    data["format"] = 1;
    data["event"] = {{"id", content.event.id}, {"name", content.event.name}, {"school", content.event.school},
                     {"date", content.event.date}};
    // Questions carry the matching's numbers too (weights, levels, how many to pick), so the
    // viewer can rank again from a typed short code (result.js).
    auto questions_json = [](const std::vector<Question>& questions) {
        json list = json::array();
        for (const Question& q : questions) {
            json options = json::array();
            for (const Option& o : q.options) {
                json weights = json::array();
                for (const FeatureWeight& w : o.weights) weights.push_back({w.feature, w.weight});
                json claims = json::array();
                for (const Claim& c : o.claims) claims.push_back({claim_field_name(c.field), c.feature, comparison_name(c.comparison), c.value});
                options.push_back({{"key", o.key}, {"text", o.text}, {"reason", o.reason}, {"weights", weights},
                                   {"claims", claims}, {"track", o.track}, {"unsure", o.unsure}});
            }
            list.push_back({{"key", q.key}, {"text", q.text}, {"pick", q.pick}, {"together", q.together}, {"interest", q.interest}, {"options", options}});
        }
        return list;
    };
    data["questions"] = questions_json(content.questions);
    data["reflections"] = questions_json(content.reflections);
    // A reflection put without a favourite, and its label (docs/content-pack.md, reflection.ini).
    for (std::size_t r = 0; r < content.reflections.size(); ++r) {
        data["reflections"][r]["general_text"] = content.reflections[r].general_text;
        data["reflections"][r]["summary"] = content.reflections[r].summary;
    }
    json steps = json::array();
    for (const NextStep& step : content.next_steps)
        steps.push_back({{"key", step.key}, {"text", step.text}, {"detail", content.fill_event_details(step.detail)},
                         {"voorbereiding", content.fill_event_details(step.voorbereiding)}});
    data["next_steps"] = steps;
    data["matching"] = {{"results", content.event.results},
                        {"reason_threshold", content.event.reason_threshold},
                        {"strong_match", content.event.strong_match},
                        {"good_match", content.event.good_match},
                        {"informed_answers", content.event.informed_answers}};
    json tracks = json::array();
    for (const AdmissionTrack& track : content.tracks)
        tracks.push_back({{"key", track.key}, {"start", track.start}, {"later", track.later}, {"text", track.text}});
    data["tracks"] = tracks;
    json order = json::array();
    for (const Programme& p : content.programmes) order.push_back(p.crebo);
    data["programme_order"] = order;  // the content's order, which the short code's favourite counts in
    json programmes = json::object();
    for (const Programme& p : content.programmes) {
        const Location* location = content.location(p.location);
        programmes[p.crebo] = {{"name", p.name},
                               {"level", p.level},
                               {"leerweg", leerweg_label(content, p)},
                               {"duration_years", p.duration_years},
                               {"practice_percent", p.practice_percent},
                               {"bol", p.bol},
                               {"bbl", p.bbl},
                               {"location", location ? location->name : p.location},
                               {"domain", p.domain},
                               {"features", p.features},
                               {"card", {{"what_you_do", p.card.what_you_do}, {"how_you_learn", p.card.how_you_learn},
                                         {"internship", p.card.internship}, {"assessment", p.card.assessment},
                                         {"jobs", p.card.jobs}, {"onwards", p.card.onwards},
                                         {"admission", p.card.admission}, {"department", p.card.department},
                                         {"teachers", p.card.teachers}, {"choices", p.card.choices}, {"needs", p.card.needs}}}};
        // Reason sentences are filled in here, by the kiosk's own code, so the viewer shows the
        // very sentences the kiosk showed.
        json reasons = json::object();
        for (std::size_t q = 0; q < content.questions.size(); ++q)
            for (std::size_t o = 0; o < content.questions[q].options.size(); ++o)
                if (const std::string& reason = content.questions[q].options[o].reason; !reason.empty())
                    reasons[std::to_string(q) + "." + std::to_string(o)] = fill_template(reason, content, p);
        programmes[p.crebo]["reasons"] = reasons;
    }
    data["programmes"] = programmes;
    json texts = json::object();
    for (const auto& [key, value] : content.texts.entries)
        if (key.rfind("viewer.", 0) == 0) texts[key.substr(7)] = value;
        else if (key.rfind("together.", 0) == 0) texts[key] = value;  // the talking points of "samen"
        else if (key.rfind("results.strength_", 0) == 0 || key == "results.start_title" || key == "compare.admission" ||
                 key == "reasons.later_route")
            texts[key] = value;  // "Sterke match", ...
        else if (key == "programme.department" || key == "programme.teachers" ||
                 key == "programme.choices" || key == "programme.needs")
            texts[key] = value;  // the card's labels of the topics the viewer shows too
    data["texts"] = texts;
    data["language"] = {{"code", content.language.code}, {"name", content.language.name}, {"rtl", content.language.rtl}};
    return data;
}

}  // namespace

std::string viewer_data_json(const Content& content) {
    json data = content_json(content);
    // Every language of the pack, whole: the viewer opens in the visitor's language (the link's
    // `l`) and offers the others, so parents can read the result in theirs at home.
    json languages = json::array();
    json translations = json::object();
    for (const LanguageInfo& language : offered_languages(content)) {
        languages.push_back({{"code", language.code}, {"name", language.name}, {"rtl", language.rtl}});
        if (language.code != content.language.code) translations[language.code] = content_json(localise(content, language.code));
    }
    data["languages"] = languages;
    data["translations"] = translations;
    return data.dump();
}

}  // namespace kiosk
