// Small text helpers shared by the pack readers.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

std::string_view trim(std::string_view text);
std::string_view strip_bom(std::string_view text);
// Removes a trailing `  # comment` (a '#' preceded by white space) and trims.
std::string_view strip_comment(std::string_view value);
std::vector<std::string_view> split_lines(std::string_view text);  // accepts \n and \r\n
std::vector<std::string_view> split_words(std::string_view text);  // on spaces and tabs
// Every part between separators, empty ones too ("a;;b" gives a, "", b); views into `text`.
std::vector<std::string_view> split(std::string_view text, char separator);
bool valid_utf8(std::string_view text);
std::optional<int> parse_int(std::string_view text);
std::optional<double> parse_number(std::string_view text);  // accepts 0.5 and 0,5

}  // namespace kiosk
