#include "backstride/render/check.hpp"
#include "backstride/render/catalogue.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "backstride/render/text.hpp"
#include "backstride/render/wording.hpp"
#include "backstride/render/wrap.hpp"
#include "backstride/rules.hpp"
#include "findings_json.hpp"

namespace backstride::render {

void write_check_text(const Profile& profile, const Screening& screening, std::size_t width,
                      std::ostream& out) {
  out << wrap(fmt::format("backstride check for {} ({})", profile.name, profile.id), width);
  out << wrap(screening_status_title(screening.status), width, "  Screening  ");
  if (screening.findings.empty()) {
    out << wrap("No red flags or pre-exercise screening findings.", width, "  ");
  }
  for (const auto& finding : screening.findings) {
    out << wrap(fmt::format("{} ({}){}", say(finding.message), rule_key(finding.rule),
                            finding.lifted ? fmt::format(": lifted by {}'s clearance of {}",
                                                         profile.clearance->by,
                                                         format_date(profile.clearance->date))
                                           : ""),
                width, "  - ");
    if (!finding.lifted) {
      out << wrap(find_rule(finding.rule).action, width, "    ");
    }
  }
  if (screening.status == ScreeningStatus::urgent) {
    out << "\n"
        << wrap(withheld_headline(Action::emergency), width)
        << wrap(withheld_advice(Action::emergency), width);
  }
  out << "\n" << wrap(safety_note(), width);
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
