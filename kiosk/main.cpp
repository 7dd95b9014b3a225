// The open-day kiosk. See README.md for how to run it and `kiosk --help` for its options.
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <signal.h>

#include "config/install_dirs.h"
#include "config/kiosk_config.h"
#include "output/portfolio_record.h"
#include "output/short_code.h"
#include "output/viewer_data.h"
#include "pack/pack_files.h"
#include "pack/pack_reader.h"
#include "pack/signature.h"
#include "platform/app.h"
#include "platform/headless.h"
#include "store/store.h"
#include "text/text.h"

namespace {

void print_help() {
    std::puts(
        "Gebruik: kiosk [opties]\n"
        "  --content MAP       map met de standaardinhoud (standaard: de content/ van dit project; geinstalleerd:\n"
        "                      /usr/share/openday-kiosk/content)\n"
        "  --store BESTAND     SQLite-opslag (standaard: ~/.local/share/openday-kiosk/kiosk.db of $KIOSK_STORE)\n"
        "  --config BESTAND    instellingen van deze kiosk, zoals de vertrouwde sleutels\n"
        "                      (standaard: ~/.config/openday-kiosk/kiosk.ini, als die er is)\n"
        "  --trust BESTAND     vertrouw ook pakketten die met deze sleutel (.pub) zijn ondertekend\n"
        "  --pictures MAP      plaatjesbibliotheek (standaard: die van de build, anders pictures/ naast het\n"
        "                      programma of /usr/share/openday-kiosk/pictures)\n"
        "  --size BxH          venstergrootte, bijvoorbeeld 1080x1920 voor een staand scherm\n"
        "  --fullscreen        volledig scherm, ook zonder vensterbeheerder\n"
        "  --booth             standmodus: volledig scherm, geen toets of venstersluiting beëindigt de kiosk\n"
        "                      (alleen 'Kiosk afsluiten' op het medewerkersscherm of systemctl stop), het\n"
        "                      toetsenbord vastgehouden, geen muisaanwijzer\n"
        "  --video STUURPROGRAMMA\n"
        "                      auto (standaard: X of Wayland, zonder bureaublad de console), x11, wayland,\n"
        "                      of kmsdrm: zonder bureaublad direct op de console (KMS/DRM, aanraking via evdev)\n"
        "  --software          tekenen zonder grafische versnelling\n"
        "  --dpi N             pixels per inch van het scherm, als het scherm dat niet zelf meldt\n"
        "  --headless          zonder scherm (SDL dummy), voor tests\n"
        "  --script BESTAND    met --headless: voer tikken en schermafdrukken uit dit bestand uit\n"
        "                      (SIGTERM of SIGINT stopt het script netjes na de lopende opdracht; uitkomst\n"
        "                      128 + het signaalnummer: 143 voor SIGTERM, 130 voor SIGINT)\n"
        "  --check             controleer alleen de inhoud en stop\n"
        "  --viewer-data BESTAND\n"
        "                      schrijf de gegevens voor de portfolio-viewer (uit de inhoud) naar BESTAND\n"
        "                      (.json, of .js om met een <script>-tag te laden)\n"
        "  --lookup CODE       zoek de uitslag bij een korte code op (met de inhoud van --content) en stop\n"
        "  --export-portfolio BESTAND\n"
        "                      tokenmodus: schrijf de bewaarde uitslagen als JSON naar BESTAND en stop");
}

bool parse_size(const char* text, int& width, int& height) {
    return std::sscanf(text, "%dx%d", &width, &height) == 2 && width >= 320 && height >= 320;
}

// The store lives in the user's data folder, so a rebuild or a new checkout keeps the log.
std::string default_store_path() {
    if (const char* path = std::getenv("KIOSK_STORE"); path && *path) return path;
    std::string base;
    if (const char* data = std::getenv("XDG_DATA_HOME"); data && *data) base = data;
    else if (const char* home = std::getenv("HOME"); home && *home) base = std::string(home) + "/.local/share";
    else return "kiosk.db";
    std::error_code error;
    std::filesystem::create_directories(base + "/openday-kiosk", error);
    return base + "/openday-kiosk/kiosk.db";
}

std::string default_config_path() {
    if (const char* config = std::getenv("XDG_CONFIG_HOME"); config && *config) return std::string(config) + "/openday-kiosk/kiosk.ini";
    if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.config/openday-kiosk/kiosk.ini";
    return "kiosk.ini";
}

// The kiosk's settings: the configuration file (when there is one, or when it was named), plus
// the keys given with --trust. Problems in the file stop the kiosk: trusting the wrong key or
// a broken PIN must not pass unnoticed.
void apply_config(kiosk::AppOptions& options, const std::string& config_path, bool config_named,
                  const std::vector<std::string>& key_files) {
    kiosk::KioskConfig config;
    if (config_named || std::filesystem::exists(config_path)) {
        std::vector<kiosk::Problem> problems;
        config = kiosk::read_kiosk_config(kiosk::read_file_bytes(config_path), config_path, problems);
        for (const auto& problem : problems) std::fprintf(stderr, "%s\n", kiosk::to_string(problem).c_str());
        if (kiosk::has_errors(problems)) throw std::runtime_error("de instellingen in " + config_path + " bevatten fouten");
    }
    options.kiosk.trusted_keys = config.public_keys();
    for (const std::string& file : key_files) {
        const auto key = kiosk::read_public_key(kiosk::read_file_bytes(file));
        if (!key) throw std::runtime_error(file + " is geen publieke sleutel van kiosk-pack keygen");
        options.kiosk.trusted_keys.push_back(*key);
    }
    options.kiosk.staff_pin_hash = config.staff_pin_hash;
    options.kiosk.usb_roots = config.usb_roots;
    options.reach = config.reach;
}

// The signal that asked the headless kiosk to stop, 0 while none did.
volatile std::sig_atomic_t stop_signal = 0;

// SDL_Init turns SIGTERM and SIGINT into an SDL_QUIT event, which only the event loop sees; the
// headless script runner never pumps events, so without this it ran on through a SIGTERM.
// Installed after the kiosk is set up, over SDL's handlers.
void stop_on_signals() {
    struct sigaction action {};
    action.sa_handler = [](int signal_number) { stop_signal = signal_number; };
    sigemptyset(&action.sa_mask);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

// Writes atomically (see pack_files.h), telling on the console when it could not.
bool write_file(const std::string& path, const std::string& bytes) {
    try {
        kiosk::write_file_atomically(path, bytes);
        return true;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "%s\n", error.what());
        return false;
    }
}

// The viewer's data comes from the content folder itself, checked like the kiosk checks it.
int write_viewer_data(const std::string& content_dir, const std::string& path) {
    const kiosk::PackReadResult read = kiosk::read_pack(kiosk::read_pack_folder(content_dir));
    for (const auto& problem : read.problems) std::fprintf(stderr, "%s\n", kiosk::to_string(problem).c_str());
    if (!read.ok()) return 1;
    // A .js file can be loaded with a <script> tag, so the viewer also works opened from disk.
    const std::string json = kiosk::viewer_data_json(read.content);
    const bool as_script = path.size() > 3 && path.compare(path.size() - 3, 3, ".js") == 0;
    return write_file(path, as_script ? "window.KIOSK_VIEWER_DATA = " + json + ";\n" : json) ? 0 : 1;
}

// For staff: a visitor without a camera wrote down the short code; with the same content it gives
// the same programmes, reasons, reflections and next step as the QR link.
int lookup(const std::string& content_dir, const std::string& code) {
    const kiosk::PackReadResult read = kiosk::read_pack(kiosk::read_pack_folder(content_dir));
    if (!read.ok()) {
        std::fprintf(stderr, "de inhoud bevat fouten; controleer met --check\n");
        return 1;
    }
    const kiosk::Content& content = read.content;
    const auto session = kiosk::decode_short_code(content, code);
    if (!session) {
        std::fprintf(stderr, "'%s' is geen geldige code voor deze inhoud (tikfout, of andere inhoud?)\n", code.c_str());
        return 1;
    }
    for (std::size_t q = 0; q < content.questions.size(); ++q)
        for (int option : session->answers.picked[q])
            std::printf("%s: %s\n", content.questions[q].text.c_str(),
                        content.questions[q].options[static_cast<std::size_t>(option)].text.c_str());
    for (const kiosk::Match* match : kiosk::shown_matches(session->ranking)) {
        const kiosk::Programme& p = content.programmes[static_cast<std::size_t>(match->programme)];
        std::printf("\n%s%s%s (crebo %s, niveau %d, %s)\n", match->programme == session->favourite ? "* " : "",
                    match->kind == kiosk::MatchKind::Surprise ? "Verrassing: " : match->kind == kiosk::MatchKind::LaterRoute ? "Later: " : "",
                    p.name.c_str(), p.crebo.c_str(), p.level, kiosk::leerweg_label(content, p).c_str());
        for (const kiosk::Reason& reason : match->reasons) std::printf("  - %s\n", reason.text.c_str());
    }
    // From the offer the code holds no ranking, only the favourite.
    const std::string favourite = session->favourite >= 0 ? content.programmes[static_cast<std::size_t>(session->favourite)].name : "";
    if (session->browsing && !favourite.empty()) std::printf("\nFavoriet (uit het aanbod): %s\n", favourite.c_str());
    if (!session->reflections.empty()) std::printf("\n");
    for (std::size_t r = 0; r < content.reflections.size(); ++r)
        if (const int option = session->reflections[r]; option >= 0) {
            const kiosk::Question& reflection = content.reflections[r];
            const std::string question = favourite.empty() ? reflection.general_text : kiosk::replace_all(reflection.text, "{naam}", favourite);
            std::printf("%s %s\n", question.c_str(), reflection.options[static_cast<std::size_t>(option)].text.c_str());
        }
    if (session->next_step >= 0)
        std::printf("\nVolgende stap: %s\n", content.next_steps[static_cast<std::size_t>(session->next_step)].text.c_str());
    return 0;
}

// Writes the token-mode records to `path` as one JSON file.
int export_portfolio(const std::string& store_path, const std::string& path) {
    const kiosk::Store store(store_path);
    const std::vector<std::string> records = store.portfolio_records();
    if (!write_file(path, kiosk::portfolio_export_json(records))) return 1;
    std::printf("%zu uitslagen geschreven naar %s\n", records.size(), path.c_str());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    kiosk::AppOptions options;
    options.kiosk.content_dir = KIOSK_DEFAULT_CONTENT_DIR;
    // Installed (the Debian package), the content and pictures come from <prefix>/share, never
    // from the tree the program was built in.
    if (const std::string data = kiosk::installed_data_dir(kiosk::running_program()); !data.empty()) {
        options.kiosk.content_dir = data + "/content";
        options.pictures = data + "/pictures";
    }
    options.kiosk.store_path = default_store_path();
    std::string script_path;
    bool check_only = false;
    std::string export_path;
    std::string viewer_data_path;
    std::string lookup_code;
    std::string config_path = default_config_path();
    bool config_named = false;
    std::vector<std::string> key_files;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool has_value = i + 1 < argc;
        if (arg == "--help" || arg == "-h") { print_help(); return 0; }
        else if (arg == "--content" && has_value) options.kiosk.content_dir = argv[++i];
        else if (arg == "--store" && has_value) options.kiosk.store_path = argv[++i];
        else if (arg == "--pictures" && has_value) options.pictures = argv[++i];
        else if (arg == "--config" && has_value) { config_path = argv[++i]; config_named = true; }
        else if (arg == "--trust" && has_value) key_files.push_back(argv[++i]);
        else if (arg == "--size" && has_value) {
            if (!parse_size(argv[++i], options.width, options.height)) {
                std::fprintf(stderr, "ongeldige grootte '%s'; gebruik bijvoorbeeld 1920x1080\n", argv[i]);
                return 2;
            }
        }
        else if (arg == "--dpi" && has_value) options.dpi = std::strtof(argv[++i], nullptr);
        else if (arg == "--fullscreen") options.fullscreen = true;
        else if (arg == "--booth") options.booth = options.fullscreen = true;
        else if (arg == "--video" && has_value) {
            const auto driver = kiosk::parse_video_driver(argv[++i]);
            if (!driver) {
                std::fprintf(stderr, "onbekend beeldstuurprogramma '%s'; kies auto, x11, wayland of kmsdrm\n", argv[i]);
                return 2;
            }
            options.video = *driver;
        }
        else if (arg == "--software") options.software = true;
        else if (arg == "--headless") options.headless = true;
        else if (arg == "--script" && has_value) script_path = argv[++i];
        else if (arg == "--check") check_only = true;
        else if (arg == "--export-portfolio" && has_value) export_path = argv[++i];
        else if (arg == "--viewer-data" && has_value) viewer_data_path = argv[++i];
        else if (arg == "--lookup" && has_value) lookup_code = argv[++i];
        else {
            std::fprintf(stderr, "onbekende optie '%s' (zie --help)\n", arg.c_str());
            return 2;
        }
    }
    try {
        if (!export_path.empty()) return export_portfolio(options.kiosk.store_path, export_path);
        if (!viewer_data_path.empty()) return write_viewer_data(options.kiosk.content_dir, viewer_data_path);
        if (!lookup_code.empty()) return lookup(options.kiosk.content_dir, lookup_code);
        apply_config(options, config_path, config_named, key_files);
        if (options.headless) {
            kiosk::HeadlessKiosk headless(options, kiosk::wall_clock());
            for (const auto& line : headless.app().problems()) std::fprintf(stderr, "%s\n", line.c_str());
            if (check_only || script_path.empty()) return 0;
            std::ifstream in(script_path);
            if (!in) {
                std::fprintf(stderr, "script niet gevonden: %s\n", script_path.c_str());
                return 2;
            }
            std::stringstream script;
            script << in.rdbuf();
            stop_on_signals();
            const std::string error = kiosk::run_script(headless, script.str(), [] { return stop_signal != 0; });
            if (!error.empty()) {
                std::fprintf(stderr, "%s\n", error.c_str());
                // The shell's convention for "ended by signal N", so a service manager or a test
                // sees why it ended; the store was closed normally on the way out.
                return stop_signal != 0 ? 128 + static_cast<int>(stop_signal) : 1;
            }
            return 0;
        }
        kiosk::App app(options, kiosk::wall_clock());
        for (const auto& line : app.problems()) std::fprintf(stderr, "%s\n", line.c_str());
        if (check_only) return 0;
        return app.run();
    } catch (const std::exception& error) {
        std::fprintf(stderr, "De kiosk kan niet starten: %s\n", error.what());
        return 1;
    }
}
