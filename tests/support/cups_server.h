// A real cupsd of the test's own: its configuration, spool and socket in a fresh folder, stopped
// again when the test ends. Queues print to PDF (cups-pdf) or to small test back-ends that act
// like a printer out of paper, with its cover open, or one that never finishes.
#pragma once

#include <string>
#include <vector>

// Each CUPS test starts with this: it skips, saying why, where cupsd cannot run (not root). CI
// runs as root.
#define REQUIRE_CUPS()                                                               \
    if (const std::string why = test::CupsServer::unavailable(); !why.empty()) {     \
        WARN("CUPS-test overgeslagen: " << why);                                     \
        return;                                                                      \
    }

namespace test {

class CupsServer {
public:
    // Why a CUPS server cannot run here (empty when it can): cupsd and cups-pdf need root.
    static std::string unavailable();

    CupsServer();   // REQUIREs that cupsd starts and answers
    ~CupsServer();  // stops cupsd and removes its folder
    CupsServer(const CupsServer&) = delete;
    CupsServer& operator=(const CupsServer&) = delete;

    std::string socket() const;  // the server address for the kiosk's settings

    // A queue printing to PDF; returns the folder of its own that cups-pdf writes the PDFs to.
    std::string add_pdf_queue(const std::string& name);
    // A raw queue whose back-end runs `script` (a shell script body) for each job.
    void add_script_queue(const std::string& name, const std::string& script);
    void add_queue(const std::string& name, const std::string& device_uri);  // raw
    void run(const std::string& command);  // a CUPS command-line tool with "-h <socket>" added
    int active_jobs();  // jobs not yet completed, cancelled or aborted
    void freeze();      // cupsd stops answering (SIGSTOP), as a server that hangs
    void thaw();

private:
    std::string folder_;
    std::string pdf_config_;  // cups-pdf reads a queue's settings from /etc/cups only
    int pid_ = -1;
};

// Back-end script bodies for add_script_queue. A printer that never finishes a job: it holds the
// job until cupsd stops the back-end (a cancel, or the server stopping); `exec` so that stopping
// the back-end ends the sleep too, and no sleep outlives the test.
inline const std::string kNeverFinishes = "exec sleep 3600";
// A printer that finishes its job once `path` exists: the test decides when it has printed. (It
// gives up after test::kPatience, so a back-end left behind by a broken test ends by itself.)
std::string wait_for_file_script(const std::string& path);

// Waits for cups-pdf to write a whole PDF into `folder`; returns its path, or "" when none came
// within test::kPatience.
std::string wait_for_pdf(const std::string& folder);
// Renders page 1 of a PDF with pdftoppm at `dpi` into a PNG beside it; returns the PNG's path.
std::string render_pdf(const std::string& pdf, int dpi);

}  // namespace test
