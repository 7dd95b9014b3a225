// Finding content packs on removable media: the folders where sticks are mounted (/media,
// /run/media, /mnt by default; kiosk.ini [usb] watch) are looked through a few levels deep for
// .zip files and folders with a pack.ini. Plain filesystem reads, cheap enough to repeat every
// few seconds; nothing is shown to visitors.
#pragma once

#include <string>
#include <vector>

namespace kiosk {

std::vector<std::string> default_usb_roots();

// Packs found below `roots`, sorted by path. Unreadable or vanishing folders (a stick pulled
// out) are passed over.
std::vector<std::string> find_usb_packs(const std::vector<std::string>& roots);

}  // namespace kiosk
