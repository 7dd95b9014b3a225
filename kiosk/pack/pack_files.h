// The files of a content pack, by their path inside the pack ("texts/nl.ini"). Reading a pack
// from a folder and from the store gives the same thing, so one parser serves both.
#pragma once

#include <cstdint>
#include <map>
#include <string>

namespace kiosk {

using PackFiles = std::map<std::string, std::string>;

// Reads every regular file below `folder` (at most a few levels deep). Throws
// std::runtime_error with a Dutch message when the folder cannot be read.
PackFiles read_pack_folder(const std::string& folder);

// A stable fingerprint of the pack's files (FNV-1a over paths and bytes), to notice change.
std::string pack_fingerprint(const PackFiles& files);

}  // namespace kiosk
