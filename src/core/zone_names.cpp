#include <algorithm>

#include "backstride/text_util.hpp"
#include "backstride/timezone.hpp"

namespace backstride {
namespace {

void add_once(std::vector<std::string>& zones, const std::string& zone) {
  if (std::ranges::find(zones, zone) == zones.end()) {
    zones.push_back(zone);
  }
}

}  // namespace

std::vector<std::string> zones_named(std::string_view typed, std::span<const ZoneName> names) {
  std::string wanted = loose_spelling(typed);
  std::vector<std::string> found;
  if (wanted.empty()) {
    return found;
  }
  for (const auto& name : names) {
    if (loose_spelling(name.name) == wanted) {
      return {name.name};
    }
  }
  for (const auto& name : names) {
    std::string known = loose_spelling(name.name);
    if (known.size() > wanted.size() && known.ends_with(wanted) &&
        known[known.size() - wanted.size() - 1] == '/') {
      add_once(found, name.zone);
    }
  }
  return found;
}

std::vector<std::string> zones_starting(std::string_view typed, std::span<const ZoneName> names) {
  std::string wanted = loose_spelling(typed);
  std::vector<std::string> found;
  if (wanted.size() < 3 || wanted.find('/') != std::string::npos) {
    return found;
  }
  for (const auto& name : names) {
    std::string known = loose_spelling(name.name);
    std::string_view last = std::string_view(known).substr(known.rfind('/') + 1);
    if (last.starts_with(wanted)) {
      add_once(found, name.zone);
    }
  }
  return found;
}

}  // namespace backstride
