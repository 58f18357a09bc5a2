#pragma once

#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "backstride/date.hpp"
#include "backstride/history.hpp"

namespace backstride {

// Running experience, as the person describes it.
enum class RunningHistory { none, lapsed, current };

// Where back-related leg symptoms reach.
enum class LegSymptoms { none, above_knee, below_knee_one_side, both_legs };

// The yes/no screening questions of the profile, in schema order.
enum class Question {
  saddle_numbness,
  bladder_bowel_change,
  sexual_function_change,
  leg_weakness_worsening,
  major_trauma,
  minor_trauma_with_osteoporosis,
  chest_pain,
  fever,
  unexplained_weight_loss,
  cancer_history,
  night_pain_unrelieved,
  steroid_use_long_term,
  immunosuppressed_or_iv_drugs,
  thoracic_pain,
  deformity_or_lump,
  heart_condition_or_high_bp,
  dizziness_or_fainting,
  chronic_condition,
  medically_supervised_only,
  pregnant,
  spondylolisthesis_or_fracture,
  recent_spinal_surgery,
};

// Number of screening questions.
inline constexpr std::size_t k_question_count = 22;

// The JSON key of a screening question ("saddle_numbness", ...).
std::string_view question_key(Question question);

// Activity level and running background.
struct Activity {
  int brisk_walk_minutes_pain_free = 0;  // longest brisk walk without pain or limp
  int weekly_active_minutes = 0;
  RunningHistory running_history = RunningHistory::none;
};

// The back-pain picture; pain on the 0-10 numeric rating scale (NRS).
struct BackPain {
  int duration_weeks = 0;
  int usual_pain = 0;
  int worst_pain_last_week = 0;
  LegSymptoms leg_symptoms = LegSymptoms::none;
  bool improving = true;
};

// A clinician's clearance: lifts "see a clinician first" findings (never emergencies).
struct Clearance {
  std::string by;
  Date date;
  std::optional<int> max_pain_during;  // NRS cap during exercise, at most 5
  bool allow_running = true;
  std::string notes;
};

// An inclusive range of days when no session may be scheduled.
struct DateRange {
  Date from;
  Date to;
};

// When sessions happen.
struct Schedule {
  Date start_date;
  std::vector<std::chrono::weekday> days;       // in week order, Monday first
  std::vector<std::chrono::weekday> walk_days;  // walking plans only; empty = days
  int time_minutes = 0;                         // start time, minutes after local midnight
  std::optional<std::string> timezone;          // IANA zone name; absent = machine's zone
  std::vector<DateRange> unavailable;
};

// Running shoes, for the replacement reminder.
struct Shoes {
  std::string name;
  double km = 0;
  std::optional<Date> bought;
};

// A validated profile (schema_version 1). Every field has passed the schema and
// the semantic checks in parse_profile.
struct Profile {
  std::string id;
  std::string name;
  int age = 0;
  std::optional<double> height_cm;
  std::optional<double> weight_kg;
  std::string language = "en";
  Activity activity;
  BackPain back_pain;
  std::array<bool, k_question_count> screening{};
  std::optional<Clearance> clearance;
  Schedule schedule;
  std::optional<Shoes> shoes;
  std::optional<std::string> history_file;  // as written, relative to the profile
  std::vector<HistoryEntry> history;        // inline entries (history_file is read by the CLI)

  // The answer to one screening question.
  [[nodiscard]] bool answered_yes(Question question) const {
    return screening.at(static_cast<std::size_t>(question));
  }

  // Body-mass index (kg/m^2, rounded to one decimal) when height and weight are known.
  [[nodiscard]] std::optional<double> bmi() const;
};

// Parses and validates profile JSON text: syntax, then the JSON Schema, then the
// checks a schema cannot make. `source` names the input in messages.
// Throws Error(data_error) with a located one-line message.
Profile parse_profile(std::string_view text, std::string_view source);

// The profile JSON Schema (draft 7) exactly as embedded at build time.
std::string_view profile_schema_text();

}  // namespace backstride
