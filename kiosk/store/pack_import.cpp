#include "store/pack_import.h"

#include <stdexcept>

#include "pack/pack_reader.h"

namespace kiosk {

PackCandidate inspect_pack(const std::string& path, const std::vector<std::string>& trusted_keys, const Content& current) {
    PackCandidate candidate;
    candidate.path = path;
    try {
        candidate.files = read_pack_path(path);
    } catch (const std::exception& error) {
        candidate.problems.push_back(error.what());
        return candidate;
    }
    const Verification signature = verify_pack(candidate.files, trusted_keys);
    candidate.signed_by = signature.signed_by;
    candidate.problems = signature.problems;
    PackReadResult read = check_pack(candidate.files);
    for (const Problem& problem : read.problems)
        (problem.severity == Problem::Severity::Error ? candidate.problems : candidate.warnings).push_back(to_string(problem));
    if (read.ok()) {
        candidate.diff = diff_packs(current, read.content);
        candidate.content = std::move(read.content);
    }
    return candidate;
}

long long load_pack(Store& store, const PackCandidate& candidate) {
    if (!candidate.loadable()) throw std::logic_error("load_pack: het pakket heeft fouten");
    return store.add_pack(candidate.files, candidate.content->pack.name, candidate.content->pack.version, "usb:" + candidate.path);
}

}  // namespace kiosk
