// Every text at its limit (pack/limits.h) on every screen a visitor and staff see, and a text of
// any length through draw_text: nothing may ask ImGui for more vertices than 16-bit indices reach.
#include <catch2/catch.hpp>

#include <imgui.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "config/kiosk_config.h"
#include "pack/limits.h"
#include "pack/signature.h"
#include "platform/fonts.h"
#include "support/kiosk_fixture.h"
#include "support/pack_limits.h"
#include "ui/widgets.h"

using namespace kiosk;
namespace fs = std::filesystem;

namespace {

// Debian's ImGui draws with 16-bit indices (ImDrawIdx): a draw command reaches the 65536
// vertices from its VtxOffset on. More vertices between two offsets than that, or an index past
// the buffer, and the text (or ImGui's assertion) breaks.
void check_vertices_reachable() {
    const ImDrawData* data = ImGui::GetDrawData();
    REQUIRE(data);
    static_assert(sizeof(ImDrawIdx) == 2, "the test is about 16-bit indices");
    for (int l = 0; l < data->CmdListsCount; ++l) {
        const ImDrawList* list = data->CmdLists[l];
        std::set<unsigned> offsets{static_cast<unsigned>(list->VtxBuffer.Size)};
        for (const ImDrawCmd& command : list->CmdBuffer) offsets.insert(command.VtxOffset);
        for (auto at = offsets.begin(); std::next(at) != offsets.end(); ++at) CHECK(*std::next(at) - *at <= 65536u);
        bool inside = true;
        for (const ImDrawCmd& command : list->CmdBuffer)
            for (unsigned i = command.IdxOffset; i < command.IdxOffset + command.ElemCount && !command.UserCallback; ++i)
                inside = inside && command.VtxOffset + list->IdxBuffer[static_cast<int>(i)] < static_cast<unsigned>(list->VtxBuffer.Size);
        CHECK(inside);
    }
}

// This screen; with `scroll`, also dragged up, as a visitor reads a long card: the lines above the
// visible part are where ImGui's word wrapping spent its vertices.
void check_screen(HeadlessKiosk& kiosk, const std::string& shot = "", bool scroll = false) {
    kiosk.settle();
    check_vertices_reachable();
    if (!shot.empty()) REQUIRE(kiosk.screenshot(test::shot_path(shot)));
    INFO("screen " << shot);
    test::check_layout(kiosk.app().ui().frame);
    if (!scroll) return;
    const Metrics& m = kiosk.app().ui().frame.metrics;
    kiosk.drag(m.width * 0.5f, m.height * 0.7f, m.width * 0.5f, m.height * 0.1f);
    kiosk.settle();
    check_vertices_reachable();
}

void apply(HeadlessKiosk& kiosk, Intent intent) { kiosk.app().kiosk().apply(intent, kiosk.now()); }

// Every screen of a visit and of browsing, by intents (at the limits a button can be wider than
// the screen, so it is not tapped by its label).
void walk_every_screen(HeadlessKiosk& kiosk, const std::string& shots) {
    const Session& session = kiosk.app().kiosk().session();
    check_screen(kiosk, shots + "-attract");
    apply(kiosk, {IntentKind::OpenLanguages});
    REQUIRE(session.screen == Screen::Language);
    check_screen(kiosk);
    apply(kiosk, {IntentKind::Back});
    apply(kiosk, {IntentKind::StartAlone});
    REQUIRE(session.screen == Screen::Question);
    check_screen(kiosk, shots + "-question");
    apply(kiosk, {IntentKind::Stop});
    check_screen(kiosk, shots + "-stop");
    apply(kiosk, {IntentKind::CancelStop});
    while (session.screen == Screen::Question) {
        const Question& question = kiosk.app().kiosk().content().questions[session.question];
        apply(kiosk, {IntentKind::Pick, 0});
        if (question.pick > 1) apply(kiosk, {IntentKind::Next});
        kiosk.advance(1);  // the chosen answer shows a moment before the next question
    }
    REQUIRE(session.screen == Screen::Results);
    check_screen(kiosk, shots + "-results");
    apply(kiosk, {IntentKind::OpenProgramme, 0});
    REQUIRE(session.screen == Screen::Programme);
    check_screen(kiosk, shots + "-card", true);
    apply(kiosk, {IntentKind::Back});
    apply(kiosk, {IntentKind::ToggleCompare, 0});
    apply(kiosk, {IntentKind::ToggleCompare, 1});
    apply(kiosk, {IntentKind::ToggleCompare, 2});
    apply(kiosk, {IntentKind::OpenCompare});
    REQUIRE(session.screen == Screen::Compare);
    check_screen(kiosk, shots + "-compare", true);
    apply(kiosk, {IntentKind::Back});
    apply(kiosk, {IntentKind::OpenExplain});
    REQUIRE(session.screen == Screen::Explain);
    for (int card = 0; card < static_cast<int>(kiosk.app().kiosk().content().explain_cards.size()); ++card)
        apply(kiosk, {IntentKind::ToggleExplainMore, card});
    check_screen(kiosk, shots + "-explain", true);
    apply(kiosk, {IntentKind::Back});
    apply(kiosk, {IntentKind::OpenBrowse, std::string()});
    REQUIRE(session.screen == Screen::Browse);
    apply(kiosk, {IntentKind::ToggleFilters});
    check_screen(kiosk, shots + "-browse");
    apply(kiosk, {IntentKind::Back});
    REQUIRE(session.screen == Screen::Results);
    apply(kiosk, {IntentKind::TakeHome});
    REQUIRE(session.screen == Screen::Favourite);
    check_screen(kiosk);
    apply(kiosk, {IntentKind::ChooseFavourite, 0});
    REQUIRE(session.screen == Screen::Reflect);
    check_screen(kiosk, shots + "-reflect");
    while (session.screen == Screen::Reflect) apply(kiosk, {IntentKind::Reflect, static_cast<int>(session.reflection), 0});
    REQUIRE(session.screen == Screen::Step);
    check_screen(kiosk, shots + "-step");
    apply(kiosk, {IntentKind::ChooseStep, 0});
    apply(kiosk, {IntentKind::Finish});
    REQUIRE(session.screen == Screen::Finish);
    check_screen(kiosk, shots + "-finish");
    // "Ben je er nog?" over the finish screen, then the attract screen again.
    kiosk.advance(kiosk.app().kiosk().content().event.idle_seconds + 1.0);
    check_screen(kiosk, shots + "-idle");
    kiosk.advance(kiosk.app().kiosk().content().event.countdown_seconds + 1.0);
    REQUIRE(session.screen == Screen::Attract);
    check_screen(kiosk);
}

}  // namespace

TEST_CASE("A text of any length is drawn in pieces that 16-bit indices reach, also scrolled far down") {
    const Metrics metrics = compute_metrics(1080, 1920, 92);
    FontAtlas fonts = build_fonts(metrics);
    ImGuiContext* context = ImGui::CreateContext(fonts.atlas.get());
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(metrics.width, metrics.height);
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;  // as the kiosk's SDL_Renderer back-end says
    LaidOutTexts laid_out;
    UiFrame ui;
    ui.metrics = metrics;
    ui.fonts = fonts.fonts;
    ui.laid_out = &laid_out;
    // Far longer than any pack may hold: the drawing must not rely on the reader's limits.
    const std::pair<test::Filler, bool> cases[] = {{test::Filler::Wide, false}, {test::Filler::Words, false}, {test::Filler::Arabic, true},
                                                    {test::Filler::Words, true}};
    for (const auto& [filler, rtl] : cases) {
        const std::string text = test::filler(100000, filler) + "\n" + test::filler(40000, filler);
        ui.rtl = rtl;
        for (float above : {0.0f, 20000.0f, 200000.0f}) {
            INFO("filler " << static_cast<int>(filler) << (rtl ? " rtl" : " ltr") << ", " << above << " px scrolled");
            ImGui::NewFrame();
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(io.DisplaySize);
            ImGui::Begin("lang", nullptr, ImGuiWindowFlags_NoDecoration);
            draw_text(ui, ImGui::GetWindowDrawList(), ui.fonts.body, ImVec2(20, 20 - above), colour::ink, text, metrics.width - 40);
            draw_text(ui, ImGui::GetWindowDrawList(), ui.fonts.bold, ImVec2(20, 20), colour::ink, text, 0, Align::Centre);
            ImGui::End();
            ImGui::Render();
            check_vertices_reachable();
        }
    }
    ImGui::DestroyContext(context);
}

TEST_CASE("Every screen a visitor sees draws a pack with every text at its limit") {
    for (const auto& [filler, language, name, landscape] : {std::tuple{test::Filler::Wide, "nl", "limits-wide", false},
                                                            std::tuple{test::Filler::Words, "nl", "limits-words", false},
                                                            std::tuple{test::Filler::Arabic, "ar", "limits-arabic", false},
                                                            std::tuple{test::Filler::Words, "nl", "limits-landscape", true}}) {
        INFO(name);
        const std::string folder = test::write_temp_pack(test::pack_at_limits(filler), name);
        HeadlessKiosk kiosk(landscape ? test::headless_options(1920, 1080, folder) : test::headless_options(1080, 1920, folder), test::kStartTime);
        REQUIRE(count_characters(kiosk.app().pack().programmes.front().card.what_you_do) == kMaxCardTextChars);
        if (std::string(language) != "nl") {
            apply(kiosk, {IntentKind::ChooseLanguage, std::string(language)});
            REQUIRE(kiosk.app().kiosk().content().language.code == language);
        }
        walk_every_screen(kiosk, name);
    }
}

TEST_CASE("The staff desk draws a pack at its limits, and the problems of one over them") {
    test::TempDir media("kiosk-media");
    AppOptions options = test::headless_options(1080, 1920, test::write_temp_pack(test::pack_at_limits(test::Filler::Wide), "limits-staff"));
    static const std::string hash = hash_pin("4821");
    options.kiosk.staff_pin_hash = hash;
    options.kiosk.usb_roots = {media.path};
    const fs::path stick = fs::path(media.path) / "medewerker" / "STICK";
    fs::create_directories(stick);
    // The default pack with one card text over its limit (a whole pack one over its limits is
    // so repetitive that the archive check refuses it as a zip bomb before anything is read).
    PackFiles over = test::default_pack();
    std::string& csv = over["programmes.csv"];
    const auto row = csv.find('\n') + 1;
    std::size_t at = row;
    for (int separator = 0; separator < 9; ++separator) at = csv.find(';', at) + 1;  // wat_je_doet, the 10th column
    csv.replace(at, csv.find(';', at) - at, test::filler(kMaxCardTextChars + 1, test::Filler::Arabic));
    write_pack_zip(sign_pack(over, test::dev_secret_key()), (stick / "te-lang.zip").string());
    HeadlessKiosk kiosk(options, test::kStartTime);
    for (int i = 0; i < 5; ++i) apply(kiosk, {IntentKind::StaffCorner});
    check_screen(kiosk, "limits-staff-pin");
    for (char digit : std::string("4821")) apply(kiosk, {IntentKind::PinDigit, digit - '0'});
    apply(kiosk, {IntentKind::CheckPin});
    REQUIRE(kiosk.app().kiosk().staff().view == StaffView::Desk);
    kiosk.advance(3);  // the kiosk looks at the stick every few seconds
    const StaffDesk& desk = kiosk.app().kiosk().staff().desk;
    // The desk's own texts are at their limits too (without their {placeholders}): the stick is
    // known by its problems.
    REQUIRE_FALSE(desk.stick_problems.empty());
    INFO(desk.stick_problems.front().substr(0, 300));
    CHECK(std::any_of(desk.stick_problems.begin(), desk.stick_problems.end(),
                      [](const std::string& problem) { return problem.find("tekens lang; het mogen er hoogstens") != std::string::npos; }));
    CHECK_FALSE(desk.can_load);
    check_screen(kiosk, "limits-staff-desk", true);
}
