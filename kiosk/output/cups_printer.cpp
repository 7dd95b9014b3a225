#include "output/cups_printer.h"

#include <cups/cups.h>

#include <algorithm>
#include <cstdio>
#include <chrono>
#include <cstdlib>
#include <memory>
#include <string_view>
#include <thread>
#include <vector>

#include "system/shared_library.h"

namespace kiosk {

namespace {

// libcups, opened the first time a ticket goes to a CUPS printer (system/shared_library.h).
#define KIOSK_CUPS_FUNCTIONS(X) \
    X(cupsCancelJob2) X(cupsCreateJob) X(cupsDoRequest) X(cupsFinishDocument) \
    X(cupsFreeDests) X(cupsGetNamedDest) X(cupsLastError) X(cupsServer) \
    X(cupsStartDocument) X(cupsWriteRequestData) X(httpAssembleURIf) X(httpClose) \
    X(httpConnect2) X(httpSetTimeout) X(ippAddInteger) X(ippAddString) \
    X(ippAddStrings) X(ippDelete) X(ippFindAttribute) X(ippGetBoolean) \
    X(ippGetCount) X(ippGetInteger) X(ippGetString) X(ippNewRequest) \
    X(ippPort)

struct Cups {
#define KIOSK_CUPS_POINTER(name) decltype(&::name) name = nullptr;
    KIOSK_CUPS_FUNCTIONS(KIOSK_CUPS_POINTER)
#undef KIOSK_CUPS_POINTER
};

const LoadedLibrary<Cups>& libcups() {
    return load_once<Cups>(KIOSK_CUPS_SONAME, [](SharedLibrary& library, Cups& cups) {
#define KIOSK_CUPS_BIND(name) &&library.bind(cups.name, #name)
        return true KIOSK_CUPS_FUNCTIONS(KIOSK_CUPS_BIND);
#undef KIOSK_CUPS_BIND
    });
}

// Only called once send_to_cups has found the library complete.
const Cups& cups() { return libcups().functions; }

struct CloseHttp {
    void operator()(http_t* http) const { cups().httpClose(http); }
};
struct DeleteIpp {
    void operator()(ipp_t* ipp) const { cups().ippDelete(ipp); }
};
using Connection = std::unique_ptr<http_t, CloseHttp>;
using IppMessage = std::unique_ptr<ipp_t, DeleteIpp>;

constexpr auto kPollInterval = std::chrono::milliseconds(200);
using Clock = std::chrono::steady_clock;

// One deadline for the whole job, however many requests it takes: libcups asks this callback
// whenever a request has waited a while, and gives up when it says 0.
struct Deadline {
    Clock::time_point at;
    double seconds_left() const { return std::chrono::duration<double>(at - Clock::now()).count(); }
};

int still_in_time(http_t*, void* deadline) { return static_cast<Deadline*>(deadline)->seconds_left() > 0 ? 1 : 0; }

Connection connect_to(const std::string& server, Deadline& deadline) {
    std::string host = server.empty() ? cups().cupsServer() : server;
    int port = cups().ippPort();
    // A socket path has no port; "host:631" has.
    if (const auto colon = host.rfind(':'); host.front() != '/' && colon != std::string::npos) {
        port = std::atoi(host.c_str() + colon + 1);
        host.resize(colon);
    }
    Connection http(cups().httpConnect2(host.c_str(), port, nullptr, AF_UNSPEC, HTTP_ENCRYPTION_IF_REQUESTED, 1,
                                 static_cast<int>(std::max(0.1, deadline.seconds_left()) * 1000), nullptr));
    if (http) cups().httpSetTimeout(http.get(), 0.5, still_in_time, &deadline);
    return http;
}

std::string printer_uri(const std::string& queue) {
    char uri[HTTP_MAX_URI];
    cups().httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, "localhost", 0, "/printers/%s", queue.c_str());
    return uri;
}

struct QueueStatus {
    bool found = false;
    int state = IPP_PSTATE_IDLE;
    bool accepting = true;
    std::vector<std::string> reasons;  // printer-state-reasons, e.g. "media-empty-error"
};

QueueStatus queue_status(http_t* http, const std::string& queue) {
    ipp_t* request = cups().ippNewRequest(IPP_OP_GET_PRINTER_ATTRIBUTES);
    cups().ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, printer_uri(queue).c_str());
    static const char* const wanted[] = {"printer-state", "printer-state-reasons", "printer-is-accepting-jobs"};
    cups().ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 3, nullptr, wanted);
    const IppMessage response(cups().cupsDoRequest(http, request, "/"));
    QueueStatus status;
    if (!response || cups().cupsLastError() > IPP_STATUS_OK_CONFLICTING) return status;
    status.found = true;
    if (ipp_attribute_t* state = cups().ippFindAttribute(response.get(), "printer-state", IPP_TAG_ENUM))
        status.state = cups().ippGetInteger(state, 0);
    if (ipp_attribute_t* accepting = cups().ippFindAttribute(response.get(), "printer-is-accepting-jobs", IPP_TAG_BOOLEAN))
        status.accepting = cups().ippGetBoolean(accepting, 0) != 0;
    if (ipp_attribute_t* reasons = cups().ippFindAttribute(response.get(), "printer-state-reasons", IPP_TAG_KEYWORD))
        for (int i = 0; i < cups().ippGetCount(reasons); ++i)
            if (const char* reason = cups().ippGetString(reasons, i, nullptr)) status.reasons.emplace_back(reason);
    return status;
}

bool has_reason(const QueueStatus& status, std::string_view prefix) {
    for (const std::string& reason : status.reasons)
        if (reason.rfind(prefix, 0) == 0) return true;
    return false;
}

// What the queue's state says about printing now; Idle when nothing stands in the way.
PrinterState trouble_of(const QueueStatus& status) {
    if (!status.found) return PrinterState::Offline;
    if (has_reason(status, "media-empty") || has_reason(status, "media-needed")) return PrinterState::OutOfPaper;
    if (has_reason(status, "cover-open") || has_reason(status, "door-open")) return PrinterState::CoverOpen;
    if (status.state == IPP_PSTATE_STOPPED || !status.accepting || has_reason(status, "offline") ||
        has_reason(status, "connecting-to-device") || has_reason(status, "shutdown"))
        return PrinterState::Offline;
    return PrinterState::Idle;
}

int job_state(http_t* http, const std::string& queue, int job) {
    ipp_t* request = cups().ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES);
    cups().ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, printer_uri(queue).c_str());
    cups().ippAddInteger(request, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", job);
    const IppMessage response(cups().cupsDoRequest(http, request, "/"));
    ipp_attribute_t* state = response ? cups().ippFindAttribute(response.get(), "job-state", IPP_TAG_ENUM) : nullptr;
    return state ? cups().ippGetInteger(state, 0) : 0;
}

bool submit(http_t* http, const std::string& queue, int job, const std::string& pdf) {
    if (cups().cupsStartDocument(http, queue.c_str(), job, "bonnetje", CUPS_FORMAT_PDF, 1) != HTTP_STATUS_CONTINUE) return false;
    if (cups().cupsWriteRequestData(http, pdf.data(), pdf.size()) != HTTP_STATUS_CONTINUE) return false;
    return cups().cupsFinishDocument(http, queue.c_str()) <= IPP_STATUS_OK_CONFLICTING;
}

}  // namespace

PrinterState send_to_cups(const PrinterSettings& settings, const std::string& pdf) {
    // Converting and sending takes a moment; a printer that needs longer than this is not
    // printing for this visitor any more.
    if (!libcups().complete) {
        std::fprintf(stderr, "printer: libcups kan niet geladen worden (installeer het pakket libcups2): %s\n", libcups().error.c_str());
        return PrinterState::Offline;
    }
    Deadline deadline{Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(4 * settings.timeout_seconds))};
    const Connection http = connect_to(settings.server, deadline);
    if (!http) return PrinterState::Offline;
    std::string queue = settings.device;
    if (queue.empty()) {
        cups_dest_t* dest = cups().cupsGetNamedDest(http.get(), nullptr, nullptr);
        if (!dest) return PrinterState::Offline;
        queue = dest->name;
        cups().cupsFreeDests(1, dest);
    }
    if (const PrinterState before = trouble_of(queue_status(http.get(), queue)); before != PrinterState::Idle) return before;

    const int job = cups().cupsCreateJob(http.get(), queue.c_str(), "Open dag", 0, nullptr);
    if (job <= 0) return PrinterState::Offline;
    if (!submit(http.get(), queue, job, pdf)) {
        deadline.at = Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(settings.timeout_seconds));
        cups().cupsCancelJob2(http.get(), queue.c_str(), job, 0);
        return PrinterState::Offline;
    }
    PrinterState trouble = PrinterState::Idle;
    while (deadline.seconds_left() > 0) {
        const int state = job_state(http.get(), queue, job);
        if (state == IPP_JSTATE_COMPLETED) return PrinterState::Printed;
        const QueueStatus status = queue_status(http.get(), queue);
        trouble = trouble_of(status);
        // A stopped job (a filter failed) will not print without staff.
        if (state >= IPP_JSTATE_STOPPED) {
            if (trouble == PrinterState::Idle) trouble = PrinterState::Offline;
            break;
        }
        // Paper and cover are real; "connecting" or "offline" may pass while the job waits.
        if (trouble == PrinterState::OutOfPaper || trouble == PrinterState::CoverOpen || status.state == IPP_PSTATE_STOPPED) break;
        std::this_thread::sleep_for(kPollInterval);
    }
    if (trouble == PrinterState::Idle) trouble = PrinterState::NotAnswering;
    deadline.at = Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(settings.timeout_seconds));
    cups().cupsCancelJob2(http.get(), queue.c_str(), job, 0);
    return trouble;
}

}  // namespace kiosk
