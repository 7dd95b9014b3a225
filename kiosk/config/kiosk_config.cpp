#include "config/kiosk_config.h"

#include <sodium.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <stdexcept>

#include "pack/ini.h"
#include "pack/signature.h"

namespace kiosk {

std::vector<std::string> KioskConfig::public_keys() const {
    std::vector<std::string> keys;
    for (const TrustedKey& key : trusted_keys) keys.push_back(key.public_key);
    return keys;
}

bool valid_pin(const std::string& pin) {
    return pin.size() >= 4 && pin.size() <= 12 && std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string hash_pin(const std::string& pin) {
    if (sodium_init() < 0) throw std::runtime_error("libsodium kon niet starten");
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw std::runtime_error("te weinig geheugen om de PIN te versleutelen");
    return hash;
}

bool pin_matches(const std::string& hash, const std::string& pin) {
    if (sodium_init() < 0 || hash.empty() || hash.size() >= crypto_pwhash_STRBYTES) return false;
    return crypto_pwhash_str_verify(hash.c_str(), pin.data(), pin.size()) == 0;
}

bool valid_pin_hash(const std::string& hash) {
    // A prefix alone ("$argon2id$kapot") would lock staff out for good; libsodium parses the
    // whole string (-1: not a hash it can read), so only a hash a PIN can match passes.
    if (sodium_init() < 0 || hash.rfind("$argon2", 0) != 0 || hash.size() >= crypto_pwhash_STRBYTES) return false;
    return crypto_pwhash_str_needs_rehash(hash.c_str(), crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != -1;
}

namespace {

// A length in kiosk.ini: a number, with a decimal point or (as Dutch writes it) a comma.
std::optional<float> read_number(std::string text) {
    std::replace(text.begin(), text.end(), ',', '.');
    if (text.empty()) return std::nullopt;
    char* end = nullptr;
    const float value = std::strtof(text.c_str(), &end);
    if (end != text.c_str() + text.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

// [reach]: how the screen stands, so every control a visitor needs stays between 80 and 140 cm
// above the floor (docs/operations.md). The lower edge's height and the picture's size are
// both needed; an unknown key is most likely a typing error, so it is named.
std::optional<ScreenMount> read_reach(const IniSection& section, const std::string& file_name, std::vector<Problem>& problems) {
    ScreenMount mount;
    bool ok = true;
    auto problem = [&](Problem::Severity severity, int line, const std::string& message) {
        problems.push_back({severity, file_name, line, 1, message});
        if (severity == Problem::Severity::Error) ok = false;
    };
    struct Field {
        const char* key;
        float ScreenMount::*value;
        float low, high;
        const char* what;
    };
    static const Field kFields[] = {
        {"screen_bottom_cm", &ScreenMount::bottom_cm, 0, 250, "de hoogte van de onderrand van het beeld boven de vloer, in cm"},
        {"screen_diagonal_inch", &ScreenMount::diagonal_inch, 7, 120, "de beeldschermdiagonaal in inch"},
        {"screen_height_cm", &ScreenMount::height_cm, 5, 250, "de hoogte van het beeld zelf, in cm"},
    };
    for (const IniEntry& entry : section.entries) {
        const Field* field = nullptr;
        for (const Field& f : kFields)
            if (entry.key == f.key) field = &f;
        if (!field) {
            problem(Problem::Severity::Warning, entry.line,
                    "onbekende instelling '" + entry.key + "' in [reach] wordt overgeslagen (bedoeld: screen_bottom_cm, "
                    "screen_diagonal_inch of screen_height_cm?)");
            continue;
        }
        const std::optional<float> value = read_number(entry.value);
        if (!value || *value < field->low || *value > field->high) {
            char range[64];
            std::snprintf(range, sizeof range, "%g en %g", static_cast<double>(field->low), static_cast<double>(field->high));
            problem(Problem::Severity::Error, entry.line,
                    entry.key + " = " + entry.value + " kan niet: vul " + field->what + " in, een getal tussen " + range);
            continue;
        }
        mount.*(field->value) = *value;
    }
    const IniEntry* bottom = section.find("screen_bottom_cm");
    const IniEntry* diagonal = section.find("screen_diagonal_inch");
    const IniEntry* height = section.find("screen_height_cm");
    if (!bottom)
        problem(Problem::Severity::Error, section.line,
                "[reach] mist screen_bottom_cm: hoe hoog boven de vloer zit de onderrand van het beeld (in cm)?");
    if (!diagonal && !height)
        problem(Problem::Severity::Error, section.line,
                "[reach] mist de grootte van het scherm: vul screen_diagonal_inch (bijvoorbeeld 32) of screen_height_cm in");
    if (diagonal && height)
        problem(Problem::Severity::Warning, diagonal->line, "screen_diagonal_inch wordt niet gebruikt: screen_height_cm gaat voor");
    if (!ok) return std::nullopt;
    return mount;
}

}  // namespace

KioskConfig read_kiosk_config(const std::string& text, const std::string& file_name, std::vector<Problem>& problems) {
    KioskConfig config;
    const IniFile ini = parse_ini(text, file_name, problems);
    std::vector<const IniSection*> seen;
    for (const IniSection& section : ini.sections) {
        // A second [trust] would quietly add keys (an attacker's among them) to the first, and a
        // second [staff] would replace the PIN: a repeated section is refused, not merged.
        const auto earlier = std::find_if(seen.begin(), seen.end(), [&](const IniSection* s) { return s->name == section.name; });
        if (earlier != seen.end()) {
            problems.push_back({Problem::Severity::Error, file_name, section.line, 1,
                                "de sectie [" + section.name + "] staat er al op regel " + std::to_string((*earlier)->line) +
                                    "; zet alles van [" + section.name + "] onder die ene kop en haal deze weg"});
            continue;
        }
        seen.push_back(&section);
        if (section.name == "trust") {
            // One line per key, `name = kiosk-pack-public-key <base64>` (the .pub file's line).
            for (const IniEntry& entry : section.entries) {
                if (const auto key = read_public_key(entry.value))
                    config.trusted_keys.push_back({entry.key, *key});
                else
                    problems.push_back({Problem::Severity::Error, file_name, entry.line, 1,
                                        "'" + entry.key + "' is geen publieke sleutel; plak de regel uit het .pub-bestand van kiosk-pack keygen"});
            }
        } else if (section.name == "staff") {
            config.staff_pin_hash = section.value("pin_hash");
            if (const IniEntry* entry = section.find("pin_hash"); entry && !valid_pin_hash(config.staff_pin_hash))
                problems.push_back({Problem::Severity::Error, file_name, entry->line, 1,
                                    "pin_hash is geen (volledige) versleutelde PIN, dus niemand komt in het personeelsscherm; "
                                    "maak er een met: kiosk-pack pin"});
        } else if (section.name == "reach") {
            config.reach = read_reach(section, file_name, problems);
        } else if (section.name == "usb") {
            std::istringstream roots(section.value("watch"));
            for (std::string root; roots >> root;) config.usb_roots.push_back(root);
        } else {
            problems.push_back({Problem::Severity::Warning, file_name, section.line, 1, "onbekende sectie [" + section.name + "] wordt overgeslagen"});
        }
    }
    return config;
}

}  // namespace kiosk
