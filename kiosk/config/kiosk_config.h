// The kiosk's own settings, kept on the machine rather than in a content pack: which signing
// keys it trusts, the staff PIN (as a hash), where USB sticks are mounted and how the screen is
// mounted (where a visitor can reach, core/reach.h). A booth kiosk trusts only the keys named here; the development key in
// tools/dev-key is trusted only by development runs (tools/start) and tests, which pass it with
// --trust. The file is INI (kiosk.ini); docs/operations.md describes it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/reach.h"
#include "pack/problem.h"

namespace kiosk {

struct TrustedKey {
    std::string name;        // the key's name in kiosk.ini, or the file it came from
    std::string public_key;  // 32 bytes
};

struct KioskConfig {
    std::vector<TrustedKey> trusted_keys;
    std::string staff_pin_hash;          // libsodium's crypto_pwhash_str; empty = no staff screen
    std::vector<std::string> usb_roots;  // where sticks are mounted; default_usb_roots() when empty
    std::optional<ScreenMount> reach;    // [reach]; none: default_mount() for the screen's shape

    std::vector<std::string> public_keys() const;
};

// The staff PIN is kept only as a slow, salted hash (Argon2id), so reading kiosk.ini does not
// give the PIN away. A PIN is 4 to 12 digits.
bool valid_pin(const std::string& pin);
std::string hash_pin(const std::string& pin);
bool pin_matches(const std::string& hash, const std::string& pin);
// True when `hash` is a whole Argon2 hash string libsodium can check a PIN against.
bool valid_pin_hash(const std::string& hash);

// Reads kiosk.ini text; each bad line becomes a Problem naming `file_name`.
KioskConfig read_kiosk_config(const std::string& text, const std::string& file_name, std::vector<Problem>& problems);

}  // namespace kiosk
