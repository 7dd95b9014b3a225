// Fuzz target: the kiosk's own settings file (kiosk.ini). Every trusted key it yields is a whole
// Ed25519 public key, and a file read without errors names no key twice and holds either no PIN
// hash or one libsodium can check a PIN against (issue 14: a second [trust] or a broken
// pin_hash must never pass silently).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

#include "config/kiosk_config.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<kiosk::Problem> problems;
    const kiosk::KioskConfig config =
        kiosk::read_kiosk_config(std::string(reinterpret_cast<const char*>(data), size), "kiosk.ini", problems);
    for (const auto& key : config.trusted_keys)
        if (key.public_key.size() != 32) __builtin_trap();
    const bool errors = std::any_of(problems.begin(), problems.end(),
                                    [](const kiosk::Problem& problem) { return problem.severity == kiosk::Problem::Severity::Error; });
    if (errors) return 0;
    if (!config.staff_pin_hash.empty() && !kiosk::valid_pin_hash(config.staff_pin_hash)) __builtin_trap();
    for (std::size_t i = 0; i < config.trusted_keys.size(); ++i)
        for (std::size_t j = i + 1; j < config.trusted_keys.size(); ++j)
            if (config.trusted_keys[i].name == config.trusted_keys[j].name) __builtin_trap();
    return 0;
}
