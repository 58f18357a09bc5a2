#include "backstride/timezone.hpp"

#include <date/tz.h>
#include <fmt/format.h>

#include "backstride/error.hpp"

namespace backstride {
namespace {

const date::time_zone* find_zone(std::string_view zone) {
  try {
    return date::locate_zone(std::string(zone));
  } catch (const std::exception&) {
    return nullptr;
  }
}

const date::time_zone& require_zone(std::string_view zone) {
  const date::time_zone* found = find_zone(zone);
  if (!found) {
    throw Error(ExitCode::data_error,
                fmt::format("unknown time zone \"{}\" (allowed: an IANA name such as "
                            "Europe/London)",
                            zone));
  }
  return *found;
}

}  // namespace

bool is_known_zone(std::string_view zone) {
  return find_zone(zone) != nullptr;
}

std::chrono::sys_seconds local_to_utc(Date date, int minutes, std::string_view zone) {
  const date::time_zone& tz = require_zone(zone);
  date::local_seconds local{std::chrono::sys_days{date}.time_since_epoch() +
                            std::chrono::minutes{minutes}};
  auto info = tz.get_info(local);
  if (info.result == date::local_info::nonexistent) {
    // Skipped by a change to summer time: the same wall clock reading, one gap later.
    return date::sys_seconds{local.time_since_epoch() - info.first.offset};
  }
  return tz.to_sys(local, date::choose::earliest);
}

std::pair<Date, int> utc_to_local(std::chrono::sys_seconds instant, std::string_view zone) {
  const date::time_zone& tz = require_zone(zone);
  auto local = tz.to_local(instant);
  auto day = std::chrono::floor<std::chrono::days>(local.time_since_epoch());
  auto minutes = std::chrono::duration_cast<std::chrono::minutes>(local.time_since_epoch() - day);
  return {Date{std::chrono::sys_days{day}}, static_cast<int>(minutes.count())};
}

std::string format_utc_iso(std::chrono::sys_seconds instant) {
  auto day = std::chrono::floor<std::chrono::days>(instant);
  std::chrono::hh_mm_ss time{instant - day};
  return fmt::format("{}T{:02}:{:02}:{:02}Z", format_date(Date{day}), time.hours().count(),
                     time.minutes().count(), time.seconds().count());
}

}  // namespace backstride
