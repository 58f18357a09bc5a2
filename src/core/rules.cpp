#include "backstride/rules.hpp"

#include <fmt/format.h>

#include "backstride/error.hpp"

namespace backstride {

std::string_view rule_basis_key(RuleBasis basis) {
  switch (basis) {
    case RuleBasis::published:
      return "published";
    case RuleBasis::adapted:
      return "adapted";
    case RuleBasis::design:
      return "design";
  }
  return "design";
}

const Rule& find_rule(std::string_view id) {
  for (const auto& rule : rule_table()) {
    if (rule.id == id) {
      return rule;
    }
  }
  throw Error(ExitCode::software, fmt::format("rule {} is not in the rule table", id));
}

PainLimits pain_limits_for(const Profile& profile) {
  PainLimits limits;
  limits.usual = profile.back_pain.usual_pain;
  if (profile.clearance && profile.clearance->max_pain_during) {
    // CLR-CAP: the clinician's cap replaces the GREEN ceiling; above it is RED.
    limits.green_max = *profile.clearance->max_pain_during;
    limits.red_above = limits.green_max;
    limits.capped = true;
  }
  return limits;
}

Zone pain_zone(int pain, const PainLimits& limits) {
  if (pain > limits.red_above) {
    return Zone::red;
  }
  return pain > limits.green_max ? Zone::amber : Zone::green;
}

}  // namespace backstride
