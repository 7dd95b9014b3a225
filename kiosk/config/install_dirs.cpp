#include "config/install_dirs.h"

#include <filesystem>
#include <system_error>

namespace kiosk {

std::string installed_data_dir(const std::string& program_path) {
    if (program_path.empty()) return "";
    namespace fs = std::filesystem;
    std::error_code error;
    const fs::path program = fs::weakly_canonical(program_path, error);
    if (error || program.parent_path().filename() != "bin") return "";
    const fs::path data = program.parent_path().parent_path() / "share" / "openday-kiosk";
    return fs::is_regular_file(data / "content" / "pack.ini", error) ? data.string() : "";
}

std::string running_program() {
    std::error_code error;
    const std::filesystem::path program = std::filesystem::read_symlink("/proc/self/exe", error);
    return error ? "" : program.string();
}

}  // namespace kiosk
