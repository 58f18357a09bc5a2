#include "backstride/render/wording.hpp"

#include <fmt/format.h>

#include "backstride/render/catalogue.hpp"
#include "handout_parts.hpp"

namespace backstride::render {
namespace {

// The catalogue key of a withheld plan's wording: emergency, pause, or refer.
std::string_view withheld_key(Action action) {
  return action == Action::emergency ? "emergency" : action == Action::pause ? "pause" : "refer";
}

}  // namespace

std::string_view screening_status_title(ScreeningStatus status) {
  return message(fmt::format("status_{}", screening_status_key(status)));
}

std::string_view day_words(std::chrono::weekday day) {
  return message(fmt::format("weekday_{}", weekday_name(day)));
}

std::string_view zone_title(Zone zone) {
  return message(fmt::format("zone_title_{}", zone_key(zone)));
}

std::string_view action_title(Action action) {
  return message(fmt::format("action_{}", action_key(action)));
}

std::string_view withheld_headline(Action action) {
  return message(fmt::format("withheld_headline_{}", withheld_key(action)));
}

std::string_view withheld_advice(Action action) {
  return message(fmt::format("withheld_advice_{}", withheld_key(action)));
}

std::string_view safety_note() {
  return message("tool_safety_note");
}

std::string decision_sentence(const Plan& plan) {
  const PlannedSession* next = first_session(plan);
  int stage = next ? next->stage_number : 0;
  auto with_stage = [&](std::string_view id) { return say(id, fmt::arg("stage", stage)); };
  switch (plan.decision.action) {
    case Action::emergency:
      return say("decision_emergency");
    case Action::refer:
      return say("decision_refer");
    case Action::pause:
      return say("decision_pause");
    default:
      break;
  }
  if (next == nullptr) {
    return say("decision_finished");
  }
  switch (plan.decision.action) {
    case Action::start:
      return with_stage(parts::has_jogging(plan) ? "decision_start" : "decision_start_walking");
    case Action::progress:
      return with_stage("decision_progress");
    case Action::repeat:
      return with_stage("decision_repeat");
    case Action::regress:
      return with_stage("decision_regress");
    case Action::rest:
      return say("decision_rest", fmt::arg("date", format_date(plan.first_day)),
                 fmt::arg("stage", stage));
    case Action::review:
      return with_stage("decision_review");
    default:
      return with_stage("decision_continue");
  }
}

std::string decision_reason(const Plan& plan) {
  return current_language() == "en" ? say(plan.decision.reason) : decision_sentence(plan);
}

}  // namespace backstride::render
