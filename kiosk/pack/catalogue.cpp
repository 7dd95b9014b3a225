#include "pack/catalogue.h"

#include "pack/csv.h"
#include "text/text.h"

namespace kiosk {

std::vector<Qualification> read_qualifications(const std::string& csv_text, std::vector<Problem>& problems) {
    const std::string file = "kwalificaties-mbo-2015.csv";
    const CsvTable table = parse_csv(csv_text, file, problems);
    const int crebo = table.column("crebo"), name = table.column("kwalificatie"), level = table.column("niveau"),
              leerweg = table.column("leerweg"), domain = table.column("domein_code");
    if (crebo < 0 || name < 0 || level < 0 || leerweg < 0 || domain < 0) {
        problems.push_back({Problem::Severity::Error, file, 1, 0, "kolommen van de kwalificatielijst ontbreken"});
        return {};
    }
    std::vector<Qualification> list;
    for (const CsvRow& row : table.rows) {
        auto at = [&](int column) { return row.fields[static_cast<std::size_t>(column)].text; };
        const auto number = parse_int(at(level));
        const std::string code = at(domain);
        list.push_back({at(crebo), at(name), number.value_or(0), at(leerweg), code.empty() ? "entree" : code});
    }
    return list;
}

namespace {

// Generic, honest card texts: what holds for any mbo programme of that level.
int practice_percent(const Qualification& q) { return q.leerweg == "BBL" ? 80 : q.level <= 2 ? 60 : q.level == 3 ? 55 : 45; }

int duration(const Qualification& q) { return q.level == 1 ? 1 : q.level == 2 ? 2 : q.level == 3 ? 3 : 4; }

// csv_field quotes only where needed, doubles quotes in a name and neutralises what a
// spreadsheet would run (pack/csv.h).
std::string quoted(const std::string& text) { return csv_field(text); }

}  // namespace

PackFiles catalogue_pack(const PackFiles& base, const std::vector<Qualification>& qualifications,
                         const std::vector<std::string>& location_keys) {
    std::string csv =
        "crebo;naam;domein;niveau;leerweg;locatie;duur_jaren;praktijk_procent;kenmerken;wat_je_doet;hoe_je_leert;"
        "stage;beoordeling;beroepen;doorstroom\n";
    std::size_t n = 0;
    for (const Qualification& q : qualifications) {
        const std::string& location = location_keys[n++ % location_keys.size()];
        csv += q.crebo + ";" + quoted(q.name) + ";" + q.domain_code + ";" + std::to_string(q.level) + ";" + q.leerweg +
               ";" + location + ";" + std::to_string(duration(q)) + ";" + std::to_string(practice_percent(q)) + ";;" +
               quoted("Je leert het vak " + q.name + " op niveau " + std::to_string(q.level) + ".") + ";" +
               quoted("Je leert op school en in de praktijk, ongeveer " + std::to_string(practice_percent(q)) +
                      "% van de tijd in de praktijk.") +
               ";" + quoted("Je loopt stage bij een erkend leerbedrijf.") + ";" +
               quoted("Je laat in praktijkexamens zien wat je kunt. Je doet ook examens Nederlands en rekenen.") + ";" +
               quoted(q.name) + ";" +
               quoted(q.level < 4 ? "Na je diploma kun je doorstromen naar een hoger niveau." : "Na je diploma kun je naar het hbo.") +
               "\n";
    }
    PackFiles files = base;
    files["programmes.csv"] = csv;
    return files;
}

PackFiles repeated_programmes(const PackFiles& base, std::size_t count) {
    PackFiles files = base;
    const std::string csv = files.at("programmes.csv");
    std::vector<std::string> rows;
    for (const std::string_view line : split_lines(csv))
        if (!line.empty()) rows.emplace_back(line);
    if (rows.size() < 2) return files;
    // The first two columns are crebo and name (docs/content-pack.md), neither quoted.
    const char separator = rows.front().find(';') != std::string::npos ? ';' : ',';
    std::string out = rows.front() + "\n";
    for (std::size_t i = 0; i < count; ++i) {
        const std::string& row = rows[1 + i % (rows.size() - 1)];
        const std::size_t crebo_end = row.find(separator), name_end = row.find(separator, crebo_end + 1);
        if (crebo_end == std::string::npos || name_end == std::string::npos) continue;
        out += std::to_string(90000 + i) + separator + row.substr(crebo_end + 1, name_end - crebo_end - 1) + " " + std::to_string(i + 1) +
               row.substr(name_end) + "\n";
    }
    files["programmes.csv"] = out;
    return files;
}

}  // namespace kiosk
