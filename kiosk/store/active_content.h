// Which content the kiosk runs at start-up: the store's active pack, refreshed from the
// default content folder when that is what is active and its files have changed. The folder is
// taken only when it is signed with a trusted key, like a pack from a USB stick. A stored pack
// that no longer verifies (damaged in the store, or signed with a key no longer trusted) is
// removed; the previous pack runs instead, and when that fails too, the default content folder.
#pragma once

#include <string>
#include <vector>

#include "core/content.h"
#include "pack/problem.h"
#include "store/store.h"
#include "store/store_recovery.h"

namespace kiosk {

struct ActiveContent {
    Content content;
    long long pack_id = 0;
    std::vector<Problem> problems;  // of the default folder, when it could not be taken in
    std::vector<StoreNotice> notices;  // PackFailed: each stored pack that did not verify, and what runs now
};

// Throws std::runtime_error (Dutch message) when there is no usable content at all, and
// StoreError when the store fails.
// `refresh_default`: look at the default folder (at start-up); a rollback or a load while running
// switches only between the packs in the store.
ActiveContent load_active_content(Store& store, const std::string& default_folder, const std::vector<std::string>& trusted_keys,
                                  bool refresh_default = true);

}  // namespace kiosk
