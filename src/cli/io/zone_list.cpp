#include "backstride/cli/zone_list.hpp"

#include <fstream>
#include <sstream>

#include <date/tz.h>
#include <fmt/format.h>

#include "backstride/text_util.hpp"
#include "commands/suggest.hpp"

namespace backstride::cli {
namespace {

constexpr const char* k_tzdata = "/usr/share/zoneinfo/tzdata.zi";
constexpr std::size_t k_listed = 6;  // choices named in one message, at most

}  // namespace

std::vector<ZoneName> system_zone_names() {
  std::vector<ZoneName> names;
  // tzdata.zi: "Z NAME ..." for a zone, "L TARGET NAME" for a link.
  std::ifstream file(k_tzdata);
  std::string line;
  while (std::getline(file, line)) {
    std::istringstream words(line);
    std::string kind;
    std::string first;
    std::string second;
    words >> kind >> first >> second;
    if (kind == "Z" && !first.empty()) {
      names.push_back({first, first});
    } else if (kind == "L" && !second.empty()) {
      names.push_back({second, first});
    }
  }
  if (!names.empty()) {
    return names;
  }
  try {
    for (const auto& zone : date::get_tzdb().zones) {
      names.push_back({std::string(zone.name()), std::string(zone.name())});
    }
  } catch (const std::exception&) {
    names.clear();  // no tz database at all: only exact names can be checked
  }
  return names;
}

ZoneChoice choose_zone(std::string_view typed, std::span<const ZoneName> names) {
  std::string quoted = printable(typed, 40);
  if (is_known_zone(typed)) {
    return {std::string(typed), ""};
  }
  std::vector<std::string> zones = zones_named(typed, names);
  if (zones.size() == 1 && is_known_zone(zones.front())) {
    return {zones.front(), ""};
  }
  if (zones.size() > 1) {
    return {"", fmt::format("\"{}\" could be {}", quoted, or_list(zones, k_listed))};
  }
  std::vector<std::string> near = zones_starting(typed, names);
  if (!near.empty()) {
    return {"", fmt::format("\"{}\" is not a time zone; did you mean {}?", quoted,
                            or_list(near, k_listed))};
  }
  return {"", fmt::format("\"{}\" is not a time zone (allowed: an IANA name such as "
                          "Europe/London or UTC, or a city such as London)",
                          quoted)};
}

}  // namespace backstride::cli
