#include "backstride/program.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <mutex>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "backstride/embedded.hpp"
#include "backstride/error.hpp"
#include "json_enums.hpp"
#include "json_fields.hpp"
#include "json_schema.hpp"

namespace backstride {
namespace {

using nlohmann::json;

constexpr int k_max_session_seconds = 3 * 3600;
constexpr int k_default_sessions_per_stage = 3;
constexpr std::size_t k_max_segments = 400;
constexpr int k_longest_jog_step_seconds = 120;    // PROG-JOG-LONGEST: 2 minutes ...
constexpr double k_longest_jog_step_ratio = 1.25;  // ... or a quarter, whichever is more

const SchemaValidator& program_validator() {
  static const SchemaValidator validator([] {
    for (const auto& file : embedded::files()) {
      if (file.group == "schema" && file.name == "program.schema.json") {
        return json::parse(file.content);
      }
    }
    throw Error(ExitCode::software, "program schema is not embedded in this build");
  }());
  return validator;
}

// Appends the segments a list of blocks stands for; `pointer` locates the list.
void expand_blocks(const json& blocks, const std::string& pointer, std::string_view source,
                   std::vector<Segment>& out) {
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const json& block = blocks.at(i);
    auto where = fmt::format("{}/{}", pointer, i);
    bool is_jog = block.contains("jog");
    bool is_walk = block.contains("walk");
    bool is_repeat = block.contains("repeat") && block.contains("of");
    if (is_jog + is_walk + is_repeat != 1 || block.size() != (is_repeat ? 2U : 1U)) {
      throw_data_error(source, where,
                       "a block must be exactly one of {\"jog\": seconds}, {\"walk\": seconds} or "
                       "{\"repeat\": n, \"of\": [blocks]}");
    }
    if (is_repeat) {
      for (int n = 0; n < block.at("repeat").get<int>(); ++n) {
        expand_blocks(block.at("of"), where + "/of", source, out);
      }
    } else {
      if (out.size() == k_max_segments) {
        throw_data_error(
            source, where,
            fmt::format("the session has too many segments (allowed: at most {})", k_max_segments));
      }
      auto kind = is_jog ? SegmentKind::jog : SegmentKind::walk;
      out.push_back({kind, block.at(is_jog ? "jog" : "walk").get<int>()});
    }
  }
}

std::vector<Segment> build_session(const json& main, const std::string& pointer,
                                   std::string_view source, int warmup, int cooldown) {
  std::vector<Segment> segments;
  if (warmup > 0) {
    segments.push_back({SegmentKind::warmup, warmup});
  }
  expand_blocks(main, pointer, source, segments);
  if (cooldown > 0) {
    segments.push_back({SegmentKind::cooldown, cooldown});
  }
  if (total_seconds(segments) > k_max_session_seconds) {
    throw_data_error(
        source, pointer,
        fmt::format("the session lasts {} s (allowed: at most 3 hours)", total_seconds(segments)));
  }
  return segments;
}

Stage read_stage(const json& j, const std::string& pointer, std::string_view source,
                 int sessions_per_stage, int warmup, int cooldown) {
  Stage stage{j.at("id").get<std::string>(), j.at("title").get<std::string>(), {}};
  if (j.contains("main") == j.contains("sessions")) {
    throw_data_error(source, pointer,
                     "a stage needs exactly one of \"main\" (the same for every session) or "
                     "\"sessions\" (one list per session)");
  }
  if (j.contains("main")) {
    auto session = build_session(j.at("main"), pointer + "/main", source, warmup, cooldown);
    stage.sessions.assign(static_cast<std::size_t>(sessions_per_stage), session);
  } else {
    const json& sessions = j.at("sessions");
    for (std::size_t i = 0; i < sessions.size(); ++i) {
      stage.sessions.push_back(build_session(
          sessions.at(i), fmt::format("{}/sessions/{}", pointer, i), source, warmup, cooldown));
    }
  }
  return stage;
}

std::string clock(int seconds) {
  return fmt::format("{}:{:02}", seconds / 60, seconds % 60);
}

// Checks one step of a program with progression limits: `load` against `before`
// (and against `two_before` for the two-stage limit). `what` names the step.
void check_step(const Program& program, const JogLoad& before, const JogLoad* two_before,
                const JogLoad& load, const std::string& what, std::string_view source,
                const std::string& where) {
  int longest = allowed_longest_jog(before.longest);
  if (load.longest > longest) {
    throw_data_error(source, where,
                     fmt::format("the longest single jog rises from {} to {} {}: more than 2 "
                                 "minutes or a quarter (allowed: at most {}) (PROG-JOG-LONGEST)",
                                 clock(before.longest), clock(load.longest), what, clock(longest)));
  }
  auto allowed_total = [](int from, double rise) {
    return static_cast<int>(std::floor(from * (1.0 + rise) + 1e-9));
  };
  if (before.total > 0 && load.total > allowed_total(before.total, program.max_increase)) {
    throw_data_error(
        source, where,
        fmt::format("total jog time rises from {} to {} {}: more than the program's "
                    "max_increase of {:.0f} % (allowed: at most {}) (PROG-JOG-TOTAL)",
                    clock(before.total), clock(load.total), what, program.max_increase * 100,
                    clock(allowed_total(before.total, program.max_increase))));
  }
  double two_rise = 2 * program.max_increase;
  if (two_before != nullptr && two_before->total > 0 &&
      load.total > allowed_total(two_before->total, two_rise)) {
    throw_data_error(source, where,
                     fmt::format("total jog time rises from {} to {} over two stages {}: more "
                                 "than twice the program's max_increase, {:.0f} % (allowed: at "
                                 "most {}) (PROG-JOG-TOTAL)",
                                 clock(two_before->total), clock(load.total), what, two_rise * 100,
                                 clock(allowed_total(two_before->total, two_rise))));
  }
}

// PROG-JOG-TOTAL and PROG-JOG-LONGEST, for a program that declares max_increase.
// A walking stage is part of the sequence but resets nothing: the stage after it
// is held to the jog level before it.
void check_progression(const Program& program, std::string_view source) {
  // The jog level each stage leaves, and the stage that set it: a walking stage
  // keeps the level (and origin) of the stage before it.
  std::vector<JogLoad> levels;
  std::vector<std::size_t> origins;
  for (std::size_t i = 0; i < program.stages.size(); ++i) {
    const Stage& stage = program.stages[i];
    JogLoad load = stage_jog_load(stage);
    if (i > 0) {
      const Stage& from = program.stages[origins[i - 1]];
      std::string what = origins[i - 1] == i - 1
                             ? fmt::format("from {} to {}", from.id, stage.id)
                             : fmt::format(
                                   "from {} to {} (the walking stages between them reset "
                                   "nothing)",
                                   from.id, stage.id);
      check_step(program, levels[i - 1], i >= 2 ? &levels[i - 2] : nullptr, load, what, source,
                 fmt::format("/stages/{}", i));
    }
    for (std::size_t k = 1; k < stage.sessions.size(); ++k) {
      check_step(program, session_jog_load(stage.sessions[k - 1]), nullptr,
                 session_jog_load(stage.sessions[k]),
                 fmt::format("from session {} to {} of {}", k, k + 1, stage.id), source,
                 fmt::format("/stages/{}/sessions/{}", i, k));
    }
    bool walking = load.total == 0 && i > 0;
    levels.push_back(walking ? levels[i - 1] : load);
    origins.push_back(walking ? origins[i - 1] : i);
  }
}

// Checks what the schema cannot: unique stage ids, walking programs without jogs,
// and the program's own progression limits.
void check_program(const Program& program, std::string_view source) {
  std::set<std::string> ids;
  for (std::size_t i = 0; i < program.stages.size(); ++i) {
    const Stage& stage = program.stages[i];
    auto where = fmt::format("/stages/{}", i);
    if (!ids.insert(stage.id).second) {
      throw_data_error(source, where + "/id",
                       fmt::format("stage id {} is used twice (allowed: unique ids)", stage.id));
    }
    if (!program.jogging && stage_jog_load(stage).total > 0) {
      throw_data_error(source, where, "a walking program cannot contain jog blocks");
    }
  }
  if (program.max_increase > 0) {
    check_progression(program, source);
  }
}

std::vector<Program> load_builtin_programs() {
  std::vector<Program> programs;
  for (const auto& file : embedded::files()) {
    if (file.group == "program") {
      programs.push_back(parse_program(file.content, fmt::format("(built-in) {}", file.name)));
    }
  }
  std::ranges::sort(programs, {}, &Program::id);
  return programs;
}

}  // namespace

std::string_view segment_kind_key(SegmentKind kind) {
  return json_name<SegmentKind::cooldown>(kind);
}

Program parse_program(std::string_view text, std::string_view source) {
  json document = parse_json_text(text, source);
  if (auto violation = program_validator().check(document)) {
    throw_data_error(source, violation->pointer, violation->problem);
  }
  check_all_text(document, source);  // no escape or bidi sequence reaches an output (issue 13)
  Program program;
  program.id = document.at("id").get<std::string>();
  program.name = document.at("name").get<std::string>();
  program.summary = document.at("summary").get<std::string>();
  program.source = document.at("source").get<std::string>();
  program.jogging = document.at("activity").get<std::string>() == "run";
  program.max_increase = document.value("max_increase", 0.0);
  program.next_program = document.value("next_program", "");
  program.finale = document.value("finale", "");
  int warmup = document.at("warmup_seconds").get<int>();
  int cooldown = document.at("cooldown_seconds").get<int>();
  int per_stage = document.value("sessions_per_stage", k_default_sessions_per_stage);
  const json& stages = document.at("stages");
  for (std::size_t i = 0; i < stages.size(); ++i) {
    program.stages.push_back(read_stage(stages.at(i), fmt::format("/stages/{}", i), source,
                                        per_stage, warmup, cooldown));
  }
  check_program(program, source);
  return program;
}

std::span<const Program> builtin_programs() {
  static const std::vector<Program> programs = load_builtin_programs();
  return programs;
}

const Program* find_builtin_program(std::string_view id) {
  // Parses (and checks) only the program asked for: loading every built-in program
  // was a fifth of a `plan` process. Programs are stored as <id>.json.
  static std::mutex mutex;
  static std::map<std::string, Program, std::less<>> loaded;
  std::lock_guard lock(mutex);
  if (auto it = loaded.find(id); it != loaded.end()) {
    return &it->second;
  }
  for (const auto& file : embedded::files()) {
    if (file.group == "program" && file.name == fmt::format("{}.json", id)) {
      Program program = parse_program(file.content, fmt::format("(built-in) {}", file.name));
      if (program.id == id) {
        return &loaded.emplace(std::string(id), std::move(program)).first->second;
      }
    }
  }
  return nullptr;
}

int seconds_of(const std::vector<Segment>& segments, SegmentKind kind) {
  int total = 0;
  for (const auto& segment : segments) {
    total += segment.kind == kind ? segment.seconds : 0;
  }
  return total;
}

int total_seconds(const std::vector<Segment>& segments) {
  int total = 0;
  for (const auto& segment : segments) {
    total += segment.seconds;
  }
  return total;
}

JogLoad session_jog_load(const std::vector<Segment>& segments) {
  return {seconds_of(segments, SegmentKind::jog), longest_jog_seconds(segments)};
}

JogLoad stage_jog_load(const Stage& stage) {
  JogLoad load;
  for (const auto& session : stage.sessions) {
    JogLoad one = session_jog_load(session);
    load.total = std::max(load.total, one.total);
    load.longest = std::max(load.longest, one.longest);
  }
  return load;
}

int allowed_longest_jog(int previous_seconds) {
  return std::max(previous_seconds + k_longest_jog_step_seconds,
                  static_cast<int>(std::floor(previous_seconds * k_longest_jog_step_ratio + 1e-9)));
}

int longest_jog_seconds(const std::vector<Segment>& segments) {
  int longest = 0;
  for (const auto& segment : segments) {
    if (segment.kind == SegmentKind::jog) {
      longest = std::max(longest, segment.seconds);
    }
  }
  return longest;
}

}  // namespace backstride
