#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "backstride/error.hpp"
#include "backstride/program.hpp"

using namespace backstride;

namespace {

constexpr int k_warmup = 300;
constexpr int k_cooldown = 300;

Segment jog(int seconds) {
  return {SegmentKind::jog, seconds};
}
Segment walk(int seconds) {
  return {SegmentKind::walk, seconds};
}

std::vector<Segment> repeat(int times, const std::vector<Segment>& blocks) {
  std::vector<Segment> out;
  for (int i = 0; i < times; ++i) {
    out.insert(out.end(), blocks.begin(), blocks.end());
  }
  return out;
}

// The main part of each run, written out from clinical-evidence.md section 3g
// (NHS Couch to 5K / Cool Running), independently of data/programs/*.json.
std::vector<std::vector<std::vector<Segment>>> c25k_main_parts(int week6_run3_seconds) {
  auto same = [](const std::vector<Segment>& main) {
    return std::vector<std::vector<Segment>>{main, main, main};
  };
  return {
      same(repeat(8, {jog(60), walk(90)})),
      same(repeat(6, {jog(90), walk(120)})),
      same(repeat(2, {jog(90), walk(90), jog(180), walk(180)})),
      same({jog(180), walk(90), jog(300), walk(150), jog(180), walk(90), jog(300)}),
      {{jog(300), walk(180), jog(300), walk(180), jog(300)},
       {jog(480), walk(300), jog(480)},
       {jog(1200)}},
      {{jog(300), walk(180), jog(480), walk(180), jog(300)},
       {jog(600), walk(180), jog(600)},
       {jog(week6_run3_seconds)}},
      same({jog(1500)}),
      same({jog(1680)}),
      same({jog(1800)}),
  };
}

void check_matches_published(const Program& program, int week6_run3_seconds) {
  auto weeks = c25k_main_parts(week6_run3_seconds);
  REQUIRE(program.jogging);
  REQUIRE(program.stages.size() == weeks.size());
  for (std::size_t w = 0; w < weeks.size(); ++w) {
    const Stage& stage = program.stages[w];
    CHECK(stage.id == fmt::format("S{:02}", w + 1));
    REQUIRE(stage.sessions.size() == weeks[w].size());
    for (std::size_t r = 0; r < weeks[w].size(); ++r) {
      std::vector<Segment> expected{{SegmentKind::warmup, k_warmup}};
      expected.insert(expected.end(), weeks[w][r].begin(), weeks[w][r].end());
      expected.push_back({SegmentKind::cooldown, k_cooldown});
      const auto& actual = stage.sessions[r];
      INFO("week " << w + 1 << ", run " << r + 1);
      REQUIRE(actual.size() == expected.size());
      for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO("segment " << i);
        CHECK(segment_kind_key(actual[i].kind) == segment_kind_key(expected[i].kind));
        CHECK(actual[i].seconds == expected[i].seconds);
      }
    }
  }
}

const Program& builtin(std::string_view id) {
  const Program* program = find_builtin_program(id);
  INFO("built-in program " << id);
  REQUIRE(program != nullptr);
  return *program;
}

// The largest jog total of any session in a stage.
int stage_jog_seconds(const Stage& stage) {
  int most = 0;
  for (const auto& session : stage.sessions) {
    most = std::max(most, seconds_of(session, SegmentKind::jog));
  }
  return most;
}

}  // namespace

TEST_CASE("c25k-classic matches the published 9-week schedule interval by interval") {
  check_matches_published(builtin("c25k-classic"), 22 * 60);
}

TEST_CASE("c25k-nhs is the classic schedule with 25 minutes in week 6, run 3") {
  check_matches_published(builtin("c25k-nhs"), 25 * 60);
}

TEST_CASE("back-care rises gently to a 30-minute continuous jog") {
  const Program& program = builtin("back-care");
  CHECK(program.jogging);
  CHECK(program.max_increase == Approx(0.15));
  CHECK(program.stages.size() >= 12);
  CHECK(program.stages.size() <= 18);

  std::vector<int> jog_by_stage;
  for (const auto& stage : program.stages) {
    INFO("stage " << stage.id);
    CHECK(stage.sessions.size() == 3);
    for (const auto& session : stage.sessions) {
      REQUIRE(session.size() >= 3);
      CHECK(session.front() == Segment{SegmentKind::warmup, k_warmup});
      CHECK(session.back() == Segment{SegmentKind::cooldown, k_cooldown});
      CHECK(seconds_of(session, SegmentKind::jog) > 0);
    }
    jog_by_stage.push_back(stage_jog_seconds(stage));
  }
  for (std::size_t i = 1; i < jog_by_stage.size(); ++i) {
    INFO("stage " << program.stages[i].id << ": " << jog_by_stage[i - 1] << " s -> "
                  << jog_by_stage[i] << " s");
    CHECK(jog_by_stage[i] <= std::floor(jog_by_stage[i - 1] * 1.15 + 1e-9));
    if (i >= 2) {
      CHECK(jog_by_stage[i] <= std::floor(jog_by_stage[i - 2] * 1.30 + 1e-9));
    }
    // PROG-JOG-LONGEST: the longest single jog rises by at most 2 min or 25 %.
    int before = stage_jog_load(program.stages[i - 1]).longest;
    int now = stage_jog_load(program.stages[i]).longest;
    CHECK(now <= std::max(before + 120, before * 5 / 4));
  }

  const Stage& last = program.stages.back();
  for (const auto& session : last.sessions) {
    std::vector<Segment> expected{{SegmentKind::warmup, k_warmup},
                                  {SegmentKind::jog, 1800},
                                  {SegmentKind::cooldown, k_cooldown}};
    CHECK(session == expected);
  }
}

TEST_CASE("walk-base has no jogging and ends with 30 minutes of walking") {
  const Program& program = builtin("walk-base");
  CHECK_FALSE(program.jogging);
  REQUIRE_FALSE(program.stages.empty());
  for (const auto& stage : program.stages) {
    for (const auto& session : stage.sessions) {
      CHECK(seconds_of(session, SegmentKind::jog) == 0);
    }
  }
  for (const auto& session : program.stages.back().sessions) {
    CHECK(seconds_of(session, SegmentKind::walk) == 1800);
  }
}

TEST_CASE("builtin programs are sorted by id and found by id") {
  auto programs = builtin_programs();
  REQUIRE(programs.size() >= 4);
  for (std::size_t i = 1; i < programs.size(); ++i) {
    CHECK(programs[i - 1].id < programs[i].id);
  }
  CHECK(find_builtin_program("no-such-program") == nullptr);
}

namespace {

// A valid program whose stages (a JSON array body) and extra top-level keys vary.
std::string program_json(const std::string& stages, const std::string& extra = "",
                         const std::string& activity = "run") {
  return fmt::format(R"({{"format": "backstride.program/1", "id": "test-program",
    "name": "Test", "summary": "A test program.", "source": "unit tests",
    "activity": "{}", "warmup_seconds": 300, "cooldown_seconds": 300{}
    "stages": [{}]}})",
                     activity, extra.empty() ? "," : ", " + extra + ",", stages);
}

void check_rejected(const std::string& text, const std::string& pointer) {
  try {
    parse_program(text, "prog.json");
    FAIL("parse_program accepted: " << text);
  } catch (const Error& error) {
    INFO(error.what());
    CHECK(error.code() == ExitCode::data_error);
    CHECK(std::string(error.what()).starts_with("prog.json: " + pointer + ": "));
  }
}

}  // namespace

TEST_CASE("parse_program accepts a small valid program") {
  auto program = parse_program(
      program_json(R"({"id": "S01", "title": "one", "main": [{"repeat": 2, "of": [{"jog": 60},
                   {"walk": 90}]}]})"),
      "prog.json");
  REQUIRE(program.stages.size() == 1);
  REQUIRE(program.stages[0].sessions.size() == 3);
  std::vector<Segment> expected{{SegmentKind::warmup, 300},  jog(60), walk(90), jog(60), walk(90),
                                {SegmentKind::cooldown, 300}};
  CHECK(program.stages[0].sessions[2] == expected);
}

TEST_CASE("parse_program rejects malformed programs with a located data error") {
  SECTION("a stage with both main and sessions") {
    check_rejected(program_json(R"({"id": "S01", "title": "t", "main": [{"jog": 60}],
                                   "sessions": [[{"jog": 60}]]})"),
                   "/stages/0");
  }
  SECTION("a block that is both jog and walk") {
    check_rejected(
        program_json(R"({"id": "S01", "title": "t", "main": [{"jog": 60, "walk": 30}]})"),
        "/stages/0/main/0");
  }
  SECTION("duplicate stage ids") {
    check_rejected(program_json(R"({"id": "S01", "title": "a", "main": [{"jog": 60}]},
                                   {"id": "S01", "title": "b", "main": [{"jog": 60}]})"),
                   "/stages/1/id");
  }
  SECTION("a walking program containing a jog") {
    check_rejected(program_json(R"({"id": "W01", "title": "a", "main": [{"walk": 600}]},
                                   {"id": "W02", "title": "b", "main": [{"walk": 600}, {"jog": 60}]})",
                                "", "walk"),
                   "/stages/1");
  }
  SECTION("a rise above the program's own max_increase") {
    check_rejected(program_json(R"({"id": "S01", "title": "a", "main": [{"jog": 600}]},
                                   {"id": "S02", "title": "b", "main": [{"jog": 690}]},
                                   {"id": "S03", "title": "c", "main": [{"jog": 800}]})",
                                R"("max_increase": 0.15)"),
                   "/stages/2");
  }
}

TEST_CASE("progression limits: the longest single jog, walking stages and sessions") {
  std::string limit = R"("max_increase": 0.15)";
  SECTION("a longest jog rising by more than max(2 min, 25 %) is refused, naming both stages") {
    try {
      parse_program(program_json(R"({"id": "S01", "title": "a", "main": [{"repeat": 6, "of":
                                     [{"jog": 60}, {"walk": 60}]}]},
                                    {"id": "S02", "title": "b", "main": [{"jog": 240},
                                     {"walk": 60}, {"jog": 120}]})",
                                 limit),
                    "prog.json");
      FAIL("a 1 min -> 4 min single-jog rise was accepted");
    } catch (const Error& error) {
      INFO(error.what());
      CHECK(error.code() == ExitCode::data_error);
      std::string message = error.what();
      CHECK(message.starts_with("prog.json: /stages/1: "));
      CHECK(message.find("from S01 to S02") != std::string::npos);
      CHECK(message.find("PROG-JOG-LONGEST") != std::string::npos);
    }
  }
  SECTION("3 min after 1 min (+2 min) is allowed; 3:01 is not") {
    auto stages = [](int second) {
      return fmt::format(R"({{"id": "S01", "title": "a", "main": [{{"repeat": 3, "of":
                            [{{"jog": 60}}, {{"walk": 60}}]}}]}},
                           {{"id": "S02", "title": "b", "main": [{{"jog": {}}}]}})",
                         second);
    };
    CHECK_NOTHROW(parse_program(program_json(stages(180), limit), "prog.json"));
    check_rejected(program_json(stages(181), limit), "/stages/1");
  }
  SECTION("a walking stage between two jog stages resets nothing") {
    try {
      parse_program(program_json(R"({"id": "S01", "title": "a", "main": [{"jog": 60}]},
                                    {"id": "S02", "title": "walk", "main": [{"walk": 600}]},
                                    {"id": "S03", "title": "c", "main": [{"jog": 7200}]})",
                                 limit),
                    "prog.json");
      FAIL("1 min -> walking -> 120 min non-stop was accepted");
    } catch (const Error& error) {
      INFO(error.what());
      std::string message = error.what();
      CHECK(message.starts_with("prog.json: /stages/2: "));
      CHECK(message.find("from S01 to S03") != std::string::npos);
    }
  }
  SECTION("sessions within a stage are held to the same steps") {
    check_rejected(program_json(R"({"id": "S01", "title": "a",
                                    "sessions": [[{"jog": 60}], [{"jog": 1800}]]})",
                                limit),
                   "/stages/0/sessions/1");
  }
  SECTION("a program without max_increase keeps its source's jumps") {
    CHECK_NOTHROW(parse_program(program_json(R"({"id": "S01", "title": "a", "main": [{"jog": 60}]},
                                      {"id": "S02", "title": "b", "main": [{"jog": 1200}]})"),
                                "prog.json"));
  }
}

TEST_CASE("a rise exactly at max_increase is allowed") {
  auto program = parse_program(program_json(R"({"id": "S01", "title": "a", "main": [{"jog": 600}]},
                                               {"id": "S02", "title": "b", "main": [{"jog": 690}]})",
                                            R"("max_increase": 0.15)"),
                               "prog.json");
  CHECK(program.stages.size() == 2);
}

TEST_CASE("each built-in program is found by its id alone, as listed") {
  for (const auto& program : builtin_programs()) {
    const Program* found = find_builtin_program(program.id);
    REQUIRE(found != nullptr);
    CHECK(found->name == program.name);
    CHECK(found->stages.size() == program.stages.size());
    CHECK(found == find_builtin_program(program.id));  // parsed once, then cached
  }
  CHECK(find_builtin_program("no-such-program") == nullptr);
  CHECK(find_builtin_program("../back-care") == nullptr);
}
