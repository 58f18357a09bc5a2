#include "backstride/assessment.hpp"
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
  switch (zone) {
    case Zone::green:
      return "green";
    case Zone::amber:
      return "amber";
    case Zone::red:
      return "red";
  }
  return "red";
}

std::string_view action_key(Action action) {
  switch (action) {
    case Action::start:
      return "start";
    case Action::continue_stage:
      return "continue";
    case Action::progress:
      return "progress";
    case Action::repeat:
      return "repeat";
    case Action::regress:
      return "regress";
    case Action::rest:
      return "rest";
    case Action::review:
      return "review";
    case Action::pause:
      return "pause";
    case Action::refer:
      return "refer";
    case Action::emergency:
      return "emergency";
  }
  return "emergency";
}

bool Assessment::withheld() const {
  return decision.action == Action::emergency || decision.action == Action::refer ||
         decision.action == Action::pause;
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
