#include "backstride/assessment.hpp"
#include "json_enums.hpp"
#include "replay.hpp"

namespace backstride {

Assessment assess(const Profile& profile, const Program& requested, Date today) {
  std::optional<Profile> storage;
  const Profile& valid = profile_as_of(profile, today, storage);
  Assessment result = replay_history(valid, requested, today);
  if (&valid != &profile) {
    result.screening = screen_profile(profile, today);  // with the CLR-FUTURE finding
  }
  // An emergency anywhere (profile or any log entry) outranks everything else.
  if (result.decision.action != Action::emergency) {
    for (const auto& finding : result.screening.findings) {
      if (finding.effect == RuleEffect::emergency) {
        result.decision = {Action::emergency, finding.rule, finding.message};
        break;
      }
    }
  }
  return result;
}

std::string_view zone_key(Zone zone) {
  return json_name<Zone::red>(zone);
}

std::string_view action_key(Action action) {
  return json_name<Action::emergency>(action);
}

bool withholds_plan(Action action) {
  return action == Action::emergency || action == Action::refer || action == Action::pause;
}

bool Assessment::withheld() const {
  return withholds_plan(decision.action);
}

ExitCode exit_code_for(const Assessment& assessment) {
  if (assessment.decision.action == Action::emergency) {
    return ExitCode::emergency;
  }
  if (assessment.withheld() || assessment.screening.status != ScreeningStatus::clear) {
    return ExitCode::clearance_needed;
  }
  return ExitCode::ok;
}

}  // namespace backstride
