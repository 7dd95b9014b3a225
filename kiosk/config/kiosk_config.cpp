#include "config/kiosk_config.h"

#include <sodium.h>

#include <algorithm>
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

KioskConfig read_kiosk_config(const std::string& text, const std::string& file_name, std::vector<Problem>& problems) {
    KioskConfig config;
    const IniFile ini = parse_ini(text, file_name, problems);
    for (const IniSection& section : ini.sections) {
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
            if (const IniEntry* entry = section.find("pin_hash"); entry && config.staff_pin_hash.rfind("$argon2", 0) != 0)
                problems.push_back({Problem::Severity::Error, file_name, entry->line, 1,
                                    "pin_hash is geen versleutelde PIN; maak er een met: kiosk-pack pin"});
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
