#pragma once

#include <string>

#include "backstride/date.hpp"

namespace backstride::cli {

// A day given on the command line to `option` (such as "--date"): YYYY-MM-DD, `today` or
// `yesterday`, not after `today`. A day written DD/MM/YYYY or MM/DD/YYYY is refused with
// the ISO form it may mean ("did you mean 2026-12-02?"). Throws Error(usage).
Date parse_day_option(const std::string& option, const std::string& text, Date today);

}  // namespace backstride::cli
