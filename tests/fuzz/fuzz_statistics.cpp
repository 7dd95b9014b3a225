// Fuzz target: a statistics export that kiosk-pack stats reads back. What reads without problems
// must write out and read back to the same counts.
#include <cstddef>
#include <cstdint>
#include <string>

#include "store/statistics.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<kiosk::Problem> problems;
    const kiosk::Statistics statistics =
        kiosk::total(kiosk::read_statistics_csv(std::string(reinterpret_cast<const char*>(data), size), "x.csv", problems));
    if (!problems.empty()) return 0;
    std::vector<kiosk::Problem> again;
    const kiosk::KioskStatistics back = kiosk::read_statistics_csv(kiosk::statistics_csv(statistics, "E", "k"), "y.csv", again);
    if (kiosk::total(back) != statistics || !again.empty() || back.size() > 1) __builtin_trap();
    return 0;
}
