// A kiosk store as files on disk, read from outside the kiosk: what anyone who copies them sees.
#pragma once

#include <string>
#include <vector>

namespace test {

// The tables in the SQLite file at `path`, by name.
std::vector<std::string> table_names(const std::string& path);
// The file's bytes followed by those of its WAL, if there is one.
std::string file_and_wal_bytes(const std::string& path);

}  // namespace test
