// The short code on the finish screen: the visitor's answers packed into a few characters that
// can be typed on a phone without a working camera. With the same content, the answers give
// back the same result. Crockford base32 (no I, L, O, U) with a check character.
#pragma once

#include <optional>
#include <string>

#include "core/content.h"
#include "core/matching.h"

namespace kiosk {

std::string short_code(const Content& content, const Answers& answers);  // e.g. "7KQ2-M9XA-P"
std::optional<Answers> decode_short_code(const Content& content, const std::string& code);

}  // namespace kiosk
