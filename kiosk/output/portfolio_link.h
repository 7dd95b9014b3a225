// The link in the QR code: the school's static portfolio viewer, with the visitor's result
// carried in the URL fragment (after '#'), so nothing about the visitor is stored on a
// server. This file is the one place that knows the encoding; docs/portfolio-link.md
// describes it.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/content.h"
#include "core/session.h"

namespace kiosk {

struct PortfolioProgramme {
    std::string crebo;
    MatchKind kind = MatchKind::Fit;
    std::vector<std::pair<int, int>> reasons;  // (question, option) whose reason was shown
    bool operator==(const PortfolioProgramme&) const = default;
};

struct PortfolioResult {
    int version = 1;
    std::string event;
    std::string language = "nl";
    std::string date;  // YYYYMMDD
    std::string event_date;  // YYYYMMDD of the event (not in the link: the viewer has it)
    std::vector<std::vector<int>> answers;  // picked options per question
    std::vector<PortfolioProgramme> programmes;
    std::string favourite;  // crebo of one of the programmes, may be empty
    std::vector<int> reflections;  // picked option per reflection on the favourite, -1 = skipped
    int next_step = -1;            // the chosen next step, -1 = none
    // "Samen": the parent's answers on the key questions (together = ja), one group per key
    // question in the content's order; empty alone.
    std::vector<std::vector<int>> parent_answers;
    bool operator==(const PortfolioResult&) const = default;
};

// From the offer the link names the cards the visitor opened: the last kMaxLinkedCards of them,
// so a visitor who opens every card still gets a link that fits a QR code.
inline constexpr std::size_t kMaxLinkedCards = 12;
PortfolioResult portfolio_result(const Content& content, const Session& session, const std::string& date);
// A result at least as long, once encoded, as any visit to `content` can give: every question
// with its most options, the most programmes with the longest crebo and the most reasons, the
// opened cards, reflections, a next step, the parent's answers, a language and another day.
// `validate` makes the QR code of its link (take_home.h: check_link_fits).
PortfolioResult longest_result(const Content& content);
std::string encode_fragment(const PortfolioResult& result);
// The two check characters after ";c=": FNV-1a over everything before them, in base 36, so a
// truncated or altered link is noticed instead of showing half a result or someone else's.
std::string fragment_check(const std::string& text);
std::optional<PortfolioResult> decode_fragment(const std::string& fragment);
std::string portfolio_link(const std::string& viewer_url, const PortfolioResult& result);

// "YYYYMMDD" of a moment, in local time.
std::string date_stamp(double seconds_since_epoch);

}  // namespace kiosk
