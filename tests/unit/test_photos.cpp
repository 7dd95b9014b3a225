// Programme photos: checked like all pack input, decoded small, refused when they are not a
// JPEG or PNG, do not decode, or are enormous.
#include <catch2/catch.hpp>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

#include "pack/pack_reader.h"
#include "pack/photo.h"
#include "pack/photo_worker.h"
#include "output/png.h"
#include "support/paths.h"
#include "support/photo_files.h"
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
    CHECK(mentions(read.problems, "photos/foto.png: de foto is beschadigd en kan niet gelezen worden"));
    CHECK(mentions(check_pack(test::default_pack()).problems, "53 opleidingen hebben geen foto"));
}

namespace {
// The red of the pixel at (x, y): the test photos run from 0 on the left to 255 on the right.
int red_at(const Photo& photo, int x, int y) { return photo.rgba[(static_cast<std::size_t>(y) * static_cast<std::size_t>(photo.width) + static_cast<std::size_t>(x)) * 4]; }
}  // namespace

TEST_CASE("JPEG photos decode as staff's software writes them: baseline, progressive, grey and CMYK") {
    for (const test::JpegKind kind : {test::JpegKind::Baseline, test::JpegKind::Progressive, test::JpegKind::Grey, test::JpegKind::Cmyk}) {
        CAPTURE(static_cast<int>(kind));
        const std::string jpeg = test::jpeg_photo(800, 400, kind);
        CHECK_FALSE(photo_header_problem(jpeg));
        const auto photo = decode_photo(jpeg, 200);
        REQUIRE(photo);
        CHECK(photo->width == 200);
        CHECK(photo->height == 100);
        CHECK(red_at(*photo, 5, 50) < 30);
        CHECK(red_at(*photo, 195, 50) > 220);
        CHECK(photo->rgba[3] == 255);
        const auto whole = decode_photo(jpeg, 4000);
        REQUIRE(whole);
        CHECK(whole->width == 800);
        CHECK(whole->height == 400);
    }
}

TEST_CASE("PNG photos decode in every layout: interlaced, 16-bit grey and with a palette") {
    for (const test::PngKind kind : {test::PngKind::Plain, test::PngKind::Interlaced, test::PngKind::Grey16, test::PngKind::Palette}) {
        CAPTURE(static_cast<int>(kind));
        const auto photo = decode_photo(test::png_photo_of(300, 150, kind), 100);
        REQUIRE(photo);
        CHECK(photo->width == 100);
        CHECK(photo->height == 50);
        CHECK(red_at(*photo, 2, 25) < 30);
        CHECK(red_at(*photo, 97, 25) > 220);
    }
}

TEST_CASE("Scaling down averages by coverage and alpha, so a soft transparent edge does not darken") {
    // Two columns: opaque white, fully transparent black. Halved, the white stays white.
    std::string pixels;
    const std::string png = [] {
        kiosk::Image image{2, 2, {255, 255, 255, 255, 0, 0, 0, 0, 255, 255, 255, 255, 0, 0, 0, 0}};
        test::TempDir dir("kiosk-alpha");
        REQUIRE(kiosk::write_png(dir.path + "/a.png", image));
        return test::read_file(dir.path + "/a.png");
    }();
    const auto photo = decode_photo(png, 1);
    REQUIRE(photo);
    REQUIRE(photo->width == 1);
    CHECK(photo->rgba[0] == 255);
    CHECK(photo->rgba[3] == 128);
}

TEST_CASE("A PNG whose data inflates far past its declared size decodes only its declared pixels, in little memory") {
    // Issue 14: 64x64 declared, 128 MiB of image data in a file of about 130 KB. stb_image
    // inflated it all at once (a peak of 207 MB for the 200 MB); libpng's progressive
    // reader stops at the last row. The decode runs in a child process whose address space may
    // grow by only 48 MiB: more than the budget, far less than the data.
    const std::string bomb = test::png_bomb(64, 64, 128u << 20);
    CHECK(bomb.size() < (1u << 20));
    CHECK_FALSE(photo_header_problem(bomb));
#if defined(__SANITIZE_ADDRESS__)
    WARN("AddressSanitizer reserves far more address space than any limit: the memory bound is checked without it");
    CHECK(decode_photo(bomb, 64));
#else
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        long pages = 0;
        std::FILE* statm = std::fopen("/proc/self/statm", "r");
        if (!statm || std::fscanf(statm, "%ld", &pages) != 1) _exit(3);
        std::fclose(statm);
        const rlim_t limit = static_cast<rlim_t>(pages) * static_cast<rlim_t>(sysconf(_SC_PAGESIZE)) + (48u << 20);
        const rlimit address_space{limit, limit};
        if (setrlimit(RLIMIT_AS, &address_space) != 0) _exit(4);
        const auto photo = decode_photo(bomb, 64);
        _exit(photo && photo->width == 64 && photo->height == 64 ? 0 : 1);
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
#endif
}

TEST_CASE("Photos over the decode budgets are refused from the header, with the reason staff can act on") {
    std::string problem;
    CHECK_FALSE(decode_photo(test::jpeg_photo(2100, 8), 100, &problem));
    CHECK(problem.find("is te groot (2100x8 pixels)") != std::string::npos);
    CHECK(photo_header_problem(test::jpeg_photo(8, 2100))->find("is te groot (8x2100 pixels)") != std::string::npos);
    // A progressive JPEG keeps all its coefficients: 2048x2048 without subsampling needs 24 MiB.
    const std::string heavy = test::jpeg_photo(2048, 2048, test::JpegKind::ProgressiveFull);
    REQUIRE(photo_header_problem(heavy));
    CHECK(photo_header_problem(heavy)->find("vraagt te veel geheugen om te lezen (24 MiB, hoogstens 20 MiB)") != std::string::npos);
    // With the usual subsampling the same size fits (12 MiB).
    CHECK(decode_photo(test::jpeg_photo(2048, 2048, test::JpegKind::Progressive), 400));
    CHECK(decode_photo(test::png_photo_of(2048, 2048, test::PngKind::Interlaced), 400));
    CHECK_FALSE(decode_photo(test::jpeg_photo(200, 100, test::JpegKind::ManyScans), 100, &problem));
    CHECK(problem.find("heeft te veel lagen (meer dan 64)") != std::string::npos);
}

TEST_CASE("A PNG with more text inside than the budget holds shows its picture, without the text") {
    // libpng drops a text chunk it has no memory for (a benign error), so the budget holds and
    // the photo still shows.
    const std::string texts = test::png_with_texts(64, 48, 30, 900'000);  // 27 MB of text, each chunk under libpng's 1 MiB
    CHECK_FALSE(photo_header_problem(texts));
    const std::optional<Photo> photo = decode_photo(texts, 32);
    REQUIRE(photo);
    CHECK((photo->width == 32 && photo->height == 24));
}

TEST_CASE("A JPEG that broke off is refused, not shown half grey") {
    const std::string jpeg = test::jpeg_photo(300, 200);
    std::string problem;
    CHECK_FALSE(decode_photo(jpeg.substr(0, jpeg.size() / 2), 100, &problem));
    CHECK(problem == "is beschadigd en kan niet gelezen worden; sla hem opnieuw op als JPEG of PNG");
    CHECK_FALSE(decode_photo(jpeg.substr(0, 40), 100));
}

TEST_CASE("The photo worker decodes on its own thread, hands each result back under its request, and stops with work queued") {
    std::atomic<int> woken{0};
    {
        // A slow wake: on a busy machine the event loop's wake can lag the result.
        PhotoWorker worker([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
            ++woken;
        });
        CHECK_FALSE(worker.decoding());
        const auto good = worker.request(test::png_photo(400, 200), 100);
        const auto broken = worker.request("niet echt een foto", 100);
        const auto jpeg = worker.request(test::jpeg_photo(300, 300), 50);
        REQUIRE(worker.wait_until_idle(60));
        CHECK_FALSE(worker.decoding());
        const std::vector<PhotoWorker::Done> done = worker.take_done();
        REQUIRE(done.size() == 3);
        CHECK(woken == 3);
        for (const PhotoWorker::Done& result : done) {
            if (result.request == good) CHECK((result.photo && result.photo->width == 100 && result.photo->height == 50));
            else if (result.request == broken) CHECK_FALSE(result.photo);
            else CHECK((result.request == jpeg && result.photo && result.photo->width == 50));
        }
        CHECK(worker.take_done().empty());  // each result once
        const std::string large = test::png_photo(800, 800);
        for (int i = 0; i < 20; ++i) worker.request(large, 400);
    }  // gone with most of that still queued: it does not hang
    CHECK(woken >= 3);
}
