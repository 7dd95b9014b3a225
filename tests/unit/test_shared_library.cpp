// Libraries opened when first needed (system/shared_library.h): libcups and libzip are not
// linked into the kiosk, so a booth that never prints through CUPS never holds them in memory.
#include <catch2/catch.hpp>

#include <cmath>

#include "system/shared_library.h"

using namespace kiosk;

TEST_CASE("A library that is not installed says why, and gives no functions") {
    SharedLibrary missing("libdoes-not-exist-openday.so.7");
    CHECK_FALSE(missing.is_open());
    CHECK(missing.error().find("libdoes-not-exist-openday.so.7") != std::string::npos);
    double (*function)(double) = &std::cos;
    CHECK_FALSE(missing.bind(function, "cos"));
    CHECK(function == nullptr);
}

TEST_CASE("An opened library gives its functions with their types, and names one it lacks") {
    SharedLibrary maths("libm.so.6");
    REQUIRE(maths.is_open());
    double (*cosine)(double) = nullptr;
    REQUIRE(maths.bind(cosine, "cos"));
    CHECK(cosine(0.0) == 1.0);
    void (*nothing)() = nullptr;
    CHECK_FALSE(maths.bind(nothing, "openday_no_such_function"));
    CHECK(maths.error().find("openday_no_such_function") != std::string::npos);
}
