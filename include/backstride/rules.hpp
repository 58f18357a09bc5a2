#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "backstride/history.hpp"
#include "backstride/profile.hpp"

namespace backstride {

// What a rule does when it applies.
enum class RuleEffect {
  none,       // informs (checkpoints, progression bookkeeping)
  emergency,  // no plan at all: seek emergency care now (exit 11)
  refer,      // no plan until a clinician clears the person (exit 10)
  walk_only,  // walking stages only until cleared (exit 10 while uncleared)
  walk_base,  // start with walk-base (no clearance involved)
  red,        // a logged session is RED
  amber,      // a logged session is AMBER
};

// The pain limits a logged session is judged against (NRS 0-10).
struct PainLimits {
  int green_max = 3;  // pain during at or below this can be GREEN
  int red_above = 5;  // pain during above this is RED
  int usual = 0;      // the person's usual daily pain
};

// Reasons a rule applies to a profile (empty: it does not apply).
using ProfileCheck = std::vector<std::string> (*)(const Profile&);

// Reasons a rule applies to one logged session (empty: it does not apply).
using EntryCheck = std::vector<std::string> (*)(const HistoryEntry&, const PainLimits&);

// One rule: what it says, what it does, where it comes from, and (for rules that
// test a profile or a log entry) the test itself. All rules live in one table.
struct Rule {
  std::string_view id;
  std::string_view statement;  // plain-language condition
  std::string_view action;     // what backstride does
  std::string_view source;     // evidence, see clinical-evidence.md
  RuleEffect effect = RuleEffect::none;
  ProfileCheck on_profile = nullptr;
  EntryCheck on_entry = nullptr;
};

// Every rule, in the order `backstride rules` prints them.
std::span<const Rule> rule_table();

// The rule with this id. Throws Error(software) if there is none (a bug).
const Rule& find_rule(std::string_view id);

// Pain limits for a profile: defaults (GREEN <= 3, RED > 5), tightened by a
// clinician's max_pain_during cap, never loosened.
PainLimits pain_limits_for(const Profile& profile);

// Weekly jog limit in seconds for a BMI over 30: about 3 km at an easy 8 km/h.
inline constexpr int k_high_bmi_week1_jog_seconds = 1350;

}  // namespace backstride
