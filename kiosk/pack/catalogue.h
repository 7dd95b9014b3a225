// Generic programmes for every qualification of the official list (kwalificaties-mbo-2015.csv),
// so the matching and the UI can always be exercised at national scale.
#pragma once

#include <string>
#include <vector>

#include "pack/pack_files.h"
#include "pack/problem.h"

namespace kiosk {

struct Qualification {
    std::string crebo;
    std::string name;
    int level = 0;
    std::string leerweg;      // "BOL/BBL" or "BBL"
    std::string domain_code;  // "entree" when the list gives none
};

std::vector<Qualification> read_qualifications(const std::string& csv_text, std::vector<Problem>& problems);

// `base` with its programmes.csv replaced by one generic card per qualification. The other files
// (features, questions, locations) stay, so the catalogue is matched exactly like real content.
PackFiles catalogue_pack(const PackFiles& base, const std::vector<Qualification>& qualifications,
                         const std::vector<std::string>& location_keys);

// `base` with `count` programmes: its own rows of programmes.csv again and again, each under a
// crebo and name of its own (90000 + i, "NAME i"). The kiosk at the most programmes a pack may
// hold (kMaxProgrammes), for the benchmark and the tests; no real pack is made this way.
PackFiles repeated_programmes(const PackFiles& base, std::size_t count);

}  // namespace kiosk
