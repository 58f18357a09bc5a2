#pragma once

#include <string>
#include <vector>

#include "backstride/rules.hpp"

// The tests behind the rule table (rules.cpp): each returns the reasons its rule
// applies, in plain words, or nothing. Thresholds are named in rule_checks.cpp.
namespace backstride::checks {

using Reasons = std::vector<Words>;

// RF-EMERG answers.
Reasons emergency_profile(const Profile& p);
// RF-EMERG symptoms in a log entry.
Reasons emergency_entry(const HistoryEntry& e, const PainLimits& limits);
// RF-URGENT answers, age with new pain, a new episode not improving.
Reasons urgent_profile(const Profile& p);
// RF-URGENT symptoms in a log entry.
Reasons urgent_entry(const HistoryEntry& e, const PainLimits& limits);
// SCR-INPLAN: dizziness in a log entry.
Reasons cardio_entry(const HistoryEntry& e, const PainLimits& limits);
// SCR-HEART.
Reasons heart(const Profile& p);
// SCR-DIZZY.
Reasons dizzy(const Profile& p);
// SCR-CHRONIC.
Reasons chronic(const Profile& p);
// SCR-SUPERVISED.
Reasons supervised(const Profile& p);
// SCR-SPINE.
Reasons spine(const Profile& p);
// SCR-PREGNANT.
Reasons pregnant(const Profile& p);
// SCR-AGE45.
Reasons age_vigorous(const Profile& p);
// CLR-WALK.
Reasons walk_only_clearance(const Profile& p);
// ENTRY-ACUTE.
Reasons acute_or_flare(const Profile& p);
// ENTRY-LEG.
Reasons leg_below_knee(const Profile& p);
// ENTRY-WALK30.
Reasons short_walk(const Profile& p);
// ENTRY-BMI.
Reasons high_bmi(const Profile& p);
// ENTRY-LAPSED.
Reasons runner(const Profile& p);
// PAIN-RED.
Reasons red_session(const HistoryEntry& e, const PainLimits& limits);
// PAIN-AMBER.
Reasons amber_session(const HistoryEntry& e, const PainLimits& limits);

}  // namespace backstride::checks
