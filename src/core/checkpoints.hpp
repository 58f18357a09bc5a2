#pragma once

#include <vector>

#include "backstride/plan.hpp"
#include "backstride/profile.hpp"

namespace backstride {

// Plan-wide checkpoints: clearance before week 1, the per-session checks, pace,
// form and shoes, worded with the person's own pain limits.
std::vector<Checkpoint> plan_checkpoints(const Profile& profile, const PainLimits& limits,
                                         bool jogging, bool long_jogs);

// The checks that go with one session (before, during, after, next morning, and
// pace and form cues when it has jogs).
std::vector<Checkpoint> session_checkpoints(const PlannedSession& session, const Profile& profile,
                                            const PainLimits& limits);

// The warning signs every plan carries (SAFETY-SIGNS).
SafetySigns safety_signs();

// What a jogging program promises about how fast jogging grows: its limits, or
// that it has none (PROG-NO-LIMITS). Empty for a walking program.
std::vector<Checkpoint> program_limits(const Program& program);

// The checks at the end of one week: the weekly gate, and the shoe check in the
// first week it falls due (`shoes_flagged` remembers that across weeks).
std::vector<Checkpoint> week_checkpoints(const PlanWeek& week, const Profile& profile,
                                         bool& shoes_flagged);

}  // namespace backstride
