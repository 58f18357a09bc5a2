#pragma once

#include <chrono>
#include <optional>
#include <span>
#include <string_view>

#include "backstride/date.hpp"
#include "backstride/plan.hpp"
#include "backstride/profile.hpp"
#include "backstride/program.hpp"

namespace backstride {

// Inputs to plan generation that do not come from the profile.
struct GenerateOptions {
  Date today;                        // no session is placed before this day
  std::size_t first_stage = 0;       // index of the stage to start at
  std::size_t first_session = 0;     // index of the first session within that stage
  std::optional<Date> not_before;    // e.g. the end of a relative-rest period
  std::optional<Date> last_session;  // the last session done: the next needs a rest day
  std::string_view source;           // names the profile in error messages
};

// True when `day` falls in one of the schedule's unavailable ranges.
bool unavailable_on(const Schedule& schedule, Date day);

// True when `day` is one of `days` (weekdays) and not unavailable in the schedule.
bool is_session_day(const Schedule& schedule, std::span<const std::chrono::weekday> days, Date day);

// Lays the program's stages (from options.first_stage) on the profile's run days,
// starting at the later of schedule.start_date and options.today: each stage's
// sessions in order, skipping unavailable ranges, never two sessions on
// consecutive days. Pure. Throws Error(data_error) if the schedule leaves no room.
Plan generate_plan(const Profile& profile, const Program& program, const GenerateOptions& options);

// The whole pipeline after parsing: screens and assesses the profile (history up
// to `today`), then lays out the remaining sessions from the assessed stage with
// their checkpoints and UTC start times in `timezone`. A withheld plan has no
// sessions. Pure apart from reading the system tz database.
Plan build_plan(const Profile& profile, const Program& requested, Date today,
                std::string_view source, std::string_view timezone = "UTC");

}  // namespace backstride
