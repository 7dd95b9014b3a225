// The content model: everything a pack says about the event, the school's programmes and the
// questions. Plain data; built by kiosk/pack, read by the matching, the session and the UI.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kiosk {

struct Programme;
enum class Band;

// A feature is one thing the matching can weigh ("praktijk", "mensen", ...). Programmes hold a
// value per feature; answer options hold weights on features. Features are indexed for speed.
struct Feature {
    std::string key;
    std::string label;
    // A feature the programmes state as a band (`from = werkkans`, `loon` or `contact` of
    // programmes.csv: laag 0, gemiddeld 0.5, hoog 1), not a default of their domain; null for
    // the others. Values a pupil picks ("zeker werk", "goed verdienen", "anderen helpen") draw on
    // facts of each programme this way, never on its sector.
    std::optional<Band> Programme::*from = nullptr;
};

struct FeatureWeight {
    int feature = 0;  // index into Content::features
    double weight = 0.0;
};

struct Location {
    std::string key;
    std::string name;
    std::string address;
};

struct Domain {
    std::string code;  // opleidingsdomein code of the official list, or "entree"
    std::string name;
    std::string picture;  // a picture name (docs/content-pack.md § Pictures), or empty
};

struct Level {
    int number = 0;  // mbo niveau 1-4
    std::string name;
    std::string onwards;  // where a diploma of this level leads ("niveau 3 of 4", "het hbo"): {vervolg}
};

// Where a pupil with one kind of schooling may start in the mbo and where they can go after a
// first diploma (admission.ini): the admission rules live in the pack, not in the kiosk.
struct AdmissionTrack {
    std::string key;
    std::vector<int> start;  // levels a pupil of this track may start at, ascending
    std::vector<int> later;  // levels open after a first mbo diploma, ascending
    std::string text;        // the sentence that explains it to the pupil
};

// What a reason sentence says about its programme (`if = niveau>=4 bbl`): the reason is shown
// only under programmes for which every claim holds, so it is never untrue.
enum class ClaimField { Level, Practice, Duration, Bol, Bbl, Feature };
enum class Comparison { Equal, AtLeast, AtMost, Below, Above };

struct Claim {
    ClaimField field = ClaimField::Level;
    int feature = -1;  // index into Content::features, for ClaimField::Feature
    Comparison comparison = Comparison::AtLeast;
    double value = 1.0;
    bool operator==(const Claim&) const = default;
};

// The opleidingsbeeld: what a pupil should know about the programme itself.
struct ProgrammeCard {
    std::string what_you_do;
    std::string how_you_learn;
    std::string internship;
    std::string assessment;
    std::string jobs;
    std::string onwards;
    // Optional columns (a pack may leave them out; the card then skips the topic).
    std::string department;  // afdeling: the college and team that run it
    std::string teachers;    // docenten: how the teachers teach and coach
    std::string admission;   // toelating: the diploma that lets you in, intake, VOG, ...
    std::string choices;     // keuzedelen: profiles and keuzedelen inside the programme
    std::string needs;       // nodig: what you must know, be able to do and bring along
};

// A fact the school states per programme as one of three steps: job prospects (werkkans), pay
// a few years after the diploma for this level (loon), contact with people in the work (contact).
enum class Band { Laag, Gemiddeld, Hoog };

// "laag", "gemiddeld" or "hoog": the word the pack writes, also the end of the text keys that
// say it on screen (programme.werkkans_hoog = "groot").
const char* band_word(Band band);

struct Programme {
    std::string crebo;
    std::string name;
    std::string domain;    // Domain::code
    int level = 0;
    bool bol = false;
    bool bbl = false;
    std::string location;  // Location::key
    int duration_years = 0;
    int practice_percent = 0;
    ProgrammeCard card;
    // Empty when the pack does not say (an optional column).
    std::optional<Band> werkkans, loon, contact;
    std::string photo;             // path in the pack ("photos/25491.jpg"), or empty
    std::string picture;           // `beeld`: a picture name (§ Pictures), or empty: its domain's
    std::vector<double> features;  // one value in [0,1] per Content::features entry
};

struct Option {
    std::string key;
    std::string text;
    std::vector<FeatureWeight> weights;
    std::string reason;         // template, see docs/content-pack.md
    std::vector<Claim> claims;  // what the reason says of a programme; all must hold to show it
    int track = -1;             // index into Content::tracks: this option tells the pupil's schooling
    std::string picture;        // a picture name beside the answer's text, or empty
    bool unsure = false;        // "Weet ik niet": weighs nothing, and alone on a pick-several question
    // reflection.ini only: the next steps (indices into Content::next_steps) this answer points
    // to, and whether it asks to look at the second choice again.
    std::vector<int> suggests;
    bool second_choice = false;
};

struct Question {
    std::string key;
    std::string text;
    std::string help;
    int pick = 1;  // how many options a pupil may pick
    bool together = false;    // in "samen" mode the parent answers this one too
    bool interest = false;    // about what the pupil likes or is good at: the results need one to rank by
    std::string parent_text;  // the question as put to the parent ("Hoe leert uw kind het liefst?")
    std::vector<Option> options;
    // reflection.ini only: the question for a visitor without a favourite (empty: not asked then),
    // and the answer's label on the finish screen ("Wat je aanspreekt").
    std::string general_text;
    std::string summary;
};

// [portfolio] mode: "fragment": the result travels inside the link (the default, nothing kept
// on the kiosk); "token": the link carries a random token and the kiosk keeps the result for
// export.
enum class PortfolioMode { Fragment, Token };

// [printer] kind: "none" (the screen only), "escpos" (a thermal printer on a device file or a
// TCP port) or "cups" (a queue of a CUPS server).
enum class PrinterKind { None, EscPos, Cups };

// "Vandaag op de open dag": where a visitor can go now for this programme, what there is to do
// or see, and when ([vandaag.CREBO] in event.ini). Only `what` is required.
struct TodayAtEvent {
    std::string where;  // waar: "Lokaal H1.12, Locatie Haven"
    std::string what;   // wat: "Probeer de tillift en praat met tweedejaars studenten"
    std::string when;   // tijd: "10.00 - 14.00 uur"
};
inline bool operator==(const TodayAtEvent& a, const TodayAtEvent& b) { return a.where == b.where && a.what == b.what && a.when == b.when; }
inline bool operator!=(const TodayAtEvent& a, const TodayAtEvent& b) { return !(a == b); }

struct EventSettings {
    std::string id;
    std::string name;
    std::string school;
    std::string date;  // YYYY-MM-DD
    int idle_seconds = 60;
    int countdown_seconds = 15;
    int results = 5;
    double reason_threshold = 0.5;  // share of an option's best contribution that earns a reason
    // A fit is a "sterke match" from this share of the best score the answers could give, a
    // "goede match" from `good_match`; below that it is "ook interessant".
    double strong_match = 0.6;
    double good_match = 0.45;
    // Fewer answered questions that weigh than this, and the answers say too little to rank by.
    int informed_answers = 4;
    // The speaker button that reads each screen aloud (`read_aloud = nee` in [kiosk] hides it).
    bool read_aloud = true;
    std::string viewer_url;
    PortfolioMode portfolio_mode = PortfolioMode::Fragment;
    // EscPos on `printer_device` (/dev/usb/lp0, tcp://host:9100), or Cups on the queue
    // `printer_device` of `printer_server`.
    PrinterKind printer_kind = PrinterKind::None;
    std::string printer_device;
    std::string printer_server;
    int paper_mm = 58;
    // Every key of [event], for {placeholders} in texts such as the next steps ("{meeloopdag}").
    std::map<std::string, std::string> details;
    // [vandaag.CREBO]: what this event offers per programme, by crebo.
    std::map<std::string, TodayAtEvent> today;
};

// A concrete next step a visitor can choose at the end ("every career conversation ends in an
// action"). `detail` says what this event offers, e.g. the date of the next meeloopdag.
struct NextStep {
    std::string key;
    std::string text;
    std::string detail;
    std::string voorbereiding;  // what to prepare for it (optional): on the viewer's sheet
    std::string picture;        // `picture =`: beside it on its tile (optional)
};

// A card of "Uitleg mbo": the mbo itself explained, for parents and pupils. `text` is the short
// version everyone reads (plain Dutch, A2); `more` the details behind "Meer lezen", if any.
struct ExplainCard {
    std::string key;
    std::string title;
    std::string text;
    std::string picture;  // a picture name (§ Pictures), or one of the drawings of kExplainPictures
    std::string more;     // uitleg.ini's `meer`; empty = no "Meer lezen"
};

// The kiosk's own drawings that a card's `picture` may also name (the UI draws each of them); a
// picture of the library or the pack by that name comes first.
inline constexpr const char* kExplainPictures[] = {"niveaus", "leerwegen", "kosten", "stage", "doorstroom",
                                                   "diploma", "werk", "aanmelden", "reizen"};

struct PackInfo {
    int format = 0;
    std::string name;
    std::string version;
};

// UI texts of one language, looked up as "section.key".
struct Texts {
    std::map<std::string, std::string> entries;

    // The text, or the key itself so a missing text is visible rather than blank. Returned by
    // value: a reference to the key would dangle when the key is a temporary.
    std::string get(const std::string& key) const;
    // The text with each {name} replaced, e.g. format("question.progress", {{"nummer", "3"}}).
    std::string format(const std::string& key,
                       const std::vector<std::pair<std::string, std::string>>& values) const;
};

// A language the kiosk speaks: its code (ISO 639-1), its own name, its writing direction.
struct LanguageInfo {
    std::string code = "nl";
    std::string name = "Nederlands";
    bool rtl = false;
};

// Another language of a pack: the UI texts of texts/<code>.ini, and the content texts of
// translations/<code>.ini keyed "section.key" as in the Dutch files ("question.leren.text").
struct Translation {
    LanguageInfo language;
    Texts texts;
    std::map<std::string, std::string> content;
};

struct Content;

// "BOL", "BBL" or "BOL en BBL" as the content's texts say it (leerweg.bol/bbl/both).
std::string leerweg_label(const Content& content, const Programme& programme);

struct Content {
    PackInfo pack;
    EventSettings event;
    std::vector<Feature> features;
    std::vector<Level> levels;
    std::vector<AdmissionTrack> tracks;  // admission.ini
    std::vector<Domain> domains;
    std::vector<Location> locations;
    std::vector<Programme> programmes;
    std::vector<Question> questions;
    std::vector<Question> reflections;  // quick taps on the favourite programme (no weights)
    std::vector<NextStep> next_steps;
    std::vector<ExplainCard> explain_cards;  // uitleg.ini (optional)
    // The pack's own pictures (pictures/NAME.png or .jpg): name to path in the pack. They come
    // before the kiosk's library of the same name.
    std::map<std::string, std::string> pictures;
    Texts texts;
    LanguageInfo language;                  // the language of these texts
    std::vector<Translation> translations;  // the pack's other languages, in the order offered

    int feature_index(const std::string& key) const;  // -1 when unknown
    const Location* location(const std::string& key) const;
    const Domain* domain(const std::string& code) const;
    const Level* level(int number) const;
    int programme_index(const std::string& crebo) const;  // -1 when unknown
    // The programme's picture name: its own (`beeld`), else its domain's; empty when neither.
    std::string programme_picture(const Programme& programme) const;
    // What the event offers today for this programme; nullptr when nothing.
    const TodayAtEvent* today(const Programme& programme) const;
    // A text with each {key} filled from the [event] details.
    std::string fill_event_details(std::string text) const;
};

// The band columns of programmes.csv, and where a Programme keeps each.
inline constexpr std::pair<const char*, std::optional<Band> Programme::*> kBandColumns[] = {
    {"werkkans", &Programme::werkkans}, {"loon", &Programme::loon}, {"contact", &Programme::contact}};

// A programme's band by the column that states it ("werkkans", "loon" or "contact"); empty when
// the pack does not say or the column is none of these.
std::optional<Band> programme_band(const Programme& programme, const std::string& column);

// Every text of the content a translation may replace, by its "section.key" (see
// docs/content-pack.md): `visit(key, text)` may change the text in place.
void visit_content_texts(Content& content, const std::function<void(const std::string& key, std::string& text)>& visit);

// The same texts, read only: "section.key" to the text.
std::map<std::string, std::string> content_texts(const Content& content);

// The languages a visitor can choose: Dutch first, then the pack's translations.
std::vector<LanguageInfo> offered_languages(const Content& content);

// The content as a visitor reading `code` sees it: every text the translation has replaces the
// Dutch one, Dutch stays where it has none. Matching data stays as it is, so answers and
// rankings carry over from one language to another. Unknown codes give the Dutch content.
Content localise(const Content& dutch, const std::string& code);

}  // namespace kiosk
