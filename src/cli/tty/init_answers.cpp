#include "backstride/cli/init_questions.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

#include <fmt/format.h>

#include "backstride/cli/day_list.hpp"
#include "backstride/cli/zone_list.hpp"

// Reading the answers of `backstride init`, and writing them back as defaults and for
// the review.
namespace backstride::cli {
namespace {

using nlohmann::ordered_json;
using enum AnswerKind;

std::string lower(std::string_view text) {
  std::string out(text);
  std::ranges::transform(out, out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

ParsedAnswer refused(std::string problem) {
  return {std::nullopt, std::move(problem)};
}

ParsedAnswer parse_choice(const InitQuestion& question, std::string_view text) {
  std::string typed = lower(text);
  for (std::size_t i = 0; i < question.choices.size(); ++i) {
    const auto& choice = question.choices[i];
    if (typed == std::to_string(i + 1) || typed == choice.value || typed == lower(choice.label)) {
      return {ordered_json(choice.value), ""};
    }
  }
  return refused(fmt::format("type a number from 1 to {}", question.choices.size()));
}

ParsedAnswer parse_days(std::string_view text) {
  DayList read = read_day_list(text);
  if (!read.problem.empty()) {
    return refused(read.problem);
  }
  ordered_json days = ordered_json::array();
  for (auto day : read.days) {
    days.push_back(std::string(weekday_name(day)));
  }
  return {days, ""};
}

ParsedAnswer parse_number(const InitQuestion& question, std::string_view text) {
  double value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  bool read = error == std::errc{} && end == text.data() + text.size() && std::isfinite(value);
  bool whole = read && value == std::floor(value) && std::abs(value) < 1e6;
  if (question.kind == integer && !whole) {
    return refused("type a whole number, such as 42");
  }
  if (!read) {
    return refused("type a number, such as 172 or 80.5");
  }
  // Whole numbers are written without a decimal point (172, not 172.0).
  return {whole ? ordered_json(static_cast<int>(value)) : ordered_json(value), ""};
}

bool has_control_character(std::string_view text) {
  return std::ranges::any_of(text, [](unsigned char c) { return c < 0x20 || c == 0x7f; });
}

// The profile is JSON text: an answer typed in another encoding could not be written.
bool is_utf8(std::string_view text) {
  try {
    static_cast<void>(ordered_json(std::string(text)).dump());
    return true;
  } catch (const ordered_json::type_error&) {
    return false;
  }
}

}  // namespace

ParsedAnswer parse_answer(const InitQuestion& question, std::string_view typed,
                          std::span<const ZoneName> zones) {
  std::string word = lower(typed);
  if (question.optional && (typed.empty() || word == "none" || word == "skip" || word == "-")) {
    return {};
  }
  if (typed.empty()) {
    return refused("an answer is needed");
  }
  if (has_control_character(typed)) {
    return refused("control characters are not allowed");
  }
  if (!is_utf8(typed)) {
    return refused("not UTF-8 text (set the terminal to UTF-8)");
  }
  switch (question.kind) {
    case yes_no: {
      if (word == "y" || word == "yes" || word == "n" || word == "no") {
        return {ordered_json(word.front() == 'y'), ""};
      }
      return refused("type y or n");
    }
    case integer:
    case number:
      return parse_number(question, typed);
    case choice:
      return parse_choice(question, typed);
    case text:
      return {ordered_json(std::string(typed)), ""};
    case date:
      if (!parse_date(typed)) {
        return refused("not a real calendar date (allowed: YYYY-MM-DD)");
      }
      return {ordered_json(std::string(typed)), ""};
    case time:
      if (auto minutes = parse_time_of_day(typed)) {
        return {ordered_json(format_time_of_day(*minutes)), ""};
      }
      return refused("not a time (allowed: HH:MM, 24-hour)");
    case days:
      return parse_days(typed);
    case zone: {
      ZoneChoice chosen = choose_zone(typed, zones);
      if (!chosen.problem.empty()) {
        return refused(chosen.problem);
      }
      return {ordered_json(chosen.zone), ""};
    }
  }
  return refused("unexpected question");
}

std::string typed_answer(const InitQuestion& question, const ordered_json& value) {
  if (value.is_null()) {
    return "";
  }
  switch (question.kind) {
    case yes_no:
      return value.get<bool>() ? "y" : "n";
    case choice:
      for (std::size_t i = 0; i < question.choices.size(); ++i) {
        if (value == question.choices[i].value) {
          return std::to_string(i + 1);
        }
      }
      return "";
    case days: {
      std::string text;
      for (const auto& day : value) {
        text.append(text.empty() ? "" : ",").append(day.get<std::string>());
      }
      return text;
    }
    case integer:
    case number:
      return value.dump();
    case text:
    case date:
    case time:
    case zone:
      return value.get<std::string>();
  }
  return "";
}

std::string shown_answer(const InitQuestion& question, const ordered_json& value) {
  if (value.is_null()) {
    return "left out";
  }
  switch (question.kind) {
    case yes_no:
      return value.get<bool>() ? "yes" : "no";
    case choice:
      for (const auto& choice : question.choices) {
        if (value == choice.value) {
          return std::string(choice.label);
        }
      }
      return value.get<std::string>();
    case days: {
      std::string text;
      for (const auto& day : value) {
        auto weekday = parse_weekday(day.get<std::string>());
        text.append(text.empty() ? "" : ", ").append(weekday ? weekday_title(*weekday) : "?");
      }
      return text;
    }
    case date:
      if (auto day = parse_date(value.get<std::string>())) {
        return fmt::format("{} ({})", format_date(*day), weekday_title(weekday_of(*day)));
      }
      return value.get<std::string>();
    default:
      return typed_answer(question, value);
  }
}

}  // namespace backstride::cli
