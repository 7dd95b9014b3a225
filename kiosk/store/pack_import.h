// Loading a content pack from a USB stick, all or nothing. First the pack is inspected: read
// with the untrusted-input limits, its signature checked, its content checked, and compared with
// the content in use, so staff see what would change. Only a pack without errors can be loaded;
// loading stores it beside the current pack and switches to it in one transaction, keeping the
// current pack for rollback.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/content.h"
#include "pack/pack_diff.h"
#include "pack/pack_files.h"
#include "pack/problem.h"
#include "pack/signature.h"
#include "store/store.h"

namespace kiosk {

struct PackCandidate {
    std::string path;
    PackFiles files;
    std::string signed_by;              // key id, when the signature could be read
    std::vector<Problem> problems;      // reading, signature and content; errors and warnings
    std::optional<Content> content;     // when the content could be read without errors
    PackDiff diff;                      // against the content in use

    bool loadable() const { return !has_errors(problems) && content.has_value(); }
};

PackCandidate inspect_pack(const std::string& path, const std::vector<std::string>& trusted_keys, const Content& current);

// Stores the candidate as the active pack; returns its id. Requires loadable().
long long load_pack(Store& store, const PackCandidate& candidate);

}  // namespace kiosk
