#include "output/portfolio_record.h"

#include <nlohmann/json.hpp>

#include <random>

#include "output/crockford.h"

namespace kiosk {

namespace {

const char* kind_name(MatchKind kind) {
    return kind == MatchKind::Surprise ? "surprise" : kind == MatchKind::LaterRoute ? "later_route" : "fit";
}
const char* strength_name(MatchStrength strength) {
    return strength == MatchStrength::Strong ? "strong" : strength == MatchStrength::Good ? "good" : "interesting";
}
}  // namespace

std::string new_token() {
    std::random_device device;  // getrandom(2) on Linux
    std::string token;
    unsigned buffer = 0;
    int bits = 0;
    for (int byte = 0; byte < 16; ++byte) {
        buffer = (buffer << 8) | (device() & 0xFFu);
        bits += 8;
        while (bits >= 5) {
            token += kCrockford[(buffer >> (bits - 5)) & 31u];
            bits -= 5;
        }
    }
    token += kCrockford[(buffer << (5 - bits)) & 31u];  // the last 3 bits
    return token;
}

std::string token_short_code(const std::string& token) {
    if (token.size() < 10) return token;
    const std::string head = token.substr(0, 10);
    return head.substr(0, 4) + "-" + head.substr(4, 4) + "-" + head.substr(8);
}

std::string portfolio_record_json(const Content& content, const Session& session, const PortfolioResult& result,
                                  const std::string& token, double now) {
    using nlohmann::json;
    json record = {{"format", 1},         {"token", token},       {"short_code", token_short_code(token)},
                   {"event", result.event}, {"date", result.date}, {"language", result.language},
                   {"created_at", static_cast<long long>(now)}};
    // Answers by the content's keys; in "samen" mode the parent's on the key questions as well.
    auto answer_json = [&](std::size_t q, const std::vector<int>& picked) {
        json options = json::array();
        for (int o : picked) options.push_back(content.questions[q].options[static_cast<std::size_t>(o)].key);
        return json{{"question", content.questions[q].key}, {"options", options}};
    };
    json answers = json::array();
    for (std::size_t q = 0; q < content.questions.size() && q < session.answers.picked.size(); ++q)
        answers.push_back(answer_json(q, session.answers.picked[q]));
    record["answers"] = answers;
    if (session.together) {
        json parent = json::array();
        for (std::size_t q = 0; q < content.questions.size() && q < session.parent_answers.picked.size(); ++q)
            if (content.questions[q].together) parent.push_back(answer_json(q, session.parent_answers.picked[q]));
        record["parent_answers"] = parent;
    }
    json programmes = json::array();
    for (const Match* match : shown_matches(session.ranking)) {
        const Programme& p = content.programmes[static_cast<std::size_t>(match->programme)];
        json reasons = json::array();
        for (const Reason& reason : match->reasons) reasons.push_back(reason.text);
        programmes.push_back({{"crebo", p.crebo},
                              {"name", p.name},
                              {"level", p.level},
                              {"bol", p.bol},
                              {"bbl", p.bbl},
                              {"kind", kind_name(match->kind)},
                              {"strength", strength_name(match->strength)},
                              {"reasons", reasons}});
    }
    record["programmes"] = programmes;
    record["favourite"] = result.favourite;
    json reflections = json::array();
    for (std::size_t r = 0; r < content.reflections.size() && r < session.reflections.size(); ++r)
        if (const int o = session.reflections[r]; o >= 0)
            reflections.push_back({{"reflection", content.reflections[r].key},
                                   {"option", content.reflections[r].options[static_cast<std::size_t>(o)].key}});
    record["reflections"] = reflections;
    if (session.next_step >= 0 && static_cast<std::size_t>(session.next_step) < content.next_steps.size()) {
        const NextStep& step = content.next_steps[static_cast<std::size_t>(session.next_step)];
        record["next_step"] = {{"key", step.key}, {"text", step.text}, {"detail", content.fill_event_details(step.detail)}};
    } else {
        record["next_step"] = nullptr;
    }
    return record.dump();
}

std::string portfolio_export_json(const std::vector<std::string>& records) {
    nlohmann::json all = nlohmann::json::array();
    for (const std::string& record : records) all.push_back(nlohmann::json::parse(record));
    return all.dump(2) + "\n";
}

}  // namespace kiosk
