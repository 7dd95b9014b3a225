#include "store/statistics.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "pack/csv.h"
#include "text/text.h"

namespace kiosk {

namespace {

// The keys of one measure, most counted first, over all hours.
std::vector<std::pair<std::string, long long>> totals(const Statistics& statistics, const std::string& measure) {
    std::map<std::string, long long> sums;
    for (const auto& [key, count] : statistics)
        if (key.measure == measure) sums[key.key] += count;
    std::vector<std::pair<std::string, long long>> sorted(sums.begin(), sums.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return sorted;
}

}  // namespace

Statistics visit_counts(const SessionRecord& record) {
    Statistics counts;
    if (!record.answered) return counts;
    const std::string& hour = record.hour;
    ++counts[{hour, "bezoekers", ""}];
    if (record.reason == EndReason::Finished) ++counts[{hour, "afgerond", ""}];
    for (const std::string& crebo : record.shown) ++counts[{hour, "getoond", crebo}];
    for (const std::string& crebo : record.opened) ++counts[{hour, "geopend", crebo}];
    for (const std::string& crebo : record.chosen) ++counts[{hour, "gekozen", crebo}];
    if (!record.next_step.empty()) ++counts[{hour, "stap", record.next_step}];
    return counts;
}

std::string statistics_csv(const Statistics& statistics, const std::string& event, const std::string& kiosk) {
    std::string csv = "evenement;kiosk;uur;meting;sleutel;aantal\n";
    for (const auto& [key, count] : statistics)
        csv += csv_field(event) + ";" + csv_field(kiosk) + ";" + csv_field(key.hour) + ";" + csv_field(key.measure) + ";" +
               csv_field(key.key) + ";" + std::to_string(count) + "\n";
    return csv;
}

std::string statistics_json(const Statistics& statistics, const std::string& event, const std::string& kiosk) {
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& [key, count] : statistics)
        rows.push_back({{"uur", key.hour}, {"meting", key.measure}, {"sleutel", key.key}, {"aantal", count}});
    return nlohmann::json{{"formaat", 1}, {"evenement", event}, {"kiosk", kiosk}, {"tellingen", rows}}.dump(2) + "\n";
}

KioskStatistics read_statistics_csv(const std::string& text, const std::string& file_name, std::vector<Problem>& problems) {
    const CsvTable table = parse_csv(text, file_name, problems);
    const int event = table.column("evenement"), kiosk = table.column("kiosk"), hour = table.column("uur"),
              measure = table.column("meting"), key = table.column("sleutel"), count = table.column("aantal");
    KioskStatistics statistics;
    if (event < 0 || kiosk < 0 || hour < 0 || measure < 0 || key < 0 || count < 0) {
        problems.push_back({Problem::Severity::Error, file_name, 1, 0,
                            "dit is geen statistiekbestand van de kiosk (kolommen evenement, kiosk, uur, meting, sleutel, aantal ontbreken)"});
        return statistics;
    }
    for (const CsvRow& row : table.rows) {
        auto at = [&](int column) {
            const auto index = static_cast<std::size_t>(column);
            return index < row.fields.size() ? csv_cell_text(row.fields[index].text) : std::string();
        };
        const auto number = parse_int(at(count));
        if (!number || *number < 0) {
            problems.push_back({Problem::Severity::Error, file_name, row.line, 0, "aantal moet een heel getal zijn, gevonden '" + at(count) + "'"});
            continue;
        }
        statistics[{at(event), at(kiosk)}][{at(hour), at(measure), at(key)}] += *number;
    }
    return statistics;
}

void add_exports(KioskStatistics& all, const KioskStatistics& more) {
    for (const auto& [kiosk, counts] : more) {
        Statistics& mine = all[kiosk];
        for (const auto& [key, count] : counts) mine[key] = std::max(mine[key], count);
    }
}

Statistics total(const KioskStatistics& all) {
    Statistics sum;
    for (const auto& [kiosk, counts] : all)
        for (const auto& [key, count] : counts) sum[key] += count;
    return sum;
}

std::vector<std::string> statistics_summary(const Statistics& statistics) {
    long long visitors = 0, finished = 0;
    std::map<std::string, long long> per_hour;
    for (const auto& [key, count] : statistics) {
        if (key.measure == "bezoekers") {
            visitors += count;
            per_hour[key.hour] += count;
        }
        if (key.measure == "afgerond") finished += count;
    }
    std::vector<std::string> lines = {"Bezoekers: " + std::to_string(visitors), "Helemaal doorlopen (met QR-code): " + std::to_string(finished)};
    if (!per_hour.empty()) {
        const auto busiest = std::max_element(per_hour.begin(), per_hour.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
        lines.push_back("Drukste uur: " + busiest->first + " (" + std::to_string(busiest->second) + " bezoekers)");
    }
    for (const auto& [measure, title] : {std::pair<const char*, const char*>{"getoond", "Vaakst getoond"}, {"gekozen", "Vaakst favoriet"},
                                         {"stap", "Gekozen volgende stappen"}}) {
        const auto top = totals(statistics, measure);
        std::string line = std::string(title) + ":";
        for (std::size_t i = 0; i < top.size() && i < 5; ++i) line += (i ? ", " : " ") + top[i].first + " (" + std::to_string(top[i].second) + ")";
        if (top.empty()) line += " -";
        lines.push_back(line);
    }
    return lines;
}

}  // namespace kiosk
