#include "store/active_content.h"

#include <stdexcept>

#include "pack/pack_reader.h"
#include "pack/signature.h"

namespace kiosk {

namespace {

std::string errors_of(const std::vector<Problem>& problems) {
    std::string text;
    for (const auto& problem : problems)
        if (problem.severity == Problem::Severity::Error) text += (text.empty() ? "" : "; ") + to_string(problem);
    return text;
}

// Staff hear which stored pack failed, why, and what the kiosk runs instead.
void tell_failed(ActiveContent& result, const Store& store, const std::vector<std::pair<StoredPack, std::string>>& failed,
                 const std::string& instead) {
    const std::string running = result.content.pack.name + ", versie " + result.content.pack.version;
    for (const auto& [pack, why] : failed) {
        StoreNotice notice;
        notice.kind = StoreNotice::Kind::PackFailed;
        notice.values = {{"naam", pack.name}, {"versie", pack.version}, {"nu", running}};
        notice.problem.file = store.path();
        notice.problem.message = "het pakket '" + pack.name + "' (versie " + pack.version + ") in de opslag klopt niet meer: " + why +
                                 ". Het is uit de opslag gehaald; de kiosk gebruikt nu " + instead + " '" + running +
                                 "'. Laad het pakket zo nodig opnieuw van de USB-stick.";
        result.notices.push_back(std::move(notice));
    }
}

}  // namespace

ActiveContent load_active_content(Store& store, const std::string& default_folder, const std::vector<std::string>& trusted_keys,
                                  bool refresh_default) {
    ActiveContent result;
    const auto active = store.active_pack();
    if (refresh_default && (!active || active->source.kind == PackSource::Kind::BuiltIn)) {
        const PackFiles files = read_pack_folder(default_folder);
        if (!active || active->fingerprint != pack_fingerprint(files)) {
            PackReadResult read = vet_pack(files, trusted_keys, PackCheck::Quick);
            if (read.ok()) {
                const long long id = store.add_pack(files, read.content.pack.name, read.content.pack.version, PackSource{});
                return {std::move(read.content), id, std::move(read.problems), {}};
            }
            if (!active) {
                std::string message = "de standaardinhoud is niet bruikbaar:";
                for (const auto& problem : read.problems) message += "\n  " + to_string(problem);
                throw std::runtime_error(message);
            }
            result.problems = std::move(read.problems);  // keep running the last good content
        }
    }
    // Checked again, not only when it came in: a kiosk that stops trusting a key stops running
    // what that key signed, and a pack damaged in the store (a flipped byte) is noticed. Such a
    // pack goes; the previous one takes its place, and when that fails too, the built-in content.
    std::vector<std::pair<StoredPack, std::string>> failed;
    for (int tries = 0; tries < 4; ++tries) {  // the store holds two packs; the bound is only a guard
        const auto pack = store.active_pack();
        if (!pack) break;
        PackReadResult read = vet_pack(store.pack_files(pack->id), trusted_keys, PackCheck::Quick);
        if (read.ok()) {
            result.content = std::move(read.content);
            result.pack_id = pack->id;
            tell_failed(result, store, failed, pack->source.kind == PackSource::Kind::BuiltIn ? "de standaardinhoud" : "de vorige inhoud");
            return result;
        }
        failed.emplace_back(*pack, errors_of(read.problems));
        store.forget_pack(pack->id);
    }
    // No stored pack to run: the kiosk's own content folder, checked like a stick's pack.
    const PackFiles files = read_pack_folder(default_folder);
    PackReadResult read = vet_pack(files, trusted_keys, PackCheck::Quick);
    if (!read.ok()) {
        std::string message = "er is geen bruikbare inhoud:";
        for (const auto& [pack, why] : failed) message += "\n  het pakket '" + pack.name + "' in de opslag klopt niet meer: " + why;
        message += "\n  de standaardinhoud (" + default_folder + ") is niet bruikbaar:";
        for (const auto& problem : read.problems) message += "\n    " + to_string(problem);
        throw std::runtime_error(message);
    }
    result.pack_id = store.add_pack(files, read.content.pack.name, read.content.pack.version, PackSource{});
    result.content = std::move(read.content);
    for (Problem& problem : read.problems) result.problems.push_back(std::move(problem));
    tell_failed(result, store, failed, "de standaardinhoud");
    return result;
}

}  // namespace kiosk
