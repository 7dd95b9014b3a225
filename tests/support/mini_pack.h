// A tiny, fully known content pack, for tests that check exact numbers.
#pragma once

#include "core/content.h"
#include "pack/pack_files.h"

namespace test {

// Features: praktijk, theorie, bol, bbl, mensen, techniek, groot, klein, doorleren.
// Questions: vmbo (levels), leren (praktijk / theorie), graag (pick 2: mensen, techniek).
// Programmes: 10001 zorg level 2 70% practice; 10002 techniek level 3 60%; 10003 techniek
// level 4 40%; 10004 zorg level 4 30%.
kiosk::PackFiles mini_pack();
// The mini pack read; REQUIREs that it has no errors.
kiosk::Content mini_content();

}  // namespace test
