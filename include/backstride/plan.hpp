#pragma once

#include <string>
#include <vector>

#include "backstride/date.hpp"
#include "backstride/program.hpp"

namespace backstride {

// One dated session of a plan.
struct PlannedSession {
  std::string id;        // "<stage>-<n>", e.g. "S03-2"
  Date date;
  int start_minutes = 0;  // local start time, minutes after midnight
  std::string stage_id;
  std::string stage_title;
  int stage_number = 0;  // 1-based position of the stage in its program
  std::vector<Segment> segments;
};

// A calendar week (Monday to Sunday) of a plan.
struct PlanWeek {
  int number = 0;  // 1-based
  Date first_day;  // its Monday
  std::vector<PlannedSession> sessions;
};

// Sums over a set of sessions, in seconds.
struct Totals {
  int sessions = 0;
  int seconds = 0;
  int jog_seconds = 0;
  int walk_seconds = 0;  // warm-up, walking and cool-down
};

// A dated plan: the program's remaining stages laid out on the person's days.
struct Plan {
  std::string profile_id;
  std::string profile_name;
  std::string program_id;
  std::string program_name;
  std::string program_source;
  std::string next_program;
  std::string finale;
  Date today;
  Date first_day;                                  // no session before this day
  std::vector<std::chrono::weekday> session_days;  // from the schedule, Monday first
  std::vector<PlanWeek> weeks;
};

// Totals of one week.
Totals totals_of(const PlanWeek& week);

// Totals of the whole plan.
Totals totals_of(const Plan& plan);

}  // namespace backstride
