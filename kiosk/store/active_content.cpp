#include "store/active_content.h"

#include <stdexcept>

#include "pack/pack_reader.h"
#include "pack/signature.h"

namespace kiosk {

ActiveContent load_active_content(Store& store, const std::string& default_folder, const std::vector<std::string>& trusted_keys,
                                  bool refresh_default) {
    ActiveContent result;
    auto active = store.active_pack();
    if (refresh_default && (!active || active->source.kind == PackSource::Kind::BuiltIn)) {
        const PackFiles files = read_pack_folder(default_folder);
        if (!active || active->fingerprint != pack_fingerprint(files)) {
            PackReadResult read = vet_pack(files, trusted_keys, PackCheck::Quick);
            if (read.ok()) {
                const long long id = store.add_pack(files, read.content.pack.name, read.content.pack.version, PackSource{});
                return {std::move(read.content), id, std::move(read.problems)};
            }
            if (!active) {
                std::string message = "de standaardinhoud is niet bruikbaar:";
                for (const auto& problem : read.problems) message += "\n  " + to_string(problem);
                throw std::runtime_error(message);
            }
            result.problems = std::move(read.problems);  // keep running the last good content
        }
    }
    if (!active) throw std::runtime_error("er is geen inhoud geladen");
    // Checked again, not only when it came in: a kiosk that stops trusting a key stops running
    // what that key signed, and a damaged store is noticed.
    PackReadResult read = vet_pack(store.pack_files(active->id), trusted_keys, PackCheck::Quick);
    if (!read.ok()) {
        std::string message = "de inhoud in de opslag (" + active->name + ") is niet bruikbaar:";
        for (const auto& problem : read.problems) message += "\n  " + to_string(problem);
        throw std::runtime_error(message);
    }
    result.content = std::move(read.content);
    result.pack_id = active->id;
    return result;
}

}  // namespace kiosk
