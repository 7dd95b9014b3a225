#include "output/take_home.h"

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
    home.qr = make_qr(home.link);
    return home;
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
