// Scenario rows: the pain log replay, one session at a time (zones, progression, the cap).
#include "scenarios.hpp"

namespace scenarios {

void add_history_rows(std::vector<Scenario>& t) {
  using A = Action;
  using S = Symptom;

  // ---------- pain monitoring: one session (base profile, usual 3, stage S01) ----------
  t.push_back({.name = "pain during 3 -> GREEN, continue (1 of 2)",
               .history = {entry("2026-12-01", "S01-1", 3)},
               .today = "2026-12-02",
               .exit = 0,
               .status = CLEAR,
               .action = A::continue_stage,
               .rule = RuleId::pain_green,
               .program_after = "back-care",
               .stage = "S01",
               .plan = PlanCheck::has_jogs,
               .extra = [](const Assessment& a) {
                 CHECK(a.greens_in_stage == 1);
                 REQUIRE(a.trail.size() == 1);
                 CHECK(a.trail[0].zone == Zone::green);
               }});
  t.push_back({.name = "pain during 4 -> AMBER, repeat",
               .history = {entry("2026-12-01", "S01-1", 4)},
               .today = "2026-12-02",
               .exit = 0,
               .status = CLEAR,
               .action = A::repeat,
               .rule = RuleId::pain_amber,
               .stage = "S01",
               .extra = [](const Assessment& a) {
                 CHECK(a.greens_in_stage == 0);
                 REQUIRE(a.trail.size() == 1);
                 CHECK(a.trail[0].zone == Zone::amber);
               }});
  t.push_back({.name = "pain during 5 -> AMBER, repeat",
               .history = {entry("2026-12-01", "S01-1", 5)},
               .today = "2026-12-02",
               .exit = 0,
               .status = CLEAR,
               .action = A::repeat,
               .rule = RuleId::pain_amber,
               .stage = "S01"});
  t.push_back({.name = "pain during 6 -> RED; after the 48 h, regress one stage (S05 -> S04)",
               .mutate = lapsed(),
               .history = {entry("2026-12-01", "S05-1", 6)},
               .today = "2026-12-04",
               .exit = 0,
               .status = CLEAR,
               .action = A::regress,
               .rule = RuleId::pain_red,
               .program_after = "back-care",
               .stage = "S04",
               .plan = PlanCheck::has_jogs,
               .extra = [](const Assessment& a) {
                 REQUIRE(a.trail.size() == 1);
                 CHECK(a.trail[0].zone == Zone::red);
               }});
  t.push_back({.name = "pain during 6 -> RED; same day -> 48 h relative rest",
               .mutate = lapsed(),
               .history = {entry("2026-12-01", "S05-1", 6)},
               .today = "2026-12-01",
               .exit = 0,
               .status = CLEAR,
               .action = A::rest,
               .rule = RuleId::pain_red,
               .stage = "S04",
               .extra = [](const Assessment& a) {
                 REQUIRE(a.not_before.has_value());
                 CHECK(*a.not_before == day("2026-12-03"));
               }});
  t.push_back({.name = "pain during 6 -> RED; next day -> still resting",
               .mutate = lapsed(),
               .history = {entry("2026-12-01", "S05-1", 6)},
               .today = "2026-12-02",
               .exit = 0,
               .status = CLEAR,
               .action = A::rest,
               .rule = RuleId::pain_red,
               .stage = "S04"});
  // AMBIGUOUS: the rest ends "48 h" after the RED day; the code allows sessions again on
  // day + 2, which this row pins down.
  t.push_back({.name = "pain during 6 -> RED; two days later the rest is over -> regress",
               .mutate = lapsed(),
               .history = {entry("2026-12-01", "S05-1", 6)},
               .today = "2026-12-03",
               .exit = 0,
               .status = CLEAR,
               .action = A::regress,
               .rule = RuleId::pain_red,
               .stage = "S04"});
  t.push_back({.name = "RED build_plan: no session inside the 48 h rest",
               .mutate = lapsed(),
               .history = {entry("2026-12-01", "S05-1", 6)},
               .today = "2026-12-01",
               .exit = 0,
               .status = CLEAR,
               .action = A::rest,
               .rule = RuleId::pain_red,
               .stage = "S04",
               .plan = PlanCheck::has_jogs});

  // next morning: usual / usual + 1 / usual + 2
  t.push_back({.name = "next morning = usual -> GREEN",
               .history = {entry("2026-12-01", "S01-1", 2, 3)},
               .today = "2026-12-02",
               .exit = 0,
               .status = CLEAR,
               .action = A::continue_stage,
               .rule = RuleId::pain_green,
               .stage = "S01"});
  t.push_back({.name = "next morning below usual -> GREEN",
               .history = {entry("2026-12-01", "S01-1", 2, 1)},
               .today = "2026-12-02",
               .exit = 0,
               .status = CLEAR,
               .action = A::continue_stage,
               .rule = RuleId::pain_green,
               .stage = "S01"});
  t.push_back({.name = "next morning = usual + 1 -> AMBER",
               .history = {entry("2026-12-01", "S01-1", 2, 4)},
               .today = "2026-12-02",
               .exit = 0,
               .status = CLEAR,
               .action = A::repeat,
               .rule = RuleId::pain_amber,
               .stage = "S01"});
  // AMBIGUOUS: the spec's AMBER is "above usual but settled within 24 h" and RED "worse
  // and not settled"; with one next-morning score the code draws the line at usual + 2.
  t.push_back({.name = "next morning = usual + 2 -> RED, regress",
               .mutate = lapsed(),
               .history = {entry("2026-12-01", "S05-1", 2, 5)},
               .today = "2026-12-05",
               .exit = 0,
               .status = CLEAR,
               .action = A::regress,
               .rule = RuleId::pain_red,
               .stage = "S04"});
  // pain before: usual + 1 / usual + 2
  t.push_back({.name = "pain before = usual + 1 -> still GREEN",
               .history = {pain_before(entry("2026-12-01", "S01-1", 2), 4)},
               .today = "2026-12-02",
               .exit = 0,
               .status = CLEAR,
               .action = A::continue_stage,
               .rule = RuleId::pain_green,
               .stage = "S01"});
  // AMBIGUOUS: the spec's "before" check (pain <= usual + 1, else walk only today) is a
  // checkpoint; the code also makes a session started above usual + 1 AMBER.
  t.push_back({.name = "pain before = usual + 2 -> AMBER",
               .history = {pain_before(entry("2026-12-01", "S01-1", 2), 5)},
               .today = "2026-12-02",
               .exit = 0,
               .status = CLEAR,
               .action = A::repeat,
               .rule = RuleId::pain_amber,
               .stage = "S01"});

  // RED symptoms with low pain
  for (auto [symptom, label] :
       std::vector<std::pair<Symptom, const char*>>{{S::sharp_pain, "sharp pain"},
                                                    {S::limp, "a limp"},
                                                    {S::new_leg_pain, "new leg pain"},
                                                    {S::numbness, "numbness"},
                                                    {S::tingling, "tingling"}}) {
    t.push_back({.name = fmt::format("{} logged with pain 2 -> RED, regress", label),
                 .mutate = lapsed(),
                 .history = {with_symptom(entry("2026-12-01", "S05-1", 2), symptom)},
                 .today = "2026-12-05",
                 .exit = 0,
                 .status = CLEAR,
                 .action = A::regress,
                 .rule = RuleId::pain_red,
                 .stage = "S04"});
  }
  t.push_back({.name = "stopped early with pain 2 -> AMBER, repeat",
               .history = {stopped_early(entry("2026-12-01", "S01-1", 2))},
               .today = "2026-12-02",
               .exit = 0,
               .status = CLEAR,
               .action = A::repeat,
               .rule = RuleId::pain_amber,
               .stage = "S01"});

  // progression
  t.push_back({.name = "two GREEN -> progress to S02 (PROG-2)",
               .history = {green("2026-12-01", "S01-1"), green("2026-12-03", "S01-2")},
               .today = "2026-12-04",
               .exit = 0,
               .status = CLEAR,
               .action = A::progress,
               .rule = RuleId::prog_2,
               .program_after = "back-care",
               .stage = "S02",
               .plan = PlanCheck::has_jogs,
               .extra = [](const Assessment& a) { CHECK(a.greens_in_stage == 0); }});
  t.push_back({.name = "one GREEN -> continue",
               .history = {green("2026-12-01", "S01-1")},
               .today = "2026-12-02",
               .exit = 0,
               .status = CLEAR,
               .action = A::continue_stage,
               .rule = RuleId::pain_green,
               .stage = "S01"});
  t.push_back({.name = "GREEN then AMBER -> repeat, no progress",
               .history = {green("2026-12-01", "S01-1"), entry("2026-12-03", "S01-2", 4)},
               .today = "2026-12-04",
               .exit = 0,
               .status = CLEAR,
               .action = A::repeat,
               .rule = RuleId::pain_amber,
               .stage = "S01"});
  // AMBIGUOUS: "after two GREEN sessions of a stage, progress" vs "AMBER: repeat, do not
  // progress [until GREEN]"; the code keeps the first GREEN across an AMBER.
  t.push_back({.name = "GREEN, AMBER, GREEN -> progress (two GREENs at the stage)",
               .history = {green("2026-12-01", "S01-1"), entry("2026-12-03", "S01-2", 4),
                           green("2026-12-05", "S01-2")},
               .today = "2026-12-06",
               .exit = 0,
               .status = CLEAR,
               .action = A::progress,
               .rule = RuleId::prog_2,
               .stage = "S02"});
  t.push_back({.name = "RED then GREEN -> continue one stage back",
               .mutate = lapsed(),
               .history = {red("2026-12-01", "S05-1"), green("2026-12-04", "S04-1")},
               .today = "2026-12-05",
               .exit = 0,
               .status = CLEAR,
               .action = A::continue_stage,
               .rule = RuleId::pain_green,
               .stage = "S04"});
  t.push_back({.name = "c25k-classic lapsed runner finishes the program (PROG-2 at S09)",
               .mutate = lapsed(),
               .history = greens("2026-11-01", 'S', 3, 14),
               .today = "2026-11-30",
               .program = "c25k-classic",
               .exit = 0,
               .status = CLEAR,
               .action = A::progress,
               .rule = RuleId::prog_2,
               .program_after = "c25k-classic",
               .stage = "done"});

  // clinician's cap on pain during
  t.push_back({.name = "cap 2, pain during 2 -> GREEN",
               .mutate = cleared("2026-11-20", 2),
               .history = {entry("2026-12-01", "S01-1", 2)},
               .today = "2026-12-02",
               .exit = 0,
               .status = CLEAR,
               .action = A::continue_stage,
               .rule = RuleId::pain_green});
  t.push_back({.name = "cap 2, pain during 3 -> RED",
               .mutate = all_of({lapsed(), cleared("2026-11-20", 2)}),
               .history = {entry("2026-12-01", "S05-1", 3)},
               .today = "2026-12-05",
               .exit = 0,
               .status = CLEAR,
               .action = A::regress,
               .rule = RuleId::clr_cap,
               .stage = "S04"});
  t.push_back({.name = "cap 4, pain during 3 -> GREEN",
               .mutate = cleared("2026-11-20", 4),
               .history = {entry("2026-12-01", "S01-1", 3)},
               .today = "2026-12-02",
               .exit = 0,
               .status = CLEAR,
               .action = A::continue_stage,
               .rule = RuleId::pain_green});
  t.push_back({.name = "cap 4, pain during 4 -> GREEN (the cap replaces 3)",
               .mutate = cleared("2026-11-20", 4),
               .history = {entry("2026-12-01", "S01-1", 4)},
               .today = "2026-12-02",
               .exit = 0,
               .status = CLEAR,
               .action = A::continue_stage,
               .rule = RuleId::pain_green});
  t.push_back({.name = "cap 4, pain during 5 -> RED",
               .mutate = all_of({lapsed(), cleared("2026-11-20", 4)}),
               .history = {entry("2026-12-01", "S05-1", 5)},
               .today = "2026-12-05",
               .exit = 0,
               .status = CLEAR,
               .action = A::regress,
               .rule = RuleId::clr_cap,
               .stage = "S04"});
  t.push_back({.name = "cap 5, pain during 5 -> GREEN",
               .mutate = cleared("2026-11-20", 5),
               .history = {entry("2026-12-01", "S01-1", 5)},
               .today = "2026-12-02",
               .exit = 0,
               .status = CLEAR,
               .action = A::continue_stage,
               .rule = RuleId::pain_green});
  t.push_back({.name = "cap 5, pain during 6 -> RED (PAIN-RED: above the default too)",
               .mutate = all_of({lapsed(), cleared("2026-11-20", 5)}),
               .history = {entry("2026-12-01", "S05-1", 6)},
               .today = "2026-12-05",
               .exit = 0,
               .status = CLEAR,
               .action = A::regress,
               .rule = RuleId::pain_red,
               .stage = "S04"});
}

std::vector<Scenario> build_table() {
  std::vector<Scenario> t;
  add_screening_rows(t);
  add_history_rows(t);
  add_plan_history_rows(t);
  add_round2_rows(t);
  add_pending_rows(t);
  return t;
}

}  // namespace scenarios
