#include "store/active_content.h"

#include <stdexcept>

#include "pack/pack_reader.h"
#include "pack/signature.h"

namespace kiosk {

ActiveContent load_active_content(Store& store, const std::string& default_folder, const std::vector<std::string>& trusted_keys) {
    ActiveContent result;
    const auto active = store.active_pack();
    const bool default_in_use = !active || active->source == "default";
    if (default_in_use) {
        const PackFiles files = read_pack_folder(default_folder);
        if (!active || active->fingerprint != pack_fingerprint(files)) {
            PackReadResult read = read_pack(files);
            const Verification signature = verify_pack(files, trusted_keys);
            for (const std::string& problem : signature.problems)
                read.problems.push_back({Problem::Severity::Error, kSignatureFile, 0, 0, problem});
            if (read.ok()) {
                const long long id = store.add_pack(files, read.content.pack.name, read.content.pack.version, "default");
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
    PackReadResult read = read_pack(store.pack_files(active->id));
    if (!read.ok()) throw std::runtime_error("de actieve inhoud in de opslag is beschadigd; start opnieuw met de standaardinhoud");
    result.content = std::move(read.content);
    result.pack_id = active->id;
    return result;
}

}  // namespace kiosk
