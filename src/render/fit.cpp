#include "backstride/render/fit.hpp"

#include <algorithm>

#include "backstride/render/catalogue.hpp"
#include "backstride/render/guide.hpp"
#include "fit_bytes.hpp"

namespace backstride::render {
namespace {

// Global message numbers and field numbers of the FIT profile.
constexpr std::uint16_t k_file_id = 0;
constexpr std::uint16_t k_workout = 26;
constexpr std::uint16_t k_workout_step = 27;
constexpr std::uint32_t k_file_type_workout = 5;
constexpr std::uint32_t k_manufacturer_development = 255;
constexpr std::uint32_t k_product = 1;
constexpr std::uint32_t k_sport_running = 1;
constexpr std::uint32_t k_target_open = 2;
constexpr std::int64_t k_fit_epoch = 631065600;  // 1989-12-31T00:00:00Z in Unix seconds
constexpr std::uint32_t k_ms_per_second = 1000;

// Local message types: one per global message.
constexpr std::uint8_t k_local_file_id = 0;
constexpr std::uint8_t k_local_workout = 1;
constexpr std::uint8_t k_local_step = 2;

// A stable, non-zero 32-bit serial for a workout (FNV-1a of its identity).
std::uint32_t serial_of(std::string_view identity) {
  std::uint32_t hash = 2166136261U;
  for (char c : identity) {
    hash ^= static_cast<std::uint8_t>(c);
    hash *= 16777619U;
  }
  return hash == 0 ? 1 : hash;
}

FitIntensity intensity_of(SegmentKind kind, bool jogging) {
  switch (kind) {
    case SegmentKind::warmup:
      return FitIntensity::warmup;
    case SegmentKind::cooldown:
      return FitIntensity::cooldown;
    case SegmentKind::jog:
      return FitIntensity::active;
    case SegmentKind::walk:
      return jogging ? FitIntensity::recovery : FitIntensity::active;
  }
  return FitIntensity::active;
}

// FIT date_time: seconds since the FIT epoch, clamped to what a uint32 holds.
std::uint32_t fit_time(std::chrono::sys_seconds time) {
  std::int64_t seconds = time.time_since_epoch().count() - k_fit_epoch;
  return seconds < 0 ? 0 : static_cast<std::uint32_t>(std::min<std::int64_t>(seconds, 0xFFFFFFFE));
}

}  // namespace

std::string truncate_utf8(std::string_view text, std::size_t bytes) {
  if (text.size() <= bytes) {
    return std::string(text);
  }
  std::size_t end = bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0U) == 0x80U) {
    --end;  // text[end] continues a character: cut before that character
  }
  return std::string(text.substr(0, end));
}

FitWorkout fit_workout(const PlannedSession& session, std::string_view plan_id,
                       std::chrono::sys_seconds created) {
  bool jogging = seconds_of(session.segments, SegmentKind::jog) > 0;
  FitWorkout workout;
  workout.name = truncate_utf8(
      say(jogging ? "fit_name_jogging" : "fit_name_walking", fmt::arg("session", session.id),
          fmt::arg("length", readable_duration(total_seconds(session.segments)))),
      k_fit_name_bytes);
  workout.created = created;
  workout.serial = serial_of(std::string(plan_id).append("/").append(session.id));
  for (const auto& run : fold_repeats(session.segments)) {
    auto first = static_cast<std::uint32_t>(workout.steps.size());
    for (const auto& segment : run.pattern) {
      FitStep step;
      step.name = truncate_utf8(step_name(segment.kind), k_fit_step_name_bytes);
      step.value = static_cast<std::uint32_t>(segment.seconds) * k_ms_per_second;
      step.intensity = intensity_of(segment.kind, jogging);
      workout.steps.push_back(std::move(step));
    }
    if (run.count > 1) {
      FitStep repeat;
      repeat.duration = FitDuration::repeat_until_steps_cmplt;
      repeat.value = first;
      repeat.repeat_count = static_cast<std::uint32_t>(run.count);
      workout.steps.push_back(std::move(repeat));
    }
  }
  if (!workout.steps.empty()) {
    workout.steps.front().notes =
        truncate_utf8(spoken_stop_rule(session.checkpoints), k_fit_notes_bytes);
  }
  return workout;
}

std::string encode_fit(const FitWorkout& workout) {
  using fit::BaseType;
  fit::FileWriter file;
  file.message(k_local_file_id, k_file_id,
               {fit::integer(0, BaseType::enum_, k_file_type_workout),
                fit::integer(1, BaseType::uint16, k_manufacturer_development),
                fit::integer(2, BaseType::uint16, k_product),
                fit::integer(3, BaseType::uint32z, workout.serial),
                fit::integer(4, BaseType::uint32, fit_time(workout.created))});
  file.message(k_local_workout, k_workout,
               {fit::integer(4, BaseType::enum_, k_sport_running),
                fit::integer(6, BaseType::uint16, static_cast<std::uint32_t>(workout.steps.size())),
                fit::string(8, truncate_utf8(workout.name, k_fit_name_bytes))});
  for (std::size_t i = 0; i < workout.steps.size(); ++i) {
    const FitStep& step = workout.steps[i];
    std::vector<fit::Field> fields{
        fit::integer(254, BaseType::uint16, static_cast<std::uint32_t>(i))};
    bool repeat = step.duration == FitDuration::repeat_until_steps_cmplt;
    if (!step.name.empty()) {
      fields.push_back(fit::string(0, truncate_utf8(step.name, k_fit_step_name_bytes)));
    }
    fields.push_back(fit::integer(1, BaseType::enum_, static_cast<std::uint32_t>(step.duration)));
    fields.push_back(fit::integer(2, BaseType::uint32, step.value));
    if (repeat) {
      fields.push_back(fit::integer(4, BaseType::uint32, step.repeat_count));
    } else {
      fields.push_back(fit::integer(3, BaseType::enum_, k_target_open));
      fields.push_back(
          fit::integer(7, BaseType::enum_, static_cast<std::uint32_t>(step.intensity)));
    }
    if (!step.notes.empty()) {
      fields.push_back(fit::string(8, truncate_utf8(step.notes, k_fit_notes_bytes)));
    }
    file.message(k_local_step, k_workout_step, fields);
  }
  return file.finish();
}

}  // namespace backstride::render
