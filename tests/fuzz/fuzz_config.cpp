// Fuzz target: the kiosk's own settings file (kiosk.ini). Every trusted key it yields is a whole
// Ed25519 public key.
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
    return 0;
}
