#include <catch2/catch.hpp>

#include <random>

#include "output/take_home.h"
#include "output/ticket.h"
#include "output/font_files.h"
#include "output/png.h"
#include "support/paths.h"
#include "support/escpos.h"
#include "support/qr_decode.h"
#include "support/random_answers.h"

using namespace kiosk;


TEST_CASE("The ticket, printed as ESC/POS raster at 58 and 80 mm, decodes back to an image whose QR is the link") {
    const Content& content = test::default_content();
    std::mt19937 random(21);
    const Session session = test::finished_session(content, random, 1795860000.0);
    const TakeHome home = take_home(content, session, 1795860120.0);
    const TicketText text = ticket_text(content, session, home);
    CHECK(text.programmes.size() == 3);
    CHECK(text.link == home.link);
    const TicketFonts fonts = read_ticket_fonts();
    for (const int width : {384, 576}) {
        INFO(width << " dots");
        const Bitmap ticket = render_ticket(text, width, fonts);
        CHECK(ticket.width == width);
        const Bitmap printed = test::decode_escpos(escpos_ticket(ticket));
        REQUIRE(printed.width == width);
        REQUIRE(printed.height == ticket.height);
        CHECK(printed.dots == ticket.dots);
        const int w = printed.width, h = printed.height;
        const auto pixels = test::rgba_of(printed);
        CHECK(test::decode_qr(pixels, w, h) == std::vector<std::string>{home.link});
        write_png(test::screenshot_dir() + "/ticket-" + std::to_string(width) + ".png", Image{w, h, pixels});
    }
}

TEST_CASE("Samen: the ticket carries the questions to take home, and its QR the parent's answers too") {
    const Content& content = test::default_content();
    std::mt19937 random(23);
    Session session = test::finished_session(content, random, 1795860000.0);
    session.together = true;
    session.parent_answers = test::random_answers(content, random);
    const TakeHome home = take_home(content, session, 1795860120.0);
    const TicketText text = ticket_text(content, session, home);
    CHECK(text.home_title == content.texts.get("together.home_title"));
    REQUIRE(text.home_questions.size() == 3);
    CHECK(text.home_questions[0] == content.texts.get("together.home_1"));
    CHECK(home.link.find(";o=") != std::string::npos);
    const Bitmap ticket = render_ticket(text, 384, read_ticket_fonts());
    const auto pixels = test::rgba_of(ticket);
    CHECK(test::decode_qr(pixels, ticket.width, ticket.height) == std::vector<std::string>{home.link});
    write_png(test::screenshot_dir() + "/ticket-together.png", Image{ticket.width, ticket.height, pixels});

    Session alone = test::finished_session(content, random, 1795860000.0);
    CHECK(ticket_text(content, alone, take_home(content, alone, 1795860120.0)).home_questions.empty());
}
