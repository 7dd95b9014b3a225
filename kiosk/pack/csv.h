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

// A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula (and tab or CR
// can hide one), so a key such as `=HYPERLINK(...)` in an export would run on the laptop that
// opens it. OWASP's advice ("CSV Injection"): put an apostrophe before such a cell; the
// spreadsheet then shows it as text, without the apostrophe. A text that itself starts with an
// apostrophe gets one more, so csv_cell_text always gives back exactly what was written.
// Every CSV the project writes goes through csv_field, which does this.
std::string neutral_csv_cell(const std::string& text);
// False for a cell a spreadsheet would run.
bool csv_cell_is_neutral(const std::string& cell);
// Undoes neutral_csv_cell, for a reader of our own exports.
std::string csv_cell_text(const std::string& cell);

// One field for writing with `;` as separator: neutralised (neutral_csv_cell), then quoted when
// it holds `;`, quotes, a line break or spaces at its ends, so parse_csv followed by
// csv_cell_text reads back exactly `text`.
std::string csv_field(const std::string& text);

}  // namespace kiosk
