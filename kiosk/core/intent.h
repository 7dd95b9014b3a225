// What a tap asks for. The screens never change the kiosk while they draw: a tap becomes an
// Intent, the frame finishes drawing the state it started with, and Kiosk::apply carries the
// intents out between frames, in one place (booth/kiosk.cpp). Tests can send the same intents
// without a screen.
#pragma once

#include <string>
#include <utility>

namespace kiosk {

enum class IntentKind {
    // The visitor's walk-through (core/session.h says what each does to a session).
    StartAlone,      // "Start" on the attract screen
    StartTogether,   // "Samen met mijn ouder/verzorger"
    StartBrowse,     // the whole offer, without the questions
    StartQuestions,  // from browsing to the questions
    Pick,            // index: the answer option tapped
    Next,
    Back,
    Stop,            // "Stoppen": asks first ("Wil je stoppen?"), nothing is wiped yet
    ConfirmStop,     // "Ja, stoppen": the visitor leaves; everything is forgotten
    CancelStop,      // "Nee, verder": back to where they were
    OpenProgramme,   // index: programme
    ToggleFavourite, // index: programme
    ToggleCompare,   // index: programme
    OpenCompare,
    OpenExplain,
    ToggleExplainMore, // index: the Uitleg mbo card whose "Meer lezen" was tapped
    OpenLanguages,
    ChooseLanguage,  // text: the language code
    TakeHome,        // "Neem je uitslag mee" on the results, "Neem mee" in the offer
    ChooseFavourite, // index: programme, -1 = "Ik weet het nog niet"
    Reflect,         // index: reflection, option: its option
    ChooseStep,      // index: next step
    Finish,          // from the next step to the QR code
    Done,            // "Klaar" on the finish screen: the visit ends
    FilterDomain,    // text: domain code, "" = all
    FilterLevel,     // index: level, 0 = all
    FilterLeerweg,   // index: 0 all, 1 BOL, 2 BBL
    FilterLocation,  // text: location key, "" = all
    OpenBrowse,      // text: domain code, "" = all: the offer from the results, back returns there
    Speak,           // the speaker button: read this screen aloud, or stop reading (booth/kiosk.cpp)
    ToggleFilters,   // the offer's filters: open them, or fold them back into one row
    // Staff (booth/staff_desk.cpp); they stay last: is_staff_intent() tells them by that.
    StaffCorner,     // a tap in the hidden corner of the attract screen
    PinDigit,        // index: 0-9
    PinClear,
    CheckPin,
    LoadPack,
    ConfirmLoad,     // "Ja, toch laden": an older pack, or one whose day is past (booth/staff_desk.cpp)
    CancelLoad,
    RollBack,
    TestPrint,
    ExportStatistics,
    Eject,
    Quit,            // "Kiosk afsluiten": asks first
    ConfirmQuit,     // "Ja, afsluiten": the program ends
    CancelQuit,
    CloseStaff,
};

inline constexpr bool is_staff_intent(IntentKind kind) { return kind >= IntentKind::StaffCorner; }

struct Intent {
    IntentKind kind;
    int index = -1;
    int option = -1;
    std::string text;

    Intent(IntentKind what, int index_ = -1, int option_ = -1) : kind(what), index(index_), option(option_) {}
    Intent(IntentKind what, std::string text_) : kind(what), text(std::move(text_)) {}
};

}  // namespace kiosk
