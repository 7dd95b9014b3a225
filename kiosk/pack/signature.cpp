#include "pack/signature.h"

#include <sodium.h>

#include <algorithm>
#include <set>
#include <sstream>
#include <stdexcept>

#include "pack/ini.h"

namespace kiosk {

namespace {

constexpr const char* kPublicTag = "kiosk-pack-public-key ";
constexpr const char* kSecretTag = "kiosk-pack-secret-key ";

void need_sodium() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium kon niet starten");
}

std::string to_base64(const std::string& bytes) {
    std::string out(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                      sodium_base64_VARIANT_ORIGINAL);
    out.resize(out.size() - 1);  // the terminating zero
    return out;
}

std::optional<std::string> from_base64(const std::string& text, std::size_t expected_size) {
    std::string out(expected_size + 3, '\0');
    std::size_t size = 0;
    const char* end = nullptr;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), nullptr,
                          &size, &end, sodium_base64_VARIANT_ORIGINAL) != 0 ||
        end != text.data() + text.size() || size != expected_size)
        return std::nullopt;
    out.resize(size);
    return out;
}

std::optional<std::string> read_key(const std::string& text, const std::string& tag, std::size_t size) {
    std::string line = text.substr(0, text.find('\n'));
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (line.rfind(tag, 0) != 0) return std::nullopt;
    return from_base64(line.substr(tag.size()), size);
}

std::string sha256_hex(const std::string& bytes) {
    unsigned char hash[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(hash, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    char hex[2 * crypto_hash_sha256_BYTES + 1];
    sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
    return hex;
}

bool is_envelope(const std::string& path) { return path == kManifestFile || path == kSignatureFile; }

}  // namespace

KeyPair generate_key_pair() {
    need_sodium();
    KeyPair keys{std::string(crypto_sign_PUBLICKEYBYTES, '\0'), std::string(crypto_sign_SECRETKEYBYTES, '\0')};
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(keys.public_key.data()),
                        reinterpret_cast<unsigned char*>(keys.secret_key.data()));
    return keys;
}

std::string public_key_file(const std::string& public_key) { return kPublicTag + to_base64(public_key) + "\n"; }
std::string secret_key_file(const std::string& secret_key) { return kSecretTag + to_base64(secret_key) + "\n"; }

std::optional<std::string> read_public_key(const std::string& text) {
    need_sodium();
    return read_key(text, kPublicTag, crypto_sign_PUBLICKEYBYTES);
}

std::optional<std::string> read_secret_key(const std::string& text) {
    need_sodium();
    return read_key(text, kSecretTag, crypto_sign_SECRETKEYBYTES);
}

std::string key_id(const std::string& public_key) { return to_base64(public_key).substr(0, 8); }

std::string manifest_of(const PackFiles& files) {
    need_sodium();
    std::string manifest;
    for (const auto& [path, bytes] : files)  // a std::map: sorted by path
        if (!is_envelope(path)) manifest += sha256_hex(bytes) + "  " + path + "\n";
    return manifest;
}

PackFiles sign_pack(PackFiles files, const std::string& secret_key) {
    need_sodium();
    if (secret_key.size() != crypto_sign_SECRETKEYBYTES) throw std::runtime_error("geen geldige geheime sleutel");
    files.erase(kManifestFile);
    files.erase(kSignatureFile);
    const std::string manifest = manifest_of(files);
    std::string signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(manifest.data()), manifest.size(),
                         reinterpret_cast<const unsigned char*>(secret_key.data()));
    // The public half is the last 32 bytes of libsodium's secret key.
    const std::string public_key = secret_key.substr(crypto_sign_SECRETKEYBYTES - crypto_sign_PUBLICKEYBYTES);
    files[kManifestFile] = manifest;
    files[kSignatureFile] = "[signature]\nkey = " + to_base64(public_key) + "\nsignature = " + to_base64(signature) + "\n";
    return files;
}

namespace {
void refuse(Verification& result, const std::string& file, int line, std::string message) {
    result.problems.push_back({Problem::Severity::Error, file, line, 0, std::move(message)});
}
}  // namespace

Verification verify_pack(const PackFiles& files, const std::vector<std::string>& trusted_keys) {
    need_sodium();
    Verification result;
    const auto manifest = files.find(kManifestFile);
    const auto signature_file = files.find(kSignatureFile);
    if (manifest == files.end() || signature_file == files.end()) {
        refuse(result, "", 0, "het pakket is niet ondertekend (manifest.sha256 of pack.sig ontbreekt); onderteken het met het beheerprogramma: kiosk-pack sign");
        return result;
    }
    std::vector<Problem> ini_problems;
    const IniFile sig = parse_ini(signature_file->second, kSignatureFile, ini_problems);
    const IniSection* section = sig.find("signature");
    const auto key = section ? from_base64(section->value("key"), crypto_sign_PUBLICKEYBYTES) : std::nullopt;
    const auto signature = section ? from_base64(section->value("signature"), crypto_sign_BYTES) : std::nullopt;
    if (!key || !signature) {
        refuse(result, kSignatureFile, 0, "is beschadigd, er staat geen geldige sleutel of handtekening in");
        return result;
    }
    result.signed_by = key_id(*key);
    if (std::find(trusted_keys.begin(), trusted_keys.end(), *key) == trusted_keys.end()) {
        refuse(result, "", 0, "het pakket is ondertekend met sleutel " + result.signed_by + ", maar deze kiosk vertrouwt die sleutel niet");
        return result;
    }
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature->data()),
                                    reinterpret_cast<const unsigned char*>(manifest->second.data()), manifest->second.size(),
                                    reinterpret_cast<const unsigned char*>(key->data())) != 0) {
        refuse(result, kSignatureFile, 0, "de handtekening klopt niet bij het manifest: het pakket is na het ondertekenen veranderd");
        return result;
    }
    // The signed manifest now says what the pack must hold, file by file.
    std::set<std::string> listed;
    std::istringstream lines(manifest->second);
    std::string line;
    int number = 0;
    while (std::getline(lines, line)) {
        ++number;
        if (line.size() < 67 || line.compare(64, 2, "  ") != 0) {
            refuse(result, kManifestFile, number, "regel hoort '<sha256>  <pad>' te zijn");
            continue;
        }
        const std::string path = line.substr(66);
        listed.insert(path);
        const auto file = files.find(path);
        if (file == files.end())
            refuse(result, path, 0, "staat in het manifest maar ontbreekt in het pakket");
        else if (sha256_hex(file->second) != line.substr(0, 64))
            refuse(result, path, 0, "is veranderd na het ondertekenen (de hash klopt niet)");
    }
    for (const auto& [path, bytes] : files)
        if (!is_envelope(path) && !listed.count(path))
            refuse(result, path, 0, "staat niet in het manifest (toegevoegd na het ondertekenen?)");
    result.ok = result.problems.empty();
    return result;
}

}  // namespace kiosk
