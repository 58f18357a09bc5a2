// Scenario rows: the pain log over a plan (pauses, gaps, in-plan red flags, future
// entries, walk-base, order).
#include "scenarios.hpp"

namespace scenarios {

void add_plan_history_rows(std::vector<Scenario>& t) {
  using A = Action;
  using S = Symptom;

  // pauses
  t.push_back({.name = "two REDs in a row -> pause (PAUSE-2RED), exit 10",
               .mutate = lapsed(),
               .history = {red("2026-12-01", "S05-1"), red("2026-12-04", "S04-1")},
               .today = "2026-12-08",
               .exit = 10,
               .status = CLEAR,
               .action = A::pause,
               .rule = RuleId::pause_2red,
               .plan = PlanCheck::no_sessions});
  t.push_back({.name = "RED, AMBER, RED is not two in a row -> regress",
               .mutate = lapsed(),
               .history = {red("2026-12-01", "S05-1"), entry("2026-12-04", "S04-1", 4),
                           red("2026-12-06", "S04-1")},
               .today = "2026-12-10",
               .exit = 0,
               .status = CLEAR,
               .action = A::regress,
               .rule = RuleId::pain_red,
               .stage = "S03"});
  t.push_back({.name = "three sessions stopped early -> PAUSE-RESTRICTED",
               .history = {stopped_early(entry("2026-12-01", "S01-1", 2)),
                           stopped_early(entry("2026-12-03", "S01-1", 2)),
                           stopped_early(entry("2026-12-05", "S01-1", 2))},
               .today = "2026-12-06",
               .exit = 10,
               .status = CLEAR,
               .action = A::pause,
               .rule = RuleId::pause_restricted,
               .plan = PlanCheck::no_sessions});
  t.push_back({.name = "two sessions stopped early (2 days apart) -> repeat",
               .history = {stopped_early(entry("2026-12-01", "S01-1", 2)),
                           stopped_early(entry("2026-12-03", "S01-1", 2))},
               .today = "2026-12-04",
               .exit = 0,
               .status = CLEAR,
               .action = A::repeat,
               .rule = RuleId::pain_amber});
  // AMBIGUOUS: "running restricted >= 7 days": the code pauses when two restricted
  // sessions in a row span 7 days or more.
  t.push_back({.name = "restricted for 7 days (two stopped early a week apart) -> PAUSE-RESTRICTED",
               .history = {stopped_early(entry("2026-12-01", "S01-1", 2)),
                           stopped_early(entry("2026-12-08", "S01-1", 2))},
               .today = "2026-12-09",
               .exit = 10,
               .status = CLEAR,
               .action = A::pause,
               .rule = RuleId::pause_restricted});
  t.push_back({.name = "restricted for 6 days -> repeat",
               .history = {stopped_early(entry("2026-12-01", "S01-1", 2)),
                           stopped_early(entry("2026-12-07", "S01-1", 2))},
               .today = "2026-12-08",
               .exit = 0,
               .status = CLEAR,
               .action = A::repeat,
               .rule = RuleId::pain_amber});
  t.push_back(
      {.name = "RED, stopped early, stopped early -> PAUSE-RESTRICTED",
       .mutate = lapsed(),
       .history = {red("2026-12-01", "S05-1"), stopped_early(entry("2026-12-04", "S04-1", 2)),
                   stopped_early(entry("2026-12-06", "S04-1", 2))},
       .today = "2026-12-07",
       .exit = 10,
       .status = CLEAR,
       .action = A::pause,
       .rule = RuleId::pause_restricted});
  t.push_back({.name = "pause lifted by a clearance dated after it -> CLR-LIFT, continue",
               .mutate = all_of({lapsed(), cleared("2026-12-05")}),
               .history = {red("2026-12-01", "S05-1"), red("2026-12-04", "S04-1")},
               .today = "2026-12-08",
               .exit = 0,
               .status = CLEAR,
               .action = A::continue_stage,
               .rule = RuleId::clr_lift,
               .stage = "S03",
               .plan = PlanCheck::has_jogs});
  t.push_back({.name = "clearance dated before the pause does not lift it",
               .mutate = all_of({lapsed(), cleared("2026-11-20")}),
               .history = {red("2026-12-01", "S05-1"), red("2026-12-04", "S04-1")},
               .today = "2026-12-08",
               .exit = 10,
               .status = CLEAR,
               .action = A::pause,
               .rule = RuleId::pause_2red,
               .plan = PlanCheck::no_sessions});
  t.push_back({.name = "entries during a pause are not counted; later clearance resumes",
               .mutate = all_of({lapsed(), cleared("2026-12-10")}),
               .history = {red("2026-12-01", "S05-1"), red("2026-12-04", "S04-1"),
                           green("2026-12-06", "S03-1")},
               .today = "2026-12-11",
               .exit = 0,
               .status = CLEAR,
               .action = A::continue_stage,
               .rule = RuleId::clr_lift,
               .stage = "S03",
               .extra = [](const Assessment& a) {
                 CHECK(a.greens_in_stage == 0);
                 REQUIRE(a.trail.size() == 3);
                 CHECK(a.trail[2].zone == Zone::green);  // shown as it went, not counted
                 CHECK(a.trail[2].rule == RuleId::pause_2red);
               }});
  t.push_back({.name = "after a lifted pause, new sessions count again",
               .mutate = all_of({lapsed(), cleared("2026-12-05")}),
               .history = {red("2026-12-01", "S05-1"), red("2026-12-04", "S04-1"),
                           green("2026-12-07", "S03-1")},
               .today = "2026-12-08",
               .exit = 0,
               .status = CLEAR,
               .action = A::continue_stage,
               .rule = RuleId::pain_green,
               .stage = "S03",
               .extra = [](const Assessment& a) { CHECK(a.greens_in_stage == 1); }});

  // gaps, lapsed runner: S05-1, S05-2 GREEN on 12-01 and 12-03 -> S06
  const std::vector<HistoryEntry> two_greens = {green("2026-12-01", "S05-1"),
                                                green("2026-12-03", "S05-2")};
  t.push_back({.name = "14 days from the last session to today -> no gap rule",
               .mutate = lapsed(),
               .history = two_greens,
               .today = "2026-12-17",
               .exit = 0,
               .status = CLEAR,
               .action = A::progress,
               .rule = RuleId::prog_2,
               .stage = "S06"});
  t.push_back({.name = "15 days to today -> GAP-14, back one stage",
               .mutate = lapsed(),
               .history = two_greens,
               .today = "2026-12-18",
               .exit = 0,
               .status = CLEAR,
               .action = A::regress,
               .rule = RuleId::gap_14,
               .stage = "S05",
               .plan = PlanCheck::has_jogs});
  t.push_back({.name = "28 days to today -> GAP-14, back one stage",
               .mutate = lapsed(),
               .history = two_greens,
               .today = "2026-12-31",
               .exit = 0,
               .status = CLEAR,
               .action = A::regress,
               .rule = RuleId::gap_14,
               .stage = "S05"});
  t.push_back({.name = "29 days to today -> GAP-28, back two stages",
               .mutate = lapsed(),
               .history = two_greens,
               .today = "2027-01-01",
               .exit = 0,
               .status = CLEAR,
               .action = A::regress,
               .rule = RuleId::gap_28,
               .stage = "S04"});
  t.push_back({.name = "14 days between sessions -> no gap rule",
               .mutate = lapsed(),
               .history = concat(two_greens, {green("2026-12-17", "S06-1")}),
               .today = "2026-12-18",
               .exit = 0,
               .status = CLEAR,
               .action = A::continue_stage,
               .rule = RuleId::pain_green,
               .stage = "S06",
               .extra = [](const Assessment& a) {
                 CHECK_FALSE(trail_has(a, RuleId::gap_14));
                 CHECK_FALSE(trail_has(a, RuleId::gap_28));
               }});
  t.push_back({.name = "15 days between sessions -> GAP-14 before the session",
               .mutate = lapsed(),
               .history = concat(two_greens, {green("2026-12-18", "S06-1")}),
               .today = "2026-12-19",
               .exit = 0,
               .status = CLEAR,
               .action = A::continue_stage,
               .rule = RuleId::pain_green,
               .stage = "S05",
               .extra = [](const Assessment& a) { CHECK(trail_has(a, RuleId::gap_14)); }});
  t.push_back({.name = "28 days between sessions -> GAP-14",
               .mutate = lapsed(),
               .history = concat(two_greens, {green("2026-12-31", "S06-1")}),
               .today = "2027-01-01",
               .exit = 0,
               .status = CLEAR,
               .action = A::continue_stage,
               .rule = RuleId::pain_green,
               .stage = "S05",
               .extra = [](const Assessment& a) {
                 CHECK(trail_has(a, RuleId::gap_14));
                 CHECK_FALSE(trail_has(a, RuleId::gap_28));
               }});
  t.push_back({.name = "29 days between sessions -> GAP-28",
               .mutate = lapsed(),
               .history = concat(two_greens, {green("2027-01-01", "S06-1")}),
               .today = "2027-01-02",
               .exit = 0,
               .status = CLEAR,
               .action = A::continue_stage,
               .rule = RuleId::pain_green,
               .stage = "S04",
               .extra = [](const Assessment& a) {
                 CHECK(trail_has(a, RuleId::gap_28));
                 CHECK_FALSE(trail_has(a, RuleId::gap_14));
               }});

  // red flags logged mid-plan
  for (auto [symptom, label] : std::vector<std::pair<Symptom, const char*>>{
           {S::saddle_numbness, "saddle numbness"},
           {S::bladder_bowel_change, "a bladder or bowel change"},
           {S::leg_weakness, "leg weakness"},
           {S::chest_pain, "chest pain"}}) {
    t.push_back({.name = fmt::format("{} logged mid-plan -> RF-EMERG, exit 11", label),
                 .history = {green("2026-12-01", "S01-1"),
                             with_symptom(green("2026-12-03", "S01-2"), symptom)},
                 .today = "2026-12-04",
                 .exit = 11,
                 // Screening runs again on every history entry (DESIGN.md, Rules).
                 .status = URGENT,
                 .action = A::emergency,
                 .rule = RuleId::rf_emerg,
                 .plan = PlanCheck::no_sessions});
  }
  t.push_back({.name = "fever logged mid-plan -> RF-URGENT, refer, exit 10",
               .history = {green("2026-12-01", "S01-1"),
                           with_symptom(green("2026-12-03", "S01-2"), S::fever)},
               .today = "2026-12-04",
               .exit = 10,
               .status = NEEDED,
               .action = A::refer,
               .rule = RuleId::rf_urgent,
               .plan = PlanCheck::no_sessions});
  t.push_back({.name = "night pain logged mid-plan -> RF-URGENT",
               .history = {with_symptom(green("2026-12-01", "S01-1"), S::night_pain)},
               .today = "2026-12-04",
               .exit = 10,
               .status = NEEDED,
               .action = A::refer,
               .rule = RuleId::rf_urgent,
               .plan = PlanCheck::no_sessions});
  t.push_back({.name = "dizziness logged mid-plan -> SCR-INPLAN, exit 10",
               .history = {green("2026-12-01", "S01-1"),
                           with_symptom(green("2026-12-03", "S01-2"), S::dizziness)},
               .today = "2026-12-04",
               .exit = 10,
               .status = NEEDED,
               .action = A::refer,
               .rule = RuleId::scr_inplan,
               .plan = PlanCheck::no_sessions});
  t.push_back({.name = "fever logged, clearance dated after it -> continues, not counted",
               .mutate = cleared("2026-12-02"),
               .history = {with_symptom(green("2026-12-01", "S01-1"), S::fever)},
               .today = "2026-12-03",
               .exit = 0,
               .status = CLEAR,
               .action = A::continue_stage,
               .rule = RuleId::clr_lift,
               .stage = "S01",
               .plan = PlanCheck::has_jogs,
               .extra = [](const Assessment& a) {
                 REQUIRE(a.trail.size() == 1);
                 CHECK(a.trail[0].rule == RuleId::sign_nocount);
                 CHECK(a.greens_in_stage == 0);
               }});
  t.push_back({.name = "fever logged, clearance dated before it -> refer",
               .mutate = cleared("2026-11-20"),
               .history = {with_symptom(green("2026-12-01", "S01-1"), S::fever)},
               .today = "2026-12-03",
               .exit = 10,
               .status = NEEDED,
               .action = A::refer,
               .rule = RuleId::rf_urgent,
               .plan = PlanCheck::no_sessions});
  t.push_back({.name = "dizziness logged, clearance dated after it -> continues, not counted",
               .mutate = cleared("2026-12-02"),
               .history = {with_symptom(green("2026-12-01", "S01-1"), S::dizziness)},
               .today = "2026-12-03",
               .exit = 0,
               .status = CLEAR,
               .action = A::continue_stage,
               .rule = RuleId::clr_lift,
               .extra = [](const Assessment& a) {
                 REQUIRE(a.trail.size() == 1);
                 CHECK(a.trail[0].rule == RuleId::sign_nocount);
                 CHECK(render::say(a.trail[0].effect).find("SCR-INPLAN") != std::string::npos);
               }});
  t.push_back({.name = "saddle numbness logged, clearance dated after it -> still emergency",
               .mutate = cleared("2026-12-02"),
               .history = {with_symptom(green("2026-12-01", "S01-1"), S::saddle_numbness)},
               .today = "2026-12-03",
               .exit = 11,
               .status = URGENT,
               .action = A::emergency,
               .rule = RuleId::rf_emerg,
               .plan = PlanCheck::no_sessions});
  // Spec: "Any red-flag symptom in a log entry -> RF-* as at
  // screening" and RF-EMERG means exit 11 and no plan; a pause must not hide it.
  t.push_back({.name = "saddle numbness logged while paused -> RF-EMERG, exit 11",
               .mutate = lapsed(),
               .history = {red("2026-12-01", "S05-1"), red("2026-12-04", "S04-1"),
                           with_symptom(green("2026-12-06", "S03-1"), S::saddle_numbness)},
               .today = "2026-12-07",
               .exit = 11,
               .status = URGENT,
               .action = A::emergency,
               .rule = RuleId::rf_emerg,
               .plan = PlanCheck::no_sessions});

  // entries dated after today
  t.push_back({.name = "only entry is dated after today -> HIST-FUTURE, start",
               .history = {green("2026-12-05", "S01-1")},
               .today = "2026-12-01",
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::entry_start,
               .stage = "S01",
               .extra = [](const Assessment& a) {
                 CHECK(trail_has(a, RuleId::hist_future));
                 CHECK(a.greens_in_stage == 0);
               }});
  t.push_back({.name = "GREEN today + GREEN dated tomorrow -> only one counted",
               .history = {green("2026-12-01", "S01-1"), green("2026-12-02", "S01-2")},
               .today = "2026-12-01",
               .exit = 0,
               .status = CLEAR,
               .action = A::continue_stage,
               .rule = RuleId::pain_green,
               .stage = "S01",
               .extra = [](const Assessment& a) {
                 CHECK(trail_has(a, RuleId::hist_future));
                 CHECK(a.greens_in_stage == 1);
               }});

  // walk-base
  t.push_back({.name = "walk-base: 11 GREEN walks -> continue at W06",
               .mutate = [](Profile& p) { p.activity.brisk_walk_minutes_pain_free = 20; },
               .history = greens("2026-11-01", 'W', 1, 11),
               .today = "2026-11-23",
               .exit = 0,
               .status = CLEAR,
               .action = A::continue_stage,
               .rule = RuleId::pain_green,
               .program_after = "walk-base",
               .stage = "W06",
               .plan = PlanCheck::walk_only});
  t.push_back({.name = "walk-base: W06 twice GREEN -> WALK-GRADUATE to back-care S01",
               .mutate = [](Profile& p) { p.activity.brisk_walk_minutes_pain_free = 20; },
               .history = greens("2026-11-01", 'W', 1, 12),
               .today = "2026-11-24",
               .exit = 0,
               .status = CLEAR,
               .action = A::progress,
               .rule = RuleId::walk_graduate,
               .program_after = "back-care",
               .stage = "S01",
               .plan = PlanCheck::has_jogs});
  t.push_back(
      {.name = "acute walk-base: AMBER at W02 -> repeat W02",
       .mutate = [](Profile& p) { p.back_pain.duration_weeks = 3; },
       .history = concat(greens("2026-11-01", 'W', 1, 2), {entry("2026-11-05", "W02-1", 4)}),
       .today = "2026-11-06",
       .exit = 0,
       .status = CLEAR,
       .action = A::repeat,
       .rule = RuleId::pain_amber,
       .program_after = "walk-base",
       .stage = "W02",
       .plan = PlanCheck::walk_only});
  // Spec: the clearance "may forbid running (walk-base only)"; finishing
  // walk-base must not move this person on to back-care's jogging.
  t.push_back({.name = "walking-only clearance: 12 GREEN walks never lead to jogging",
               .mutate = cleared("2026-10-20", std::nullopt, false),
               .history = greens("2026-11-01", 'W', 1, 12),
               .today = "2026-11-24",
               .exit = 0,
               .status = CLEAR,
               .program_after = "walk-base",
               .plan = PlanCheck::walk_only});
  // Spec: SCR-AGE45 asks for clearance "before jog stages"; exit 10 means
  // "no jog session was produced". Without a clearance, graduation must not add jogs.
  t.push_back({.name = "age 46 uncleared: 12 GREEN walks never lead to jogging",
               .mutate = age(46),
               .history = greens("2026-11-01", 'W', 1, 12),
               .today = "2026-11-24",
               .exit = 10,
               .status = NEEDED,
               .program_after = "walk-base",
               .plan = PlanCheck::walk_only});
  // Below-knee leg pain -> "walk-base until cleared": without a running clearance,
  // graduation must not add jogs.
  t.push_back(
      {.name = "below-knee leg pain uncleared: 12 GREEN walks never lead to jogging",
       .mutate = [](Profile& p) { p.back_pain.leg_symptoms = LegSymptoms::below_knee_one_side; },
       .history = greens("2026-11-01", 'W', 1, 12),
       .today = "2026-11-24",
       .exit = 10,
       .status = NEEDED,
       .program_after = "walk-base",
       .plan = PlanCheck::walk_only});

  // history order does not matter
  t.push_back({.name = "history out of order gives the sorted result (GREEN, RED, GREEN)",
               .mutate = lapsed(),
               .history = {green("2026-12-06", "S04-1"), red("2026-12-03", "S05-2"),
                           green("2026-12-01", "S05-1")},
               .today = "2026-12-07",
               .exit = 0,
               .status = CLEAR,
               .action = A::continue_stage,
               .rule = RuleId::pain_green,
               .stage = "S04",
               .extra = [](const Assessment& a) {
                 REQUIRE(a.trail.size() == 3);
                 CHECK(a.trail[0].date == day("2026-12-01"));
                 CHECK(a.trail[1].rule == RuleId::pain_red);
                 CHECK(a.trail[2].date == day("2026-12-06"));
               }});
  t.push_back({.name = "history out of order: two GREENs reversed -> progress",
               .history = {green("2026-12-03", "S01-2"), green("2026-12-01", "S01-1")},
               .today = "2026-12-04",
               .exit = 0,
               .status = CLEAR,
               .action = A::progress,
               .rule = RuleId::prog_2,
               .stage = "S02"});
}

}  // namespace scenarios
