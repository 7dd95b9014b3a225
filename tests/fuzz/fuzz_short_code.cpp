// Fuzz target: the short code a visitor types in. A code that decodes must give a session the
// content allows, and encode back to a code that decodes to the same session.
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
    const auto session = kiosk::decode_short_code(content(), code);
    if (!session) return 0;
    const kiosk::Answers& answers = session->answers;
    for (std::size_t q = 0; q < content().questions.size(); ++q) {
        if (static_cast<int>(answers.picked[q].size()) > content().questions[q].pick) __builtin_trap();
        for (int option : answers.picked[q])
            if (option < 0 || static_cast<std::size_t>(option) >= content().questions[q].options.size()) __builtin_trap();
    }
    if (session->favourite >= static_cast<int>(content().programmes.size())) __builtin_trap();
    if (session->next_step >= static_cast<int>(content().next_steps.size())) __builtin_trap();
    if (session->reflections.size() != content().reflections.size()) __builtin_trap();
    const auto again = kiosk::decode_short_code(content(), kiosk::short_code(content(), *session));
    if (!again || again->answers.picked != answers.picked || again->favourite != session->favourite ||
        again->reflections != session->reflections || again->next_step != session->next_step)
        __builtin_trap();
    return 0;
}
