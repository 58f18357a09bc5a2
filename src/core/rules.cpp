#include "backstride/rules.hpp"

#include "json_enums.hpp"

namespace backstride {

std::string_view rule_basis_key(RuleBasis basis) {
  return json_name<RuleBasis::design>(basis);
}

const Rule& find_rule(RuleId id) {
  return rule_table()[static_cast<std::size_t>(id)];
}

std::string_view rule_key(RuleId id) {
  return find_rule(id).key;
}

std::optional<RuleId> rule_id_from_key(std::string_view key) {
  for (const auto& rule : rule_table()) {
    if (rule.key == key) {
      return rule.id;
    }
  }
  return std::nullopt;
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
