// Where a kiosk program finds the data it ships with (the default content, the picture library,
// the qualification list). A development build reads them from its source and build tree, at the
// paths CMake compiles in; the Debian package puts the programs in /usr/bin and their data in
// /usr/share/openday-kiosk. Where the running program sits decides, not a build option, so the
// same build runs from its tree (tools/start, the tests) and, once installed, from /usr only.
#pragma once

#include <string>

namespace kiosk {

// `<prefix>/share/openday-kiosk` when the program at `program_path` sits in `<prefix>/bin` and
// that folder holds the default content (content/pack.ini); "" for a program in a build tree.
std::string installed_data_dir(const std::string& program_path);

// The path of the running program (/proc/self/exe), "" when it cannot be read.
std::string running_program();

}  // namespace kiosk
