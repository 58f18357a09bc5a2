#include "backstride/date.hpp"

#include <array>
#include <charconv>

#include <fmt/format.h>

namespace backstride {
namespace {

constexpr std::array<std::string_view, 7> k_day_keys = {"sun", "mon", "tue", "wed",
                                                        "thu", "fri", "sat"};
constexpr std::array<std::string_view, 7> k_day_titles = {"Sun", "Mon", "Tue", "Wed",
                                                          "Thu", "Fri", "Sat"};

// Parses exactly `text.size()` ASCII digits; nullopt for anything else.
std::optional<int> parse_digits(std::string_view text) {
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') {
      return std::nullopt;
    }
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace

std::optional<Date> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return std::nullopt;
  }
  auto year = parse_digits(text.substr(0, 4));
  auto month = parse_digits(text.substr(5, 2));
  auto day = parse_digits(text.substr(8, 2));
  if (!year || !month || !day) {
    return std::nullopt;
  }
  Date date{std::chrono::year{*year}, std::chrono::month{static_cast<unsigned>(*month)},
            std::chrono::day{static_cast<unsigned>(*day)}};
  if (!date.ok()) {
    return std::nullopt;
  }
  return date;
}

std::string format_date(Date date) {
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()),
                     static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

Date add_days(Date date, int days) {
  return Date{std::chrono::sys_days{date} + std::chrono::days{days}};
}

int days_between(Date from, Date to) {
  return static_cast<int>((std::chrono::sys_days{to} - std::chrono::sys_days{from}).count());
}

std::optional<std::chrono::weekday> parse_weekday(std::string_view text) {
  for (unsigned i = 0; i < k_day_keys.size(); ++i) {
    if (k_day_keys[i] == text) {
      return std::chrono::weekday{i};
    }
  }
  return std::nullopt;
}

std::string_view weekday_name(std::chrono::weekday day) {
  return k_day_keys.at(day.c_encoding());
}

std::string_view weekday_title(std::chrono::weekday day) {
  return k_day_titles.at(day.c_encoding());
}

std::chrono::weekday weekday_of(Date date) {
  return std::chrono::weekday{std::chrono::sys_days{date}};
}

std::optional<int> parse_time_of_day(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') {
    return std::nullopt;
  }
  auto hours = parse_digits(text.substr(0, 2));
  auto minutes = parse_digits(text.substr(3, 2));
  if (!hours || !minutes || *hours > 23 || *minutes > 59) {
    return std::nullopt;
  }
  return *hours * 60 + *minutes;
}

std::string format_time_of_day(int minutes) {
  return fmt::format("{:02}:{:02}", minutes / 60, minutes % 60);
}

std::string format_duration(int seconds) {
  if (seconds >= 3600) {
    return fmt::format("{}:{:02}:{:02}", seconds / 3600, seconds / 60 % 60, seconds % 60);
  }
  return fmt::format("{}:{:02}", seconds / 60, seconds % 60);
}

}  // namespace backstride
