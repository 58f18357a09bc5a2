#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace backstride::cli {

// Weekdays read from a list as people write it, or why it could not be read.
struct DayList {
  std::vector<std::chrono::weekday> days;  // in the order written, each once
  std::string problem;                     // empty when read
};

// Reads "Monday, Wednesday, Friday", "mon wed fri", "Mon/Wed/Fri", "mo,we,fr" or
// "Mondays and Thursdays": full names, the first two or more letters of one, in any case,
// between commas, spaces, slashes, semicolons, "&", "+" or "and". A word that is no day
// is named with the nearest day ("\"Fridy\" is not a day; did you mean fri?").
DayList read_day_list(std::string_view text);

}  // namespace backstride::cli
