#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace backstride {

// What a person does during one segment of a session.
enum class SegmentKind { warmup, walk, jog, cooldown };

// The JSON name of a segment kind ("warmup", "walk", "jog", "cooldown").
std::string_view segment_kind_key(SegmentKind kind);

// One timed part of a session.
struct Segment {
  SegmentKind kind = SegmentKind::walk;
  int seconds = 0;

  friend bool operator==(const Segment&, const Segment&) = default;
};

// A stage: the sessions to complete (usually in one week) before moving on.
struct Stage {
  std::string id;                              // "S01", "W03", ...
  std::string title;                           // short plain description
  std::vector<std::vector<Segment>> sessions;  // each with warm-up and cool-down
};

// A walk/jog program, loaded from data/programs/*.json or a user's file.
struct Program {
  std::string id;
  std::string name;
  std::string summary;
  std::string source;        // where the schedule comes from
  bool jogging = true;       // false for walking-only programs
  double max_increase = 0;   // cap on stage-to-stage rise in jog time (0.15 = 15 %); 0 = none
  std::string next_program;  // program that follows the last stage, if any
  std::string finale;        // what to do after the last stage
  std::vector<Stage> stages;
};

// Parses and validates program JSON (schema data/schema/program.schema.json).
// Throws Error(data_error) with a located message.
Program parse_program(std::string_view text, std::string_view source);

// The programs embedded at build time, sorted by id.
std::span<const Program> builtin_programs();

// A built-in program by id, or nullptr.
const Program* find_builtin_program(std::string_view id);

// Total seconds of a session's segments of one kind.
int seconds_of(const std::vector<Segment>& segments, SegmentKind kind);

// Total seconds of a session.
int total_seconds(const std::vector<Segment>& segments);

// The longest single jog segment of a session, in seconds.
int longest_jog_seconds(const std::vector<Segment>& segments);

// The jog a session or stage asks for, in seconds: total and longest single jog.
struct JogLoad {
  int total = 0;
  int longest = 0;
};

// The jog load of one session.
JogLoad session_jog_load(const std::vector<Segment>& segments);

// The largest total and longest jog over a stage's sessions.
JogLoad stage_jog_load(const Stage& stage);

// PROG-JOG-LONGEST: the longest single jog allowed after one of `previous_seconds`,
// max(previous + 2 min, 1.25 x previous).
int allowed_longest_jog(int previous_seconds);

}  // namespace backstride
