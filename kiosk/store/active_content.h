// Which content the kiosk runs at start-up: the store's active pack, refreshed from the
// default content folder when that is what is active and its files have changed. The folder is
// taken only when it is signed with a trusted key, like a pack from a USB stick.
#pragma once

#include <string>
#include <vector>

#include "core/content.h"
#include "pack/problem.h"
#include "store/store.h"

namespace kiosk {

struct ActiveContent {
    Content content;
    long long pack_id = 0;
    std::vector<Problem> problems;  // of the default folder, when it could not be taken in
};

// Throws std::runtime_error (Dutch message) when there is no usable content at all.
// `refresh_default`: look at the default folder (at start-up); a rollback or a load while running
// switches only between the packs in the store.
ActiveContent load_active_content(Store& store, const std::string& default_folder, const std::vector<std::string>& trusted_keys,
                                  bool refresh_default = true);

}  // namespace kiosk
