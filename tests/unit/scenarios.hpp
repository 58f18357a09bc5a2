#pragma once
// The scenario table shared by test_assessment.cpp (which checks every row) and
// test_rules.cpp (which checks that the rows, together, exercise every rule).
//
// Expected values come from the issue (issues show 3) and DESIGN.md, not from the
// code. Rows where the code disagrees with an unambiguous spec carry a
// "SPEC MISMATCH:" comment; rows where the spec is ambiguous assert the code's
// behaviour and say "AMBIGUOUS:".

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <functional>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "backstride/assessment.hpp"
#include "backstride/generate.hpp"
#include "backstride/plan.hpp"
#include "backstride/profile.hpp"
#include "backstride/program.hpp"
#include "backstride/render/catalogue.hpp"
#include "backstride/rules.hpp"

namespace scenarios {

using namespace backstride;

inline std::string read_example(const std::string& name) {
  std::ifstream in(std::string(BACKSTRIDE_SOURCE_DIR) + "/examples/" + name, std::ios::binary);
  if (!in) {
    throw std::runtime_error("cannot read example " + name);
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline Date day(const char* text) {
  auto parsed = parse_date(text);
  if (!parsed) {
    throw std::logic_error(std::string("bad date in a scenario: ") + text);
  }
  return *parsed;
}

// The clean base: examples/beginner-chronic.json (age 38, BMI 27, brisk walk 40 min,
// never run, chronic pain for 40 weeks, usual 3, worst 4, no leg symptoms, improving,
// every screening answer no, no clearance).
inline const Profile& base_profile() {
  static const Profile profile =
      parse_profile(read_example("beginner-chronic.json"), "beginner-chronic.json");
  return profile;
}

inline const Program& program(const std::string& id) {
  const Program* found = find_builtin_program(id);
  if (found == nullptr) {
    throw std::logic_error("no built-in program " + id);
  }
  return *found;
}

// ---- history entries -------------------------------------------------------------

// A completed session: pain before 3 (= usual), during `during`, after = during,
// next morning `morning` (3 = the base profile's usual pain; nullopt = not logged yet).
inline HistoryEntry entry(const char* date, const char* session, int during,
                          std::optional<int> morning = 3) {
  HistoryEntry e;
  e.date = day(date);
  e.session = session;
  e.completed = true;
  e.pain_before = 3;
  e.pain_during = during;
  e.pain_after = during;
  e.pain_next_morning = morning;
  return e;
}

inline HistoryEntry green(const char* date, const char* session) {
  return entry(date, session, 2, 3);
}

inline HistoryEntry red(const char* date, const char* session) {
  return entry(date, session, 7, 3);
}

inline HistoryEntry with_symptom(HistoryEntry e, Symptom symptom) {
  e.symptoms.push_back(symptom);
  return e;
}

inline HistoryEntry stopped_early(HistoryEntry e) {
  e.completed = false;
  return e;
}

inline HistoryEntry pain_before(HistoryEntry e, int before) {
  e.pain_before = before;
  return e;
}

// `count` GREEN sessions, every other day from `first`, two per stage, with the ids
// a plan would give: PREFIX<stage>-1, PREFIX<stage>-2 from stage `first_stage`.
inline std::vector<HistoryEntry> greens(const char* first, char prefix, int first_stage,
                                        int count) {
  std::vector<HistoryEntry> list;
  Date date = day(first);
  for (int k = 0; k < count; ++k) {
    std::string id = fmt::format("{}{:02}-{}", prefix, first_stage + k / 2, k % 2 + 1);
    HistoryEntry e = green(first, id.c_str());
    e.date = add_days(date, 2 * k);
    list.push_back(e);
  }
  return list;
}

inline std::vector<HistoryEntry> concat(std::vector<HistoryEntry> a,
                                        const std::vector<HistoryEntry>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

// ---- profile mutations ----------------------------------------------------------

using Mutation = std::function<void(Profile&)>;

inline Mutation yes(Question question) {
  return [question](Profile& p) { p.screening.at(static_cast<std::size_t>(question)) = true; };
}

inline Mutation cleared(const char* date = "2026-11-20", std::optional<int> cap = std::nullopt,
                        bool allow_running = true) {
  return [date, cap, allow_running](Profile& p) {
    p.clearance = Clearance{"Dr Test (GP)", day(date), cap, allow_running, ""};
  };
}

inline Mutation lapsed() {
  return [](Profile& p) { p.activity.running_history = RunningHistory::lapsed; };
}

inline Mutation age(int years, RunningHistory running = RunningHistory::none,
                    std::optional<int> duration_weeks = std::nullopt) {
  return [years, running, duration_weeks](Profile& p) {
    p.age = years;
    p.activity.running_history = running;
    if (duration_weeks) {
      p.back_pain.duration_weeks = *duration_weeks;
    }
  };
}

// Height 200 cm, so BMI = weight / 4: 120 kg -> 30.0, 120.4 kg -> 30.1.
inline Mutation bmi(double weight_kg, RunningHistory running = RunningHistory::none) {
  return [weight_kg, running](Profile& p) {
    p.height_cm = 200;
    p.weight_kg = weight_kg;
    p.activity.running_history = running;
  };
}

inline Mutation all_of(std::vector<Mutation> mutations) {
  return [mutations](Profile& p) {
    for (const auto& m : mutations) {
      m(p);
    }
  };
}

// ---- the table -------------------------------------------------------------------

enum class PlanCheck {
  none,         // only the automatic checks (withheld -> no sessions; walk-base -> no jogs)
  no_sessions,  // build_plan yields zero sessions
  walk_only,    // build_plan yields sessions, none with a jog segment
  has_jogs,     // build_plan yields sessions with jog segments
};

struct Scenario {
  std::string name{};
  Mutation mutate{};                    // applied to a copy of base_profile()
  std::vector<HistoryEntry> history{};  // inline history (in the order given)
  const char* today = "2026-12-01";
  std::string program = "back-care";  // the requested program
  int exit = 0;                       // exit_code_for
  ScreeningStatus status = ScreeningStatus::clear;
  std::optional<Action> action{};  // nullopt: the spec says nothing (see comment)
  std::optional<RuleId> rule{};    // decision.rule
  std::string program_after{};     // "" = not checked
  std::string stage{};             // stage id after assessment ("" = not checked)
  PlanCheck plan = PlanCheck::none;
  std::function<void(const Assessment&)> extra{};  // further checks
};

inline Profile profile_for(const Scenario& s) {
  Profile p = base_profile();
  if (s.mutate) {
    s.mutate(p);
  }
  p.history = s.history;
  return p;
}

inline std::string stage_id(const Assessment& a) {
  const auto& stages = a.program->stages;
  return a.stage_index < stages.size() ? stages[a.stage_index].id : "done";
}

inline bool trail_has(const Assessment& a, RuleId rule) {
  return std::ranges::any_of(a.trail, [&](const TrailStep& step) { return step.rule == rule; });
}

inline bool notes_mention(const Assessment& a, const std::string& text) {
  return std::ranges::any_of(a.notes, [&](const Words& note) {
    return render::say(note).find(text) != std::string::npos;
  });
}

inline int first_week_jog_seconds(const Assessment& a) {
  int total = 0;
  for (const auto& session : a.program->stages.at(a.stage_index).sessions) {
    total += seconds_of(session, SegmentKind::jog);
  }
  return total;
}

inline int plan_sessions(const Plan& plan) {
  int n = 0;
  for (const auto& week : plan.weeks) {
    n += static_cast<int>(week.sessions.size());
  }
  return n;
}

inline int plan_jog_seconds(const Plan& plan) {
  int total = 0;
  for (const auto& week : plan.weeks) {
    for (const auto& session : week.sessions) {
      total += seconds_of(session.segments, SegmentKind::jog);
    }
  }
  return total;
}

constexpr auto CLEAR = ScreeningStatus::clear;
constexpr auto NEEDED = ScreeningStatus::clearance_needed;
constexpr auto URGENT = ScreeningStatus::urgent;

// Rows for the baseline, entry points and screening answers (scenarios.cpp).
void add_screening_rows(std::vector<Scenario>& t);

// Rows for the pain-log replay, session by session (scenarios_history.cpp).
void add_history_rows(std::vector<Scenario>& t);

// Rows for the pain log over a plan: pauses, gaps, in-plan flags (scenarios_plan_history.cpp).
void add_plan_history_rows(std::vector<Scenario>& t);

// Rows for the clinical rules, round 2: future clearances, signs that never count,
// pain after, the cap, one session a day, persistent AMBER (scenarios_round2.cpp).
void add_round2_rows(std::vector<Scenario>& t);

// Rows for sessions waiting for their next-morning score (PAIN-PENDING).
void add_pending_rows(std::vector<Scenario>& t);

// Every scenario row, in order.
std::vector<Scenario> build_table();

inline const std::vector<Scenario>& table() {
  static const std::vector<Scenario> rows = build_table();
  return rows;
}

struct Outcome {
  Profile profile;
  Assessment assessment;
  Plan plan;
};

inline Outcome run(const Scenario& s) {
  Profile p = profile_for(s);
  const Program& requested = program(s.program);
  Assessment a = assess(p, requested, day(s.today));
  Plan plan = build_plan(p, requested, day(s.today), "scenario");
  return {std::move(p), std::move(a), std::move(plan)};
}

}  // namespace scenarios
