// Pictures in a pack: the names a pack gives (beeld, picture =), the pack's own pictures/, the
// warning for a name that is nowhere, and the default content's pictures in the library the
// build rasterised (assets/pictures.ini).
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "pack/ini.h"
#include "pack/pack_reader.h"
#include "support/paths.h"
#include "support/problems.h"
#include "text/text.h"

using namespace kiosk;

namespace {

const std::set<std::string>& library() {
    static const std::set<std::string> names = picture_library_names(KIOSK_PICTURES_DIR);
    return names;
}

// The line of `text` (1-based) holding `part`; 0 when none.
int line_of(const std::string& text, const std::string& part) {
    const auto at = text.find(part);
    if (at == std::string::npos) return 0;
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
}

}  // namespace

TEST_CASE("The build's picture library holds every picture of assets/pictures.ini") {
    std::vector<Problem> problems;
    const IniFile ini = parse_ini(test::read_file(test::source_dir() + "/assets/pictures.ini"), "assets/pictures.ini", problems);
    CHECK(problems.empty());
    std::size_t count = 0;
    for (const IniSection& section : ini.sections) {
        INFO(section.name);
        REQUIRE(section.name.rfind("picture.", 0) == 0);
        CHECK_FALSE(section.value("twemoji").empty());
        CHECK(library().count(section.name.substr(8)) == 1);
        ++count;
    }
    CHECK(count >= 60);
    CHECK(library().size() == count);
}

TEST_CASE("A pack names pictures in programmes.csv, features.ini, questions.ini and uitleg.ini") {
    PackFiles files = test::default_pack();
    files["features.ini"] = replace_all(files["features.ini"], "picture = koken", "picture = eigen");
    files["pictures/eigen.png"] = test::png_photo(64, 64);
    const PackReadResult read = read_pack(files);
    REQUIRE(read.ok());
    const Content& content = read.content;
    const int cook = content.programme_index("25180");  // Kok
    REQUIRE(cook >= 0);
    CHECK(content.programmes[static_cast<std::size_t>(cook)].picture == "koken");
    REQUIRE(content.domain("79120"));
    CHECK(content.domain("79120")->picture == "eigen");
    CHECK(content.pictures.at("eigen") == "pictures/eigen.png");  // the pack's own comes first
    const auto graag = std::find_if(content.questions.begin(), content.questions.end(), [](const Question& q) { return q.key == "graag"; });
    REQUIRE(graag != content.questions.end());
    CHECK(graag->options.front().picture == "helpen");
    CHECK(content.explain_cards.front().picture == "ladder");
    // Every place a name stands is known, so a wrong one can be pointed at.
    CHECK(std::any_of(read.pictures.begin(), read.pictures.end(), [](const PictureUse& use) { return use.file == "programmes.csv" && use.line > 1; }));
    CHECK(std::any_of(read.pictures.begin(), read.pictures.end(), [](const PictureUse& use) { return use.file == "questions.ini"; }));
    CHECK(check_pictures(read, library()).empty());

    SECTION("A programme without `beeld` takes its domain's picture") {
        Programme own = content.programmes[static_cast<std::size_t>(cook)];
        own.picture.clear();
        CHECK(content.programme_picture(own) == "eigen");
    }
    SECTION("A pack's picture must be a real PNG or JPEG; other files in pictures/ are skipped with a warning") {
        files["pictures/kapot.png"] = "dit is geen plaatje";
        files["pictures/leesmij.txt"] = "tekst";
        const PackReadResult bad = read_pack(files);
        CHECK_FALSE(bad.ok());
        CHECK(test::mentions(bad.problems, "pictures/kapot.png"));
        CHECK(test::mentions(bad.problems, "pictures/leesmij.txt"));
        CHECK(bad.content.pictures.count("leesmij") == 0);
    }
}

TEST_CASE("A picture name that is neither in the library nor in the pack is warned about in Dutch, at its line") {
    PackFiles files = test::default_pack();
    files["questions.ini"] = replace_all(files["questions.ini"], "picture = computer", "picture = raket");
    files["uitleg.ini"] = replace_all(files["uitleg.ini"], "picture = ladder", "picture = niveaus");  // a drawing of the kiosk's own
    const int line = line_of(files["questions.ini"], "picture = raket");
    REQUIRE(line > 0);
    const PackReadResult read = read_pack(files);
    REQUIRE(read.ok());  // a wrong picture name never stops a pack: the kiosk draws without it
    const std::vector<Problem> problems = check_pictures(read, library());
    CHECK(problems.size() == 1);
    CHECK(test::mentions(problems, "questions.ini:" + std::to_string(line) + ":1"));
    CHECK(test::mentions(problems, "plaatje 'raket' staat niet in de plaatjesbibliotheek"));
    CHECK(problems.front().severity == Problem::Severity::Warning);
}

TEST_CASE("Every programme, domain, interest answer and Uitleg card of the default content has a picture of the library") {
    const Content& content = test::default_content();
    REQUIRE(content.programmes.size() == 53);
    for (const Programme& programme : content.programmes) {
        INFO(programme.crebo << " " << programme.name);
        CHECK(library().count(programme.picture) == 1);
    }
    for (const Domain& domain : content.domains) {
        INFO(domain.code);
        CHECK(library().count(domain.picture) == 1);
    }
    int interest = 0;
    for (const Question& question : content.questions) {
        if (!question.interest) continue;
        ++interest;
        for (const Option& option : question.options) {
            INFO(question.key << "." << option.key);
            CHECK(library().count(option.picture) == 1);
        }
    }
    CHECK(interest >= 2);
    for (const ExplainCard& card : content.explain_cards) {
        INFO(card.key);
        CHECK(library().count(card.picture) == 1);
    }
}
