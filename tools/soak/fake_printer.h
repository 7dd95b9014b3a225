// A receipt printer on loopback for the whole simulated day: it takes one connection after the
// other, answers ESC/POS status queries (DLE EOT) as the day's fault asks, and counts the jobs
// it served. The soak switches its fault while the kiosk runs: out of paper, cover open, a
// connection refused at once (offline), or a printer that takes the connection and then never
// answers (the kiosk's own time limit ends that job).
#pragma once

#include <atomic>
#include <string>
#include <thread>

namespace soak {

enum class PrinterFault { None, OutOfPaper, CoverOpen, Refuse, Stall };

const char* fault_name(PrinterFault fault);

class FakePrinter {
public:
    FakePrinter();  // throws std::runtime_error when no loopback port can be had
    ~FakePrinter();
    FakePrinter(const FakePrinter&) = delete;
    FakePrinter& operator=(const FakePrinter&) = delete;

    std::string address() const;  // "tcp://127.0.0.1:PORT", for event.ini [printer] device
    void set_fault(PrinterFault fault) { fault_ = fault; }
    PrinterFault fault() const { return fault_.load(); }
    long long served() const { return served_.load(); }  // connections handled to the end

private:
    void serve();
    void talk(int client);

    int listener_ = -1;
    int port_ = 0;
    int stop_event_ = -1;
    std::atomic<bool> stop_{false};
    std::atomic<PrinterFault> fault_{PrinterFault::None};
    std::atomic<long long> served_{0};
    std::thread thread_;
};

}  // namespace soak
