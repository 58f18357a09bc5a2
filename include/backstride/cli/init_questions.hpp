#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "backstride/date.hpp"
#include "backstride/timezone.hpp"

namespace backstride::cli {

// How an answer to an `init` question is typed.
enum class AnswerKind { yes_no, integer, number, choice, text, date, time, days, zone };

// One allowed answer of a choice question: the profile value and how it is shown.
struct Choice {
  std::string_view value;
  std::string_view label;
};

// Which part of the questionnaire a question belongs to.
enum class InitPart { red_flags, warning_signs, readiness, about_you, back, activity, schedule };

// One question of `backstride init`: where its answer goes and how it is read.
struct InitQuestion {
  InitPart part;
  std::string_view pointer;  // JSON pointer in the profile, e.g. "/screening/fever"
  std::string_view label;    // a few words for the review of answers ("Fever")
  std::string_view prompt;
  AnswerKind kind;
  std::vector<Choice> choices{};  // for AnswerKind::choice
  bool optional = false;          // an empty answer leaves the field out
};

// What the defaults of some questions depend on.
struct InitContext {
  Date today;
  std::string machine_zone;
  std::string output_path;             // the profile file being written ("-" for stdout)
  std::vector<ZoneName> zone_names{};  // the tz database's names, for a city as a zone
};

// The questions in the order they are asked: emergency red flags first.
std::span<const InitQuestion> init_questions();

// The heading printed before the first question of a part.
std::string_view init_part_title(InitPart part);

// The part's short heading in the review of answers ("Urgent warning signs").
std::string_view init_part_label(InitPart part);

// The answer used when the person just presses Enter ("" when there is none).
std::string default_answer(const InitQuestion& question, const nlohmann::ordered_json& profile,
                           const InitContext& context);

// A typed answer turned into its JSON value; `problem` says why it was refused.
// An empty answer to an optional question gives neither (the field is left out).
struct ParsedAnswer {
  std::optional<nlohmann::ordered_json> value;
  std::string problem;
};

// Reads one typed answer (already trimmed) for `question`; a time zone may be a city that
// names one of `zones` ("London" -> Europe/London). An optional question also takes
// "none", "skip" or "-" for leaving the field out.
ParsedAnswer parse_answer(const InitQuestion& question, std::string_view text,
                          std::span<const ZoneName> zones = {});

// An answer (a profile value; null when left out) written as it would be typed, for a
// [default]: "y", "2" (a choice's number), "mon,wed,sat", "172"; "" for none.
std::string typed_answer(const InitQuestion& question, const nlohmann::ordered_json& value);

// An answer in words for the review: "no", "below the knee, in one leg", "Mon, Wed, Sat",
// "2026-12-02 (Wed)"; "left out" for none.
std::string shown_answer(const InitQuestion& question, const nlohmann::ordered_json& value);

// A complete, schema-valid profile with placeholder answers in the canonical key
// order; the questionnaire replaces every placeholder before the file is written.
nlohmann::ordered_json init_profile_skeleton(const InitContext& context);

// A file-name-safe id made from a name ("Alex Doe" -> "alex-doe"; "me" when nothing is left).
std::string id_from_name(std::string_view name);

}  // namespace backstride::cli
