// Anonymous statistics for staff to take home: counts per hour, never a single visitor. One
// export is a list of (hour, measure, key, count) rows, so the exports of several kiosks at one
// fair add up by simply summing equal rows (kiosk-pack stats). docs/operations.md lists the
// measures.
#pragma once

#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "core/session.h"
#include "pack/problem.h"

namespace kiosk {

struct StatisticsKey {
    std::string hour;     // "2026-11-28 14:00", local time
    std::string measure;  // bezoekers, afgerond, getoond, geopend, gekozen, stap
    std::string key;      // a crebo or a next step's key; empty for the visitor counts

    auto tied() const { return std::tie(hour, measure, key); }
    bool operator<(const StatisticsKey& other) const { return tied() < other.tied(); }
    bool operator==(const StatisticsKey& other) const { return tied() == other.tied(); }
};

using Statistics = std::map<StatisticsKey, long long>;

// What one visit adds to the counts, all in its hour; nothing when it never answered a question
// (it never left the attract screen). The one place that says what a visit counts for: the store
// adds these up (Store::count_visit), also when it turns an old session log into counts.
Statistics visit_counts(const SessionRecord& record);

// CSV (semicolons, for Dutch spreadsheets): evenement;kiosk;uur;meting;sleutel;aantal.
std::string statistics_csv(const Statistics& statistics, const std::string& event, const std::string& kiosk);
std::string statistics_json(const Statistics& statistics, const std::string& event, const std::string& kiosk);
// Exports read back, by (event, kiosk).
using KioskStatistics = std::map<std::pair<std::string, std::string>, Statistics>;

// Reads an export back (for merging); each bad line is reported in `problems`.
KioskStatistics read_statistics_csv(const std::string& text, const std::string& file_name, std::vector<Problem>& problems);
// Adds exports to `all`. A kiosk's later export holds everything of its earlier ones, so exports
// of the same kiosk and event are not added up: each count is the largest any of them has.
void add_exports(KioskStatistics& all, const KioskStatistics& more);
// All kiosks added up.
Statistics total(const KioskStatistics& all);
// A few readable lines: visitors, completed walk-throughs, the busiest hour, the programmes most
// often shown and chosen, the next steps chosen.
std::vector<std::string> statistics_summary(const Statistics& statistics);

}  // namespace kiosk
