// Programme photos: checked like all pack input, decoded small, refused when they are not a
// JPEG or PNG, do not decode, or are enormous.
#include <catch2/catch.hpp>

#include "pack/pack_reader.h"
#include "pack/photo.h"
#include "support/paths.h"
#include "support/problems.h"

using namespace kiosk;

using test::mentions;

TEST_CASE("A photo decodes, scaled down to the card and never up") {
    const std::string png = test::png_photo(800, 400);
    CHECK_FALSE(photo_header_problem(png));
    const auto small = decode_photo(png, 200);
    REQUIRE(small);
    CHECK(small->width == 200);
    CHECK(small->height == 100);
    CHECK(small->rgba.size() == 200u * 100u * 4u);
    const auto same = decode_photo(png, 4000);
    REQUIRE(same);
    CHECK(same->width == 800);
}

TEST_CASE("Photos that are not JPEG or PNG, are cut off, or are enormous are refused") {
    CHECK(*photo_header_problem("GIF89a....") == "is geen JPEG- of PNG-foto");
    CHECK(photo_header_problem("")->find("geen JPEG") != std::string::npos);
    const std::string png = test::png_photo(300, 200);
    CHECK_FALSE(decode_photo(png.substr(0, png.size() / 2), 100));
    CHECK(photo_header_problem(test::png_photo(2100, 8))->find("is te groot (2100x8 pixels)") != std::string::npos);
}

TEST_CASE("The pack names each photo problem where staff can find it") {
    PackFiles files = test::pack_with_photos(test::png_photo(600, 400));
    PackReadResult read = check_pack(files);
    for (const auto& problem : read.problems) UNSCOPED_INFO(to_string(problem));
    CHECK(read.ok());
    CHECK_FALSE(mentions(read.problems, "geen foto"));
    REQUIRE(read.content.programmes.front().photo == "photos/foto.png");

    files.erase("photos/foto.png");
    CHECK(mentions(read_pack(files).problems, ":25: foto 'foto.png' staat niet in de map photos/"));
    files["photos/foto.png"] = "niet echt een foto";
    CHECK(mentions(read_pack(files).problems, "foto 'foto.png' is geen JPEG- of PNG-foto"));
    const std::string png = test::png_photo(600, 400);
    files["photos/foto.png"] = png.substr(0, png.size() - 200);  // a copy that broke off
    read = check_pack(files);
    CHECK(mentions(read.problems, "photos/foto.png: de foto kan niet gelezen worden"));
    CHECK(mentions(check_pack(test::default_pack()).problems, "53 opleidingen hebben geen foto"));
}
