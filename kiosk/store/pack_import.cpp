#include "store/pack_import.h"

#include <stdexcept>

#include "output/take_home.h"
#include "pack/pack_reader.h"

namespace kiosk {

PackCandidate inspect_pack(const std::string& path, const std::vector<std::string>& trusted_keys, const Content& current) {
    PackCandidate candidate;
    candidate.path = path;
    try {
        candidate.files = read_pack_path(path);
    } catch (const std::exception& error) {
        candidate.problems.push_back({Problem::Severity::Error, "", 0, 0, error.what()});
        return candidate;
    }
    PackReadResult read = vet_pack(candidate.files, trusted_keys, PackCheck::Thorough, &candidate.signed_by);
    // The same check as kiosk-pack validate: a pack whose link could outgrow a QR code is refused.
    if (read.ok())
        if (std::optional<Problem> too_long = check_link_fits(read.content)) read.problems.push_back(std::move(*too_long));
    if (read.ok()) {
        candidate.diff = diff_packs(current, read.content);
        candidate.content = std::move(read.content);
    }
    candidate.problems = std::move(read.problems);
    return candidate;
}

long long load_pack(Store& store, const PackCandidate& candidate) {
    if (!candidate.loadable()) throw std::logic_error("load_pack: het pakket heeft fouten");
    return store.add_pack(candidate.files, candidate.content->pack.name, candidate.content->pack.version,
                          PackSource{PackSource::Kind::Usb, candidate.path});
}

}  // namespace kiosk
