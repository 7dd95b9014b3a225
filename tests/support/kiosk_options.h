// The options of a Kiosk for the logic tests: a content folder, a store in memory, the
// development key, and USB roots where no stick will ever be.
#pragma once

#include <catch2/catch.hpp>

#include <string>

#include "booth/kiosk.h"
#include "support/paths.h"

namespace test {

inline kiosk::KioskOptions kiosk_options(const std::string& content_dir) {
    kiosk::KioskOptions options;
    options.content_dir = content_dir;
    options.store_path = ":memory:";
    options.trusted_keys = {dev_public_key()};
    options.usb_roots = {content_dir + "/no-sticks-here"};
    return options;
}

// A visitor alone from the attract screen to the finish screen: each question's first option,
// "Ik weet het nog niet" for a favourite, each reflection's first answer, the first next step.
// `now` moves on with every tap.
inline void walk_to_finish(kiosk::Kiosk& kiosk, double& now) {
    using kiosk::IntentKind;
    using kiosk::Screen;
    REQUIRE(kiosk.session().screen == Screen::Attract);
    kiosk.apply({IntentKind::StartAlone}, now += 5);
    while (kiosk.session().screen == Screen::Question) {
        const kiosk::Question& question = kiosk.content().questions[kiosk.session().question];
        kiosk.apply({IntentKind::Pick, 0}, now += 2);
        if (question.pick > 1) kiosk.apply({IntentKind::Next}, now += 1);
        kiosk.tick(now += 1);  // the chosen answer shows a moment before the next question
    }
    REQUIRE(kiosk.session().screen == Screen::Results);
    kiosk.apply({IntentKind::TakeHome}, now += 3);
    kiosk.apply({IntentKind::ChooseFavourite, -1}, now += 1);
    while (kiosk.session().screen == Screen::Reflect)
        kiosk.apply({IntentKind::Reflect, static_cast<int>(kiosk.session().reflection), 0}, now += 1);
    kiosk.apply({IntentKind::ChooseStep, 0}, now += 1);
    kiosk.apply({IntentKind::Finish}, now += 1);
    REQUIRE(kiosk.session().screen == Screen::Finish);
}

}  // namespace test
