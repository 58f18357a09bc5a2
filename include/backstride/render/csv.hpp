#pragma once

#include <chrono>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

#include "backstride/plan.hpp"

namespace backstride::render {

// Writes the plan as a spreadsheet (-f csv): RFC 4180, UTF-8 with a BOM, a header row,
// ISO 8601 dates (YYYY-MM-DD) and 24-hour times (HH:MM), one row per logged session of
// the history replay (zone and date done) and one per planned session (week, stage,
// minutes, checkpoints), then one row for the whole plan (plan-wide checkpoints, limits,
// warning signs). With `formula_guard`, cells that a spreadsheet would run as a formula
// (starting with = + - @, tab or CR) get a leading apostrophe. A withheld plan keeps its
// logged rows and ends with one reminder row (see a clinician, or seek care; the signs).
void write_plan_csv(const Plan& plan, bool formula_guard, std::ostream& out);

// Writes the plan as a Google Calendar import (-f gcal-csv): RFC 4180 with Google's
// columns (Subject, Start Date MM/DD/YYYY, Start Time h:mm AM/PM, ...), no BOM, one row
// per session in local time, guarded as above. A withheld plan gets one reminder row, at
// the next full hour after `generated` (as in the calendar file).
void write_plan_gcal_csv(const Plan& plan, std::chrono::sys_seconds generated, bool formula_guard,
                         std::ostream& out);

// One CSV field, quoted when needed (quotes doubled), guarded as above.
std::string csv_field(std::string_view text, bool formula_guard);

// One CSV record: the fields joined by commas, guarded as above, ended by CRLF.
void write_csv_record(std::ostream& out, std::span<const std::string> cells, bool formula_guard);

}  // namespace backstride::render
