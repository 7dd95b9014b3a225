#include "support/cups_server.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

#include "support/patience.h"

namespace fs = std::filesystem;

namespace test {

namespace {

constexpr const char* kCupsBin = "/usr/lib/cups";
constexpr const char* kPdfModel = "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd";

void write(const fs::path& path, const std::string& text) {
    std::ofstream out(path);
    out << text;
}

int shell(const std::string& command) {
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

std::string CupsServer::unavailable() {
    if (::geteuid() != 0) return "cupsd and cups-pdf need root";
    for (const char* path : {"/usr/sbin/cupsd", "/usr/sbin/lpadmin", "/usr/lib/cups/backend/cups-pdf", kPdfModel, "/usr/bin/pdftoppm"})
        if (!fs::exists(path)) return std::string(path) + " is missing (tools/install-deps installs it)";
    return "";
}

CupsServer::CupsServer() {
    folder_ = (fs::temp_directory_path() / ("kiosk-cups-" + std::to_string(::getpid()))).string();
    fs::remove_all(folder_);
    for (const char* dir : {"conf", "spool", "cache", "state", "tmp", "log", "bin/backend"}) fs::create_directories(fs::path(folder_) / dir);
    // cupsd runs back-ends from ServerBin; ours is the system's plus the test back-ends.
    for (const auto& entry : fs::directory_iterator(kCupsBin))
        if (entry.path().filename() != "backend") fs::create_symlink(entry.path(), fs::path(folder_) / "bin" / entry.path().filename());
    for (const auto& entry : fs::directory_iterator(fs::path(kCupsBin) / "backend"))
        fs::create_symlink(entry.path(), fs::path(folder_) / "bin/backend" / entry.path().filename());
    // cupsd's filters run as lp: they must reach the folder and write their temporary files.
    fs::permissions(folder_, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
    fs::permissions(fs::path(folder_) / "tmp", fs::perms::all | fs::perms::sticky_bit);
    write(fs::path(folder_) / "conf/cupsd.conf",
          "Listen " + socket() + "\nLogLevel debug\nWebInterface no\nBrowsing Off\nErrorPolicy stop-printer\n"
          "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
          "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n");
    write(fs::path(folder_) / "conf/cups-files.conf",
          "ServerRoot " + folder_ + "/conf\nRequestRoot " + folder_ + "/spool\nCacheDir " + folder_ + "/cache\n" +
              "StateDir " + folder_ + "/state\nTempDir " + folder_ + "/tmp\nErrorLog " + folder_ + "/log/error_log\n" +
              "AccessLog " + folder_ + "/log/access_log\nPageLog " + folder_ + "/log/page_log\n" +
              "ServerBin " + folder_ + "/bin\nUser lp\nGroup lp\n");

    pid_ = ::fork();
    REQUIRE(pid_ >= 0);
    if (pid_ == 0) {
        const std::string conf = folder_ + "/conf/cupsd.conf";
        const std::string files = folder_ + "/conf/cups-files.conf";
        ::execl("/usr/sbin/cupsd", "cupsd", "-f", "-c", conf.c_str(), "-s", files.c_str(), static_cast<char*>(nullptr));
        std::_Exit(127);
    }
    // cupsd makes its socket once it listens; a busy machine only makes that take longer. If
    // cupsd exits instead (a bad configuration), there is nothing to wait for.
    bool exited = false;
    const bool listening = wait_until([&] {
        exited = ::waitpid(pid_, nullptr, WNOHANG) == pid_;
        return exited || fs::exists(socket());
    });
    if (!listening || exited) {
        // A failing constructor runs no destructor: stop cupsd here, or it outlives the test.
        if (!exited) {
            ::kill(pid_, SIGTERM);
            ::waitpid(pid_, nullptr, 0);
        }
        pid_ = -1;
        FAIL("cupsd " << (exited ? "exited" : "made no socket") << "; its log is " << folder_ << "/log/error_log");
    }
}

CupsServer::~CupsServer() {
    if (pid_ > 0) {
        thaw();
        ::kill(pid_, SIGTERM);
        ::waitpid(pid_, nullptr, 0);
    }
    std::error_code ignored;
    fs::remove_all(folder_, ignored);
    if (!pdf_config_.empty()) fs::remove(pdf_config_, ignored);
}

std::string CupsServer::socket() const { return folder_ + "/cups.sock"; }

void CupsServer::run(const std::string& command) {
    const auto space = command.find(' ');
    const std::string line = command.substr(0, space) + " -h " + socket() + command.substr(space) + " 2>&1";
    INFO(line);
    REQUIRE(shell(line) == 0);
}

void CupsServer::freeze() { ::kill(pid_, SIGSTOP); }
void CupsServer::thaw() { ::kill(pid_, SIGCONT); }

int CupsServer::active_jobs() {
    FILE* list = ::popen(("lpstat -h " + socket() + " -o").c_str(), "r");
    REQUIRE(list);
    int lines = 0;
    for (int c = std::fgetc(list); c != EOF; c = std::fgetc(list)) lines += c == '\n';
    ::pclose(list);
    return lines;
}

std::string CupsServer::add_pdf_queue(const std::string& name) {
    // "cups-pdf:/X" reads /etc/cups/cups-pdf-X.conf; by default it would write to the job
    // owner's ~/PDF, shared by every test running at the same time.
    REQUIRE(pdf_config_.empty());
    const std::string settings = "kiosk-test-" + std::to_string(::getpid());
    const fs::path out = fs::path(folder_) / "pdf";
    fs::create_directories(out);
    fs::permissions(out, fs::perms::all);
    pdf_config_ = "/etc/cups/cups-pdf-" + settings + ".conf";
    write(pdf_config_, "Out " + out.string() + "\nLog " + folder_ + "/log\n");
    run("lpadmin -p " + name + " -E -v cups-pdf:/" + settings + " -P " + kPdfModel);
    return out.string();
}

void CupsServer::add_queue(const std::string& name, const std::string& device_uri) {
    run("lpadmin -p " + name + " -E -v " + device_uri + " -m raw");
}

void CupsServer::add_script_queue(const std::string& name, const std::string& script) {
    const fs::path backend = fs::path(folder_) / "bin/backend" / name;
    // Without arguments cupsd asks a back-end which devices it sees: none.
    write(backend, "#!/bin/sh\n[ $# -eq 0 ] && exit 0\n" + script + "\n");
    fs::permissions(backend, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                 fs::perms::others_read | fs::perms::others_exec);
    add_queue(name, name + ":/");
}

std::string wait_for_file_script(const std::string& path) {
    const std::string tries = std::to_string(kPatience.count() * 10);
    return "i=0\nwhile [ ! -e '" + path + "' ] && [ $i -lt " + tries + " ]; do sleep 0.1; i=$((i+1)); done";
}

std::string wait_for_pdf(const std::string& folder) {
    std::string found;
    wait_until([&] {
        for (const auto& entry : fs::directory_iterator(folder)) {
            if (entry.path().extension() != ".pdf") continue;
            const std::string file = entry.path().string();
            // cups-pdf writes the file in place; it is done when the end marker is there.
            std::ifstream in(file, std::ios::binary);
            const std::string text((std::istreambuf_iterator<char>(in)), {});
            if (text.find("%%EOF") != std::string::npos) {
                found = file;
                return true;
            }
        }
        return false;
    });
    return found;
}

std::string render_pdf(const std::string& pdf, int dpi) {
    const std::string base = fs::path(pdf).replace_extension("").string();
    REQUIRE(shell("pdftoppm -png -singlefile -r " + std::to_string(dpi) + " '" + pdf + "' '" + base + "'") == 0);
    return base + ".png";
}

}  // namespace test
