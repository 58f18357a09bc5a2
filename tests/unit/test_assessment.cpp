// Scenario table for screening, entry point and history replay (issue 3).
// The rows live in scenarios.hpp; this file runs every row and a few whole-table checks.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <set>

#include "scenarios.hpp"

using namespace backstride;
using namespace scenarios;

namespace {

std::string describe(const Assessment& a) {
  std::string text = fmt::format(
      "decision {} {} ({}); program {} stage {}; screening {}", action_key(a.decision.action),
      rule_key(a.decision.rule), render::say(a.decision.reason), a.program ? a.program->id : "?",
      a.program ? stage_id(a) : "?", screening_status_key(a.screening.status));
  for (const auto& step : a.trail) {
    text += fmt::format("\n  trail {} {} {} {}: {}", format_date(step.date), step.session,
                        step.zone ? zone_key(*step.zone) : "-", rule_key(step.rule),
                        render::say(step.effect));
  }
  return text;
}

// Every rule cited has its own row in the table, under its own printed id.
void check_rule_exists(RuleId id) {
  INFO("rule " << static_cast<int>(id));
  CHECK(find_rule(id).id == id);
  CHECK(rule_id_from_key(rule_key(id)) == id);
}

}  // namespace

TEST_CASE("Scenario table has at least 70 rows with unique names") {
  const auto& rows = table();
  CHECK(rows.size() >= 70);
  std::set<std::string> names;
  for (const auto& row : rows) {
    INFO(row.name);
    CHECK(names.insert(row.name).second);
  }
}

TEST_CASE("Scenario table: screening, entry point and replay give the documented outcome") {
  for (const auto& row : table()) {
    DYNAMIC_SECTION(row.name) {
      Outcome out = run(row);
      const Assessment& a = out.assessment;
      INFO("row: " << row.name);
      INFO(describe(a));

      CHECK(static_cast<int>(exit_code_for(a)) == row.exit);
      CHECK(screening_status_key(a.screening.status) == screening_status_key(row.status));
      if (row.action) {
        CHECK(action_key(a.decision.action) == action_key(*row.action));
      }
      if (row.rule) {
        CHECK(a.decision.rule == *row.rule);
      }
      REQUIRE(a.program != nullptr);
      if (!row.program_after.empty()) {
        CHECK(a.program->id == row.program_after);
      }
      if (!row.stage.empty()) {
        CHECK(stage_id(a) == row.stage);
      }

      // Every rule cited anywhere is a real rule.
      check_rule_exists(a.decision.rule);
      CHECK_FALSE(a.decision.reason.empty());
      for (const auto& finding : a.screening.findings) {
        check_rule_exists(finding.rule);
      }
      for (const auto& step : a.trail) {
        check_rule_exists(step.rule);
      }

      // The plan agrees with the assessment.
      const Plan& plan = out.plan;
      CHECK(static_cast<int>(plan.exit_code) == row.exit);
      CHECK(plan.decision.rule == a.decision.rule);
      CHECK(plan.withheld == a.withheld());
      int sessions = plan_sessions(plan);
      int jog = plan_jog_seconds(plan);
      if (a.withheld()) {
        CHECK(sessions == 0);
      }
      if (a.program->id == "walk-base" || !a.program->jogging) {
        CHECK(jog == 0);
      }
      if (row.exit == 10 && !a.withheld()) {
        // exit 10: "no jog session was produced (a walking-only plan may be)"
        CHECK(jog == 0);
      }
      if (a.not_before) {
        for (const auto& week : plan.weeks) {
          for (const auto& session : week.sessions) {
            CHECK(days_between(*a.not_before, session.date) >= 0);
          }
        }
      }
      switch (row.plan) {
        case PlanCheck::none:
          break;
        case PlanCheck::no_sessions:
          CHECK(sessions == 0);
          break;
        case PlanCheck::walk_only:
          CHECK(sessions > 0);
          CHECK(jog == 0);
          break;
        case PlanCheck::has_jogs:
          CHECK(sessions > 0);
          CHECK(jog > 0);
          break;
      }
      if (row.extra) {
        row.extra(a);
      }
    }
  }
}

TEST_CASE(
    "Scenario: a plan after two GREENs starts at the next stage, after a RED at the previous") {
  const auto& rows = table();
  auto find = [&](const std::string& name) -> const Scenario& {
    auto it = std::ranges::find_if(rows, [&](const Scenario& s) { return s.name == name; });
    REQUIRE(it != rows.end());
    return *it;
  };
  {
    Outcome out = run(find("two GREEN -> progress to S02 (PROG-2)"));
    REQUIRE_FALSE(out.plan.weeks.empty());
    const PlannedSession* first = nullptr;
    for (const auto& week : out.plan.weeks) {
      if (!week.sessions.empty()) {
        first = &week.sessions.front();
        break;
      }
    }
    REQUIRE(first != nullptr);
    CHECK(first->stage_id == "S02");
    CHECK(first->id == "S02-1");
    CHECK(days_between(day("2026-12-04"), first->date) >= 0);
  }
  {
    Outcome out = run(find("pain during 6 -> RED; same day -> 48 h relative rest"));
    const PlannedSession* first = nullptr;
    for (const auto& week : out.plan.weeks) {
      if (!week.sessions.empty()) {
        first = &week.sessions.front();
        break;
      }
    }
    REQUIRE(first != nullptr);
    CHECK(first->stage_id == "S04");
    CHECK(days_between(day("2026-12-03"), first->date) >= 0);
  }
}

TEST_CASE("Scenario: shuffling the history never changes the assessment") {
  std::mt19937 random(20261201);
  int compared = 0;
  for (const auto& row : table()) {
    if (row.history.size() < 2) {
      continue;
    }
    // Only rows whose entries all have different dates have one sorted order.
    std::set<int> dates;
    for (const auto& e : row.history) {
      dates.insert(days_between(day("2000-01-01"), e.date));
    }
    if (dates.size() != row.history.size()) {
      continue;
    }
    Profile sorted = profile_for(row);
    std::ranges::sort(sorted.history, {},
                      [](const HistoryEntry& e) { return std::chrono::sys_days{e.date}; });
    const Program& requested = program(row.program);
    Assessment expected = assess(sorted, requested, day(row.today));
    for (int round = 0; round < 3; ++round) {
      Profile shuffled = sorted;
      std::shuffle(shuffled.history.begin(), shuffled.history.end(), random);
      Assessment got = assess(shuffled, requested, day(row.today));
      INFO(row.name << " (round " << round << ")");
      CHECK(got.decision.action == expected.decision.action);
      CHECK(got.decision.rule == expected.decision.rule);
      CHECK(got.program == expected.program);
      CHECK(got.stage_index == expected.stage_index);
      CHECK(got.greens_in_stage == expected.greens_in_stage);
      REQUIRE(got.trail.size() == expected.trail.size());
      for (std::size_t i = 0; i < got.trail.size(); ++i) {
        CHECK(got.trail[i].rule == expected.trail[i].rule);
        CHECK(got.trail[i].date == expected.trail[i].date);
      }
      ++compared;
    }
  }
  CHECK(compared > 20);
}

TEST_CASE("Scenario: the trail has one line per logged session with its zone") {
  Profile p = base_profile();
  p.activity.running_history = RunningHistory::lapsed;
  p.history = {green("2026-12-01", "S05-1"), entry("2026-12-03", "S05-2", 4),
               red("2026-12-05", "S05-2"), green("2026-12-08", "S04-1")};
  Assessment a = assess(p, program("back-care"), day("2026-12-09"));
  REQUIRE(a.trail.size() == 4);
  CHECK(a.trail[0].zone == Zone::green);
  CHECK(a.trail[1].zone == Zone::amber);
  CHECK(a.trail[2].zone == Zone::red);
  CHECK(a.trail[3].zone == Zone::green);
  CHECK(a.trail[0].rule == RuleId::pain_green);
  CHECK(a.trail[1].rule == RuleId::pain_amber);
  CHECK(a.trail[2].rule == RuleId::pain_red);
  CHECK(a.trail[3].rule == RuleId::pain_green);
  CHECK(a.trail[2].stage == "S04");
  for (const auto& step : a.trail) {
    CHECK_FALSE(step.effect.empty());
  }
  // The logged id S04-1 matches the replay; S05-2 on 12-05 matches too: no warnings.
  CHECK(a.trail[3].warning.empty());
}

TEST_CASE("Scenario: the lapsed-runner example replays its own history file") {
  Profile p = parse_profile(read_example("lapsed-runner.json"), "lapsed-runner.json");
  p.history = parse_history_lines(read_example("lapsed-runner.history.jsonl"),
                                  "lapsed-runner.history.jsonl");
  Assessment a = assess(p, program("back-care"), day("2026-11-25"));
  // cap 4 replaces 3 (CLR-CAP): 2, 3 GREEN (S05 -> S06), then 4 and 3 GREEN -> S07.
  CHECK(static_cast<int>(exit_code_for(a)) == 0);
  CHECK(a.decision.action == Action::progress);
  CHECK(a.decision.rule == RuleId::prog_2);
  CHECK(stage_id(a) == "S07");
  CHECK(a.greens_in_stage == 0);
}
