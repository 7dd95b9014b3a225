// Turns the files of a content pack into the content model, collecting every problem in one
// pass (the staff tool shows them all; the kiosk refuses a pack that has errors).
#pragma once

#include <string>
#include <vector>

#include "core/content.h"
#include "pack/pack_files.h"
#include "pack/problem.h"

namespace kiosk {

struct PackReadResult {
    Content content;
    std::vector<Problem> problems;

    bool ok() const { return !has_errors(problems); }
};

PackReadResult read_pack(const PackFiles& files, const std::string& language = "nl");

// Warnings for texts/<language>.ini files that miss a text of texts/nl.ini (the kiosk falls
// back to Dutch there) or hold texts Dutch does not have.
std::vector<Problem> check_translations(const PackFiles& files);

}  // namespace kiosk
