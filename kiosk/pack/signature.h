// Signed content packs. A pack carries `manifest.sha256` (one line per file: its SHA-256 and its
// path, the format `sha256sum -c` reads) and `pack.sig` (an Ed25519 signature over the manifest
// and the public key that made it). The kiosk takes a pack only when the key is one it trusts,
// the signature is right, and every file is in the manifest with the right hash: a pack from a
// USB stick is untrusted input until then. docs/content-pack.md describes the files.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pack/pack_files.h"
#include "pack/problem.h"

namespace kiosk {

inline constexpr const char* kManifestFile = "manifest.sha256";
inline constexpr const char* kSignatureFile = "pack.sig";

struct KeyPair {
    std::string public_key;  // 32 bytes
    std::string secret_key;  // 64 bytes (libsodium's seed + public key)
};

KeyPair generate_key_pair();

// Key files are one line of text: "kiosk-pack-public-key <base64>" or "kiosk-pack-secret-key
// <base64>". The readers return nullopt for anything else.
std::string public_key_file(const std::string& public_key);
std::string secret_key_file(const std::string& secret_key);
std::optional<std::string> read_public_key(const std::string& text);
std::optional<std::string> read_secret_key(const std::string& text);
// A short name for a key, to show staff which key signed a pack (first 8 base64 characters).
std::string key_id(const std::string& public_key);

// The manifest of every file in the pack but the manifest and the signature, sorted by path.
std::string manifest_of(const PackFiles& files);

// The pack with a fresh manifest and signature.
PackFiles sign_pack(PackFiles files, const std::string& secret_key);

struct Verification {
    bool ok = false;
    std::string signed_by;  // key_id of the signing key, when the signature could be read
    std::vector<Problem> problems;  // one per problem found
};

// Checks the signature against the trusted public keys and every file against the manifest.
Verification verify_pack(const PackFiles& files, const std::vector<std::string>& trusted_keys);

}  // namespace kiosk
