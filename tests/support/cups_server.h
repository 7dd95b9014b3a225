// A real cupsd of the test's own: its configuration, spool and socket in a fresh folder, stopped
// again when the test ends. Queues print to PDF (cups-pdf) or to small test back-ends that act
// like a printer out of paper, with its cover open, or one that never finishes.
#pragma once

#include <string>
#include <vector>

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

    // A queue printing to PDF; returns the folder cups-pdf writes the user's PDFs to.
    std::string add_pdf_queue(const std::string& name);
    // A raw queue whose back-end runs `script` (a shell script body) for each job.
    void add_script_queue(const std::string& name, const std::string& script);
    void add_queue(const std::string& name, const std::string& device_uri);  // raw
    void run(const std::string& command);
    int active_jobs();  // jobs not yet completed, cancelled or aborted  // a CUPS command-line tool with "-h <socket>" added

private:
    std::string folder_;
    int pid_ = -1;
};

// The PDF files in `folder` now, to tell a new one from older ones.
std::vector<std::string> pdf_files(const std::string& folder);
// Waits up to `seconds` for a PDF in `folder` that is not in `before`, and for cups-pdf to finish
// writing it; returns its path, or "" when none came.
std::string wait_for_new_pdf(const std::string& folder, const std::vector<std::string>& before, double seconds);
// Renders page 1 of a PDF with pdftoppm at `dpi` into a PNG beside it; returns the PNG's path.
std::string render_pdf(const std::string& pdf, int dpi);

}  // namespace test
