// Fuzz target: manifest.sha256 and pack.sig as they come off a stick (split at the first NUL).
// Verification must never crash, and never accept: nobody can forge an Ed25519 signature.
#include <cstddef>
#include <cstdint>
#include <string>

#include "pack/signature.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const kiosk::KeyPair trusted = kiosk::generate_key_pair();
    const std::string input(reinterpret_cast<const char*>(data), size);
    const auto split = input.find('\0');
    kiosk::PackFiles files = {{"pack.ini", "[pack]\nformat = 2\nname = X\n"}, {"event.ini", "[event]\nid = X\n"}};
    files[kiosk::kManifestFile] = input.substr(0, split);
    files[kiosk::kSignatureFile] = split == std::string::npos ? "" : input.substr(split + 1);
    const kiosk::Verification result = kiosk::verify_pack(files, {trusted.public_key});
    if (result.ok) __builtin_trap();
    return 0;
}
