#include "pack/csv.h"

#include "text/text.h"

namespace kiosk {

int CsvTable::column(std::string_view name) const {
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == name) return static_cast<int>(i);
    return -1;
}

namespace {

char detect_separator(std::string_view text) {
    const auto end = text.find('\n');
    const std::string_view first_line = text.substr(0, end);
    std::size_t semicolons = 0, commas = 0;
    for (char c : first_line) {
        semicolons += c == ';';
        commas += c == ',';
    }
    return semicolons >= commas ? ';' : ',';
}

// Reads all records; a record may span lines inside quotes.
std::vector<CsvRow> read_records(std::string_view text, char separator, const std::string& file_name,
                                 std::vector<Problem>& problems) {
    std::vector<CsvRow> rows;
    CsvRow row{1, {}};
    std::string field;
    int line = 1;
    int field_line = 1;
    bool in_quotes = false;
    bool was_quoted = false;
    auto end_field = [&] {
        row.fields.push_back({was_quoted ? field : std::string(trim(field)), field_line,
                              static_cast<int>(row.fields.size()) + 1});
        field.clear();
        was_quoted = false;
        field_line = line;
    };
    auto end_row = [&] {
        end_field();
        const bool blank = row.fields.size() == 1 && row.fields[0].text.empty();
        if (!blank) rows.push_back(std::move(row));
        row = CsvRow{line + 1, {}};
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_quotes) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                in_quotes = false;
            } else {
                if (c == '\n') ++line;
                field += c;
            }
            continue;
        }
        if (c == '"' && trim(field).empty()) {
            field.clear();
            in_quotes = true;
            was_quoted = true;
        } else if (c == separator) {
            end_field();
        } else if (c == '\n') {
            end_row();
            ++line;
            field_line = line;
        } else if (c != '\r') {
            field += c;
        }
    }
    if (in_quotes)
        problems.push_back({Problem::Severity::Error, file_name, row.line, static_cast<int>(row.fields.size()) + 1,
                            "aanhalingsteken wordt niet gesloten; controleer de \" in dit veld"});
    if (!field.empty() || !row.fields.empty()) end_row();
    return rows;
}

}  // namespace

CsvTable parse_csv(std::string_view text, const std::string& file_name, std::vector<Problem>& problems) {
    CsvTable table;
    if (!valid_utf8(text)) {
        problems.push_back({Problem::Severity::Error, file_name, 0, 0,
                            "het bestand is geen UTF-8; exporteer als 'CSV UTF-8' uit je spreadsheet"});
        return table;
    }
    text = strip_bom(text);
    std::vector<CsvRow> rows = read_records(text, detect_separator(text), file_name, problems);
    if (rows.empty()) {
        problems.push_back({Problem::Severity::Error, file_name, 1, 0, "het bestand is leeg; de eerste regel moet de kolomnamen bevatten"});
        return table;
    }
    for (const auto& field : rows.front().fields) table.header.push_back(field.text);
    rows.erase(rows.begin());
    for (auto& row : rows) {
        if (row.fields.size() != table.header.size())
            problems.push_back({Problem::Severity::Error, file_name, row.line, 0,
                                "regel heeft " + std::to_string(row.fields.size()) + " velden, de kopregel " +
                                    std::to_string(table.header.size()) +
                                    "; staat er een scheidingsteken te veel of te weinig?"});
        else
            table.rows.push_back(std::move(row));
    }
    return table;
}

bool csv_cell_is_neutral(const std::string& cell) {
    return cell.empty() || std::string_view("=+-@\t\r").find(cell.front()) == std::string_view::npos;
}

std::string neutral_csv_cell(const std::string& text) {
    if (!text.empty() && (!csv_cell_is_neutral(text) || text.front() == '\'')) return "'" + text;
    return text;
}

std::string csv_cell_text(const std::string& cell) {
    return !cell.empty() && cell.front() == '\'' ? cell.substr(1) : cell;
}

std::string csv_field(const std::string& raw) {
    const std::string text = neutral_csv_cell(raw);
    const bool plain = text.find_first_of(";\"\r\n,") == std::string::npos && text == trim(text);
    if (plain) return text;
    std::string quoted = "\"";
    for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

}  // namespace kiosk
