#include "backstride/history.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include <fmt/format.h>

#include "backstride/error.hpp"
#include "backstride/profile.hpp"
#include "backstride/text_util.hpp"
#include "history_json.hpp"
#include "json_enums.hpp"
#include "json_fields.hpp"
#include "json_schema.hpp"

namespace backstride {
namespace {

using nlohmann::json;

// The history-entry schema is a definition inside the profile schema (one source).
const SchemaValidator& entry_validator() {
  static const SchemaValidator validator(
      json::parse(profile_schema_text()).at("definitions").at("history_entry"));
  return validator;
}

}  // namespace

std::span<const Symptom> all_symptoms() {
  static constexpr std::array k_all = {
      Symptom::new_leg_pain, Symptom::numbness,        Symptom::tingling,
      Symptom::leg_weakness, Symptom::saddle_numbness, Symptom::bladder_bowel_change,
      Symptom::chest_pain,   Symptom::dizziness,       Symptom::limp,
      Symptom::sharp_pain,   Symptom::night_pain,      Symptom::fever};
  return k_all;
}

std::string_view symptom_key(Symptom symptom) {
  return json_name<Symptom::fever>(symptom);
}

std::string symptom_spelling(std::string_view words) {
  return loose_spelling(words);
}

std::vector<std::string> symptom_names() {
  std::vector<std::string> names;
  for (Symptom symptom : all_symptoms()) {
    names.emplace_back(symptom_key(symptom));
  }
  return names;
}

namespace {

// The symptom of a name already spelled as symptom_spelling() spells it, or of its number.
std::optional<Symptom> symptom_spelled(const std::string& name) {
  auto all = all_symptoms();
  if (!name.empty() && name.size() <= 2 && std::ranges::all_of(name, ::isdigit)) {
    std::size_t number = std::stoul(name);
    return number >= 1 && number <= all.size() ? std::optional(all[number - 1]) : std::nullopt;
  }
  auto found = std::ranges::find(all, name, symptom_key);
  return found == all.end() ? std::nullopt : std::optional(*found);
}

}  // namespace

std::optional<Symptom> symptom_from_words(std::string_view words) {
  return symptom_spelled(symptom_spelling(words));
}

SymptomAnswer read_symptom_answer(std::string_view answer) {
  // Items end at a comma, a semicolon or the word "and".
  std::string text;
  for (std::size_t at = 0; at < answer.size(); ++at) {
    if (answer.substr(at).starts_with(" and ")) {
      text += ',';
      at += 4;
    } else {
      text += answer[at] == ';' ? ',' : answer[at];
    }
  }
  SymptomAnswer result;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t comma = std::min(text.find(',', start), text.size());
    std::string item = text.substr(start, comma - start);
    item.erase(0, item.find_first_not_of(" \t"));
    item.erase(item.find_last_not_of(" \t") + 1);
    start = comma + 1;
    std::string name = symptom_spelling(item);
    if (name.empty() || name == "none" || name == "no" || name == "nothing") {
      continue;
    }
    if (auto symptom = symptom_spelled(name)) {
      if (std::ranges::find(result.symptoms, *symptom) == result.symptoms.end()) {
        result.symptoms.push_back(*symptom);
      }
    } else {
      result.unknown.push_back(item);
    }
  }
  return result;
}

HistoryEntry history_entry_from_json(const json& entry, std::string_view source,
                                     const std::string& pointer) {
  FieldReader at{entry, source, pointer};
  HistoryEntry result;
  result.date = at.date("/date");
  result.session = entry.at("session").get<std::string>();
  result.completed = entry.at("completed").get<bool>();
  result.pain_before = entry.at("pain_before").get<int>();
  result.pain_during = entry.at("pain_during").get<int>();
  result.pain_after = entry.at("pain_after").get<int>();
  if (entry.contains("pain_next_morning")) {
    result.pain_next_morning = entry.at("pain_next_morning").get<int>();
  }
  for (const auto& symptom : entry.value("symptoms", json::array())) {
    result.symptoms.push_back(symptom.get<Symptom>());  // the schema checked the name
  }
  if (entry.contains("note")) {
    result.note = at.text("/note");
  }
  return result;
}

nlohmann::ordered_json history_entry_to_json(const HistoryEntry& entry) {
  nlohmann::ordered_json j;
  j["date"] = format_date(entry.date);
  j["session"] = entry.session;
  j["completed"] = entry.completed;
  j["pain_before"] = entry.pain_before;
  j["pain_during"] = entry.pain_during;
  j["pain_after"] = entry.pain_after;
  if (entry.pain_next_morning) {
    j["pain_next_morning"] = *entry.pain_next_morning;
  }
  j["symptoms"] = nlohmann::ordered_json::array();
  for (auto symptom : entry.symptoms) {
    j["symptoms"].push_back(symptom_key(symptom));
  }
  j["note"] = entry.note;
  return j;
}

std::string format_history_line(const HistoryEntry& entry) {
  return history_entry_to_json(entry).dump();
}

std::vector<HistoryEntry> parse_history_lines(std::string_view text, std::string_view source) {
  std::vector<HistoryEntry> entries;
  std::size_t line_number = 0;
  while (!text.empty()) {
    ++line_number;
    auto end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
      continue;
    }
    std::string where = fmt::format("{}:{}", source, line_number);
    if (entries.size() == k_max_history_entries) {
      throw_data_error(where, "",
                       fmt::format("more than {} history entries (allowed: at most {})",
                                   k_max_history_entries, k_max_history_entries));
    }
    json entry = parse_json_text(line, where);
    if (auto violation = entry_validator().check(entry)) {
      throw_data_error(where, violation->pointer, violation->problem);
    }
    entries.push_back(history_entry_from_json(entry, where, ""));
  }
  return entries;
}

}  // namespace backstride
