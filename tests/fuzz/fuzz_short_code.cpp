// Fuzz target: the short code a visitor types in. A code that decodes must give answers the
// content allows, and encode back to a code that decodes to the same answers.
#include <cstddef>
#include <cstdint>
#include <string>

#include "output/short_code.h"
#include "pack/pack_reader.h"

namespace {
const kiosk::Content& content() {
    static const kiosk::Content loaded = kiosk::read_pack(kiosk::read_pack_folder(KIOSK_CONTENT_DIR)).content;
    return loaded;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string code(reinterpret_cast<const char*>(data), size);
    const auto answers = kiosk::decode_short_code(content(), code);
    if (!answers) return 0;
    for (std::size_t q = 0; q < content().questions.size(); ++q) {
        if (static_cast<int>(answers->picked[q].size()) > content().questions[q].pick) __builtin_trap();
        for (int option : answers->picked[q])
            if (option < 0 || static_cast<std::size_t>(option) >= content().questions[q].options.size()) __builtin_trap();
    }
    const auto again = kiosk::decode_short_code(content(), kiosk::short_code(content(), *answers));
    if (!again || again->picked != answers->picked) __builtin_trap();
    return 0;
}
