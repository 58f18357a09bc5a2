#include "backstride/render/wording.hpp"

#include <fmt/format.h>

#include "backstride/render/catalogue.hpp"

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

}  // namespace backstride::render
