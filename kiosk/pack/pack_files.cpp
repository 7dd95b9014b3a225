#include "pack/pack_files.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace kiosk {

namespace fs = std::filesystem;

PackFiles read_pack_folder(const std::string& folder) {
    PackFiles files;
    std::error_code error;
    if (!fs::is_directory(folder, error))
        throw std::runtime_error("map met inhoud niet gevonden: " + folder);
    for (auto it = fs::recursive_directory_iterator(folder, error); !error && it != fs::recursive_directory_iterator();
         it.increment(error)) {
        if (it.depth() > 3) it.disable_recursion_pending();
        if (!it->is_regular_file() || it->is_symlink()) continue;
        std::ifstream in(it->path(), std::ios::binary);
        if (!in) throw std::runtime_error("kan bestand niet lezen: " + it->path().string());
        std::ostringstream bytes;
        bytes << in.rdbuf();
        files[fs::relative(it->path(), folder).generic_string()] = bytes.str();
    }
    if (error) throw std::runtime_error("kan map niet lezen: " + folder + " (" + error.message() + ")");
    return files;
}

std::string pack_fingerprint(const PackFiles& files) {
    std::uint64_t hash = 1469598103934665603ull;
    auto mix = [&](const std::string& bytes) {
        for (unsigned char c : bytes) {
            hash ^= c;
            hash *= 1099511628211ull;
        }
        hash ^= 0xff;  // separates one string from the next
        hash *= 1099511628211ull;
    };
    for (const auto& [path, bytes] : files) {
        mix(path);
        mix(bytes);
    }
    char out[17];
    std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(hash));
    return out;
}

}  // namespace kiosk
