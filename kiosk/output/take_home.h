// What the visitor takes home from the finish screen: the portfolio link, its QR code and the
// short code. Made once, when the visitor reaches the finish screen.
#pragma once

#include <optional>
#include <string>

#include "core/content.h"
#include "core/session.h"
#include "pack/problem.h"
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

// The largest QR code the finish screen and a 58 mm ticket still show so that a phone reads it
// (version 20: 97 modules a side, at least 3 dots a module on the ticket).
inline constexpr int kMaxQrVersion = 20;

// `qr` is empty (size 0) when the link did not fit a QR code: the finish screen then shows the
// short code alone (finish.no_qr). Nothing about a pack's address can end the kiosk here.
// `token`: in token mode, the token this visitor already has (coming back to the finish screen
// keeps the same link); empty to make a new one.
TakeHome take_home(const Content& content, const Session& session, double now, const std::string& token = {});

// What to do with the short code, from the texts `<section>.code` (fragment mode: type it in the
// viewer at {adres}) or `<section>.code_token` (token mode: the school looks it up).
// Whether the longest link `content` can give (longest_result; in token mode the token) fits a QR
// code of at most kMaxQrVersion; an error naming event.ini and its viewer_url when not.
// `kiosk-pack validate` and a pack on a stick are both checked with it.
std::optional<Problem> check_link_fits(const Content& content);

std::string code_hint(const Content& content, const std::string& section);

}  // namespace kiosk
