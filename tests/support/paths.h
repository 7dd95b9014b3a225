// Where tests find the project's data, and a few shared fixtures.
#pragma once

#include <string>

#include "core/content.h"
#include "pack/pack_files.h"

namespace test {

std::string source_dir();
std::string content_dir();        // the default content pack
std::string qualifications_csv(); // the official list of 470 qualifications
std::string screenshot_dir();     // created on demand
std::string read_file(const std::string& path);

// A PNG photo of `width` x `height` pixels (a colour gradient), as the file's bytes.
std::string png_photo(int width, int height);
// The default pack with the same photo (photos/foto.png) on every programme card.
kiosk::PackFiles pack_with_photos(const std::string& photo);

// A fresh folder under the temp directory, removed again at the end of the scope.
struct TempDir {
    std::string path;
    explicit TempDir(const std::string& name = "kiosk-test");
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
};

kiosk::PackFiles default_pack();
// The development signing key (tools/dev-key), which only tests and development runs trust.
std::string dev_public_key();
std::string dev_secret_key();
// Signs a pack with the development key, writes it to a fresh folder under the temp directory
// and returns the folder.
std::string write_temp_pack(const kiosk::PackFiles& files, const std::string& name);
const kiosk::Content& default_content();  // read once; REQUIREs that it has no errors
kiosk::PackFiles catalogue_pack();        // the default pack with all 470 qualifications
const kiosk::Content& catalogue_content();
// The default pack with `count` programmes (kiosk::repeated_programmes), for the limits on the
// size of the offer.
kiosk::PackFiles pack_with_programmes(std::size_t count);

}  // namespace test
