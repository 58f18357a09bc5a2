#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "backstride/plan.hpp"

// FIT workout files (Garmin's Flexible and Interoperable Data Transfer protocol), written
// from its public protocol description: a 14-byte header, definition and data messages
// (little-endian), a CRC-16 over the file. One workout per session, its steps from the
// same folded schedule as `run` and the audio guide (fold_repeats, step_name).
namespace backstride::render {

// The FIT CRC-16 (reflected polynomial 0xA001, initial value `crc`) of `bytes`.
std::uint16_t fit_crc(std::string_view bytes, std::uint16_t crc = 0);

// How a step ends (FIT wkt_step_duration; only the kinds written here).
enum class FitDuration : std::uint8_t { time = 0, repeat_until_steps_cmplt = 6 };

// How hard a step is (FIT intensity).
enum class FitIntensity : std::uint8_t {
  active = 0,
  rest = 1,
  warmup = 2,
  cooldown = 3,
  recovery = 4
};

// One workout_step message.
struct FitStep {
  std::string name;  // "Jog", "Walk", ...; empty for a repeat step
  FitDuration duration = FitDuration::time;
  std::uint32_t value = 0;         // time: milliseconds; repeat: index of the first step
  std::uint32_t repeat_count = 0;  // repeat: how many times in all (target_value)
  FitIntensity intensity = FitIntensity::active;  // not written for a repeat step
  std::string notes;                              // written when not empty
};

// One workout file's content.
struct FitWorkout {
  std::string name;                    // "S01-1 walk/jog 25 min"
  std::chrono::sys_seconds created{};  // file_id time_created
  std::uint32_t serial = 1;            // file_id serial_number (never 0)
  std::vector<FitStep> steps;
};

// Longest string written (bytes, before the terminating NUL): names and notes are cut
// there at a UTF-8 character boundary.
inline constexpr std::size_t k_fit_name_bytes = 40;
inline constexpr std::size_t k_fit_step_name_bytes = 15;
inline constexpr std::size_t k_fit_notes_bytes = 254;  // the most a FIT string field holds

// The workout of one session: warm-up, each back-to-back repeat as its steps and a repeat
// step, cool-down; every step time-based with an open target, the session's stop rule in
// the first step's notes. Walks between jogs are recovery; in a walking session, active.
// `plan_id` (the profile id) and `created` make the file's identity (serial, time).
FitWorkout fit_workout(const PlannedSession& session, std::string_view plan_id,
                       std::chrono::sys_seconds created);

// The bytes of a FIT workout file: file_id (type workout, manufacturer development),
// workout (name, sport running, step count), then the workout_step messages.
std::string encode_fit(const FitWorkout& workout);

// `text` cut to at most `bytes` bytes without splitting a UTF-8 character.
std::string truncate_utf8(std::string_view text, std::size_t bytes);

}  // namespace backstride::render
