#pragma once

#include <chrono>
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

// Formats an instant as "YYYY-MM-DDTHH:MM:SSZ".
std::string format_utc_iso(std::chrono::sys_seconds instant);

}  // namespace backstride
