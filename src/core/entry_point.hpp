#pragma once

#include <optional>
#include <string>
#include <vector>

#include "backstride/assessment.hpp"

namespace backstride {

// Where a person starts before any history: program, stage, and the rule why.
struct EntryPoint {
  const Program* program = nullptr;
  std::size_t stage_index = 0;
  RuleId rule = RuleId::entry_start;
  Words reason;
  std::vector<Words> notes;
  std::optional<RuleId> walking_lock;  // rule that keeps this person on walk-base until cleared
};

// Picks the entry point from the profile and its screening (walk-base when any
// walk rule applies; later stages for runners; the BMI cap). Pure.
EntryPoint choose_entry_point(const Profile& profile, const Screening& screening,
                              const Program& requested);

// A built-in program that must exist ("walk-base", "back-care").
const Program& required_program(std::string_view id);

}  // namespace backstride
