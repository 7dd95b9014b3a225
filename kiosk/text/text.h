// Small text helpers (UTF-8, lines, trimming, replacing) for the pack readers, the language
// code and the output: below all of them, so none has to include another for these.
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

// Replaces every `from` in `text` with `to` (for {placeholders} in content texts).
std::string replace_all(std::string text, const std::string& from, const std::string& to);

}  // namespace kiosk
