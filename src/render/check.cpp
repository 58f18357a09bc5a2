#include "backstride/render/check.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "backstride/render/text.hpp"
#include "backstride/render/wording.hpp"
#include "backstride/rules.hpp"
#include "findings_json.hpp"

namespace backstride::render {

void write_check_text(const Profile& profile, const Screening& screening, std::ostream& out) {
  out << fmt::format("backstride check for {} ({})\n", profile.name, profile.id);
  out << fmt::format("  Screening  {}\n", screening_status_title(screening.status));
  if (screening.findings.empty()) {
    out << "  No red flags or pre-exercise screening findings.\n";
  }
  for (const auto& finding : screening.findings) {
    out << fmt::format("  - {} ({}){}\n", finding.message, rule_key(finding.rule),
                       finding.lifted
                           ? fmt::format(": lifted by {}'s clearance of {}", profile.clearance->by,
                                         format_date(profile.clearance->date))
                           : "");
    if (!finding.lifted) {
      out << fmt::format("    {}\n", find_rule(finding.rule).action);
    }
  }
  if (screening.status == ScreeningStatus::urgent) {
    out << "\n"
        << withheld_headline(Action::emergency) << "\n"
        << withheld_advice(Action::emergency) << "\n";
  }
  out << "\n" << wrap_text(safety_note(), 78);
}

void write_check_json(const Profile& profile, const Screening& screening, std::ostream& out) {
  nlohmann::ordered_json j{{"format", "backstride.check/1"},
                           {"profile", {{"id", profile.id}, {"name", profile.name}}},
                           {"exit_code", static_cast<int>(exit_code_for(screening))},
                           {"screening", screening_json(screening)},
                           {"safety_note", safety_note()}};
  out << j.dump(2) << "\n";
}

}  // namespace backstride::render
