#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "backstride/assessment.hpp"
#include "backstride/date.hpp"
#include "backstride/program.hpp"
#include "backstride/words.hpp"

namespace backstride {

// A safety check carried into every output, with the rule it comes from.
struct Checkpoint {
  RuleId rule = RuleId::chk_before;
  std::string when;   // before_week_1 | before | during | after | next_morning | weekly | shoes |
                      // form | pace
  Words text;         // said in the plan's language by the renderers
  bool done = false;  // only before_week_1, once a clearance is recorded
};

// The warning signs to stop for, in two groups (rule SAFETY-SIGNS), in plain words.
struct SafetySigns {
  RuleId rule = RuleId::safety_signs;
  Words emergency_heading;       // stop and get emergency care now ...
  std::vector<Words> emergency;  // ... for any of these
  Words soon_heading;            // stop and see a clinician soon ...
  std::vector<Words> soon;       // ... for any of these
};

// One dated session of a plan.
struct PlannedSession {
  std::string id;  // "<stage>-<n>", e.g. "S03-2"
  Date date;
  int start_minutes = 0;                 // local start time, minutes after midnight
  std::chrono::sys_seconds start_utc{};  // the same instant in UTC (see Plan::timezone)
  std::string stage_id;
  std::string stage_title;
  int stage_number = 0;  // 1-based position of the stage in its program
  std::vector<Segment> segments;
  std::vector<Checkpoint> checkpoints;
};

// A calendar week (Monday to Sunday) of a plan.
struct PlanWeek {
  int number = 0;  // 1-based
  Date first_day;  // its Monday
  std::vector<PlannedSession> sessions;
  std::vector<Checkpoint> checkpoints;
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
  std::string language = "en";  // the profile's, or --lang: what the renderers write in
  std::string program_id;
  std::string program_name;
  std::string program_source;
  std::string next_program;
  std::string finale;
  Date today;
  Date first_day;                                  // no session before this day
  std::vector<std::chrono::weekday> session_days;  // from the schedule, Monday first
  std::string timezone;                            // IANA zone the local times are in
  int start_minutes = 0;                           // the schedule's local start time
  int history_entries = 0;                         // logged sessions (ICS SEQUENCE)
  std::vector<PlanWeek> weeks;
  // From the assessment (empty trail and a "start" decision when there is no history).
  Screening screening;
  Decision decision;
  std::vector<TrailStep> trail;
  std::vector<Words> notes;
  bool withheld = false;  // emergency, refer or pause: no sessions at all
  ExitCode exit_code = ExitCode::ok;
  std::optional<Clearance> clearance;
  PainLimits limits;
  std::vector<Checkpoint> checkpoints;  // plan-wide (before week 1, stop rules, ...)
  SafetySigns safety_signs;             // in every plan, withheld ones too
  // How fast the program lets jogging grow (PROG-JOG-TOTAL and PROG-JOG-LONGEST),
  // or that it sets no limit (PROG-NO-LIMITS); empty for walking and withheld plans.
  std::vector<Checkpoint> program_limits;
};

// Totals of one week.
Totals totals_of(const PlanWeek& week);

// Totals of the whole plan.
Totals totals_of(const Plan& plan);

// The plan's first session, or nullptr when none is left.
const PlannedSession* first_session(const Plan& plan);

}  // namespace backstride
