#include "support/store_file.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <filesystem>

#include "support/paths.h"

namespace test {

std::vector<std::string> table_names(const std::string& path) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", -1, &stmt, nullptr) == SQLITE_OK);
    std::vector<std::string> names;
    while (sqlite3_step(stmt) == SQLITE_ROW) names.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return names;
}

std::string file_and_wal_bytes(const std::string& path) {
    std::string bytes = read_file(path);
    if (std::filesystem::exists(path + "-wal")) bytes += read_file(path + "-wal");
    return bytes;
}

}  // namespace test
