// The speaker button in the headless kiosk: on the attract screen and beside the globe on every
// visitor screen, in the visitor's language; the kiosk keeps drawing frames while the speech
// thread works; a second tap stops; a pack can turn it off.
#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

#include "support/kiosk_fixture.h"
#include "support/patience.h"

using namespace kiosk;

namespace {

// Takes the samples like a loudspeaker whose buffer is full while `hold` is set: the speech
// thread then waits inside play(), in the middle of a text, until the test lets it go.
class SlowSink final : public AudioSink {
public:
    std::atomic<bool> hold{false};
    std::atomic<bool> waiting{false};  // the speech thread is inside play(), held
    std::atomic<std::size_t> total{0};

    bool open(int) override { return true; }
    void play(const std::int16_t*, std::size_t count) override {
        waiting = hold.load();
        while (hold) std::this_thread::sleep_for(std::chrono::milliseconds(1));
        waiting = false;
        total += count;
    }
    void clear() override {}
    bool playing() const override { return false; }
};

// Holds the sink's play() until the end of the scope; declared after the kiosk, so it lets go
// before the kiosk waits for its speech thread.
struct Hold {
    SlowSink& sink;
    explicit Hold(SlowSink& s) : sink(s) { sink.hold = true; }
    ~Hold() { sink.hold = false; }
    Hold(const Hold&) = delete;
    Hold& operator=(const Hold&) = delete;
};

std::string pack_without_reading_aloud() {
    kiosk::PackFiles files = test::default_pack();
    std::string& event = files.at("event.ini");
    const std::string section = "[kiosk]\n";
    event.insert(event.find(section) + section.size(), "read_aloud = nee\n");
    return test::write_temp_pack(files, "no-reading-aloud");
}

}  // namespace

TEST_CASE("Speaker button: the kiosk keeps drawing while the speech thread reads, and the button turns back") {
    auto sink = std::make_shared<SlowSink>();
    AppOptions options = test::headless_options(1080, 1920);
    options.audio = sink;
    HeadlessKiosk kiosk(options, test::kStartTime);
    CHECK(kiosk.visible("Voorlezen"));  // on the attract screen too
    REQUIRE(kiosk.tap("Tik hier om te beginnen"));
    REQUIRE(kiosk.visible("Voorlezen"));

    {
        const Hold hold(*sink);
        REQUIRE(kiosk.tap("Voorlezen"));
        REQUIRE(test::wait_until([&] { return sink->waiting.load(); }));  // the speech thread is mid-text
        const std::uint64_t frames = kiosk.app().frames_drawn();
        kiosk.advance(1.0);
        CHECK(kiosk.app().frames_drawn() > frames);  // not blocked by the speech
        CHECK(kiosk.visible("Stop met voorlezen"));
        CHECK(kiosk.app().kiosk().session().screen == Screen::Question);
    }
    REQUIRE(test::wait_until([&] {
        kiosk.advance(0.3);
        return kiosk.visible("Voorlezen");
    }));
    CHECK(sink->total > 22050u);  // more than a second of speech reached the sink

    // A second tap stops: the button turns back at once.
    const Hold hold(*sink);
    REQUIRE(kiosk.tap("Voorlezen"));
    REQUIRE(kiosk.visible("Stop met voorlezen"));
    REQUIRE(kiosk.tap("Stop met voorlezen"));
    CHECK(kiosk.visible("Voorlezen"));
    CHECK_FALSE(kiosk.app().kiosk().reading_aloud());
}

TEST_CASE("Speaker button: in the visitor's language, on the results, a card and Uitleg mbo") {
    {
        HeadlessKiosk kiosk(test::headless_options(1920, 1080), test::kStartTime);
        REQUIRE(kiosk.tap(test::language_name(kiosk, "ar")));
        const Texts& texts = kiosk.app().kiosk().content().texts;
        const std::string read = texts.get("speech.read");
        CHECK(read != "Voorlezen");
        CHECK(kiosk.visible(read));
        REQUIRE(kiosk.tap(texts.get("attract.start")));
        CHECK(kiosk.visible(read));
    }
    HeadlessKiosk kiosk(test::headless_options(1080, 1920), test::kStartTime);
    REQUIRE(kiosk.tap("Tik hier om te beginnen"));
    test::answer_all_questions(kiosk);
    REQUIRE(kiosk.app().kiosk().session().screen == Screen::Results);
    CHECK(kiosk.visible("Voorlezen"));
    const int first = kiosk.app().kiosk().session().ranking.fits.front().programme;
    const std::string name = kiosk.app().kiosk().content().programmes[static_cast<std::size_t>(first)].name;
    REQUIRE(test::tap_scrolling(kiosk, kiosk.app().kiosk().content().texts.format("results.open", {{"naam", name}})));
    REQUIRE(kiosk.app().kiosk().session().screen == Screen::Programme);
    CHECK(kiosk.visible("Voorlezen"));
    REQUIRE(kiosk.tap("Uitleg mbo"));
    REQUIRE(kiosk.app().kiosk().session().screen == Screen::Explain);
    CHECK(kiosk.visible("Voorlezen"));
}

TEST_CASE("Speaker button: hidden everywhere when the pack says read_aloud = nee") {
    HeadlessKiosk kiosk(test::headless_options(1080, 1920, pack_without_reading_aloud()), test::kStartTime);
    REQUIRE(kiosk.app().kiosk().problems().empty());
    CHECK_FALSE(kiosk.visible("Voorlezen"));
    REQUIRE(kiosk.tap("Tik hier om te beginnen"));
    CHECK(kiosk.visible(kiosk.app().kiosk().content().texts.get("language.choose")));  // the footer is there
    CHECK_FALSE(kiosk.visible("Voorlezen"));
}
