#include "output/take_home.h"

#include <cstdio>
#include <exception>

#include "output/portfolio_record.h"
#include "output/short_code.h"

namespace kiosk {

TakeHome take_home(const Content& content, const Session& session, double now, const std::string& token) {
    TakeHome home;
    home.result = portfolio_result(content, session, date_stamp(now));
    if (content.event.portfolio_mode == PortfolioMode::Token) {
        home.token = token.empty() ? new_token() : token;
        home.link = content.event.viewer_url + "#t=" + home.token;
        home.code = token_short_code(home.token);
        home.record_json = portfolio_record_json(content, session, home.result, home.token, now);
    } else {
        home.link = portfolio_link(content.event.viewer_url, home.result);
        home.code = short_code(content, session);
    }
    try {
        home.qr = make_qr(home.link);
    } catch (const std::exception& error) {
        // A pack that skipped validate: the visitor still takes the short code home.
        std::fprintf(stderr, "QR-code niet gemaakt (%zu tekens in de link; controleer viewer_url in event.ini met kiosk-pack validate): %s\n",
                     home.link.size(), error.what());
        home.qr = QrCode{};
    }
    return home;
}

std::optional<Problem> check_link_fits(const Content& content) {
    const std::string link = content.event.portfolio_mode == PortfolioMode::Token ? content.event.viewer_url + "#t=" + new_token()
                                                                                   : portfolio_link(content.event.viewer_url, longest_result(content));
    int version = 0;
    try {
        version = make_qr(link).version;
    } catch (const std::exception&) {
        version = 41;  // fits no QR code at all
    }
    if (version <= kMaxQrVersion) return std::nullopt;
    return Problem{Problem::Severity::Error, "event.ini", 0, 0,
                   "de langste link van dit pakket (" + std::to_string(link.size()) + " tekens: viewer_url met de langst mogelijke uitslag) "
                   "past niet in een QR-code die een telefoon nog leest (hoogstens versie " + std::to_string(kMaxQrVersion) +
                   "); maak viewer_url korter, of het pakket kleiner (minder vragen, opties of resultaten)"};
}

std::string code_hint(const Content& content, const std::string& section) {
    if (content.event.portfolio_mode == PortfolioMode::Token) return content.texts.get(section + ".code_token");
    // The address as a person types it: no scheme, no trailing slash.
    std::string address = content.event.viewer_url;
    if (const auto scheme = address.find("://"); scheme != std::string::npos) address.erase(0, scheme + 3);
    if (!address.empty() && address.back() == '/') address.pop_back();
    return content.texts.format(section + ".code", {{"adres", address}});
}

}  // namespace kiosk
