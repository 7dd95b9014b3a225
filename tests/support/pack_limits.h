// A content pack with every text at its limit (pack/limits.h), for the tests that check the
// reader's limits and that every screen can draw them.
#pragma once

#include <cstddef>
#include <string>

#include "pack/pack_files.h"

namespace test {

// What a text is filled with: the worst cases for drawing it.
enum class Filler {
    Wide,    // 'W' without a space: one word, one line, the widest Latin letter
    Words,   // "Wwwwwwwww " over and over: as many wrapped lines as can be
    Arabic,  // 'م' without a space: one right-to-left word, joined letter after letter
};

// `characters` characters of `filler`.
std::string filler(std::size_t characters, Filler filler);

// The default pack with every text a screen shows (names, card topics, questions and answers,
// reasons, steps, Uitleg, event texts, every screen text of texts/ and every translation) at
// exactly its limit (kiosk::text_limit), or `over` characters more; unsigned. `filled` receives
// how many values were filled.
kiosk::PackFiles pack_at_limits(Filler filler, std::size_t over = 0, std::size_t* filled = nullptr);

}  // namespace test
