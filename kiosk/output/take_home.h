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
};

TakeHome take_home(const Content& content, const Session& session, double now);

}  // namespace kiosk
