#pragma once

#include <span>
#include <string>
#include <vector>

#include "backstride/timezone.hpp"

namespace backstride::cli {

// Every zone and link name of the system tz database (/usr/share/zoneinfo/tzdata.zi, the
// folder the date library reads), each with the zone it stands for; the library's own list
// of zones when that file cannot be read. Never throws: an empty list at worst.
std::vector<ZoneName> system_zone_names();

// The zone a person means by `typed`: a tz name as it is, else a city or region that
// names one zone (zones_named); otherwise `problem` says why not, listing the zones it
// could be or begins ("\"eastern\" could be America/New_York or America/Toronto").
struct ZoneChoice {
  std::string zone;
  std::string problem;
};

// Reads `typed` as a time zone among `names`.
ZoneChoice choose_zone(std::string_view typed, std::span<const ZoneName> names);

}  // namespace backstride::cli
