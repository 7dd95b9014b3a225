// kiosk-pack: the staff tool for content packs, on a laptop before the open day. It makes a
// new pack from the template, checks one and lists every problem, signs and builds it into an
// archive for the USB stick, verifies it and shows what changes against another pack. Messages
// are in Dutch; docs/content-pack.md describes the format and README.md shows a session.
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "config/install_dirs.h"
#include "config/kiosk_config.h"
#include "output/take_home.h"
#include "pack/catalogue.h"
#include "pack/pack_diff.h"
#include "pack/pack_files.h"
#include "pack/pack_reader.h"
#include "pack/signature.h"
#include "store/statistics.h"

namespace fs = std::filesystem;
using namespace kiosk;

namespace {

constexpr int kUsage = 2;

// The template, the picture library and the qualification list this tool ships with: from the
// source and build tree, or, installed, from <prefix>/share/openday-kiosk (config/install_dirs.h).
std::string shipped(const char* in_tree, const char* installed_name) {
    const std::string data = installed_data_dir(running_program());
    return data.empty() ? in_tree : data + "/" + installed_name;
}

const char* const kHelp =
    "Gebruik: kiosk-pack OPDRACHT ...\n"
    "\n"
    "  init MAP [--crebo 25491,25498]  nieuw pakket uit het sjabloon; met --crebo de opleidingen\n"
    "                                  uit de landelijke kwalificatielijst\n"
    "  validate PAKKET [--pictures MAP]\n"
    "                                  alle problemen in een keer, als bestand:regel:kolom: melding;\n"
    "                                  plaatjesnamen tegen de bibliotheek in MAP (standaard die van de build)\n"
    "  keygen NAAM                     maakt NAAM.pub (voor de kiosk) en NAAM.secret (geheim houden!)\n"
    "  sign MAP --key NAAM.secret      schrijft manifest.sha256 en pack.sig in de map\n"
    "  build MAP -o PAKKET.zip --key NAAM.secret\n"
    "                                  controleert, ondertekent en maakt het archief voor de USB-stick\n"
    "  verify PAKKET --trust NAAM.pub  controleert de handtekening en elk bestand\n"
    "  diff OUD NIEUW                  toegevoegde, verwijderde en veranderde opleidingen en vragen\n"
    "  stats EXPORT.csv ... -o RAPPORT.csv\n"
    "                                  telt de statistieken van alle kiosks bij elkaar op, met samenvatting\n"
    "                                  (meer exports van dezelfde kiosk tellen een keer)\n"
    "  pin                             vraagt een PIN (op de invoer) en geeft de regel voor kiosk.ini\n"
    "\n"
    "PAKKET is een map of een .zip. Uitkomst: 0 goed, 1 problemen gevonden, 2 verkeerd gebruik.\n";

void write_text(const std::string& path, const std::string& text) { write_file_atomically(path, text); }

// A secret key file is created readable by its owner only, from the first byte on; O_EXCL
// refuses anything already there, a planted link included (O_NOFOLLOW says so outright).
void write_secret(const std::string& path, const std::string& text) {
    const int file = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    const bool written = file >= 0 && ::write(file, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(file) == 0;
    if (file >= 0) ::close(file);
    if (!written) throw PackError("kan " + path + " niet schrijven");
}

// The value after `flag` in the arguments, or "" when it is not there.
std::string option(const std::vector<std::string>& args, const std::string& flag) {
    for (std::size_t i = 0; i + 1 < args.size(); ++i)
        if (args[i] == flag) return args[i + 1];
    return "";
}

std::string secret_key_from(const std::string& path) {
    const auto key = read_secret_key(read_file_bytes(path));
    if (!key) throw PackError(path + " is geen geheime sleutel van kiosk-pack keygen");
    return *key;
}

// Prints every problem; true when none is an error.
bool report(const std::vector<Problem>& problems) {
    for (const Problem& problem : problems) std::printf("%s\n", to_string(problem).c_str());
    return !has_errors(problems);
}


int init(const std::vector<std::string>& args) {
    if (args.empty()) return kUsage;
    const std::string folder = args[0];
    if (fs::exists(folder) && !fs::is_empty(folder)) throw PackError(folder + " bestaat al en is niet leeg; kies een nieuwe map");
    PackFiles files = read_pack_folder(shipped(KIOSK_TEMPLATE_DIR, "content"));
    files.erase(kManifestFile);
    files.erase(kSignatureFile);
    files["pack.ini"] = "[pack]\nformat = 2\nname = Nieuw pakket\nversion = 1\n";
    if (const std::string crebos = option(args, "--crebo"); !crebos.empty()) {
        std::vector<Problem> problems;
        const auto all = read_qualifications(read_file_bytes(shipped(KIOSK_QUALIFICATIONS_CSV, "kwalificaties-mbo-2015.csv")), problems);
        std::vector<Qualification> picked;
        std::stringstream list(crebos);
        for (std::string crebo; std::getline(list, crebo, ',');) {
            const auto found = std::find_if(all.begin(), all.end(), [&](const Qualification& q) { return q.crebo == crebo; });
            if (found == all.end()) throw PackError("crebo " + crebo + " staat niet in de landelijke kwalificatielijst");
            picked.push_back(*found);
        }
        const Content template_content = read_pack(files).content;
        std::vector<std::string> locations;
        for (const Location& location : template_content.locations) locations.push_back(location.key);
        files = catalogue_pack(files, picked, locations);
    }
    write_pack_folder(files, folder);
    std::printf("Nieuw pakket in %s. Vul programmes.csv en event.ini aan, en controleer met: kiosk-pack validate %s\n",
                folder.c_str(), folder.c_str());
    return 0;
}

// check_pack, and every picture name checked against the kiosk's picture library.
PackReadResult check_with_pictures(const PackFiles& files, const std::string& library_folder) {
    PackReadResult read = check_pack(files);
    if (read.ok())
        if (std::optional<Problem> too_long = check_link_fits(read.content)) read.problems.push_back(std::move(*too_long));
    const std::set<std::string> library = picture_library_names(library_folder);
    if (library.empty())
        read.problems.push_back({Problem::Severity::Warning, library_folder, 0, 0,
                                 "de plaatjesbibliotheek staat hier niet (bouw de kiosk, of geef --pictures MAP); plaatjesnamen zijn niet gecontroleerd"});
    else
        for (Problem& problem : check_pictures(read, library)) read.problems.push_back(std::move(problem));
    return read;
}

int validate(const std::vector<std::string>& args) {
    if (args.empty()) return kUsage;
    std::string library = shipped(KIOSK_PICTURES_DIR, "pictures");
    for (std::size_t i = 1; i + 1 < args.size(); ++i)
        if (args[i] == "--pictures") library = args[i + 1];
    const PackFiles files = read_pack_path(args[0]);
    const PackReadResult read = check_with_pictures(files, library);
    const bool ok = report(read.problems);
    if (files.count(kManifestFile) && manifest_of(files) != files.at(kManifestFile))
        std::printf("%s: waarschuwing: het manifest klopt niet meer bij de bestanden; onderteken opnieuw (kiosk-pack sign)\n", kManifestFile);
    std::printf(ok ? "Geen fouten in %s (%zu opleidingen, %zu vragen).\n" : "%s heeft fouten; de kiosk neemt het zo niet.\n",
                args[0].c_str(), read.content.programmes.size(), read.content.questions.size());
    return ok ? 0 : 1;
}

int keygen(const std::vector<std::string>& args) {
    if (args.empty()) return kUsage;
    const KeyPair keys = generate_key_pair();
    const std::string pub = args[0] + ".pub", secret = args[0] + ".secret";
    if (fs::exists(pub) || fs::exists(secret)) throw PackError(pub + " of " + secret + " bestaat al; kies een andere naam");
    write_text(pub, public_key_file(keys.public_key));
    write_secret(secret, secret_key_file(keys.secret_key));
    std::printf("Sleutel %s gemaakt.\n  %s: zet deze in de instellingen van elke kiosk die uw pakketten moet vertrouwen.\n"
                "  %s: houd deze geheim; wie hem heeft, kan pakketten maken die de kiosk neemt.\n",
                key_id(keys.public_key).c_str(), pub.c_str(), secret.c_str());
    return 0;
}

int sign(const std::vector<std::string>& args) {
    const std::string key = option(args, "--key");
    if (args.empty() || key.empty()) return kUsage;
    const PackFiles files = sign_pack(read_pack_folder(args[0]), secret_key_from(key));
    write_text((fs::path(args[0]) / kManifestFile).string(), files.at(kManifestFile));
    write_text((fs::path(args[0]) / kSignatureFile).string(), files.at(kSignatureFile));
    std::printf("%s ondertekend (%zu bestanden).\n", args[0].c_str(), files.size() - 2);
    return 0;
}

int build(const std::vector<std::string>& args) {
    const std::string key = option(args, "--key"), out = option(args, "-o");
    if (args.empty() || key.empty() || out.empty()) return kUsage;
    const PackFiles files = read_pack_folder(args[0]);
    if (!report(check_with_pictures(files, shipped(KIOSK_PICTURES_DIR, "pictures")).problems)) {
        std::printf("Niet gebouwd: los eerst de fouten op.\n");
        return 1;
    }
    write_pack_zip(sign_pack(files, secret_key_from(key)), out);
    std::printf("%s gemaakt en ondertekend. Zet het op de USB-stick.\n", out.c_str());
    return 0;
}

int verify(const std::vector<std::string>& args) {
    const std::string trust = option(args, "--trust");
    if (args.empty() || trust.empty()) return kUsage;
    const auto key = read_public_key(read_file_bytes(trust));
    if (!key) throw PackError(trust + " is geen publieke sleutel van kiosk-pack keygen");
    const Verification result = verify_pack(read_pack_path(args[0]), {*key});
    for (const Problem& problem : result.problems) std::printf("%s: %s\n", args[0].c_str(), to_string(problem).c_str());
    if (result.ok) std::printf("%s is ondertekend met sleutel %s en ongeschonden.\n", args[0].c_str(), result.signed_by.c_str());
    return result.ok ? 0 : 1;
}

int diff(const std::vector<std::string>& args) {
    if (args.size() < 2) return kUsage;
    const PackReadResult from = read_pack(read_pack_path(args[0]));
    const PackReadResult to = read_pack(read_pack_path(args[1]));
    for (const std::string& line : describe(diff_packs(from.content, to.content))) std::printf("%s\n", line.c_str());
    return 0;
}

// A kiosk's statistics export is some kilobytes for a day; far larger is not one of ours.
constexpr std::size_t kMaxStatisticsBytes = 16u << 20;

int stats(const std::vector<std::string>& args) {
    const std::string out = option(args, "-o");
    KioskStatistics all;
    std::vector<Problem> problems;
    int files = 0;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "-o") {
            ++i;
            continue;
        }
        // read_file_bytes stops a little past the limit; a longer export is refused as a whole
        // instead of being read cut off (which showed as a field-count error at a random line).
        const std::string bytes = read_file_bytes(args[i], kMaxStatisticsBytes);
        if (bytes.size() > kMaxStatisticsBytes)
            throw PackError(args[i] + " is groter dan " + std::to_string(kMaxStatisticsBytes >> 20) +
                            " MB; zo groot wordt een statistiekexport van de kiosk niet: controleer of dit het goede bestand is");
        add_exports(all, read_statistics_csv(bytes, args[i], problems));
        ++files;
    }
    if (files == 0 || out.empty()) return kUsage;
    for (const Problem& problem : problems) std::printf("%s\n", to_string(problem).c_str());
    if (!problems.empty()) {
        std::printf("Geen rapport gemaakt: los eerst de problemen op.\n");
        return 1;
    }
    std::set<std::string> events, kiosks;
    for (const auto& [source, counts] : all) {
        events.insert(source.first);
        kiosks.insert(source.second);
    }
    std::string event;
    for (const std::string& name : events) event += (event.empty() ? "" : "+") + name;
    const Statistics merged = total(all);
    write_text(out, statistics_csv(merged, event, "alle"));
    std::string summary = "Statistiek van " + std::to_string(kiosks.size()) + " kiosk(s) (" + std::to_string(files) +
                          " bestanden), " + event + "\n";
    for (const std::string& line : statistics_summary(merged)) summary += line + "\n";
    // The summary goes next to the report as NAME.txt; when the report itself is NAME.txt, the
    // summary gets its own name instead of overwriting it.
    std::string summary_path = fs::path(out).replace_extension(".txt").string();
    if (fs::path(summary_path).lexically_normal() == fs::path(out).lexically_normal())
        summary_path = fs::path(out).replace_extension("").string() + "-samenvatting.txt";
    write_text(summary_path, summary);
    std::printf("%s\nGeschreven: %s en %s\n", summary.c_str(), out.c_str(), summary_path.c_str());
    return 0;
}

// The PIN is read from standard input, never from the command line, which shell history keeps.
int pin(const std::vector<std::string>&) {
    std::string entered;
    std::fprintf(stderr, "Nieuwe PIN (4 tot 12 cijfers): ");
    std::getline(std::cin, entered);
    if (!valid_pin(entered)) throw PackError("een PIN is 4 tot 12 cijfers");
    std::printf("[staff]\npin_hash = %s\n", hash_pin(entered).c_str());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> all(argv + 1, argv + argc);
    if (all.empty() || all[0] == "--help" || all[0] == "-h") {
        std::fputs(kHelp, all.empty() ? stderr : stdout);
        return all.empty() ? kUsage : 0;
    }
    const std::vector<std::string> args(all.begin() + 1, all.end());
    const std::string& command = all[0];
    try {
        int result = kUsage;
        if (command == "init") result = init(args);
        else if (command == "validate") result = validate(args);
        else if (command == "keygen") result = keygen(args);
        else if (command == "sign") result = sign(args);
        else if (command == "build") result = build(args);
        else if (command == "verify") result = verify(args);
        else if (command == "diff") result = diff(args);
        else if (command == "stats") result = stats(args);
        else if (command == "pin") result = pin(args);
        else std::fprintf(stderr, "onbekende opdracht '%s'\n", command.c_str());
        if (result == kUsage) std::fputs(kHelp, stderr);
        return result;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "kiosk-pack: %s\n", error.what());
        return 1;
    }
}
