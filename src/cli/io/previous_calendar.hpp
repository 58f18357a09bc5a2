#pragma once

#include <string>
#include <vector>

#include "backstride/cli/app.hpp"
#include "backstride/render/ics_previous.hpp"

namespace backstride::cli {

// Largest calendar read to cancel what a re-export drops (a plan's .ics is far smaller).
inline constexpr std::size_t k_max_calendar_bytes = 16 * 1024 * 1024;

// The events of the calendar at `path` (a file, or - for stdin). Throws Error(no_input)
// when it cannot be read, Error(data_error) when it is not a calendar.
std::vector<render::PreviousEvent> read_previous_calendar(const std::string& path, Io& io);

// True when writing `path` with `replace` set would replace a regular file already there
// (whose events a calendar export must then read first).
bool replaces_regular_file(const std::string& path, bool replace);

}  // namespace backstride::cli
