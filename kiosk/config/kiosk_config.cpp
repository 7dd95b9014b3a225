#include "config/kiosk_config.h"

#include "pack/ini.h"
#include "pack/signature.h"

namespace kiosk {

std::vector<std::string> KioskConfig::public_keys() const {
    std::vector<std::string> keys;
    for (const TrustedKey& key : trusted_keys) keys.push_back(key.public_key);
    return keys;
}

KioskConfig read_kiosk_config(const std::string& text, const std::string& file_name, std::vector<Problem>& problems) {
    KioskConfig config;
    const IniFile ini = parse_ini(text, file_name, problems);
    for (const IniSection& section : ini.sections) {
        if (section.name != "trust") {
            problems.push_back({Problem::Severity::Warning, file_name, section.line, 1, "onbekende sectie [" + section.name + "] wordt overgeslagen"});
            continue;
        }
        // [trust]: one line per key, `name = kiosk-pack-public-key <base64>` (the .pub file's line).
        for (const IniEntry& entry : section.entries) {
            if (const auto key = read_public_key(entry.value))
                config.trusted_keys.push_back({entry.key, *key});
            else
                problems.push_back({Problem::Severity::Error, file_name, entry.line, 1,
                                    "'" + entry.key + "' is geen publieke sleutel; plak de regel uit het .pub-bestand van kiosk-pack keygen"});
        }
    }
    return config;
}

}  // namespace kiosk
