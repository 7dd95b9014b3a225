#include "store/usb_packs.h"

#include <algorithm>
#include <filesystem>

namespace kiosk {

namespace fs = std::filesystem;

namespace {

// /media/<user>/<stick>/<pack>: a pack sits at most three levels below a root.
constexpr int kDepth = 3;

void look(const fs::path& folder, int depth, std::vector<std::string>& found) {
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        const fs::path& path = it->path();
        if (path.filename().string().front() == '.' || it->is_symlink(error)) continue;
        if (it->is_regular_file(error) && path.extension() == ".zip") {
            found.push_back(path.string());
        } else if (it->is_directory(error)) {
            if (fs::is_regular_file(path / "pack.ini", error))
                found.push_back(path.string());
            else if (depth < kDepth)
                look(path, depth + 1, found);
        }
    }
}

}  // namespace

std::vector<std::string> default_usb_roots() { return {"/media", "/run/media", "/mnt"}; }

std::vector<std::string> find_usb_packs(const std::vector<std::string>& roots) {
    std::vector<std::string> found;
    for (const std::string& root : roots) look(root, 1, found);
    std::sort(found.begin(), found.end());
    return found;
}

}  // namespace kiosk
