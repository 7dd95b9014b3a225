// Where an installed program finds its data (config/install_dirs.h): the Debian package's
// programs in <prefix>/bin read <prefix>/share/openday-kiosk; a program in a build tree reads
// the tree, so tools/start and the tests never pick up an installed package's content.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "config/install_dirs.h"
#include "support/paths.h"

using namespace kiosk;
namespace fs = std::filesystem;

namespace {

void touch(const fs::path& file) {
    fs::create_directories(file.parent_path());
    std::ofstream(file) << "";
}

}  // namespace

TEST_CASE("An installed program finds its data in <prefix>/share/openday-kiosk") {
    const test::TempDir prefix("kiosk-install");
    touch(fs::path(prefix.path) / "bin" / "openday-kiosk");
    touch(fs::path(prefix.path) / "share" / "openday-kiosk" / "content" / "pack.ini");
    const std::string expected = fs::weakly_canonical(fs::path(prefix.path) / "share" / "openday-kiosk").string();
    CHECK(installed_data_dir(prefix.path + "/bin/openday-kiosk") == expected);
    CHECK(installed_data_dir(prefix.path + "/bin/kiosk-pack") == expected);  // the staff tool beside it
}

TEST_CASE("A program outside <prefix>/bin, or without the shipped content beside it, runs from its build tree") {
    const test::TempDir prefix("kiosk-install");
    touch(fs::path(prefix.path) / "bin" / "openday-kiosk");
    touch(fs::path(prefix.path) / "kiosk" / "kiosk");
    CHECK(installed_data_dir(prefix.path + "/bin/openday-kiosk").empty());  // no share/openday-kiosk/content
    touch(fs::path(prefix.path) / "share" / "openday-kiosk" / "content" / "pack.ini");
    CHECK(installed_data_dir(prefix.path + "/kiosk/kiosk").empty());  // build/kiosk/kiosk
    CHECK(installed_data_dir("").empty());
}

TEST_CASE("The test program itself runs from the build tree") {
    const std::string program = running_program();
    CHECK(fs::path(program).filename() == "unit_tests");
    CHECK(installed_data_dir(program).empty());
}
