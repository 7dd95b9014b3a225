// The options of a Kiosk for the logic tests: a content folder, a store in memory, the
// development key, and USB roots where no stick will ever be.
#pragma once

#include <string>

#include "booth/kiosk.h"
#include "support/paths.h"

namespace test {

inline kiosk::KioskOptions kiosk_options(const std::string& content_dir) {
    kiosk::KioskOptions options;
    options.content_dir = content_dir;
    options.store_path = ":memory:";
    options.trusted_keys = {dev_public_key()};
    options.usb_roots = {content_dir + "/no-sticks-here"};
    return options;
}

}  // namespace test
