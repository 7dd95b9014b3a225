// The short code under the QR code: the visitor's answers, favourite, reflections and next step
// packed into a few characters to type on a phone without a working camera. With the same
// content the answers give back the same programmes and reasons, so the code leads to the same
// result, in the portfolio viewer and for staff (kiosk --lookup). Crockford base 32 (no I, L,
// O, U) with a check character; docs/portfolio-link.md describes the layout.
#pragma once

#include <optional>
#include <string>

#include "core/content.h"
#include "core/session.h"

namespace kiosk {

std::string short_code(const Content& content, const Session& session);  // e.g. "7KQ2-M9XA-P3TR"
// The finished session the code stands for, with its ranking; nullopt for a code that does not
// fit this content (a typing error, or another pack).
std::optional<Session> decode_short_code(const Content& content, const std::string& code);

}  // namespace kiosk
