#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace backstride {

// A calendar day (proleptic Gregorian), no time zone.
using Date = std::chrono::year_month_day;

// Parses a strict "YYYY-MM-DD" that names a day that exists; nullopt otherwise.
std::optional<Date> parse_date(std::string_view text);

// Formats as "YYYY-MM-DD".
std::string format_date(Date date);

// The day `days` after (or before, if negative) `date`.
Date add_days(Date date, int days);

// Whole days from `from` to `to` (negative when `to` is earlier).
int days_between(Date from, Date to);

// Parses a three-letter lower-case day name ("mon" ... "sun").
std::optional<std::chrono::weekday> parse_weekday(std::string_view text);

// The three-letter lower-case name of a weekday ("mon" ... "sun").
std::string_view weekday_name(std::chrono::weekday day);

// The three-letter title-case name of a weekday ("Mon" ... "Sun").
std::string_view weekday_title(std::chrono::weekday day);

// The weekday of a date.
std::chrono::weekday weekday_of(Date date);

// Parses a strict 24-hour "HH:MM"; minutes after midnight, nullopt if invalid.
std::optional<int> parse_time_of_day(std::string_view text);

// Formats minutes after midnight as "HH:MM".
std::string format_time_of_day(int minutes);

// Formats seconds as "M:SS" (or "H:MM:SS" from one hour up).
std::string format_duration(int seconds);

}  // namespace backstride
