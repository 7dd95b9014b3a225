// The kiosk's colours as plain numbers, and every pair of a text colour and the background it
// stands on. No ImGui here, so a unit test can compute the WCAG contrast of each pair without a
// screen (tests/unit/test_theme.cpp); ui/theme.h turns the same numbers into ImGui colours.
//
// The rule the pairs encode: a text colour for the page (`page_inks`) may stand on any of the
// light surfaces (`page_surfaces`), and the ink for filled shapes (`on_fill`) on any fill
// (`fills`). Keeping the sets whole, rather than listing only the pairs a screen happens to use
// today, means a screen can combine any ink with any surface of its set and stay readable.
#pragma once

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace kiosk::palette {

struct Rgb {
    unsigned char r = 0, g = 0, b = 0;
};

// Light surfaces text stands on.
inline constexpr Rgb background{0xF7, 0xF4, 0xEE};  // the page: warm off-white
inline constexpr Rgb surface{0xFF, 0xFF, 0xFF};     // tiles, cards, the dialog box
inline constexpr Rgb selected{0xDC, 0xE8, 0xFA};    // a chosen tile, a highlighted panel
inline constexpr Rgb surprise{0xFF, 0xF1, 0xDC};    // the surprise card, a suggested step

// Inks for the page.
inline constexpr Rgb ink{0x1E, 0x24, 0x33};      // body text
inline constexpr Rgb muted{0x5A, 0x61, 0x70};    // secondary text: introductions, facts
inline constexpr Rgb primary{0x1F, 0x4E, 0x9A};  // headings of sections, secondary buttons
// Warnings, the surprise label, the parent's turn. A burnt orange: the bright orange it
// replaces (#F08A24) gave white on it 2.5:1 and itself on the page 2.3:1.
inline constexpr Rgb accent{0xB0, 0x3E, 0x0C};

// Filled shapes with text on them (buttons, banners, badges), and that text.
inline constexpr Rgb on_fill{0xFF, 0xFF, 0xFF};

// A button that cannot be tapped yet. WCAG 1.4.3 sets no contrast for inactive controls; the
// kiosk still keeps it at 3:1 so "Verder" can be read before it becomes active.
inline constexpr Rgb disabled{0x85, 0x8A, 0x94};

// Lines and edges. `outline` marks where a control ends (answer tiles, the globe, quiet buttons)
// and so needs 3:1 against the page (WCAG 1.4.11); `border` is decoration (dividers, the track
// of a bar) that nobody needs to see to use the kiosk.
inline constexpr Rgb outline{0x85, 0x7F, 0x72};
inline constexpr Rgb border{0xD9, 0xD4, 0xCA};

struct Named {
    const char* name;
    Rgb rgb;
};

inline const std::vector<Named>& page_surfaces() {
    static const std::vector<Named> all{{"background", background}, {"surface", surface}, {"selected", selected}, {"surprise", surprise}};
    return all;
}
inline const std::vector<Named>& page_inks() {
    static const std::vector<Named> all{{"ink", ink}, {"muted", muted}, {"primary", primary}, {"accent", accent}};
    return all;
}
inline const std::vector<Named>& fills() {
    static const std::vector<Named> all{{"primary", primary}, {"accent", accent}};
    return all;
}

// What WCAG 2.2 AA asks of a pair.
enum class Use {
    Text,      // 4.5:1 (1.4.3): every text, at any size, so no screen has to reason about "large"
    Inactive,  // an inactive control's label: no requirement in WCAG; we keep 3:1
    Graphic,   // edges of controls and meaningful shapes: 3:1 (1.4.11)
};

struct Pair {
    std::string name;  // "muted on selected"
    Rgb fore, back;
    Use use = Use::Text;
};

inline double required_contrast(Use use) { return use == Use::Text ? 4.5 : 3.0; }

// WCAG 2.x relative luminance of an sRGB colour.
inline double relative_luminance(Rgb c) {
    auto channel = [](unsigned char v) {
        const double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

inline double contrast(Rgb a, Rgb b) {
    const double la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Every text/background pair the theme allows, and the edges that must be seen.
inline std::vector<Pair> pairs() {
    std::vector<Pair> all;
    auto add = [&](const Named& fore, const Named& back, Use use) {
        all.push_back({std::string(fore.name) + " on " + back.name, fore.rgb, back.rgb, use});
    };
    for (const Named& back : page_surfaces())
        for (const Named& fore : page_inks()) add(fore, back, Use::Text);
    for (const Named& back : fills()) add({"on_fill", on_fill}, back, Use::Text);
    add({"disabled", disabled}, {"background", background}, Use::Inactive);
    // Edges of controls against what stands around them, and the shapes that carry meaning
    // (progress dots, fit bars, the bar at the start of a highlighted panel).
    for (const Named& back : {Named{"background", background}, Named{"surface", surface}}) {
        add({"outline", outline}, back, Use::Graphic);
        for (const Named& fill : fills()) add(fill, back, Use::Graphic);
    }
    add({"primary", primary}, {"selected", selected}, Use::Graphic);
    return all;
}

}  // namespace kiosk::palette
