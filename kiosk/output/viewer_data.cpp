#include "output/viewer_data.h"

#include <nlohmann/json.hpp>

#include "core/matching.h"

namespace kiosk {

std::string viewer_data_json(const Content& content) {
    using nlohmann::json;
    json data;
    data["format"] = 1;
    data["event"] = {{"id", content.event.id}, {"name", content.event.name}, {"school", content.event.school},
                     {"date", content.event.date}};
    auto questions_json = [](const std::vector<Question>& questions) {
        json list = json::array();
        for (const Question& q : questions) {
            json options = json::array();
            for (const Option& o : q.options) options.push_back({{"key", o.key}, {"text", o.text}, {"reason", o.reason}});
            list.push_back({{"key", q.key}, {"text", q.text}, {"options", options}});
        }
        return list;
    };
    data["questions"] = questions_json(content.questions);
    data["reflections"] = questions_json(content.reflections);
    json steps = json::array();
    for (const NextStep& step : content.next_steps)
        steps.push_back({{"key", step.key}, {"text", step.text}, {"detail", content.fill_event_details(step.detail)}});
    data["next_steps"] = steps;
    json programmes = json::object();
    for (const Programme& p : content.programmes) {
        const Location* location = content.location(p.location);
        programmes[p.crebo] = {{"name", p.name},
                               {"level", p.level},
                               {"leerweg", leerweg_label(content, p)},
                               {"duration_years", p.duration_years},
                               {"practice_percent", p.practice_percent},
                               {"location", location ? location->name : p.location},
                               {"card", {{"what_you_do", p.card.what_you_do}, {"how_you_learn", p.card.how_you_learn},
                                         {"internship", p.card.internship}, {"assessment", p.card.assessment},
                                         {"jobs", p.card.jobs}, {"onwards", p.card.onwards}}}};
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
    data["texts"] = texts;
    return data.dump();
}

}  // namespace kiosk
