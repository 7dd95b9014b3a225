// The visual system without a screen: WCAG 2.2 AA contrast of every text/background pair the
// theme allows (ui/palette.h), that text can take its colour only from those pairs, and the
// viewer's own colours.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "support/paths.h"
#include "ui/palette.h"

using namespace kiosk::palette;

namespace {

std::string hex(Rgb c) {
    char out[8];
    std::snprintf(out, sizeof out, "#%02X%02X%02X", c.r, c.g, c.b);
    return out;
}

Rgb parse_hex(const std::string& text) {
    std::string h = text.substr(1);
    if (h.size() == 3) h = {h[0], h[0], h[1], h[1], h[2], h[2]};
    const unsigned long v = std::stoul(h, nullptr, 16);
    return {static_cast<unsigned char>(v >> 16), static_cast<unsigned char>((v >> 8) & 0xFF), static_cast<unsigned char>(v & 0xFF)};
}

std::vector<std::string> ui_sources() {
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(test::source_dir() + "/kiosk/ui"))
        if (entry.path().extension() == ".cpp" || entry.path().extension() == ".h") files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

TEST_CASE("The contrast formula gives WCAG's own figures") {
    CHECK(contrast({0, 0, 0}, {0xFF, 0xFF, 0xFF}) == Approx(21.0));
    CHECK(contrast({0xFF, 0xFF, 0xFF}, {0xFF, 0xFF, 0xFF}) == Approx(1.0));
    // #767676 on white is the lightest grey that passes 4.5:1.
    CHECK(contrast({0x76, 0x76, 0x76}, {0xFF, 0xFF, 0xFF}) == Approx(4.54).epsilon(0.01));
    // The orange the theme had: white on it and it on the page failed AA.
    CHECK(contrast({0xFF, 0xFF, 0xFF}, {0xF0, 0x8A, 0x24}) < 3.0);
    CHECK(contrast({0xF0, 0x8A, 0x24}, background) < 3.0);
}

TEST_CASE("Every text/background pair of the theme meets WCAG 2.2 AA") {
    const std::vector<Pair> all = pairs();
    // Every page ink on every page surface, on_fill on every fill, and the edges: the sets are
    // whole, so no screen can combine an ink and a surface that were not checked.
    CHECK(all.size() >= page_inks().size() * page_surfaces().size() + fills().size());
    double worst_text = 100;
    for (const Pair& pair : all) {
        const double ratio = contrast(pair.fore, pair.back);
        INFO(pair.name << ": " << hex(pair.fore) << " on " << hex(pair.back) << " = " << ratio << ":1");
        CHECK(ratio >= required_contrast(pair.use));
        if (pair.use == Use::Text) worst_text = std::min(worst_text, ratio);
    }
    // A little headroom, so a screen's anti-aliased edge does not drop a text under the bar.
    CHECK(worst_text >= 4.6);
}

TEST_CASE("Text in the kiosk takes its colour only from the tested inks") {
    // ui/theme.h makes the text colours of type TextColour, and draw_text (through which every
    // text is drawn) takes only that type: each TextColour must be one of the palette's inks.
    const std::string theme = test::read_file(test::source_dir() + "/kiosk/ui/theme.h");
    const std::regex declared(R"(constexpr\s+TextColour\s+(\w+)\s*\{\s*rgb\(palette::(\w+)\)\s*\})");
    std::set<std::string> inks;
    for (const Named& named : page_inks()) inks.insert(named.name);
    const std::set<std::string> allowed_ink_names = [&] {
        std::set<std::string> names = inks;
        names.insert("on_fill");
        names.insert("disabled");
        return names;
    }();
    int count = 0;
    for (std::sregex_iterator it(theme.begin(), theme.end(), declared), end; it != end; ++it, ++count) {
        INFO("colour::" << (*it)[1] << " is palette::" << (*it)[2]);
        CHECK(allowed_ink_names.count((*it)[2]) == 1);
    }
    CHECK(count >= 6);
    // No screen draws text past draw_text (where Arabic is laid out and the colour is typed),
    // and none picks a colour of its own.
    for (const std::string& file : ui_sources()) {
        const std::string source = test::read_file(file);
        const std::string name = std::filesystem::path(file).filename().string();
        INFO(name);
        if (name != "widgets.cpp") CHECK(source.find("AddText(") == std::string::npos);
        if (name != "theme.h" && name != "theme.cpp" && name != "palette.h") {
            CHECK(source.find("IM_COL32(") == std::string::npos);
            CHECK(source.find("ImGuiCol_Text") == std::string::npos);
        }
    }
}

TEST_CASE("The portfolio viewer's text colours meet WCAG 2.2 AA") {
    // viewer.css: each rule with both a text colour and a background, and the page's own.
    const std::string css = test::read_file(test::source_dir() + "/tools/portfolio-viewer/viewer.css");
    const std::regex rule(R"(([^{}]+)\{([^{}]*)\})");
    const std::regex colour_re(R"((^|[;\s])color:\s*(#[0-9a-fA-F]{3,6}))");
    const std::regex background_re(R"(background(-color)?:\s*(#[0-9a-fA-F]{3,6}))");
    // Text without a background of its own stands on the page, a card, a notice or a step.
    const std::vector<Rgb> surfaces{parse_hex("#f7f4ee"), parse_hex("#ffffff"), parse_hex("#fff1dc"), parse_hex("#dce8fa")};
    int checked = 0;
    for (std::sregex_iterator it(css.begin(), css.end(), rule), end; it != end; ++it) {
        const std::string selector = (*it)[1], body = (*it)[2];
        std::smatch text, back;
        if (!std::regex_search(body, text, colour_re)) continue;
        const Rgb fore = parse_hex(text[2]);
        std::vector<Rgb> behind;
        if (std::regex_search(body, back, background_re)) behind.push_back(parse_hex(back[2]));
        else behind = surfaces;
        for (Rgb b : behind) {
            INFO(selector << ": " << hex(fore) << " on " << hex(b) << " = " << contrast(fore, b));
            CHECK(contrast(fore, b) >= 4.5);
            ++checked;
        }
    }
    CHECK(checked >= 10);
}
