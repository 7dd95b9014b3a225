// The portfolio viewer's data: the parts of the content pack the static viewer page needs to
// turn a link's numbers back into words (questions, reasons, programme cards, next steps).
// Generated from the same pack the kiosk runs, so kiosk and viewer never disagree.
#pragma once

#include <string>

#include "core/content.h"

namespace kiosk {

// JSON text; see tools/portfolio-viewer/README.md.
std::string viewer_data_json(const Content& content);

}  // namespace kiosk
