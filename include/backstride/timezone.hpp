#pragma once

#include <chrono>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "backstride/date.hpp"
#include "backstride/profile.hpp"

namespace backstride {

// True when the system tz database knows this IANA zone name.
bool is_known_zone(std::string_view zone);

// The UTC instant of a local wall-clock time (minutes after midnight) in `zone`.
// A time skipped by a daylight-saving change moves forward by the gap; a repeated
// one takes the earlier instant. Throws Error(data_error) for an unknown zone.
std::chrono::sys_seconds local_to_utc(Date date, int minutes, std::string_view zone);

// The local date and minutes after midnight of a UTC instant in `zone`.
std::pair<Date, int> utc_to_local(std::chrono::sys_seconds instant, std::string_view zone);

// The local days from `from` to `to` that did not exist in `zone` (a clock moved past
// them: Pacific/Apia skipped 2011-12-30). Throws Error(data_error) for an unknown zone.
std::vector<Date> missing_local_days(std::string_view zone, Date from, Date to);

// `profile` with the local days that did not exist in `zone` (and each day after one,
// which followed the day before it at once) made unavailable, from a week before its
// first day on: no session on them, and the rest day after a session stays a real day.
Profile without_missing_days(const Profile& profile, Date today, std::string_view zone);

// A name in the tz database and the zone it stands for: itself, or a link's target
// ("Asia/Calcutta" stands for "Asia/Kolkata").
struct ZoneName {
  std::string name;
  std::string zone;
};

// The zones a person may mean by `typed` (a city or region as people write it) among
// `names`, each once, in the order of `names`: the name itself when `typed` is one in any
// case ("europe/london"), else the zones whose last parts it is, in any case and with
// spaces or hyphens for underscores ("new york" -> America/New_York, "buenos aires" ->
// America/Argentina/Buenos_Aires, a link giving its target). Empty when none is.
std::vector<std::string> zones_named(std::string_view typed, std::span<const ZoneName> names);

// The zones whose last part starts with `typed` (at least three letters, spelt as for
// zones_named), each once, for a suggestion ("new" -> America/New_York, ...).
std::vector<std::string> zones_starting(std::string_view typed, std::span<const ZoneName> names);

// Formats an instant as "YYYY-MM-DDTHH:MM:SSZ".
std::string format_utc_iso(std::chrono::sys_seconds instant);

}  // namespace backstride
