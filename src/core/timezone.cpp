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

std::vector<Date> missing_local_days(std::string_view zone, Date from, Date to) {
  const date::time_zone& tz = require_zone(zone);
  std::vector<Date> missing;
  auto day_of = [](date::local_seconds t) {
    return Date{std::chrono::sys_days{std::chrono::floor<std::chrono::days>(t.time_since_epoch())}};
  };
  date::sys_seconds at{std::chrono::sys_days{from}.time_since_epoch() - std::chrono::days{2}};
  date::sys_seconds end{std::chrono::sys_days{to}.time_since_epoch() + std::chrono::days{2}};
  while (at < end) {
    date::sys_info before = tz.get_info(at);
    if (before.end >= end) {
      break;
    }
    date::sys_info after = tz.get_info(before.end);
    // Local times from the change + old offset up to the change + new offset never were.
    date::local_seconds gap_from{before.end.time_since_epoch() + before.offset};
    date::local_seconds gap_to{before.end.time_since_epoch() + after.offset};
    for (Date day = day_of(gap_from);
         date::local_seconds{std::chrono::sys_days{day}.time_since_epoch()} < gap_to;
         day = add_days(day, 1)) {
      date::local_seconds midnight{std::chrono::sys_days{day}.time_since_epoch()};
      if (midnight >= gap_from && midnight + std::chrono::days{1} <= gap_to) {
        missing.push_back(day);
      }
    }
    at = before.end;
  }
  return missing;
}

Profile without_missing_days(const Profile& profile, Date today, std::string_view zone) {
  Date from =
      days_between(today, profile.schedule.start_date) > 0 ? profile.schedule.start_date : today;
  Profile adjusted = profile;
  for (Date day : missing_local_days(zone, add_days(from, -7), add_days(from, 3 * 366))) {
    adjusted.schedule.unavailable.push_back({day, add_days(day, 1)});
  }
  return adjusted;
}

std::string format_utc_iso(std::chrono::sys_seconds instant) {
  auto day = std::chrono::floor<std::chrono::days>(instant);
  std::chrono::hh_mm_ss time{instant - day};
  return fmt::format("{}T{:02}:{:02}:{:02}Z", format_date(Date{day}), time.hours().count(),
                     time.minutes().count(), time.seconds().count());
}

}  // namespace backstride
