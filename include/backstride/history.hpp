#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "backstride/date.hpp"

namespace backstride {

// Symptoms a person may report in a log entry (fixed vocabulary).
enum class Symptom {
  new_leg_pain,
  numbness,
  tingling,
  leg_weakness,
  saddle_numbness,
  bladder_bowel_change,
  chest_pain,
  dizziness,
  limp,
  sharp_pain,
  night_pain,
  fever,
};

// Every symptom, in vocabulary order.
std::span<const Symptom> all_symptoms();

// The JSON name of a symptom ("new_leg_pain", ...).
std::string_view symptom_key(Symptom symptom);

// Every symptom's JSON name, in vocabulary order.
std::vector<std::string> symptom_names();

// Words as a symptom's name spells them: lower case, runs of spaces, hyphens and
// underscores as one underscore ("Sharp  pain" -> "sharp_pain").
std::string symptom_spelling(std::string_view words);

// A symptom as a person types it: its name in any case, with spaces, hyphens or
// underscores ("Sharp pain", "sharp-pain"), or its number in all_symptoms() from 1.
std::optional<Symptom> symptom_from_words(std::string_view words);

// An answer naming symptoms: items split at commas, semicolons and " and "; "none", "no",
// "nothing" or nothing at all for none. Words it cannot read are kept in `unknown`.
struct SymptomAnswer {
  std::vector<Symptom> symptoms;     // each once, in the order given
  std::vector<std::string> unknown;  // as typed, trimmed
};

// Reads an answer about symptoms (run, init and log --symptom share it).
SymptomAnswer read_symptom_answer(std::string_view answer);

// Most history entries a profile may have, inline and in its history file together.
inline constexpr std::size_t k_max_history_entries = 10000;

// One logged outing; pain scores are NRS 0-10.
struct HistoryEntry {
  Date date;
  std::string session;  // the plan's session id, e.g. "S02-1"
  bool completed = true;
  int pain_before = 0;
  int pain_during = 0;
  int pain_after = 0;
  std::optional<int> pain_next_morning;
  std::vector<Symptom> symptoms;
  std::string note;
};

// One history entry as a single JSON line (no newline), keys in documented order.
std::string format_history_line(const HistoryEntry& entry);

// Parses JSON Lines history text (one entry per line; blank lines ignored).
// Throws Error(data_error) naming "source:LINE: /pointer: problem".
std::vector<HistoryEntry> parse_history_lines(std::string_view text, std::string_view source);

}  // namespace backstride
