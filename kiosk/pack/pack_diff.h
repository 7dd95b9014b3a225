// What changes when one pack replaces another: programmes (by crebo) and questions (by key)
// that are added, removed or changed. The staff tool prints it; the staff screen shows it
// before a load.
#pragma once

#include <string>
#include <vector>

#include "core/content.h"

namespace kiosk {

struct PackChange {
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    std::string what;  // "opleiding" or "vraag"
    std::string key;   // crebo or question key
    std::string name;  // programme name or question text, of the new pack where it has one
};

struct PackDiff {
    std::vector<PackChange> programmes;
    std::vector<PackChange> questions;
    bool event_changed = false;  // event settings (name, date, printer, portfolio link, ...)
    bool texts_changed = false;
    bool order_changed = false;  // programmes, questions or options in another order: old short codes mean something else
    bool other_changed = false;  // locations, reflections, next steps or photos

    bool empty() const {
        return programmes.empty() && questions.empty() && !event_changed && !texts_changed && !order_changed && !other_changed;
    }
};

PackDiff diff_packs(const Content& from, const Content& to);

// One line per change in Dutch, e.g. "+ opleiding 25491 Verzorgende IG".
std::vector<std::string> describe(const PackDiff& diff);

// Pack versions (pack.ini `version`) compared part by part, split at '.': two parts of digits
// compare as numbers (2026.11.1 < 2026.11.10, 07 = 7), anything else as text; a missing part
// counts as 0 (2026.11 = 2026.11.0). Negative, 0 or positive, like strcmp.
int compare_pack_versions(const std::string& a, const std::string& b);

}  // namespace kiosk
