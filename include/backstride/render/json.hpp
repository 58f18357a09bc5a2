#pragma once

#include <ostream>
#include <span>

#include "backstride/plan.hpp"
#include "backstride/program.hpp"

namespace backstride::render {

// Writes the plan as JSON ("format": "backstride.plan/1", data/schema/plan.schema.json),
// two-space indented.
void write_plan_json(const Plan& plan, std::ostream& out);

// Writes what to do today as JSON ("format": "backstride.next/2"): the decision,
// screening with findings, the trail, today's session and the next one (or null), each
// the same session object as the plan's (data/schema/next.schema.json).
void write_next_json(const Plan& plan, const PlannedSession* next, std::ostream& out);

// Writes the programs as JSON ("format": "backstride.programs/1").
void write_programs_json(std::span<const Program> programs, std::ostream& out);

}  // namespace backstride::render
