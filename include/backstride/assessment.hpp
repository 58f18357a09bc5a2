#pragma once

#include "backstride/words.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "backstride/date.hpp"
#include "backstride/error.hpp"
#include "backstride/profile.hpp"
#include "backstride/program.hpp"
#include "backstride/rules.hpp"

namespace backstride {

// Outcome of screening: clear, see a clinician first (exit 10), or emergency (exit 11).
enum class ScreeningStatus { clear, clearance_needed, urgent };

// The JSON name of a screening status ("clear", "clearance_needed", "urgent").
std::string_view screening_status_key(ScreeningStatus status);

// One reason screening found, with the rule that found it.
struct Finding {
  RuleId rule = RuleId::rf_emerg;
  Words message;  // plain words (rule_words)
  RuleEffect effect = RuleEffect::none;
  bool lifted = false;       // lifted by the profile's clearance
  std::optional<Date> date;  // set when a history entry (not the profile) raised it
};

// All screening findings for a profile.
struct Screening {
  ScreeningStatus status = ScreeningStatus::clear;
  std::vector<Finding> findings;
};

// The exit code a screening implies (`backstride check`): 0 clear, 10 see a clinician
// first, 11 seek emergency care now.
ExitCode exit_code_for(const Screening& screening);

// Screens the profile and every history entry against the red-flag and screening
// rules (red flags, PAR-Q+, ACSM) as they stand on `today`. A clearance lifts all
// but emergencies (for a history entry, only a clearance dated on or after it); a
// clearance dated after today lifts nothing and is itself a finding (CLR-FUTURE). Pure.
Screening screen_profile(const Profile& profile, Date today);

// The profile as it stands on `today`: without its clearance when that is dated
// after today (CLR-FUTURE). Returns `profile` itself, or a copy held in `storage`.
const Profile& profile_as_of(const Profile& profile, Date today, std::optional<Profile>& storage);

// The JSON name of a zone ("green", "amber", "red").
std::string_view zone_key(Zone zone);

// What backstride decided, after screening and replaying the history.
enum class Action {
  start,
  continue_stage,
  progress,
  repeat,
  regress,
  rest,
  review,  // persistent AMBER: check in with a clinician; the plan goes on (exit 0)
  pause,
  refer,
  emergency
};

// The JSON name of an action ("start", "continue", ...).
std::string_view action_key(Action action);

// True for the decisions that withhold the plan: emergency, refer and pause.
bool withholds_plan(Action action);

// The decision and the rule that made it.
struct Decision {
  Action action = Action::start;
  RuleId rule = RuleId::entry_start;
  Words reason;  // plain words, without the rule id
};

// One line of the replay: a logged session (or a gap) and what it changed.
struct TrailStep {
  Date date;
  std::string session;       // as logged; empty for a gap
  std::optional<Zone> zone;  // empty for a gap or an ignored entry
  RuleId rule = RuleId::pain_green;
  Words effect;                    // plain words
  std::string stage;               // the stage after this step
  Words warning;                   // e.g. the logged id does not match the replay
  std::optional<int> pain_during;  // as logged; empty for a gap
  std::optional<int> pain_after;   // as logged; empty for a gap
};

// Screening + entry point + history replay: where the person stands today.
struct Assessment {
  Screening screening;
  const Program* program = nullptr;    // the program to continue with (borrowed)
  std::size_t stage_index = 0;         // == program->stages.size() when finished
  std::size_t greens_in_stage = 0;     // GREEN sessions already done at this stage
  std::optional<Date> not_before;      // relative rest: no session before this day
  std::optional<Date> last_logged;     // the last counted session (keeps the rest day)
  std::optional<RuleId> walking_lock;  // rule keeping walk-base until cleared, if any
  Decision decision;
  std::vector<TrailStep> trail;
  std::vector<Words> notes;  // entry adjustments, e.g. the BMI cap

  // True when no running plan may be given (emergency, refer or pause).
  [[nodiscard]] bool withheld() const;
};

// Screens, picks the entry point, and replays the history up to `today`.
// `requested` must outlive the result (it may be replaced by a built-in program).
Assessment assess(const Profile& profile, const Program& requested, Date today);

// The exit code an assessment implies: 11 emergency; 10 refer, pause or an
// uncleared walk-only finding; else 0.
ExitCode exit_code_for(const Assessment& assessment);

}  // namespace backstride
