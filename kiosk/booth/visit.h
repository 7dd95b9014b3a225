// Everything about the visitor at the kiosk now, as one value. Forgetting a visitor is replacing
// it with a fresh Visit: there is no list of fields to reset, so a field added later cannot leak
// one visitor to the next (tests/ui/test_forgetting.cpp checks every field).
#pragma once

#include <memory>
#include <optional>

#include "core/content.h"
#include "core/session.h"
#include "language/bidi.h"
#include "output/printer.h"
#include "output/take_home.h"

namespace kiosk {

struct Visit {
    Session session;  // screens, answers, choices and the visitor's language code
    // The pack in the visitor's language, when that is not the pack's own.
    std::shared_ptr<const Content> localised;
    std::optional<TakeHome> take_home;         // made when the finish screen opens
    std::shared_ptr<const PrintJob> print_job; // this visitor's ticket
    LaidOutTexts laid_out;                     // the visitor's texts, laid out right to left
    std::string reading;                       // what is being read aloud to them now; empty = nothing

    bool operator==(const Visit&) const = default;
};

}  // namespace kiosk
