#include "backstride/cli/day_list.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include <fmt/format.h>

#include "backstride/date.hpp"
#include "commands/suggest.hpp"

namespace backstride::cli {
namespace {

// Indexed by std::chrono::weekday::c_encoding() (Sunday first).
constexpr std::array<std::string_view, 7> k_full_names = {
    "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};

constexpr std::string_view k_separators = ",;/&+ \t";

std::string folded(std::string_view text) {
  std::string out(text);
  std::ranges::transform(out, out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

// The days whose full name starts with `word` (a plural full name counts: "mondays").
std::vector<std::chrono::weekday> days_starting(std::string word) {
  if (word == "weds") {
    word = "wed";
  }
  if (word.size() > 6 && word.ends_with("days")) {
    word.pop_back();
  }
  std::vector<std::chrono::weekday> found;
  for (unsigned i = 0; i < k_full_names.size(); ++i) {
    if (k_full_names[i].starts_with(word)) {
      found.emplace_back(i);
    }
  }
  return found;
}

std::string names_of(const std::vector<std::chrono::weekday>& days) {
  std::vector<std::string> names;
  for (auto day : days) {
    names.emplace_back(weekday_name(day));
  }
  return or_list(names, names.size());
}

// Why `word` (as typed) is not one day.
std::string not_a_day(std::string_view word) {
  std::string typed = folded(word);
  if (typed.find('-') != std::string::npos) {
    return fmt::format("\"{}\" is not a day: name each day (such as mon, wed, fri)", word);
  }
  if (auto several = days_starting(typed); typed.size() == 1 && !several.empty()) {
    return fmt::format("\"{}\" could be {}", word, names_of(several));
  }
  std::vector<std::string> names;
  for (unsigned i = 0; i < k_full_names.size(); ++i) {
    names.emplace_back(k_full_names[i]);
    names.emplace_back(weekday_name(std::chrono::weekday{i}));
  }
  std::vector<std::chrono::weekday> near;
  for (const auto& name : closest(typed, names)) {
    auto day = days_starting(name.substr(0, 3)).front();
    if (std::ranges::find(near, day) == near.end()) {
      near.push_back(day);
    }
  }
  if (!near.empty()) {
    return fmt::format("\"{}\" is not a day; did you mean {}?", word, names_of(near));
  }
  return fmt::format("\"{}\" is not a day (allowed: names such as Monday, mon or mo)", word);
}

}  // namespace

DayList read_day_list(std::string_view text) {
  std::vector<std::chrono::weekday> days;
  std::size_t at = 0;
  while (at < text.size()) {
    if (k_separators.find(text[at]) != std::string_view::npos) {
      ++at;
      continue;
    }
    std::size_t end = std::min(text.find_first_of(k_separators, at), text.size());
    std::string_view word = text.substr(at, end - at);
    at = end;
    std::string typed = folded(word);
    while (typed.ends_with('.')) {
      typed.pop_back();  // "Mon." and "Tues."
    }
    if (typed == "and" || typed.empty()) {
      continue;
    }
    auto found = days_starting(typed);
    if (typed.size() < 2 || found.size() != 1) {
      return {{}, not_a_day(word)};
    }
    if (std::ranges::find(days, found.front()) == days.end()) {
      days.push_back(found.front());
    }
  }
  if (days.empty()) {
    return {{}, "type the days, such as mon, wed, sat"};
  }
  return {days, ""};
}

}  // namespace backstride::cli
