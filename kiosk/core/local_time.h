// A moment (seconds since the epoch) as local time text, with strftime's `format`: the date in a
// link, the hour of a statistic, the stamp in an export's file name.
#pragma once

#include <string>

namespace kiosk {

std::string local_time(double seconds_since_epoch, const char* format);

}  // namespace kiosk
