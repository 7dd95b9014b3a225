// Fuzz target: the CSV reader (programmes.csv, the qualification list).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "pack/csv.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<kiosk::Problem> problems;
    const kiosk::CsvTable table = kiosk::parse_csv(std::string_view(reinterpret_cast<const char*>(data), size), "f.csv", problems);
    for (const auto& row : table.rows)
        if (row.fields.size() != table.header.size()) __builtin_trap();  // ragged rows are refused, never kept
    return 0;
}
