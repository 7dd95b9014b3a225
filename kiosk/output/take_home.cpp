#include "output/take_home.h"

#include "output/short_code.h"

namespace kiosk {

TakeHome take_home(const Content& content, const Session& session, double now) {
    TakeHome home;
    home.result = portfolio_result(content, session, date_stamp(now));
    home.link = portfolio_link(content.event.viewer_url, home.result);
    home.code = short_code(content, session.answers);
    home.qr = make_qr(home.link);
    return home;
}

}  // namespace kiosk
