// Reading aloud: what each screen reads, in the visitor's language; the speaker button's intent
// on a Kiosk (a tap reads, a second tap stops, another screen or a wipe stops and keeps nothing);
// and espeak-ng itself, which runs here without a sound card: the samples it makes are speech.
#include <catch2/catch.hpp>

#include <atomic>
#include <cmath>
#include <mutex>
#include <thread>

#include "booth/kiosk.h"
#include "core/session.h"
#include "pack/pack_reader.h"
#include "speech/read_aloud.h"
#include "speech/speech.h"
#include "support/mini_pack.h"
#include "support/kiosk_options.h"
#include "support/paths.h"
#include "support/patience.h"
#include "text/text.h"

using namespace kiosk;

namespace {

constexpr double kOpenDay = 1795860000.0;  // 2026-11-28, the open day

// A screen text as it is read: slashes become pauses ("tl / mavo" -> "tl, mavo").
std::string said(const std::string& text) { return replace_all(replace_all(text, " / ", ", "), "/", ", "); }
bool contains(const std::string& text, const std::string& part) { return text.find(said(part)) != std::string::npos; }

// A sink that keeps what it is given, as a loudspeaker would play it. While `hold` is set, play()
// waits (a loudspeaker with a full buffer): the speech thread is then busy with the text, so a
// test sees the kiosk while it reads. A Hold sets it for a scope.
class RecordingSink final : public AudioSink {
public:
    bool available = true;
    std::atomic<bool> hold{false};
    bool open(int rate) override {
        ++opened;
        sample_rate = rate;
        return available;
    }
    void play(const std::int16_t* samples, std::size_t count) override {
        while (hold) std::this_thread::sleep_for(std::chrono::milliseconds(1));
        std::lock_guard<std::mutex> lock(mutex_);
        heard_.insert(heard_.end(), samples, samples + count);
        total += count;
    }
    void clear() override {
        std::lock_guard<std::mutex> lock(mutex_);
        heard_.clear();
        ++clears;
    }
    bool playing() const override { return false; }  // heard at once
    std::size_t waiting() const {
        std::lock_guard<std::mutex> lock(mutex_);
        return heard_.size();
    }

    std::atomic<std::size_t> total{0};  // every sample ever played, cleared or not
    std::atomic<int> clears{0};
    int opened = 0;
    int sample_rate = 0;

private:
    mutable std::mutex mutex_;
    std::vector<std::int16_t> heard_;
};

std::vector<std::int16_t> synthesised(const std::string& text, const std::string& language) {
    std::vector<std::int16_t> samples;
    REQUIRE(synthesise(text, speech_voice(language), [&](const std::int16_t* s, std::size_t n) {
        samples.insert(samples.end(), s, s + n);
        return true;
    }));
    return samples;
}

double seconds(const std::vector<std::int16_t>& samples) { return static_cast<double>(samples.size()) / kSpeechSampleRate; }

// Root mean square over the samples, full scale 1.0: silence is 0.
double loudness(const std::vector<std::int16_t>& samples) {
    double sum = 0;
    for (const std::int16_t s : samples) sum += static_cast<double>(s) * s;
    return samples.empty() ? 0 : std::sqrt(sum / static_cast<double>(samples.size())) / 32768.0;
}

// Holds the sink's play() until the end of the scope; declared after the Kiosk or Speech, so it
// lets go before they wait for their thread.
struct Hold {
    RecordingSink& sink;
    explicit Hold(RecordingSink& s) : sink(s) { sink.hold = true; }
    ~Hold() { sink.hold = false; }
    Hold(const Hold&) = delete;
    Hold& operator=(const Hold&) = delete;
};

void answer_everything(Session& session, const Content& content, double& now) {
    while (session.screen == Screen::Question) {
        apply(session, content, {IntentKind::Pick, 0}, now += 2);
        if (content.questions[session.question].pick > 1 && session.screen == Screen::Question)
            apply(session, content, {IntentKind::Next}, now += 1);
    }
}

}  // namespace

TEST_CASE("Read aloud: a question and its options, in Dutch, with 'of' before the last option") {
    const Content& content = test::default_content();
    Session session;
    double now = kOpenDay;
    start(session, content, now);
    const Question& q = content.questions[0];
    REQUIRE(q.options.size() >= 2);
    const std::string text = read_aloud_text(content, session);
    CHECK(contains(text, "Vraag 1 van " + std::to_string(content.questions.size())));
    CHECK(contains(text, q.text));
    std::size_t at = text.find(q.text);
    for (std::size_t o = 0; o < q.options.size(); ++o) {
        // Every option, in the order of the tiles, after the question.
        const std::string option = said((o + 1 == q.options.size() ? "of " : "") + q.options[o].text);
        const std::size_t found = text.find(option, at);
        CHECK(found != std::string::npos);
        if (found != std::string::npos) at = found;
    }
    // What is drawn only for the eye is not read.
    CHECK_FALSE(contains(text, "\u00B7"));
    CHECK_FALSE(contains(text, "\u203A"));
    CHECK(text.find('/') == std::string::npos);  // "tl / mavo": espeak-ng would say "slash"
}

TEST_CASE("Read aloud: the same question in Arabic reads the Arabic texts, not the Dutch ones") {
    const Content arabic = localise(test::default_content(), "ar");
    REQUIRE(arabic.language.code == "ar");
    Session session;
    double now = kOpenDay;
    start(session, arabic, now);
    const Question& q = arabic.questions[0];
    const std::string text = read_aloud_text(arabic, session);
    CHECK(contains(text, q.text));
    for (const Option& option : q.options) CHECK(contains(text, option.text));
    CHECK(contains(text, arabic.texts.get("speech.or") + " " + q.options.back().text));
    CHECK_FALSE(contains(text, test::default_content().questions[0].text));
    CHECK(speech_voice("ar") == "ar");
    CHECK(read_aloud_offered(arabic));
}

TEST_CASE("Read aloud: the results give each programme shown with its match word and first reason") {
    const Content& content = test::default_content();
    Session session;
    double now = kOpenDay;
    start(session, content, now);
    answer_everything(session, content, now);
    REQUIRE(session.screen == Screen::Results);
    REQUIRE(!session.ranking.fits.empty());
    const std::string text = read_aloud_text(content, session);
    for (const Match& m : session.ranking.fits) {
        const Programme& p = content.programmes[static_cast<std::size_t>(m.programme)];
        const std::size_t name = text.find(said(p.name));
        REQUIRE(name != std::string::npos);
        CHECK(text.find(said(content.texts.get(strength_key(m.strength))), name) != std::string::npos);
        if (!m.reasons.empty()) CHECK(text.find(said(m.reasons.front().text), name) != std::string::npos);
    }
    if (session.ranking.surprise) {
        CHECK(contains(text, content.texts.get("results.surprise_label")));
        CHECK(contains(text, content.programmes[static_cast<std::size_t>(session.ranking.surprise->programme)].name));
    }
}

TEST_CASE("Read aloud: a programme card gives its name, level and leerweg, what you do and how you learn") {
    const Content& content = test::default_content();
    Session session;
    double now = kOpenDay;
    start_browse(session, content, now);
    const int index = 0;
    open_programme(session, index, now += 1);
    REQUIRE(session.screen == Screen::Programme);
    const Programme& p = content.programmes[index];
    const std::string text = read_aloud_text(content, session);
    CHECK(contains(text, p.name));
    CHECK(contains(text, "Niveau " + std::to_string(p.level)));
    CHECK(contains(text, leerweg_label(content, p)));
    CHECK(contains(text, content.texts.get("programme.what_you_do")));
    CHECK(contains(text, p.card.what_you_do));
    CHECK(contains(text, p.card.how_you_learn));
    CHECK_FALSE(contains(text, "\u00B7"));
}

TEST_CASE("Read aloud: the attract screen invites, Uitleg mbo reads its cards and the details opened") {
    const Content& content = test::default_content();
    Session session;
    CHECK(contains(read_aloud_text(content, session), content.texts.get("attract.title")));
    CHECK(contains(read_aloud_text(content, session), content.texts.get("attract.start")));
    double now = kOpenDay;
    open_explain(session, now);
    REQUIRE(!content.explain_cards.empty());
    std::string text = read_aloud_text(content, session);
    for (const ExplainCard& card : content.explain_cards) {
        CHECK(contains(text, card.title));
        CHECK(contains(text, card.text));
    }
    const auto with_more = std::find_if(content.explain_cards.begin(), content.explain_cards.end(),
                                        [](const ExplainCard& c) { return !c.more.empty(); });
    REQUIRE(with_more != content.explain_cards.end());
    CHECK_FALSE(contains(text, with_more->more));
    toggle_explain_more(session, content, static_cast<int>(with_more - content.explain_cards.begin()), now += 1);
    CHECK(contains(read_aloud_text(content, session), with_more->more));
}

TEST_CASE("Read aloud: reflection, step and finish read their question and choices") {
    const Content& content = test::default_content();
    Session session;
    double now = kOpenDay;
    start(session, content, now);
    answer_everything(session, content, now);
    apply(session, content, {IntentKind::TakeHome}, now += 1);
    REQUIRE(session.screen == Screen::Favourite);
    const int first = favourite_choices(session).front();
    CHECK(contains(read_aloud_text(content, session), content.programmes[static_cast<std::size_t>(first)].name));
    apply(session, content, {IntentKind::ChooseFavourite, first}, now += 1);
    REQUIRE(session.screen == Screen::Reflect);
    const Question& reflection = content.reflections[session.reflection];
    std::string text = read_aloud_text(content, session);
    CHECK(contains(text, content.programmes[static_cast<std::size_t>(first)].name));
    for (const Option& option : reflection.options) CHECK(contains(text, option.text));
    while (session.screen == Screen::Reflect) apply(session, content, {IntentKind::Reflect, static_cast<int>(session.reflection), 0}, now += 1);
    REQUIRE(session.screen == Screen::Step);
    text = read_aloud_text(content, session);
    for (const NextStep& step : content.next_steps) CHECK(contains(text, step.text));
    apply(session, content, {IntentKind::ChooseStep, 0}, now += 1);
    apply(session, content, {IntentKind::Finish}, now += 1);
    REQUIRE(session.screen == Screen::Finish);
    text = read_aloud_text(content, session);
    CHECK(contains(text, content.texts.get("finish.title")));
    CHECK(contains(text, content.next_steps[0].text));
}

TEST_CASE("Read aloud: while 'Wil je stoppen?' is asked, that question and its two answers are read, not the screen") {
    const Content& content = test::default_content();
    Session session;
    double now = kOpenDay;
    start(session, content, now);
    const std::string question_screen = read_aloud_text(content, session);
    apply(session, content, {IntentKind::Stop}, now += 1);
    REQUIRE(session.asking_stop);
    const std::string text = read_aloud_text(content, session);
    CHECK(contains(text, content.texts.get("stand.stop_title")));
    CHECK(contains(text, content.texts.get("stand.stop_no")));
    CHECK(contains(text, content.texts.get("stand.stop_yes")));
    CHECK_FALSE(contains(text, content.questions[0].text));
    apply(session, content, {IntentKind::CancelStop}, now += 1);
    CHECK(read_aloud_text(content, session) == question_screen);
}

TEST_CASE("Read aloud: a pack with read_aloud = nee offers no reading, and anything else than ja or nee is an error") {
    CHECK(test::default_content().event.read_aloud);  // the default: ja
    CHECK(read_aloud_offered(test::default_content()));
    PackFiles files = test::default_pack();
    std::string& event = files.at("event.ini");
    const std::string kiosk_section = "[kiosk]\n";
    REQUIRE(event.find(kiosk_section) != std::string::npos);
    PackFiles off = files;
    off.at("event.ini").insert(event.find(kiosk_section) + kiosk_section.size(), "read_aloud = nee\n");
    const std::string folder = test::write_temp_pack(off, "speech-off");

    Kiosk kiosk(test::kiosk_options(folder), kOpenDay);
    REQUIRE(kiosk.problems().empty());
    CHECK_FALSE(kiosk.content().event.read_aloud);
    auto sink = std::make_shared<RecordingSink>();
    kiosk.set_audio(sink);
    CHECK_FALSE(kiosk.read_aloud_offered());
    kiosk.apply({IntentKind::Speak}, kOpenDay + 1);
    CHECK_FALSE(kiosk.reading_aloud());
    CHECK(sink->opened == 0);

    PackFiles wrong = files;
    wrong.at("event.ini").insert(event.find(kiosk_section) + kiosk_section.size(), "read_aloud = misschien\n");
    const std::vector<Problem> problems = read_pack(wrong).problems;
    CHECK(std::any_of(problems.begin(), problems.end(), [](const Problem& p) { return contains(to_string(p), "read_aloud"); }));
}

TEST_CASE("Read aloud on a Kiosk: a tap reads, a second tap stops, another screen or a wipe stops and keeps nothing") {
    Kiosk kiosk(test::kiosk_options(test::content_dir()), kOpenDay);
    double now = kOpenDay + 1;
    CHECK_FALSE(kiosk.read_aloud_offered());  // no loudspeaker yet
    auto sink = std::make_shared<RecordingSink>();
    kiosk.set_audio(sink);
    REQUIRE(kiosk.read_aloud_offered());

    SECTION("a second tap stops") {
        kiosk.apply({IntentKind::StartAlone}, now += 1);
        kiosk.apply({IntentKind::Speak}, now += 1);
        CHECK(kiosk.reading_aloud());
        CHECK(sink->sample_rate == kSpeechSampleRate);
        CHECK(kiosk.visit().reading == read_aloud_text(kiosk.content(), kiosk.session()));
        const int clears = sink->clears;
        kiosk.apply({IntentKind::Speak}, now += 1);
        CHECK_FALSE(kiosk.reading_aloud());
        CHECK(sink->clears > clears);  // what was not heard yet is gone
        // And the tap after that reads again, from the start.
        kiosk.apply({IntentKind::Speak}, now += 1);
        CHECK(kiosk.reading_aloud());
    }
    SECTION("read to the end, the button turns back by itself") {
        kiosk.apply({IntentKind::Speak}, now += 1);
        CHECK(kiosk.seconds_until_redraw(now) <= 0.25);  // the button follows the speech
        REQUIRE(test::wait_until([&] {
            kiosk.tick(now);
            return !kiosk.reading_aloud();
        }));
        CHECK(sink->waiting() > static_cast<std::size_t>(kSpeechSampleRate));  // more than a second of speech
    }
    SECTION("another screen stops the reading; a touch or the clock does not") {
        kiosk.apply({IntentKind::StartAlone}, now += 1);
        const Question& q = kiosk.content().questions[kiosk.session().question];
        REQUIRE(q.pick == 1);
        kiosk.apply({IntentKind::Speak}, now += 1);
        REQUIRE(kiosk.reading_aloud());
        kiosk.apply({IntentKind::OpenExplain}, now += 1);
        CHECK_FALSE(kiosk.reading_aloud());
        kiosk.apply({IntentKind::Speak}, now += 1);
        REQUIRE(kiosk.reading_aloud());
        kiosk.apply({IntentKind::ChooseLanguage, "ar"}, now += 1);  // the same screen, in other words
        CHECK_FALSE(kiosk.reading_aloud());
        kiosk.apply({IntentKind::Back}, now += 1);
        REQUIRE(kiosk.session().screen == Screen::Question);
        const Hold hold(*sink);  // the speech takes its time, as through a loudspeaker
        kiosk.apply({IntentKind::Speak}, now += 1);
        REQUIRE(kiosk.reading_aloud());
        kiosk.touch(now += 1);
        kiosk.tick(now += 1);
        CHECK(kiosk.reading_aloud());  // a touch is not a change of screen
        kiosk.apply({IntentKind::Pick, 0}, now += 1);  // single choice: shown a moment, then the next question
        kiosk.tick(now += 1);
        CHECK_FALSE(kiosk.reading_aloud());
    }
    SECTION("a wipe stops the speech and the next visitor finds nothing of it") {
        kiosk.apply({IntentKind::ChooseLanguage, "ar"}, now += 1);
        kiosk.apply({IntentKind::StartAlone}, now += 1);
        kiosk.apply({IntentKind::Speak}, now += 1);
        REQUIRE(kiosk.reading_aloud());
        kiosk.apply({IntentKind::Stop}, now += 1);  // "Stoppen" asks first
        kiosk.apply({IntentKind::ConfirmStop}, now += 1);  // "Ja, stoppen": the visitor leaves
        CHECK(kiosk.visit() == Visit{});
        CHECK_FALSE(kiosk.reading_aloud());
        CHECK(test::wait_until([&] { return sink->waiting() == 0; }));
        // Idle too: the countdown runs out while reading.
        kiosk.apply({IntentKind::StartAlone}, now += 1);
        kiosk.apply({IntentKind::Speak}, now += 1);
        REQUIRE(kiosk.reading_aloud());
        now += kiosk.content().event.idle_seconds + kiosk.content().event.countdown_seconds + 1;
        kiosk.tick(now);
        CHECK(kiosk.session().screen == Screen::Attract);
        CHECK(kiosk.visit() == Visit{});
        CHECK(test::wait_until([&] { return sink->waiting() == 0; }));
    }
    SECTION("no sound device: nothing is read, the button goes, the kiosk goes on") {
        sink->available = false;
        kiosk.apply({IntentKind::Speak}, now += 1);
        CHECK_FALSE(kiosk.reading_aloud());
        CHECK_FALSE(kiosk.read_aloud_offered());
        kiosk.apply({IntentKind::StartAlone}, now += 1);
        CHECK(kiosk.session().screen == Screen::Question);
    }
    kiosk.set_audio(nullptr);  // the speech thread ends before the sink goes
}

TEST_CASE("espeak-ng speaks a short Dutch and Arabic sentence: non-silent samples of a sentence's length") {
    for (const auto& [language, sentence] : std::vector<std::pair<std::string, std::string>>{
             {"nl", "Hoe leer jij het liefst? Door te doen."}, {"ar", "كيف تحب أن تتعلم؟ بالممارسة."}}) {
        INFO(language);
        const std::vector<std::int16_t> samples = synthesised(sentence, language);
        CHECK(seconds(samples) > 1.0);  // some six words
        CHECK(seconds(samples) < 8.0);
        CHECK(loudness(samples) > 0.02);
    }
    for (const char* language : {"nl", "en", "tr", "pl", "uk", "ar"}) {
        INFO(language);
        REQUIRE_FALSE(speech_voice(language).empty());
        CHECK(seconds(synthesised("1 2 3", language)) > 0.3);  // every language of the pack has a voice
    }
    CHECK(speech_voice("xx").empty());
    CHECK_FALSE(synthesise("x", "", [](const std::int16_t*, std::size_t) { return true; }));
}

TEST_CASE("Stopping a long text: synthesis ends at the next chunk, long before the text would") {
    std::string long_text;
    for (int i = 0; i < 400; ++i) long_text += "Dit is een lange zin die de kiosk voorleest, zin nummer " + std::to_string(i) + ". ";
    // Directly: the chunk callback says stop after the first chunk.
    std::size_t got = 0;
    REQUIRE(synthesise(long_text, "nl", [&](const std::int16_t*, std::size_t n) {
        got += n;
        return false;
    }));
    CHECK(got > 0);
    CHECK(got < static_cast<std::size_t>(kSpeechSampleRate));  // one chunk, not ten minutes

    // Through a Speech: stop() while the worker synthesises; the worker goes idle, and no sample
    // of the stopped text stays in the sink.
    RecordingSink sink;
    Speech speech(sink);
    REQUIRE(speech.say(long_text, "nl"));
    REQUIRE(test::wait_until([&] { return sink.total > 0; }));
    speech.stop();
    REQUIRE(test::wait_until([&] { return !speech.active(); }));
    CHECK(speech.finished() == 0);
    CHECK(sink.waiting() == 0);
    const std::size_t after_stop = sink.total;
    CHECK(after_stop < static_cast<std::size_t>(kSpeechSampleRate) * 400);  // far from the whole text
    // The same Speech reads the next text to its end.
    REQUIRE(speech.say("Klaar.", "nl"));
    REQUIRE(test::wait_until([&] { return speech.finished() == 1 && !speech.active(); }));
    CHECK(sink.waiting() > 0);
}

TEST_CASE("A Speech destroyed while it speaks ends its thread cleanly") {
    std::string long_text;
    for (int i = 0; i < 200; ++i) long_text += "Nog een zin om voor te lezen. ";
    RecordingSink sink;
    {
        Speech speech(sink);
        REQUIRE(speech.say(long_text, "nl"));
        REQUIRE(test::wait_until([&] { return sink.total > 0; }));
    }  // joins here; a crash or a hang would fail the test
    const std::size_t total = sink.total;
    CHECK(sink.total == total);  // nothing plays after the Speech is gone
}
