#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "backstride/plan.hpp"

namespace backstride::render {

// Writes the plan as RFC 4180 CSV with Google Calendar's import columns, one row
// per session in local time. With `formula_guard`, cells that a spreadsheet would
// run as a formula (starting with = + - @, tab or CR) get a leading apostrophe.
// A withheld plan gets at most one row: a reminder to see a clinician.
void write_plan_csv(const Plan& plan, bool formula_guard, std::ostream& out);

// One CSV field, quoted when needed (quotes doubled), guarded as above.
std::string csv_field(std::string_view text, bool formula_guard);

}  // namespace backstride::render
