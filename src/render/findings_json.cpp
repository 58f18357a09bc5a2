#include "findings_json.hpp"

#include "backstride/render/catalogue.hpp"
#include "backstride/rules.hpp"

namespace backstride::render {

nlohmann::ordered_json findings_json(const std::vector<Finding>& findings) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const auto& finding : findings) {
    const Rule& rule = find_rule(finding.rule);
    list.push_back({{"rule", rule.key},
                    {"message", say(finding.message)},
                    {"basis", rule_basis_key(rule.basis)},
                    {"source", rule.source},
                    {"lifted", finding.lifted}});
  }
  return list;
}

nlohmann::ordered_json screening_json(const Screening& screening) {
  return {{"status", screening_status_key(screening.status)},
          {"findings", findings_json(screening.findings)}};
}

}  // namespace backstride::render
