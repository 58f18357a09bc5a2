#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "backstride/history.hpp"
#include "backstride/profile.hpp"
#include "backstride/words.hpp"

namespace backstride {

// Every rule, in rule-table order (the order `backstride rules` prints them); the
// table is indexed by it. Its printed key ("PAIN-AMBER") comes from rule_key().
enum class RuleId : std::uint8_t {
  rf_emerg,
  rf_urgent,
  scr_heart,
  scr_dizzy,
  scr_chronic,
  scr_supervised,
  scr_spine,
  scr_pregnant,
  scr_inplan,
  scr_age45,
  clr_lift,
  clr_future,
  clr_walk,
  clr_cap,
  clr_stage1,
  entry_acute,
  entry_leg,
  entry_walk30,
  entry_bmi,
  entry_lapsed,
  entry_start,
  pain_red,
  pain_amber,
  pain_green,
  pain_pending,
  sign_nocount,
  prog_one_a_day,
  prog_2,
  review_amber,
  pause_2red,
  pause_restricted,
  gap_14,
  gap_28,
  walk_graduate,
  prog_jog_total,
  prog_jog_longest,
  prog_no_limits,
  hist_future,
  rest_day,
  safety_signs,
  chk_clearance,
  chk_before,
  chk_stop,
  chk_after,
  chk_weekly,
  shoe_check,
  form_cadence,
  pace_easy,
};

// How many rules there are (the rule table has one row for each RuleId).
inline constexpr std::size_t k_rule_count = static_cast<std::size_t>(RuleId::pace_easy) + 1;

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

// How firmly a rule rests on evidence.
enum class RuleBasis {
  published,  // a guideline or trial result applied as it is written
  adapted,    // a published model changed for back pain (the source says what changed)
  design,     // our own threshold or convention
};

// The JSON name of a basis ("published", "adapted", "design").
std::string_view rule_basis_key(RuleBasis basis);

// How a logged session went (traffic-light pain monitoring); pending: otherwise GREEN,
// but its next-morning score is not logged yet.
enum class Zone { green, pending, amber, red };

// The pain limits a logged session is judged against (NRS 0-10), for pain during
// and pain after alike.
struct PainLimits {
  int green_max = 3;    // at or below this can be GREEN
  int red_above = 5;    // above this is RED; between the two is AMBER
  int usual = 0;        // the person's usual daily pain
  bool capped = false;  // a clinician's cap set both limits (CLR-CAP)
};

// Reasons a rule applies to a profile (empty: it does not apply).
using ProfileCheck = std::vector<Words> (*)(const Profile&);

// Reasons a rule applies to one logged session (empty: it does not apply).
using EntryCheck = std::vector<Words> (*)(const HistoryEntry&, const PainLimits&);

// One rule: what it says, what it does, where it comes from, and (for rules that
// test a profile or a log entry) the test itself. All rules live in one table.
struct Rule {
  RuleId id = RuleId::rf_emerg;
  std::string_view key;        // the printed id, e.g. "PAIN-AMBER"
  std::string_view statement;  // plain-language condition
  std::string_view action;     // what backstride does
  RuleBasis basis = RuleBasis::design;
  std::string_view source;  // publications by author and year, and what is ours
  RuleEffect effect = RuleEffect::none;
  ProfileCheck on_profile = nullptr;
  EntryCheck on_entry = nullptr;
};

// Every rule, in the order `backstride rules` prints them.
std::span<const Rule> rule_table();

// The rule with this id (never throws: every RuleId has its row).
const Rule& find_rule(RuleId id);

// The printed id of a rule ("PAIN-AMBER"): the only way a RuleId becomes text.
std::string_view rule_key(RuleId id);

// The rule whose printed id is `key` ("PAIN-AMBER"), or nullopt when there is none.
std::optional<RuleId> rule_id_from_key(std::string_view key);

// Pain limits for a profile: GREEN <= 3, AMBER 4-5, RED > 5; with a clinician's
// max_pain_during cap (0-5), GREEN <= cap and RED above it (CLR-CAP).
PainLimits pain_limits_for(const Profile& profile);

// The zone one pain score (during or after a session) falls in. The one place
// that compares pain with the limits.
Zone pain_zone(int pain, const PainLimits& limits);

// CHK-BEFORE (and PAIN-AMBER): pain before a session above usual + this is too much
// for jogging today (NRS points).
inline constexpr int k_before_extra_points = 1;

// PAIN-RED: next-morning pain this far above usual (or more) is RED (NRS points).
inline constexpr int k_morning_red_points = 2;

// REST-DAY: session days are at least this many days apart (one rest day between).
inline constexpr int k_rest_day_spacing = 2;

// Weekly jog limit in seconds for a BMI over 30: about 3 km at an easy 8 km/h.
inline constexpr int k_high_bmi_week1_jog_seconds = 1350;

}  // namespace backstride
