#include "backstride/profile.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "backstride/embedded.hpp"
#include "backstride/error.hpp"
#include "backstride/languages.hpp"
#include "backstride/timezone.hpp"
#include "history_json.hpp"
#include "json_enums.hpp"
#include "json_fields.hpp"
#include "json_schema.hpp"

namespace backstride {
namespace {

using nlohmann::json;

constexpr std::size_t k_max_profile_bytes = 1024 * 1024;
constexpr int k_max_unavailable_days = 366;
constexpr std::size_t k_most_reported_problems = 20;  // a profile's schema problems, at once

constexpr std::array<std::string_view, k_question_count> k_question_keys = {
    "saddle_numbness",
    "bladder_bowel_change",
    "sexual_function_change",
    "leg_weakness_worsening",
    "major_trauma",
    "minor_trauma_with_osteoporosis",
    "chest_pain",
    "fever",
    "unexplained_weight_loss",
    "cancer_history",
    "night_pain_unrelieved",
    "steroid_use_long_term",
    "immunosuppressed_or_iv_drugs",
    "thoracic_pain",
    "deformity_or_lump",
    "heart_condition_or_high_bp",
    "dizziness_or_fainting",
    "chronic_condition",
    "medically_supervised_only",
    "pregnant",
    "spondylolisthesis_or_fracture",
    "recent_spinal_surgery",
};

const SchemaValidator& profile_validator() {
  static const SchemaValidator validator(json::parse(profile_schema_text()));
  return validator;
}

Activity read_activity(const json& j) {
  return Activity{
      .brisk_walk_minutes_pain_free = j.at("brisk_walk_minutes_pain_free").get<int>(),
      .weekly_active_minutes = j.at("weekly_active_minutes").get<int>(),
      .running_history =
          j.at("running_history").get<RunningHistory>(),  // names checked by the schema
  };
}

BackPain read_back_pain(const json& j) {
  return BackPain{
      .duration_weeks = j.at("duration_weeks").get<int>(),
      .usual_pain = j.at("usual_pain").get<int>(),
      .worst_pain_last_week = j.at("worst_pain_last_week").get<int>(),
      .leg_symptoms = j.at("leg_symptoms").get<LegSymptoms>(),
      .improving = j.at("improving").get<bool>(),
  };
}

// Weekday names in week order, Monday first, so the week reads naturally.
std::vector<std::chrono::weekday> read_weekdays(const json& days) {
  std::vector<std::chrono::weekday> result;
  for (const auto& day : days) {
    result.push_back(*parse_weekday(day.get<std::string>()));
  }
  std::ranges::sort(result, {}, [](std::chrono::weekday d) { return (d.c_encoding() + 6) % 7; });
  return result;
}

std::vector<std::chrono::weekday> read_days(const json& days, const FieldReader& at) {
  std::vector<std::chrono::weekday> result = read_weekdays(days);
  for (std::size_t i = 0; i < result.size(); ++i) {
    auto next = result[(i + 1) % result.size()];
    if (result[i] + std::chrono::days{1} == next) {
      at.fail("/schedule/days",
              fmt::format("{} and {} are consecutive, and every session needs a rest day after it "
                          "(allowed: 2 or 3 days with a gap between each, e.g. mon, wed, sat)",
                          weekday_name(result[i]), weekday_name(next)));
    }
  }
  return result;
}

Schedule read_schedule(const json& j, const FieldReader& at) {
  Schedule schedule;
  schedule.start_date = at.date("/schedule/start_date");
  schedule.days = read_days(j.at("days"), at);
  if (j.contains("walk_days")) {
    schedule.walk_days = read_weekdays(j.at("walk_days"));
  }
  auto time = parse_time_of_day(j.at("time").get<std::string>());
  if (!time) {
    at.fail("/schedule/time", "is not a time of day (allowed: 00:00 to 23:59)");
  }
  schedule.time_minutes = *time;
  if (j.contains("timezone")) {
    schedule.timezone = j.at("timezone").get<std::string>();
    if (!is_known_zone(*schedule.timezone)) {
      at.fail("/schedule/timezone",
              "is not a time zone the system's tz database knows (allowed: an IANA name "
              "such as Europe/London)");
    }
  }
  const json& ranges = j.value("unavailable", json::array());
  for (std::size_t i = 0; i < ranges.size(); ++i) {
    auto base = fmt::format("/schedule/unavailable/{}", i);
    DateRange range{at.date(base + "/from"), at.date(base + "/to")};
    int length = days_between(range.from, range.to);
    if (length < 0) {
      at.fail(base + "/to", "ends before the range starts (allowed: a date on or after \"from\")");
    }
    if (length >= k_max_unavailable_days) {
      at.fail(base + "/to", fmt::format("the range is {} days long (allowed: at most {} days)",
                                        length + 1, k_max_unavailable_days));
    }
    schedule.unavailable.push_back(range);
  }
  return schedule;
}

Clearance read_clearance(const json& j, const FieldReader& at) {
  Clearance clearance;
  clearance.by = at.text("/clearance/by");
  clearance.date = at.date("/clearance/date");
  if (j.contains("max_pain_during")) {
    clearance.max_pain_during = j.at("max_pain_during").get<int>();
  }
  clearance.allow_running = j.value("allow_running", true);
  if (j.contains("notes")) {
    clearance.notes = at.text("/clearance/notes");
  }
  return clearance;
}

Shoes read_shoes(const json& j, const FieldReader& at) {
  Shoes shoes{.name = at.text("/shoes/name"), .km = j.at("km").get<double>(), .bought = {}};
  if (j.contains("bought")) {
    shoes.bought = at.date("/shoes/bought");
  }
  return shoes;
}

}  // namespace

std::string_view question_key(Question question) {
  return k_question_keys.at(static_cast<std::size_t>(question));
}

std::optional<double> Profile::bmi() const {
  if (!height_cm || !weight_kg) {
    return std::nullopt;
  }
  double metres = *height_cm / 100.0;
  // Rounded to one decimal, as a person reads it: 30.04 is 30.0, 30.05 is 30.1.
  return std::round(*weight_kg / (metres * metres) * 10.0) / 10.0;
}

std::string_view profile_schema_text() {
  for (const auto& file : embedded::files()) {
    if (file.group == "schema" && file.name == "profile.schema.json") {
      return file.content;
    }
  }
  throw Error(ExitCode::software, "profile schema is not embedded in this build");
}

Profile parse_profile(std::string_view text, std::string_view source) {
  if (text.size() > k_max_profile_bytes) {
    throw_data_error(source, "",
                     fmt::format("profile is {} bytes (allowed: at most {} bytes, 1 MiB)",
                                 text.size(), k_max_profile_bytes));
  }
  json document = parse_json_text(text, source);
  if (auto violations = profile_validator().check_all(document, k_most_reported_problems);
      !violations.empty()) {
    // Every problem at once, one line each, so that one edit can fix them all.
    std::vector<std::string> lines;
    for (const auto& violation : violations) {
      lines.push_back(located(source, violation.pointer, violation.problem));
    }
    throw Error(ExitCode::data_error, lines);
  }
  FieldReader at{document, source, ""};
  Profile profile;
  profile.id = document.at("id").get<std::string>();
  profile.name = at.text("/name");
  profile.age = document.at("age").get<int>();
  if (document.contains("height_cm")) {
    profile.height_cm = document.at("height_cm").get<double>();
  }
  if (document.contains("weight_kg")) {
    profile.weight_kg = document.at("weight_kg").get<double>();
  }
  profile.language = document.value("language", "en");
  if (!is_available_language(profile.language)) {
    at.fail("/language",
            fmt::format("has no catalogue (allowed: {})", fmt::join(available_languages(), ", ")));
  }
  profile.activity = read_activity(document.at("activity"));
  profile.back_pain = read_back_pain(document.at("back_pain"));
  for (std::size_t i = 0; i < k_question_count; ++i) {
    profile.screening.at(i) = document.at("screening").at(std::string(k_question_keys.at(i)));
  }
  if (document.contains("clearance")) {
    profile.clearance = read_clearance(document.at("clearance"), at);
  }
  profile.schedule = read_schedule(document.at("schedule"), at);
  if (document.contains("shoes")) {
    profile.shoes = read_shoes(document.at("shoes"), at);
  }
  if (document.contains("history_file")) {
    profile.history_file = at.text("/history_file");  // no control characters (issue 13)
  }
  const json& history = document.value("history", json::array());
  for (std::size_t i = 0; i < history.size(); ++i) {
    profile.history.push_back(
        history_entry_from_json(history.at(i), source, fmt::format("/history/{}", i)));
  }
  return profile;
}

}  // namespace backstride
