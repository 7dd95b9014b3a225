#include "support/paths.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "pack/catalogue.h"
#include "pack/pack_reader.h"
#include "pack/signature.h"
#include "output/png.h"

namespace test {

std::string source_dir() { return KIOSK_SOURCE_DIR; }
std::string content_dir() { return source_dir() + "/content"; }
std::string qualifications_csv() { return source_dir() + "/assets/kwalificaties-mbo-2015.csv"; }

std::string screenshot_dir() {
    const char* env = std::getenv("SCREENSHOT_DIR");
    const std::string dir = env && *env ? env : KIOSK_SCREENSHOT_DIR;
    std::filesystem::create_directories(dir);
    return dir;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in.good());
    std::stringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::string png_photo(int width, int height) {
    kiosk::Image image{width, height, std::vector<std::uint8_t>(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4)};
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            std::uint8_t* pixel = &image.rgba[(static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)) * 4];
            pixel[0] = static_cast<std::uint8_t>(x * 255 / width);
            pixel[1] = static_cast<std::uint8_t>(120);
            pixel[2] = static_cast<std::uint8_t>(y * 255 / height);
            pixel[3] = 255;
        }
    TempDir dir("kiosk-photo");
    const std::string path = dir.path + "/photo.png";
    REQUIRE(kiosk::write_png(path, image));
    return read_file(path);
}

kiosk::PackFiles pack_with_photos(const std::string& photo) {
    kiosk::PackFiles files = default_pack();
    std::string with_photos;
    std::istringstream lines(files["programmes.csv"]);
    bool header = true;
    for (std::string line; std::getline(lines, line);) {
        if (!line.empty()) with_photos += line + (header ? ";foto" : ";foto.png") + "\n";
        header = false;
    }
    files["programmes.csv"] = with_photos;
    files["photos/foto.png"] = photo;
    return files;
}

TempDir::TempDir(const std::string& name) {
    static int counter = 0;
    path = (std::filesystem::temp_directory_path() / (name + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter++))).string();
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
}

kiosk::PackFiles default_pack() { return kiosk::read_pack_folder(content_dir()); }

std::string dev_public_key() {
    const auto key = kiosk::read_public_key(read_file(source_dir() + "/tools/dev-key/dev.pub"));
    REQUIRE(key);
    return *key;
}

std::string dev_secret_key() {
    const auto key = kiosk::read_secret_key(read_file(source_dir() + "/tools/dev-key/dev.secret"));
    REQUIRE(key);
    return *key;
}

std::string write_temp_pack(const kiosk::PackFiles& files, const std::string& name) {
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / (name + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    for (const auto& [path, bytes] : kiosk::sign_pack(files, dev_secret_key())) {
        std::filesystem::create_directories((dir / path).parent_path());
        std::ofstream(dir / path, std::ios::binary) << bytes;
    }
    return dir.string();
}

namespace {
kiosk::Content read_clean(const kiosk::PackFiles& files) {
    kiosk::PackReadResult result = kiosk::read_pack(files);
    for (const auto& problem : result.problems) UNSCOPED_INFO(kiosk::to_string(problem));
    REQUIRE(result.ok());
    return std::move(result.content);
}
}  // namespace

const kiosk::Content& default_content() {
    static const kiosk::Content content = read_clean(default_pack());
    return content;
}

kiosk::PackFiles catalogue_pack() {
    std::vector<kiosk::Problem> problems;
    const auto list = kiosk::read_qualifications(read_file(qualifications_csv()), problems);
    REQUIRE(problems.empty());
    std::vector<std::string> locations;
    for (const auto& location : default_content().locations) locations.push_back(location.key);
    return kiosk::catalogue_pack(default_pack(), list, locations);
}

const kiosk::Content& catalogue_content() {
    static const kiosk::Content content = read_clean(catalogue_pack());
    return content;
}

kiosk::PackFiles pack_with_programmes(std::size_t count) { return kiosk::repeated_programmes(default_pack(), count); }

}  // namespace test
