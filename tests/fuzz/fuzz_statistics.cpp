// Fuzz target: a statistics export that kiosk-pack stats reads back. What reads without problems
// must write out and read back to the same counts, and every cell written must be neutral for a
// spreadsheet (pack/csv.h: nothing a spreadsheet would run as a formula).
#include <cstddef>
#include <cstdint>
#include <string>

#include "pack/csv.h"
#include "store/statistics.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<kiosk::Problem> problems;
    const kiosk::Statistics statistics =
        kiosk::total(kiosk::read_statistics_csv(std::string(reinterpret_cast<const char*>(data), size), "x.csv", problems));
    if (!problems.empty()) return 0;
    std::vector<kiosk::Problem> again;
    const std::string written = kiosk::statistics_csv(statistics, "E", "k");
    const kiosk::KioskStatistics back = kiosk::read_statistics_csv(written, "y.csv", again);
    if (kiosk::total(back) != statistics || !again.empty() || back.size() > 1) __builtin_trap();
    const kiosk::CsvTable table = kiosk::parse_csv(written, "y.csv", again);
    for (const kiosk::CsvRow& row : table.rows)
        for (const kiosk::CsvField& field : row.fields)
            if (!kiosk::csv_cell_is_neutral(field.text)) __builtin_trap();
    return 0;
}
