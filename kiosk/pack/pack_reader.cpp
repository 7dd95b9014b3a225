#include "pack/pack_reader.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <iterator>
#include <map>
#include <set>

#include "core/matching.h"
#include "language/glyphs.h"
#include "pack/csv.h"
#include "pack/ini.h"
#include "pack/photo.h"
#include "pack/signature.h"
#include "text/text.h"

namespace kiosk {

bool safe_pack_key(std::string_view key) {
    return !key.empty() && key.size() <= kMaxPackKeyLength &&
           std::all_of(key.begin(), key.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'; });
}

namespace {

constexpr int kSupportedFormat = 2;

// "2026-11-28": four digits, a month 01-12 and a day 01-31.
bool calendar_date(std::string_view date) {
    if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (date[i] < '0' || date[i] > '9') return false;
    const int month = (date[5] - '0') * 10 + (date[6] - '0'), day = (date[8] - '0') * 10 + (date[9] - '0');
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// Screen-text placeholders renamed when the kiosk got one Dutch vocabulary (docs/content-pack.md):
// a pack made before still reads, each old name taken as its new one, with a warning.
constexpr std::pair<const char*, const char*> kRenamedPlaceholders[] = {
    {"{n}", "{nummer}"}, {"{total}", "{totaal}"}, {"{pick}", "{aantal}"}, {"{percent}", "{procent}"}, {"{seconds}", "{seconden}"}};

struct Reader {
    const PackFiles& files;
    Content content;
    std::vector<Problem> problems;
    // Default features per level, domain and location, applied to programmes later.
    std::map<int, std::vector<FeatureWeight>> level_features;
    std::map<std::string, std::vector<FeatureWeight>> domain_features;
    std::map<std::string, std::vector<FeatureWeight>> location_features;
    std::vector<PictureUse> picture_uses;  // every picture name the pack uses, for check_pictures

    void error(const std::string& file, int line, int column, std::string message) {
        problems.push_back({Problem::Severity::Error, file, line, column, std::move(message)});
    }
    // A key named by a section header ([step.KEY], [question.KEY.OPTION], ...): see safe_pack_key.
    void check_key(const std::string& key, const std::string& file, int line, const std::string& what) {
        if (!safe_pack_key(key))
            error(file, line, 1, what + " '" + key + "' mag alleen kleine letters a-z, cijfers, - en _ bevatten (hoogstens " +
                                     std::to_string(kMaxPackKeyLength) + " tekens)");
    }

    void warning(const std::string& file, int line, int column, std::string message) {
        problems.push_back({Problem::Severity::Warning, file, line, column, std::move(message)});
    }

    const std::string* file(const std::string& name, bool required = true) {
        const auto found = files.find(name);
        if (found != files.end()) return &found->second;
        if (required) error(name, 0, 0, "bestand ontbreekt in het pakket");
        return nullptr;
    }

    // Every value of every file meets its limit (pack/limits.h) here, where its line is known. A
    // longer one is an error, and is cut to the limit: nothing after it (a message quoting it, the
    // staff desk's preview) ever holds more, whatever the file held.
    void limit_text(std::string& text, std::size_t limit, const std::string& file_name, int line, int column, const std::string& what) {
        const std::size_t length = count_characters(text);
        if (length <= limit) return;
        error(file_name, line, column, what + " is " + std::to_string(length) + " tekens lang; het mogen er hoogstens " + std::to_string(limit) +
                                           " zijn (docs/content-pack.md, Grenzen)");
        std::size_t characters = 0, cut = 0;
        while (cut < text.size() && !(characters == limit && (static_cast<unsigned char>(text[cut]) & 0xC0) != 0x80)) {
            if ((static_cast<unsigned char>(text[cut]) & 0xC0) != 0x80) ++characters;
            ++cut;
        }
        text.resize(cut);
    }

    // parse_ini with every section name, key and value held to its limit.
    IniFile parse_limited(std::string_view text, const std::string& name) {
        IniFile parsed = parse_ini(text, name, problems);
        const bool screen_texts = name.rfind("texts/", 0) == 0;
        for (IniSection& section : parsed.sections) {
            limit_text(section.name, kMaxNameChars, name, section.line, 1, "de sectienaam");
            for (IniEntry& entry : section.entries) {
                limit_text(entry.key, kMaxNameChars, name, entry.line, 1, "de sleutel");
                limit_text(entry.value, text_limit(section.name + "." + entry.key, screen_texts), name, entry.line, 1, entry.key);
            }
        }
        return parsed;
    }

    // The same for programmes.csv: a column has the limit of its texts in translations/ ("programme.CREBO.COLUMN").
    void limit_table(CsvTable& table, const std::string& name) {
        for (std::size_t column = 0; column < table.header.size(); ++column)
            limit_text(table.header[column], kMaxNameChars, name, 1, static_cast<int>(column + 1), "de kolomnaam");
        for (CsvRow& row : table.rows)
            for (CsvField& field : row.fields) {
                const auto column = static_cast<std::size_t>(field.column - 1);
                const std::string header = column < table.header.size() ? table.header[column] : std::string("kolom ") + std::to_string(field.column);
                limit_text(field.text, text_limit("programme.crebo." + header), name, field.line, field.column, header);
            }
    }

    // A count over its limit (pack/limits.h): the screens and the portfolio link are made for so many.
    void too_many(std::size_t count, std::size_t limit, const std::string& file_name, const std::string& what) {
        if (count > limit)
            error(file_name, 0, 0, std::to_string(count) + " " + what + "; het mogen er hoogstens " + std::to_string(limit) + " zijn (docs/content-pack.md, Grenzen)");
    }

    IniFile ini(const std::string& name) {
        const std::string* text = file(name);
        return text ? parse_limited(*text, name) : IniFile{};
    }

    int int_value(const IniSection& section, const char* key, int low, int high, int fallback,
                  const std::string& file_name) {
        const IniEntry* entry = section.find(key);
        if (!entry) return fallback;
        const auto value = parse_int(entry->value);
        if (!value || *value < low || *value > high) {
            error(file_name, entry->line, 1, std::string(key) + " moet een heel getal van " + std::to_string(low) +
                                                 " tot " + std::to_string(high) + " zijn, gevonden '" + entry->value + "'");
            return fallback;
        }
        return *value;
    }

    // `key = ja` or `key = nee` (the default when left out); anything else is an error there.
    bool yes_no(const IniSection& section, const char* key, const std::string& file_name) {
        const IniEntry* entry = section.find(key);
        if (!entry) return false;
        if (entry->value != "ja" && entry->value != "nee")
            error(file_name, entry->line, 1, std::string(key) + " moet 'ja' of 'nee' zijn, gevonden '" + entry->value + "'");
        return entry->value == "ja";
    }

    // A share from 0 to 1 (such as 0.7 or 0,7).
    double share_value(const IniSection& section, const char* key, double fallback, const std::string& file_name) {
        const IniEntry* entry = section.find(key);
        if (!entry) return fallback;
        const auto value = parse_number(entry->value);
        if (!value || *value < 0 || *value > 1) {
            error(file_name, entry->line, 1, std::string(key) + " moet een getal van 0 tot 1 zijn, gevonden '" + entry->value + "'");
            return fallback;
        }
        return *value;
    }

    std::vector<int> level_list(const IniEntry& entry, const std::string& file_name) {
        std::vector<int> levels;
        for (std::string_view word : split_words(entry.value)) {
            const auto level = parse_int(word);
            if (!level || *level < 1 || *level > 4)
                error(file_name, entry.line, 1, entry.key + ": niveau moet 1-4 zijn, gevonden '" + std::string(word) + "'");
            else if (std::find(levels.begin(), levels.end(), *level) == levels.end())
                levels.push_back(*level);
        }
        std::sort(levels.begin(), levels.end());
        return levels;
    }

    // "niveau>=4 bbl praktijk>=50 mensen>=0.5": what a reason says of the programme under it.
    std::vector<Claim> claim_list(const IniEntry& entry, const std::string& file_name) {
        std::vector<Claim> claims;
        for (std::string_view word : split_words(entry.value)) {
            std::string problem;
            if (const auto claim = parse_claim(word, content, &problem))
                claims.push_back(*claim);
            else
                error(file_name, entry.line, 1, "if: " + problem);
        }
        return claims;
    }

    std::string required(const IniSection& section, const char* key, const std::string& file_name) {
        const IniEntry* entry = section.find(key);
        if (!entry || entry->value.empty()) {
            error(file_name, section.line, 1, "[" + section.name + "] mist '" + key + " = ...'");
            return {};
        }
        return entry->value;
    }

    // "name=value name=value": values in [0,1] for features, any number >= 0 for weights.
    std::vector<FeatureWeight> feature_list(std::string_view text, const std::string& file_name, int line,
                                            int column, bool is_weight) {
        std::vector<FeatureWeight> list;
        for (std::string_view word : split_words(text)) {
            const auto equals = word.find('=');
            const std::string key(equals == std::string_view::npos ? word : word.substr(0, equals));
            const auto value = equals == std::string_view::npos ? std::optional<double>(1.0)
                                                                : parse_number(word.substr(equals + 1));
            const int index = content.feature_index(key);
            if (index < 0) {
                error(file_name, line, column, "onbekend kenmerk '" + key + "'; declareer het in features.ini of controleer de spelling");
                continue;
            }
            const double high = is_weight ? 100.0 : 1.0;
            if (!value || *value < 0 || *value > high) {
                error(file_name, line, column, "waarde van '" + key + "' moet een getal van 0 tot " +
                                                   (is_weight ? std::string("100") : std::string("1")) + " zijn");
                continue;
            }
            list.push_back({index, *value});
        }
        return list;
    }

    // A section's `picture = NAME`: kept with its place, so check_pictures can point at it.
    std::string picture(const IniSection& section, const std::string& file_name) {
        const IniEntry* entry = section.find("picture");
        if (!entry || entry->value.empty()) return {};
        use_picture(entry->value, file_name, entry->line);
        return entry->value;
    }

    void use_picture(const std::string& picture_name, const std::string& file_name, int line) {
        picture_uses.push_back({picture_name, file_name, line});
    }

    // pictures/NAME.png or .jpg: the pack's own pictures, which come before the library's. Their
    // headers are checked like a photo's; a whole decode is check_photos' work.
    void read_pack_pictures() {
        for (const auto& [path, bytes] : files) {
            if (path.rfind("pictures/", 0) != 0) continue;
            const std::string file_name = path.substr(9);
            const auto dot = file_name.rfind('.');
            const std::string extension = dot == std::string::npos ? "" : file_name.substr(dot + 1);
            if (file_name.find('/') != std::string::npos || (extension != "png" && extension != "jpg" && extension != "jpeg")) {
                warning(path, 0, 0, "in pictures/ staan alleen plaatjes NAAM.png of NAAM.jpg; dit bestand wordt overgeslagen");
                continue;
            }
            if (const auto problem = photo_header_problem(bytes)) {
                error(path, 0, 0, "plaatje " + *problem);
                continue;
            }
            content.pictures[file_name.substr(0, dot)] = path;
        }
    }

    void read_manifest() {
        const IniFile ini_file = ini("pack.ini");
        const IniSection* pack = ini_file.find("pack");
        if (!pack) {
            if (file("pack.ini", false)) error("pack.ini", 0, 0, "sectie [pack] ontbreekt");
            return;
        }
        content.pack.format = int_value(*pack, "format", 0, 1000, 0, "pack.ini");
        if (content.pack.format != kSupportedFormat)
            error("pack.ini", pack->line, 1, "formaat " + std::to_string(content.pack.format) +
                                                 " wordt niet ondersteund; deze kiosk leest formaat " + std::to_string(kSupportedFormat));
        content.pack.name = required(*pack, "name", "pack.ini");
        content.pack.version = pack->value("version");
    }

    void read_features() {
        const std::string name = "features.ini";
        const IniFile ini_file = ini(name);
        for (const auto& section : ini_file.sections) {
            if (section.name.rfind("feature.", 0) == 0) {
                Feature feature{section.name.substr(8), section.value("label", section.name.substr(8))};
                check_key(feature.key, name, section.line, "kenmerk");
                if (const IniEntry* from = section.find("from")) {
                    for (const auto& [column, band] : kBandColumns)
                        if (from->value == column) feature.from = band;
                    if (!feature.from)
                        error(name, from->line, 1, "from moet werkkans, loon of contact zijn, gevonden '" + from->value + "'");
                }
                content.features.push_back(std::move(feature));
            }
        }
        for (const auto& section : ini_file.sections) {
            const auto features_entry = section.find("features");
            auto defaults = [&] {
                return features_entry ? feature_list(features_entry->value, name, features_entry->line, 1, false)
                                      : std::vector<FeatureWeight>{};
            };
            if (section.name.rfind("level.", 0) == 0) {
                const auto number = parse_int(section.name.substr(6));
                if (!number || *number < 1 || *number > 4) {
                    error(name, section.line, 1, "niveau moet 1-4 zijn, gevonden '" + section.name.substr(6) + "'");
                    continue;
                }
                content.levels.push_back({*number, required(section, "name", name), section.value("onwards")});
                level_features[*number] = defaults();
            } else if (section.name.rfind("domain.", 0) == 0) {
                const std::string code = section.name.substr(7);
                check_key(code, name, section.line, "domein");
                content.domains.push_back({code, required(section, "name", name), picture(section, name)});
                domain_features[code] = defaults();
            } else if (section.name.rfind("feature.", 0) != 0) {
                warning(name, section.line, 1, "onbekende sectie [" + section.name + "] wordt overgeslagen");
            }
        }
        if (content.features.empty()) error(name, 0, 0, "geen enkel [feature.…] gedeclareerd");
        too_many(content.features.size(), kMaxFeatures, name, "kenmerken");
        too_many(content.domains.size(), kMaxDomains, name, "domeinen");
        for (const char* derived : {"praktijk", "theorie", "bol", "bbl"})
            if (content.feature_index(derived) < 0)
                error(name, 0, 0, std::string("kenmerk '") + derived + "' moet gedeclareerd zijn (de kiosk berekent het zelf)");
    }

    void read_event() {
        const std::string name = "event.ini";
        const IniFile ini_file = ini(name);
        EventSettings& event = content.event;
        if (const IniSection* section = ini_file.find("event")) {
            event.id = required(*section, "id", name);
            // The id travels in the portfolio link and names export files on the stick.
            if (!event.id.empty() && (event.id.size() > kMaxEventIdLength || !std::all_of(event.id.begin(), event.id.end(), [](unsigned char c) {
                    return std::isalnum(c) || c == '-' || c == '_';
                })))
                error(name, section->find("id")->line, 1, "id mag alleen letters, cijfers, - en _ bevatten (hoogstens " + std::to_string(kMaxEventIdLength) + "), gevonden '" + event.id + "'");
            event.name = required(*section, "name", name);
            event.school = required(*section, "school", name);
            event.date = section->value("date");
            // The date travels in the portfolio link (YYYYMMDD) and the staff desk compares it with today.
            if (const IniEntry* entry = section->find("date"); entry && !event.date.empty() && !calendar_date(event.date))
                error(name, entry->line, 1, "date moet een datum zijn als 2026-11-28 (jaar-maand-dag), gevonden '" + event.date + "'");
            for (const auto& entry : section->entries) event.details[entry.key] = entry.value;
        } else if (file(name, false)) {
            error(name, 0, 0, "sectie [event] ontbreekt");
        }
        if (const IniSection* section = ini_file.find("kiosk")) {
            event.idle_seconds = int_value(*section, "idle_seconds", 10, 3600, event.idle_seconds, name);
            event.countdown_seconds = int_value(*section, "countdown_seconds", 3, 120, event.countdown_seconds, name);
            event.results = int_value(*section, "results", 1, 10, event.results, name);
            if (const IniEntry* entry = section->find("reason_threshold")) {
                const auto value = parse_number(entry->value);
                if (!value || *value < 0 || *value > 1)
                    error(name, entry->line, 1, "reason_threshold moet een getal van 0 tot 1 zijn");
                else
                    event.reason_threshold = *value;
            }
            event.strong_match = share_value(*section, "strong_match", event.strong_match, name);
            event.good_match = share_value(*section, "good_match", event.good_match, name);
            if (event.good_match > event.strong_match)
                error(name, section->line, 1, "good_match mag niet groter zijn dan strong_match");
            event.informed_answers = int_value(*section, "informed_answers", 0, 36, event.informed_answers, name);
            if (section->find("read_aloud")) event.read_aloud = yes_no(*section, "read_aloud", name);
        }
        if (const IniSection* section = ini_file.find("portfolio")) {
            event.viewer_url = required(*section, "viewer_url", name);
            // The address goes into every QR code pupils scan: anything but a plain web address
            // (javascript:, data:, a look-alike with '@', an unreadable length) is refused.
            if (const IniEntry* entry = section->find("viewer_url"); entry && !entry->value.empty()) {
                std::string why;
                switch (check_viewer_url(entry->value, why)) {
                case ViewerUrlCheck::Fine: break;
                case ViewerUrlCheck::TestingOnly: warning(name, entry->line, 1, why); break;
                case ViewerUrlCheck::Wrong: error(name, entry->line, 1, why); break;
                }
            }
            const std::string mode = section->value("mode", "fragment");
            if (mode == "token")
                event.portfolio_mode = PortfolioMode::Token;
            else if (mode != "fragment")
                error(name, section->find("mode")->line, 1, "mode moet 'fragment' of 'token' zijn, gevonden '" + mode + "'");
        }
        if (const IniSection* section = ini_file.find("printer")) {
            const std::string kind = section->value("kind", "none");
            if (kind == "escpos")
                event.printer_kind = PrinterKind::EscPos;
            else if (kind == "cups")
                event.printer_kind = PrinterKind::Cups;
            else if (kind != "none")
                error(name, section->line, 1, "printer kind moet 'none', 'escpos' of 'cups' zijn, gevonden '" + kind + "'");
            event.printer_device = section->value("device");
            event.printer_server = section->value("server");
            if (event.printer_kind == PrinterKind::EscPos && event.printer_device.empty())
                error(name, section->line, 1, "[printer] mist 'device = ...' (bijvoorbeeld /dev/usb/lp0 of tcp://192.168.1.50:9100)");
            event.paper_mm = int_value(*section, "paper", 58, 80, 58, name);
            if (event.paper_mm != 58 && event.paper_mm != 80) error(name, section->line, 1, "paper moet 58 of 80 zijn");
        }
        for (const auto& section : ini_file.sections)
            if (section.name.rfind("vandaag.", 0) == 0) read_today(section);
        for (const auto& section : ini_file.sections) {
            if (section.name.rfind("location.", 0) != 0) continue;
            const std::string key = section.name.substr(9);
            check_key(key, name, section.line, "locatie");
            content.locations.push_back({key, required(section, "name", name), section.value("address")});
            if (const IniEntry* entry = section.find("features"))
                location_features[key] = feature_list(entry->value, name, entry->line, 1, false);
        }
        if (content.locations.empty()) error(name, 0, 0, "geen enkele [location.…]; een opleiding moet ergens gegeven worden");
        too_many(content.locations.size(), kMaxLocations, name, "locaties");
    }

    void read_programmes() {
        const std::string name = "programmes.csv";
        const std::string* text = file(name);
        if (!text) return;
        CsvTable table = parse_csv(*text, name, problems);
        limit_table(table, name);
        static const char* const kColumns[] = {"crebo", "naam", "domein", "niveau", "leerweg", "locatie",
                                               "duur_jaren", "praktijk_procent", "kenmerken", "wat_je_doet",
                                               "hoe_je_leert", "stage", "beoordeling", "beroepen", "doorstroom"};
        std::map<std::string, int> column;
        bool complete = true;
        for (const char* wanted : kColumns) {
            column[wanted] = table.column(wanted);
            if (column[wanted] < 0 && !table.header.empty()) {
                error(name, 1, 0, std::string("kolom '") + wanted + "' ontbreekt in de kopregel");
                complete = false;
            }
        }
        if (!complete || table.header.empty()) return;
        if (table.rows.size() > kMaxProgrammes) {
            error(name, table.rows[kMaxProgrammes].line, 0,
                  "meer dan " + std::to_string(kMaxProgrammes) + " opleidingen; zoveel kan de kiosk niet vlot tonen (zie docs/content-pack.md)");
            return;
        }
        std::set<std::string> seen;
        for (const CsvRow& row : table.rows) {
            auto field = [&](const char* key) -> const CsvField& { return row.fields[static_cast<std::size_t>(column[key])]; };
            auto bad = [&](const char* key, const std::string& message) {
                const CsvField& f = field(key);
                error(name, f.line, f.column, message);
            };
            Programme programme;
            programme.crebo = field("crebo").text;
            if (programme.crebo.size() != 5 || !std::all_of(programme.crebo.begin(), programme.crebo.end(), ::isdigit))
                bad("crebo", "crebo moet 5 cijfers zijn, gevonden '" + programme.crebo + "'");
            else if (!seen.insert(programme.crebo).second)
                bad("crebo", "crebo " + programme.crebo + " staat twee keer in de lijst");
            programme.name = field("naam").text;
            if (programme.name.empty()) bad("naam", "naam is leeg");
            programme.domain = field("domein").text;
            if (!content.domain(programme.domain))
                bad("domein", "onbekend domein '" + programme.domain + "'; gebruik een code uit features.ini");
            const auto level = parse_int(field("niveau").text);
            if (!level || *level < 1 || *level > 4)
                bad("niveau", "niveau moet 1-4 zijn, gevonden '" + field("niveau").text + "'");
            else
                programme.level = *level;
            const std::string& leerweg = field("leerweg").text;
            programme.bol = leerweg == "BOL" || leerweg == "BOL/BBL";
            programme.bbl = leerweg == "BBL" || leerweg == "BOL/BBL";
            if (!programme.bol && !programme.bbl)
                bad("leerweg", "leerweg moet BOL, BBL of BOL/BBL zijn, gevonden '" + leerweg + "'");
            programme.location = field("locatie").text;
            if (!content.location(programme.location))
                bad("locatie", "onbekende locatie '" + programme.location + "'; voeg [location." + programme.location + "] toe aan event.ini");
            const auto duration = parse_int(field("duur_jaren").text);
            if (!duration || *duration < 1 || *duration > 4)
                bad("duur_jaren", "duur_jaren moet 1-4 zijn, gevonden '" + field("duur_jaren").text + "'");
            else
                programme.duration_years = *duration;
            const auto practice = parse_int(field("praktijk_procent").text);
            if (!practice || *practice < 0 || *practice > 100)
                bad("praktijk_procent", "praktijk_procent moet 0-100 zijn, gevonden '" + field("praktijk_procent").text + "'");
            else
                programme.practice_percent = *practice;
            programme.card.what_you_do = field("wat_je_doet").text;
            programme.card.how_you_learn = field("hoe_je_leert").text;
            programme.card.internship = field("stage").text;
            programme.card.assessment = field("beoordeling").text;
            programme.card.jobs = field("beroepen").text;
            programme.card.onwards = field("doorstroom").text;
            // An optional column: a photo in the pack's photos/ folder.
            if (const int photo = table.column("foto"); photo >= 0 && !row.fields[static_cast<std::size_t>(photo)].text.empty()) {
                const CsvField& f = row.fields[static_cast<std::size_t>(photo)];
                programme.photo = "photos/" + f.text;
                const std::string* bytes = file(programme.photo, false);
                if (!bytes)
                    error(name, f.line, f.column, "foto '" + f.text + "' staat niet in de map photos/ van het pakket");
                else if (const auto problem = photo_header_problem(*bytes))
                    error(name, f.line, f.column, "foto '" + f.text + "' " + *problem);
            }
            // An optional column: the name of a picture (§ Pictures); empty gives the domain's.
            if (const int beeld = table.column("beeld"); beeld >= 0) {
                const CsvField& f = row.fields[static_cast<std::size_t>(beeld)];
                programme.picture = f.text;
                if (!f.text.empty()) use_picture(f.text, name, f.line);
            }
            for (const char* card_field : {"wat_je_doet", "hoe_je_leert", "stage", "beoordeling", "beroepen", "doorstroom"})
                if (field(card_field).text.empty())
                    warning(name, field(card_field).line, field(card_field).column,
                            std::string(card_field) + " is leeg; de opleidingskaart toont dan niets");
            read_optional_columns(table, row, programme);
            const CsvField& own = field("kenmerken");
            build_features(programme, feature_list(own.text, name, own.line, own.column, false));
            content.programmes.push_back(std::move(programme));
        }
        if (content.programmes.empty()) error(name, 0, 0, "geen enkele opleiding in de lijst");
        std::string missing;
        for (const auto& optional : kCardColumns)
            if (table.column(optional.first) < 0) missing += (missing.empty() ? "" : ", ") + std::string(optional.first);
        for (const auto& optional : kBandColumns)
            if (table.column(optional.first) < 0) missing += (missing.empty() ? "" : ", ") + std::string(optional.first);
        if (!missing.empty())
            warning(name, 1, 0, "kolommen " + missing + " ontbreken; de opleidingskaart laat die onderwerpen weg en de keuzes die erop steunen tellen niet mee");
        check_today();
    }

    // The columns a pack may leave out: the card's other topics (and the bands, kBandColumns).
    static constexpr std::pair<const char*, std::string ProgrammeCard::*> kCardColumns[] = {
        {"afdeling", &ProgrammeCard::department}, {"docenten", &ProgrammeCard::teachers}, {"toelating", &ProgrammeCard::admission},
        {"keuzedelen", &ProgrammeCard::choices}, {"nodig", &ProgrammeCard::needs}};

    void read_optional_columns(const CsvTable& table, const CsvRow& row, Programme& programme) {
        const std::string name = "programmes.csv";
        for (const auto& [column, text] : kCardColumns) {
            const int at = table.column(column);
            if (at < 0) continue;
            const CsvField& f = row.fields[static_cast<std::size_t>(at)];
            programme.card.*text = f.text;
            if (f.text.empty()) warning(name, f.line, f.column, std::string(column) + " is leeg; de opleidingskaart laat dit onderwerp weg");
        }
        for (const auto& [column, band] : kBandColumns) {
            const int at = table.column(column);
            if (at < 0) continue;
            const CsvField& f = row.fields[static_cast<std::size_t>(at)];
            if (f.text.empty()) {
                warning(name, f.line, f.column, std::string(column) + " is leeg; de kiosk weet dan niet hoe het hiermee staat");
                continue;
            }
            programme.*band = parse_band(f.text);
            if (!(programme.*band)) error(name, f.line, f.column, std::string(column) + " moet laag, gemiddeld of hoog zijn, gevonden '" + f.text + "'");
        }
    }

    static std::optional<Band> parse_band(const std::string& text) {
        for (Band band : {Band::Laag, Band::Gemiddeld, Band::Hoog})
            if (text == band_word(band)) return band;
        return std::nullopt;
    }

    // [vandaag.CREBO] in event.ini, read with the event; checked once the programmes are known.
    std::vector<std::pair<std::string, int>> today_lines;  // crebo, line of its section

    void read_today(const IniSection& section) {
        const std::string name = "event.ini";
        const std::string crebo = section.name.substr(8);
        TodayAtEvent today{section.value("waar"), required(section, "wat", name), section.value("tijd")};
        for (const IniEntry& entry : section.entries)
            if (entry.key != "waar" && entry.key != "wat" && entry.key != "tijd")
                warning(name, entry.line, 1, "[" + section.name + "] kent alleen waar, wat en tijd; '" + entry.key + "' wordt overgeslagen");
        today_lines.emplace_back(crebo, section.line);
        content.event.today[crebo] = std::move(today);
    }

    void check_today() {
        for (const auto& [crebo, line] : today_lines)
            if (content.programme_index(crebo) < 0)
                warning("event.ini", line, 1, "[vandaag." + crebo + "]: er is geen opleiding met crebo " + crebo + " in programmes.csv; dit wordt nooit getoond");
    }

    void build_features(Programme& programme, const std::vector<FeatureWeight>& own) {
        programme.features.assign(content.features.size(), 0.0);
        auto apply = [&](const std::vector<FeatureWeight>& list) {
            // A derived feature that features.ini forgot to declare has index -1; that is
            // reported as an error already, so it is skipped here.
            for (const auto& item : list)
                if (item.feature >= 0) programme.features[static_cast<std::size_t>(item.feature)] = item.weight;
        };
        if (auto it = domain_features.find(programme.domain); it != domain_features.end()) apply(it->second);
        if (auto it = level_features.find(programme.level); it != level_features.end()) apply(it->second);
        if (auto it = location_features.find(programme.location); it != location_features.end()) apply(it->second);
        const double practice = programme.practice_percent / 100.0;
        apply({{content.feature_index("praktijk"), practice},
               {content.feature_index("theorie"), 1.0 - practice},
               {content.feature_index("bol"), programme.bol ? 1.0 : 0.0},
               {content.feature_index("bbl"), programme.bbl ? 1.0 : 0.0}});
        for (std::size_t f = 0; f < content.features.size(); ++f)
            if (const auto from = content.features[f].from; from && programme.*from)
                programme.features[f] = *(programme.*from) == Band::Hoog ? 1.0 : *(programme.*from) == Band::Gemiddeld ? 0.5 : 0.0;
        apply(own);
    }

    // Reads `[PREFIX.KEY]` questions and their `[PREFIX.KEY.OPTION]` options from one file, in
    // file order. Sections with another prefix go to `other` (or are warned about).
    template <typename Other>
    void read_question_sections(const IniFile& ini_file, const std::string& name, const std::string& prefix,
                                std::vector<Question>& questions, Other other) {
        for (const auto& section : ini_file.sections) {
            if (section.name.rfind(prefix + ".", 0) != 0) {
                other(section);
                continue;
            }
            const std::string path = section.name.substr(prefix.size() + 1);
            const auto dot = path.find('.');
            if (dot == std::string::npos) {
                Question question;
                question.key = path;
                check_key(path, name, section.line, prefix == "reflection" ? "reflectie" : "vraag");
                question.text = required(section, "text", name);
                question.help = section.value("help");
                question.pick = int_value(section, "pick", 1, 10, 1, name);
                question.together = yes_no(section, "together", name);
                question.interest = yes_no(section, "interest", name);
                question.parent_text = section.value("parent_text");
                questions.push_back(std::move(question));
                continue;
            }
            const std::string question_key = path.substr(0, dot);
            auto owner = std::find_if(questions.begin(), questions.end(), [&](const Question& q) { return q.key == question_key; });
            if (owner == questions.end()) {
                error(name, section.line, 1, "antwoord [" + section.name + "] staat niet onder een eerdere [" + prefix + "." + question_key + "]");
                continue;
            }
            check_key(path.substr(dot + 1), name, section.line, "antwoord");
            owner->options.push_back(read_option(section, name, path.substr(dot + 1)));
        }
        // Questions and options are numbered in one base-36 digit in the portfolio link.
        static_assert(kMaxQuestions <= 36 && kMaxOptions <= 36 && kMaxReflections <= 36);
        const std::size_t most = prefix == "reflection" ? kMaxReflections : kMaxQuestions;
        if (questions.size() > most)
            error(name, 0, 0, "meer dan " + std::to_string(most) + (prefix == "reflection" ? " reflecties" : " vragen") +
                                                     "; de portfoliolink kan er niet meer dragen");
        for (const auto& question : questions) {
            if (question.options.size() > kMaxOptions)
                error(name, 0, 0, "vraag '" + question.key + "' heeft meer dan " + std::to_string(kMaxOptions) + " antwoorden");
            if (question.options.size() < 2)
                error(name, 0, 0, "vraag '" + question.key + "' heeft minder dan twee antwoorden");
            if (question.pick > static_cast<int>(question.options.size()))
                error(name, 0, 0, "vraag '" + question.key + "': pick is groter dan het aantal antwoorden");
        }
    }

    Option read_option(const IniSection& section, const std::string& name, std::string key) {
        Option option;
        option.key = std::move(key);
        option.text = required(section, "text", name);
        if (const IniEntry* entry = section.find("weights"))
            option.weights = feature_list(entry->value, name, entry->line, 1, true);
        option.reason = section.value("reason");
        option.picture = picture(section, name);
        if (!option.weights.empty() && option.reason.empty())
            warning(name, section.line, 1, "antwoord heeft gewichten maar geen 'reason'; de uitslag kan het dan niet uitleggen");
        if (const IniEntry* entry = section.find("if")) option.claims = claim_list(*entry, name);
        option.unsure = yes_no(section, "unsure", name);
        if (option.unsure && !option.weights.empty())
            error(name, section.line, 1, "een 'weet ik niet'-antwoord (unsure = ja) weegt niets; haal weights weg");
        if (const IniEntry* entry = section.find("track")) {
            const auto found = std::find_if(content.tracks.begin(), content.tracks.end(),
                                            [&](const AdmissionTrack& t) { return t.key == entry->value; });
            if (found == content.tracks.end())
                error(name, entry->line, 1, "track '" + entry->value + "' staat niet in admission.ini");
            else
                option.track = static_cast<int>(found - content.tracks.begin());
        } else if (const IniEntry* levels = section.find("levels")) {
            // The older form: the levels to start at, and every level above them later.
            AdmissionTrack track{section.name, level_list(*levels, name), {}, {}};
            if (!track.start.empty())
                for (int level = track.start.back() + 1; level <= 4; ++level) track.later.push_back(level);
            option.track = static_cast<int>(content.tracks.size());
            content.tracks.push_back(std::move(track));
        }
        return option;
    }

    // Admission rules (optional): per kind of schooling, where a pupil may start and go later.
    void read_admission() {
        const std::string name = "admission.ini";
        const std::string* text = file(name, false);
        if (!text) return;
        for (const IniSection& section : parse_limited(*text, name).sections) {
            if (section.name.rfind("track.", 0) != 0) {
                warning(name, section.line, 1, "onbekende sectie [" + section.name + "] wordt overgeslagen");
                continue;
            }
            AdmissionTrack track{section.name.substr(6), {}, {}, required(section, "text", name)};
            check_key(track.key, name, section.line, "track");
            if (const IniEntry* entry = section.find("start")) track.start = level_list(*entry, name);
            if (track.start.empty()) error(name, section.line, 1, "[" + section.name + "] mist 'start = ...' (de niveaus waarop je kunt beginnen)");
            if (const IniEntry* entry = section.find("later")) {
                track.later = level_list(*entry, name);
                // A later level comes after a first diploma: above the lowest level to start at.
                for (int level : track.later)
                    if (std::find(track.start.begin(), track.start.end(), level) != track.start.end())
                        error(name, entry->line, 1, "later: niveau " + std::to_string(level) + " staat ook bij start");
                    else if (!track.start.empty() && level < track.start.front())
                        error(name, entry->line, 1, "later: niveau " + std::to_string(level) + " ligt onder het laagste startniveau");
            }
            if (std::any_of(content.tracks.begin(), content.tracks.end(), [&](const AdmissionTrack& t) { return t.key == track.key; }))
                error(name, section.line, 1, "[" + section.name + "] staat er twee keer");
            content.tracks.push_back(std::move(track));
        }
        too_many(content.tracks.size(), kMaxTracks, name, "schooltracks");
    }

    void read_questions() {
        const std::string name = "questions.ini";
        read_question_sections(ini(name), name, "question", content.questions, [&](const IniSection& section) {
            warning(name, section.line, 1, "onbekende sectie [" + section.name + "] wordt overgeslagen");
        });
        if (content.questions.empty()) error(name, 0, 0, "geen enkele vraag");
    }

    // Reflection taps and next steps (optional: without them the finish screen follows the results).
    void read_reflection() {
        const std::string name = "reflection.ini";
        const std::string* text = file(name, false);
        if (!text) return;
        const IniFile ini_file = parse_limited(*text, name);
        read_question_sections(ini_file, name, "reflection", content.reflections, [&](const IniSection& section) {
            if (section.name.rfind("step.", 0) != 0) {
                warning(name, section.line, 1, "onbekende sectie [" + section.name + "] wordt overgeslagen");
                return;
            }
            check_key(section.name.substr(5), name, section.line, "volgende stap");
            content.next_steps.push_back({section.name.substr(5), required(section, "text", name), section.value("detail"),
                                          section.value("voorbereiding"), picture(section, name)});
        });
        for (const auto& reflection : content.reflections)
            for (const auto& option : reflection.options)
                if (!option.weights.empty() || option.track >= 0)
                    error(name, 0, 0, "reflectie '" + reflection.key + "': antwoorden tellen niet mee voor de uitslag; haal weights/track/levels weg");
        read_reflection_extras(ini_file, name);
        static_assert(kMaxNextSteps <= 36);
        if (content.next_steps.size() > kMaxNextSteps) error(name, 0, 0, "meer dan " + std::to_string(kMaxNextSteps) + " stappen");
        if (!content.reflections.empty() && content.next_steps.empty())
            error(name, 0, 0, "geen enkele [step.…]: een gesprek eindigt altijd met een volgende stap");
    }

    // What only reflections have: the question without a favourite, the label on the finish
    // screen, and per answer the next steps it suggests (read once the steps are known).
    void read_reflection_extras(const IniFile& ini_file, const std::string& name) {
        for (const IniSection& section : ini_file.sections) {
            if (section.name.rfind("reflection.", 0) != 0) continue;
            const std::string path = section.name.substr(11);
            const auto dot = path.find('.');
            auto reflection = std::find_if(content.reflections.begin(), content.reflections.end(),
                                           [&](const Question& q) { return q.key == path.substr(0, dot); });
            if (reflection == content.reflections.end()) continue;  // reported already
            if (dot == std::string::npos) {
                reflection->general_text = section.value("general_text");
                reflection->summary = section.value("summary");
                continue;
            }
            auto option = std::find_if(reflection->options.begin(), reflection->options.end(),
                                       [&](const Option& o) { return o.key == path.substr(dot + 1); });
            if (option == reflection->options.end()) continue;
            if (const IniEntry* entry = section.find("suggests")) {
                for (std::string_view word : split_words(entry->value)) {
                    const auto step = std::find_if(content.next_steps.begin(), content.next_steps.end(),
                                                   [&](const NextStep& s) { return s.key == word; });
                    if (step == content.next_steps.end()) {
                        error(name, entry->line, 1, "suggests: onbekende stap '" + std::string(word) + "'; gebruik de KEY van een [step.KEY]");
                        continue;
                    }
                    const int index = static_cast<int>(step - content.next_steps.begin());
                    if (std::find(option->suggests.begin(), option->suggests.end(), index) == option->suggests.end())
                        option->suggests.push_back(index);
                }
            }
            option->second_choice = yes_no(section, "second_choice", name);
        }
    }

    void read_explain() {
        const std::string name = "uitleg.ini";
        const std::string* text = file(name, false);
        if (!text) return;
        static const std::set<std::string> kKeys = {"title", "text", "picture", "meer"};
        for (const IniSection& section : parse_limited(*text, name).sections) {
            if (section.name.rfind("card.", 0) != 0) {
                warning(name, section.line, 1, "onbekende sectie [" + section.name + "] wordt overgeslagen");
                continue;
            }
            // A picture name, or one of the kiosk's own drawings; check_pictures warns about neither.
            check_key(section.name.substr(5), name, section.line, "kaart");
            ExplainCard card{section.name.substr(5), required(section, "title", name), required(section, "text", name),
                             picture(section, name), section.value("meer")};
            // A misspelt key (`more`, `tekst`) would silently hide its text.
            for (const IniEntry& entry : section.entries)
                if (!kKeys.count(entry.key))
                    warning(name, entry.line, 1, "onbekende sleutel '" + entry.key + "' wordt overgeslagen; een kaart kent title, text, picture en meer");
            content.explain_cards.push_back(std::move(card));
        }
        too_many(content.explain_cards.size(), kMaxExplainCards, name, "kaarten");
    }

    // A screen text with today's placeholder names (kRenamedPlaceholders).
    IniEntry with_current_placeholders(const std::string& name, IniEntry entry) {
        for (const auto& [old_name, new_name] : kRenamedPlaceholders)
            if (entry.value.find(old_name) != std::string::npos) {
                entry.value = replace_all(entry.value, old_name, new_name);
                warning(name, entry.line, 1, std::string(old_name) + " heet nu " + new_name + "; de kiosk leest het zo, pas de tekst aan");
            }
        return entry;
    }

    void read_texts() {
        const std::string name = "texts/nl.ini";
        const IniFile ini_file = ini(name);
        for (const auto& section : ini_file.sections)
            for (const auto& entry : section.entries)
                content.texts.entries[section.name + "." + entry.key] = with_current_placeholders(name, entry).value;
        if (content.texts.entries.count("language.name")) content.language.name = content.texts.get("language.name");
    }

    // texts/<code>.ini and translations/<code>.ini of every other language. A placeholder Dutch
    // does not use is an error (it would show as "{…}"); a text Dutch does not have is never
    // shown (a warning); what a translation leaves out is shown in Dutch (check_translations).
    void read_translations() {
        const std::map<std::string, std::string> dutch = content_texts(content);
        for (const auto& [name, bytes] : files) {
            const std::string code = language_of(name, "texts/");
            if (code.empty() || code == "nl") continue;
            Translation translation;
            translation.language.code = code;
            translation.language.name = code;
            for (const auto& section : parse_limited(bytes, name).sections)
                for (const auto& read : section.entries) {
                    const IniEntry entry = with_current_placeholders(name, read);
                    if (section.name == "language" && entry.key == "name") translation.language.name = entry.value;
                    if (section.name == "language" && entry.key == "direction") {
                        if (entry.value != "ltr" && entry.value != "rtl")
                            error(name, entry.line, 1, "direction moet ltr of rtl zijn, gevonden '" + entry.value + "'");
                        translation.language.rtl = entry.value == "rtl";
                    }
                    const std::string key = section.name + "." + entry.key;
                    const auto original = content.texts.entries.find(key);
                    if (original != content.texts.entries.end() && !check_value(name, entry, original->second)) continue;
                    translation.texts.entries[key] = entry.value;
                }
            if (!translation.texts.entries.count("language.direction"))
                warning(name, 0, 0, "[language] direction ontbreekt; de kiosk neemt ltr (links naar rechts) aan");
            read_content_translation(translation, dutch);
            content.translations.push_back(std::move(translation));
        }
        too_many(content.translations.size(), kMaxLanguages, "texts/", "talen naast het Nederlands");
        for (const auto& [name, bytes] : files) {
            const std::string code = language_of(name, "translations/");
            if (code.empty()) continue;
            if (!files.count("texts/" + code + ".ini"))
                warning(name, 0, 0, "er is geen texts/" + code + ".ini, dus de kiosk biedt deze taal niet aan");
        }
        std::stable_sort(content.translations.begin(), content.translations.end(), [](const Translation& a, const Translation& b) {
            return language_rank(a.language.code) < language_rank(b.language.code);
        });
    }

    // "tr" for "texts/tr.ini" under `folder`; empty for any other file, and an error for a file
    // name that is not a two-letter language code.
    std::string language_of(const std::string& name, const std::string& folder) {
        if (name.rfind(folder, 0) != 0) return {};
        const std::string rest = name.substr(folder.size());
        const bool valid = rest.size() == 6 && rest.compare(2, 4, ".ini") == 0 && std::islower(static_cast<unsigned char>(rest[0])) &&
                           std::islower(static_cast<unsigned char>(rest[1]));
        if (!valid) {
            error(name, 0, 0, "een vertaling heet naar haar taalcode van twee letters, zoals " + folder + "tr.ini");
            return {};
        }
        return rest.substr(0, 2);
    }

    static int language_rank(const std::string& code) {
        static const std::vector<std::string> kOrder = {"nl", "en", "tr", "pl", "uk", "ar"};
        const auto found = std::find(kOrder.begin(), kOrder.end(), code);
        return static_cast<int>(found - kOrder.begin());  // other languages after these, alphabetically (stable sort of a sorted map)
    }

    void read_content_translation(Translation& translation, const std::map<std::string, std::string>& dutch) {
        const std::string name = "translations/" + translation.language.code + ".ini";
        const std::string* text = file(name, false);
        if (!text) return;
        for (const auto& section : parse_limited(*text, name).sections)
            for (const auto& entry : section.entries) {
                const std::string key = section.name + "." + entry.key;
                const auto original = dutch.find(key);
                if (original == dutch.end()) {
                    // Often a programme or question removed from the Dutch files: never shown, no harm.
                    warning(name, entry.line, 1, "[" + section.name + "] " + entry.key + " heeft geen Nederlandse tekst en wordt nooit getoond; controleer de sectie en de sleutel");
                    continue;
                }
                if (check_value(name, entry, original->second)) translation.content[key] = entry.value;
            }
    }

    // False when the translation must not replace the Dutch text: it is empty (a blank button is
    // worse than Dutch). Placeholders Dutch lacks are errors; ones it leaves out, warnings.
    bool check_value(const std::string& name, const IniEntry& entry, const std::string& dutch) {
        if (entry.value.empty()) {
            warning(name, entry.line, 1, entry.key + " is leeg; de kiosk toont daar de Nederlandse tekst");
            return false;
        }
        const std::set<std::string> allowed = placeholders(dutch), used = placeholders(entry.value);
        for (const std::string& placeholder : used)
            if (!allowed.count(placeholder))
                error(name, entry.line, 1, "{" + placeholder + "} staat niet in de Nederlandse tekst; gebruik dezelfde {…} als daar");
        for (const std::string& placeholder : allowed)
            if (!used.count(placeholder))
                warning(name, entry.line, 1, "{" + placeholder + "} uit de Nederlandse tekst ontbreekt in de vertaling");
        return true;
    }

    static std::set<std::string> placeholders(const std::string& text) {
        std::set<std::string> found;
        for (std::size_t open = text.find('{'); open != std::string::npos; open = text.find('{', open + 1)) {
            const std::size_t close = text.find('}', open);
            if (close == std::string::npos) break;
            found.insert(text.substr(open + 1, close - open - 1));
        }
        return found;
    }
};

}  // namespace

std::optional<Claim> parse_claim(std::string_view word, const Content& content, std::string* problem) {
    static constexpr std::pair<std::string_view, Comparison> kComparisons[] = {
        {">=", Comparison::AtLeast}, {"<=", Comparison::AtMost}, {"=", Comparison::Equal}, {"<", Comparison::Below}, {">", Comparison::Above}};
    const auto at = word.find_first_of("<>=");
    const std::string field(word.substr(0, at));
    Claim claim;
    if (field == "niveau") claim.field = ClaimField::Level;
    else if (field == "praktijk") claim.field = ClaimField::Practice;
    else if (field == "duur") claim.field = ClaimField::Duration;
    else if (field == "bol") claim.field = ClaimField::Bol;
    else if (field == "bbl") claim.field = ClaimField::Bbl;
    else if ((claim.feature = content.feature_index(field)) >= 0) claim.field = ClaimField::Feature;
    else {
        if (problem) *problem = "onbekend '" + field + "'; gebruik niveau, praktijk, duur, bol, bbl of een kenmerk uit features.ini";
        return std::nullopt;
    }
    if (at == std::string_view::npos) {  // "bbl" alone: the programme offers BBL
        if (claim.field == ClaimField::Bol || claim.field == ClaimField::Bbl) return claim;
        if (problem) *problem = "'" + field + "' heeft een vergelijking nodig, zoals " + field + ">=1";
        return std::nullopt;
    }
    for (const auto& [symbol, comparison] : kComparisons)
        if (word.substr(at, symbol.size()) == symbol) {
            const auto value = parse_number(word.substr(at + symbol.size()));
            if (!value) break;
            claim.comparison = comparison;
            claim.value = *value;
            return claim;
        }
    if (problem) *problem = "'" + std::string(word) + "' is geen vergelijking zoals niveau>=4 of praktijk<50";
    return std::nullopt;
}

namespace {

// Words of a Dutch reason that say something of the programme under it, and what the
// programme's data must then be. A reason's own `if` should promise the same; where it does not,
// the reason can stand under a programme it is untrue of.
struct Saying {
    const char* words;
    const char* unless;  // the sentence says it right after all ("niveau 4 en daarna ... hbo")
    const char* claim;
    const char* meaning;
};
constexpr Saying kSayings[] = {
    {"hbo", "niveau 4", "niveau>=4", "het hbo volgt op niveau 4"},
    {"BBL", nullptr, "bbl", "de opleiding heeft geen BBL"},
    {"salaris", nullptr, "bbl", "alleen in de BBL krijg je salaris"},
    {"BOL", nullptr, "bol", "de opleiding heeft geen BOL"},
    {"station", nullptr, "centraal>=1", "de locatie ligt niet bij het station"},
    {"kans op werk is groot", nullptr, "zekerheid>=1", "de kans op werk (werkkans) is niet hoog"},
    {"snel een baan", nullptr, "zekerheid>=1", "de kans op werk (werkkans) is niet hoog"},
    {"verdien", nullptr, "verdienen>=1", "het loon (loon) is niet hoog"},
};

const Saying* first_contradiction(const Content& content, const std::string& text, const Programme& programme) {
    // "HBO" and "Hbo" say the same; the sayings are written in lower case but for BOL and BBL,
    // which are only ever capitals (and "bol" is in other words).
    std::string lower = text;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const Saying& saying : kSayings) {
        const auto claim = parse_claim(saying.claim, content);
        if (!claim) continue;  // a pack without that feature: nothing to say it with
        const std::string& sentence = std::islower(static_cast<unsigned char>(saying.words[0])) ? lower : text;
        if (sentence.find(saying.words) != std::string::npos && !(saying.unless && sentence.find(saying.unless) != std::string::npos) &&
            !claims_hold({*claim}, programme))
            return &saying;
    }
    return nullptr;
}

}  // namespace

std::string contradiction(const Content& content, const std::string& sentence, const Programme& programme) {
    const Saying* saying = first_contradiction(content, sentence, programme);
    return saying ? saying->meaning : std::string();
}

std::vector<Problem> check_reasons(const Content& content) {
    std::vector<Problem> problems;
    for (const Question& question : content.questions)
        for (const Option& option : question.options) {
            std::map<const Saying*, std::vector<std::string>> untrue;
            for (const Programme& programme : content.programmes) {
                if (!reason_shows(content, option, programme)) continue;
                if (const Saying* saying = first_contradiction(content, fill_template(option.reason, content, programme), programme))
                    untrue[saying].push_back(programme.name);
            }
            for (const auto& [saying, names] : untrue) {
                std::string list;
                for (std::size_t i = 0; i < names.size() && i < 3; ++i) list += (i ? ", " : "") + names[i];
                if (names.size() > 3) list += " en " + std::to_string(names.size() - 3) + " andere";
                problems.push_back({Problem::Severity::Warning, "questions.ini", 0, 0,
                                    "[question." + question.key + "." + option.key + "] reason zegt '" + saying->words +
                                        "', maar dat klopt niet bij " + list + " (" + saying->meaning + "); zet 'if = " +
                                        saying->claim + "' bij het antwoord"});
            }
        }
    return problems;
}

ViewerUrlCheck check_viewer_url(const std::string& url, std::string& why) {
    if (url.size() > kMaxViewerUrlBytes) {
        why = "viewer_url is " + std::to_string(url.size()) + " tekens lang; het mogen er hoogstens " +
              std::to_string(kMaxViewerUrlBytes) + " zijn, anders past de uitslag niet meer in de QR-code";
        return ViewerUrlCheck::Wrong;
    }
    for (char c : url) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte >= 0x7f || std::string_view("\"<>\\^`{|}#@").find(c) != std::string_view::npos) {
            why = "viewer_url mag geen spaties, stuurtekens, letters buiten ASCII of een van \" < > \\ ^ ` { | } # @ bevatten; "
                  "gebruik een gewoon webadres zoals https://portfolio.school.nl/v/";
            return ViewerUrlCheck::Wrong;
        }
    }
    const auto after_scheme = url.find("://");
    std::string scheme = after_scheme == std::string::npos ? std::string() : url.substr(0, after_scheme);
    for (char& c : scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const std::size_t host_start = after_scheme == std::string::npos ? 0 : after_scheme + 3;
    const std::string authority = url.substr(host_start, url.find_first_of("/?", host_start) - host_start);
    const std::string host = authority.substr(0, authority.find(':'));
    const std::string port = authority.find(':') == std::string::npos ? std::string() : authority.substr(authority.find(':') + 1);
    const bool host_ok = !host.empty() && host.front() != '.' && host.front() != '-' &&
                         std::all_of(host.begin(), host.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-'; }) &&
                         (authority.find(':') == std::string::npos ||
                          (!port.empty() && port.size() <= 5 && std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; })));
    if (scheme == "https" && host_ok) return ViewerUrlCheck::Fine;
    if (scheme == "http" && (host == "localhost" || host == "127.0.0.1") && host_ok) {
        why = "viewer_url " + url + " werkt alleen op deze computer (om te testen); zet er voor de open dag het https://-adres van de viewer in";
        return ViewerUrlCheck::TestingOnly;
    }
    why = "viewer_url moet beginnen met https:// en dan de naam van de server, zoals https://portfolio.school.nl/v/ (gevonden: '" +
          url.substr(0, 60) + (url.size() > 60 ? "..." : "") + "')";
    return ViewerUrlCheck::Wrong;
}

PackReadResult read_pack(const PackFiles& files) {
    Reader reader{files, {}, {}, {}, {}, {}, {}, {}};
    reader.read_manifest();
    reader.read_pack_pictures();
    reader.read_features();
    reader.read_event();
    reader.read_programmes();
    reader.read_admission();
    reader.read_questions();
    reader.read_reflection();
    reader.read_explain();
    reader.read_texts();
    reader.read_translations();
    return {std::move(reader.content), std::move(reader.problems), std::move(reader.picture_uses)};
}

PackReadResult vet_pack(const PackFiles& files, const std::vector<std::string>& trusted_keys, PackCheck depth, std::string* signed_by) {
    const Verification signature = verify_pack(files, trusted_keys);
    if (signed_by) *signed_by = signature.signed_by;
    if (!signature.ok) {
        return {Content{}, signature.problems, {}};
    }
    return depth == PackCheck::Thorough ? check_pack(files) : read_pack(files);
}

PackReadResult check_pack(const PackFiles& files) {
    PackReadResult read = read_pack(files);
    for (Problem& problem : check_translations(files, read.content)) read.problems.push_back(std::move(problem));
    for (Problem& problem : check_photos(files, read.content)) read.problems.push_back(std::move(problem));
    for (Problem& problem : check_reasons(read.content)) read.problems.push_back(std::move(problem));
    return read;
}

std::vector<Problem> check_photos(const PackFiles& files, const Content& content) {
    std::vector<Problem> problems;
    std::vector<std::string> without;
    // Decoded whole, at load, within the decoder's budgets (pack/photo.h); the kiosk then only
    // ever decodes what passed here.
    const auto check_decodes = [&](const std::string& path, const std::string& what) {
        const auto bytes = files.find(path);
        std::string why;
        if (bytes != files.end() && !decode_photo(bytes->second, 64, &why)) problems.push_back({Problem::Severity::Error, path, 0, 0, what + why});
    };
    for (const Programme& programme : content.programmes) {
        if (programme.photo.empty()) {
            without.push_back(programme.crebo);
            continue;
        }
        check_decodes(programme.photo, "de foto ");
    }
    for (const auto& [name, path] : content.pictures) check_decodes(path, "het plaatje ");
    if (!without.empty()) {
        std::string list;
        for (std::size_t i = 0; i < without.size() && i < 8; ++i) list += (i ? ", " : "") + without[i];
        if (without.size() > 8) list += ", ...";
        problems.push_back({Problem::Severity::Warning, "programmes.csv", 0, 0,
                            std::to_string(without.size()) + " opleidingen hebben geen foto (kolom foto): " + list});
    }
    return problems;
}

std::vector<Problem> check_pictures(const PackReadResult& read, const std::set<std::string>& library) {
    std::vector<Problem> problems;
    for (const PictureUse& use : read.pictures) {
        if (read.content.pictures.count(use.name) || library.count(use.name)) continue;
        const bool drawing = use.file == "uitleg.ini" &&
                             std::find_if(std::begin(kExplainPictures), std::end(kExplainPictures),
                                          [&](const char* known) { return use.name == known; }) != std::end(kExplainPictures);
        if (drawing) continue;
        problems.push_back({Problem::Severity::Warning, use.file, use.line, 1,
                            "plaatje '" + use.name + "' staat niet in de plaatjesbibliotheek van de kiosk en niet als pictures/" + use.name +
                                ".png in het pakket; de kiosk toont hier dan geen (of het plaatje van het domein)"});
    }
    return problems;
}

std::set<std::string> picture_library_names(const std::string& folder) {
    std::set<std::string> names;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        const std::filesystem::path& path = entry.path();
        if (path.extension() == ".png") names.insert(path.stem().string());
    }
    return names;
}

std::vector<Problem> check_translations(const PackFiles& files, const Content& content) {
    std::vector<Problem> problems;
    auto keys_of = [&](const std::string& name) {
        std::set<std::string> keys;
        for (const auto& section : parse_ini(files.at(name), name, problems).sections)
            for (const auto& entry : section.entries) keys.insert(section.name + "." + entry.key);
        return keys;
    };
    if (!files.count("texts/nl.ini")) return problems;
    const std::set<std::string> dutch = keys_of("texts/nl.ini");
    for (const auto& [name, bytes] : files) {
        if (name.rfind("texts/", 0) != 0 || name == "texts/nl.ini") continue;
        const std::set<std::string> translated = keys_of(name);
        for (const std::string& key : dutch)
            if (!translated.count(key) && key.rfind("staff.", 0) != 0)
                problems.push_back({Problem::Severity::Warning, name, 0, 0,
                                    "vertaling ontbreekt voor '" + key + "'; de kiosk toont daar de Nederlandse tekst"});
        for (const std::string& key : translated)
            if (!dutch.count(key))
                problems.push_back({Problem::Severity::Warning, name, 0, 0, "'" + key + "' staat niet in texts/nl.ini en wordt nooit getoond"});
    }
    // The content: each programme card without a translation by name, the rest as a count.
    const std::map<std::string, std::string> dutch_content = content_texts(content);
    for (const Translation& translation : content.translations) {
        const std::string name = "translations/" + translation.language.code + ".ini";
        std::set<std::string> programmes;
        int missing = 0;
        for (const auto& entry : dutch_content) {
            const std::string& key = entry.first;
            if (translation.content.count(key)) continue;
            if (key.rfind("programme.", 0) == 0) programmes.insert(key.substr(10, key.find('.', 10) - 10));
            else ++missing;
        }
        if (!programmes.empty()) {
            std::string list;
            int shown = 0;
            for (const std::string& crebo : programmes) list += (shown++ ? ", " : "") + crebo;
            problems.push_back({Problem::Severity::Warning, name, 0, 0,
                                std::to_string(programmes.size()) + " opleidingen zijn (deels) niet vertaald en staan daar in het Nederlands: " + list});
        }
        // A letter the kiosk has no glyph for shows as '?': name the first one of each file.
        for (const auto* texts : {&translation.texts.entries, &translation.content}) {
            for (const auto& [key, text] : *texts)
                if (const char32_t c = first_undrawable(text)) {
                    char code[16];
                    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
                    problems.push_back({Problem::Severity::Warning, texts == &translation.content ? name : "texts/" + translation.language.code + ".ini", 0, 0,
                                        "'" + key + "' bevat een teken dat de kiosk niet kan tonen (" + code +
                                            "; bijvoorbeeld klinkertekens of letters buiten het Arabisch, Cyrillisch en Latijn)"});
                    break;
                }
        }
        if (missing > 0)
            problems.push_back({Problem::Severity::Warning, name, 0, 0,
                                "niet vertaald: " + std::to_string(missing) + " teksten van vragen, uitleg, stappen of vandaag op de open dag; de kiosk toont daar het Nederlands"});
    }
    return problems;
}

}  // namespace kiosk
