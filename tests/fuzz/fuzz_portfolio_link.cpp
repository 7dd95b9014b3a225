// Fuzz target: the portfolio link's fragment decoder (what a viewer or a scanner hands back).
// Whatever decodes must encode to a fragment that decodes to the same result.
#include <cstddef>
#include <cstdint>
#include <string>

#include "output/portfolio_link.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string fragment(reinterpret_cast<const char*>(data), size);
    const auto result = kiosk::decode_fragment(fragment);
    if (!result) return 0;
    const auto again = kiosk::decode_fragment(kiosk::encode_fragment(*result));
    if (!again || again->answers != result->answers || again->programmes.size() != result->programmes.size() ||
        again->favourite != result->favourite)
        __builtin_trap();
    return 0;
}
