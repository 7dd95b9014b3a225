// What the visitor takes home from the finish screen: the portfolio link, its QR code and the
// short code. Made once, when the visitor reaches the finish screen.
#pragma once

#include <string>

#include "core/content.h"
#include "core/session.h"
#include "output/portfolio_link.h"
#include "output/qr.h"

namespace kiosk {

struct TakeHome {
    PortfolioResult result;
    std::string link;
    std::string code;
    QrCode qr;
    std::string token;        // token mode only: the key the record is kept under
    std::string record_json;  // token mode only: the record to keep for export
    bool operator==(const TakeHome&) const = default;
};

// `token`: in token mode, the token this visitor already has (coming back to the finish screen
// keeps the same link); empty to make a new one.
TakeHome take_home(const Content& content, const Session& session, double now, const std::string& token = {});

// What to do with the short code, from the texts `<section>.code` (fragment mode: type it in the
// viewer at {adres}) or `<section>.code_token` (token mode: the school looks it up).
std::string code_hint(const Content& content, const std::string& section);

}  // namespace kiosk
