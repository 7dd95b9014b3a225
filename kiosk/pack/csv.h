// CSV as spreadsheets export it: `;` or `,` separated (detected from the header), fields
// quoted with `"` when they hold the separator, quotes or line breaks.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pack/problem.h"

namespace kiosk {

struct CsvField {
    std::string text;
    int line = 0;
    int column = 0;  // 1-based field number, as a spreadsheet shows it
};

struct CsvRow {
    int line = 0;
    std::vector<CsvField> fields;
};

struct CsvTable {
    std::vector<std::string> header;
    std::vector<CsvRow> rows;

    int column(std::string_view name) const;  // -1 when the header lacks it
};

CsvTable parse_csv(std::string_view text, const std::string& file_name,
                   std::vector<Problem>& problems);

// One field for writing with `;` as separator: quoted when it holds `;`, quotes, a line break
// or spaces at its ends, so parse_csv reads back exactly `text`.
std::string csv_field(const std::string& text);

}  // namespace kiosk
