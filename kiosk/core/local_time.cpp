#include "core/local_time.h"

#include <ctime>

namespace kiosk {

std::string local_time(double seconds_since_epoch, const char* format) {
    const std::time_t moment = static_cast<std::time_t>(seconds_since_epoch);
    std::tm local{};
    localtime_r(&moment, &local);
    char text[64];
    return std::strftime(text, sizeof text, format, &local) > 0 ? text : "";
}

}  // namespace kiosk
