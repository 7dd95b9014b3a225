// Fuzz target: the portfolio link's fragment decoder (what a viewer or a scanner hands back).
// Whatever decodes must encode to a fragment that decodes to the same result.
#include <cstddef>
#include <cstdint>
#include <string>

#include "output/portfolio_link.h"

namespace {
void check_round_trip(const std::string& fragment) {
    const auto result = kiosk::decode_fragment(fragment);
    if (!result) return;
    const auto again = kiosk::decode_fragment(kiosk::encode_fragment(*result));
    if (!again || again->answers != result->answers || again->programmes.size() != result->programmes.size() ||
        again->favourite != result->favourite)
        __builtin_trap();
}
}  // namespace

// The input as it is (mostly refused by the check characters), and with correct check
// characters appended, so the fields behind the check are fuzzed too.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string fragment(reinterpret_cast<const char*>(data), size);
    check_round_trip(fragment);
    const auto check_at = fragment.rfind(";c=");
    const std::string body = check_at == std::string::npos ? fragment : fragment.substr(0, check_at);
    check_round_trip(body + ";c=" + kiosk::fragment_check(body));
    return 0;
}
