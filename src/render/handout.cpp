#include "backstride/render/handout.hpp"

#include <fmt/format.h>

#include "backstride/render/catalogue.hpp"
#include "handout_parts.hpp"

namespace backstride::render {
namespace {

// What the sheet is, in its title.
std::string handout_title(const Plan& plan) {
  switch (plan.decision.action) {
    case Action::emergency:
      return say("title_emergency");
    case Action::refer:
      return say("title_refer");
    case Action::pause:
      return say("title_pause");
    default:
      return say(parts::has_jogging(plan) ? "title_jogging" : "title_walking");
  }
}

// The clinician pages' title, in English like the pages themselves.
std::string clinician_title(const Plan& plan) {
  LanguageScope english("en");
  return say("title_clinician", fmt::arg("name", plan.profile_name));
}

}  // namespace

std::optional<Audience> parse_audience(std::string_view name) {
  if (name == "patient") {
    return Audience::patient;
  }
  if (name == "clinician") {
    return Audience::clinician;
  }
  if (name == "both") {
    return Audience::both;
  }
  return std::nullopt;
}

Handout build_handout(const Plan& plan, const HandoutOptions& options) {
  Handout handout;
  handout.person = plan.profile_name;
  handout.language = plan.language;
  handout.clinic = options.clinic;
  handout.title =
      options.audience == Audience::clinician ? clinician_title(plan) : handout_title(plan);
  handout.subtitle = say("subtitle", fmt::arg("name", plan.profile_name),
                         fmt::arg("date", format_date(plan.today)));
  // A withheld sheet for the patient alone stays on one page.
  handout.one_page = plan.withheld && options.audience == Audience::patient;
  if (options.audience != Audience::clinician) {
    handout.sections = parts::patient_sections(plan, options);
  }
  handout.clinician_from = handout.sections.size();
  if (options.audience != Audience::patient) {
    // In English whatever the plan's language: the rules, their reasons and their sources
    // are written (and cited) in English only, and the clinic works in it.
    LanguageScope english("en");
    auto clinician = parts::clinician_sections(plan);
    if (!handout.sections.empty() && !clinician.empty()) {
      clinician.front().page_break_before = true;
    }
    handout.clinician_from = handout.sections.size();
    handout.sections.insert(handout.sections.end(), clinician.begin(), clinician.end());
  }
  return handout;
}

}  // namespace backstride::render
