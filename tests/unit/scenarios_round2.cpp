// Scenario rows for the clinical rules, round 2 (issue 12): each item with its boundary.
#include "scenarios.hpp"

namespace scenarios {
namespace {

using A = Action;
using Q = Question;
using R = RunningHistory;
using S = Symptom;

// A completed session with pain during 2 and pain after `after` (usual 3).
HistoryEntry after_pain(const char* date, const char* session, int after) {
  HistoryEntry e = entry(date, session, 2);
  e.pain_after = after;
  return e;
}

Mutation below_knee() {
  return [](Profile& p) { p.back_pain.leg_symptoms = LegSymptoms::below_knee_one_side; };
}

bool has_finding(const Assessment& a, RuleId rule) {
  return std::ranges::any_of(a.screening.findings,
                             [&](const Finding& f) { return f.rule == rule; });
}

void add_clearance_date_rows(std::vector<Scenario>& t) {
  t.push_back(
      {.name = "heart finding, clearance dated today -> lifted",
       .mutate = all_of({yes(Q::heart_condition_or_high_bp), cleared("2026-12-01")}),
       .exit = 0,
       .status = CLEAR,
       .action = A::start,
       .rule = RuleId::entry_start,
       .stage = "S01",
       .plan = PlanCheck::has_jogs,
       .extra = [](const Assessment& a) { CHECK_FALSE(has_finding(a, RuleId::clr_future)); }});
  t.push_back({.name = "heart finding, clearance dated tomorrow -> CLR-FUTURE, lifts nothing",
               .mutate = all_of({yes(Q::heart_condition_or_high_bp), cleared("2026-12-02")}),
               .exit = 10,
               .status = NEEDED,
               .action = A::refer,
               .rule = RuleId::scr_heart,
               .plan = PlanCheck::no_sessions,
               .extra = [](const Assessment& a) {
                 CHECK(has_finding(a, RuleId::clr_future));
                 CHECK(std::ranges::none_of(a.screening.findings, &Finding::lifted));
               }});
  const std::vector<HistoryEntry> two_reds = {red("2026-12-01", "S05-1"),
                                              red("2026-12-04", "S04-1")};
  t.push_back({.name = "pause, clearance dated today -> resumes",
               .mutate = all_of({lapsed(), cleared("2026-12-08")}),
               .history = two_reds,
               .today = "2026-12-08",
               .exit = 0,
               .status = CLEAR,
               .action = A::continue_stage,
               .rule = RuleId::clr_lift,
               .stage = "S03"});
  t.push_back({.name = "pause, clearance dated tomorrow -> still paused",
               .mutate = all_of({lapsed(), cleared("2026-12-09")}),
               .history = two_reds,
               .today = "2026-12-08",
               .exit = 10,
               .status = CLEAR,
               .action = A::pause,
               .rule = RuleId::pause_2red,
               .plan = PlanCheck::no_sessions,
               .extra = [](const Assessment& a) { CHECK(has_finding(a, RuleId::clr_future)); }});
  t.push_back({.name = "below-knee leg pain, running clearance dated today -> back-care",
               .mutate = all_of({below_knee(), cleared("2026-12-01")}),
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .program_after = "back-care",
               .stage = "S01",
               .plan = PlanCheck::has_jogs});
  t.push_back({.name = "below-knee leg pain, running clearance dated tomorrow -> walking lock",
               .mutate = all_of({below_knee(), cleared("2026-12-02")}),
               .exit = 10,
               .status = NEEDED,
               .action = A::start,
               .rule = RuleId::entry_leg,
               .program_after = "walk-base",
               .plan = PlanCheck::walk_only});
}

void add_sign_and_pain_rows(std::vector<Scenario>& t) {
  t.push_back({.name = "dizziness on the would-be second GREEN, cleared after -> not counted",
               .mutate = cleared("2026-12-04"),
               .history = {green("2026-12-01", "S01-1"),
                           with_symptom(green("2026-12-03", "S01-2"), S::dizziness)},
               .today = "2026-12-05",
               .exit = 0,
               .status = CLEAR,
               .action = A::continue_stage,
               .rule = RuleId::clr_lift,
               .stage = "S01",
               .extra = [](const Assessment& a) {
                 REQUIRE(a.trail.size() == 2);  // the sign's session appears once
                 CHECK(a.trail[1].rule == RuleId::sign_nocount);
                 CHECK_FALSE(trail_has(a, RuleId::prog_2));
                 CHECK(a.greens_in_stage == 0);
               }});
  struct AfterRow {
    int after;
    A action;
    RuleId rule;
  };
  for (auto [after, action, rule] :
       {AfterRow{3, A::continue_stage, RuleId::pain_green},
        AfterRow{4, A::repeat, RuleId::pain_amber}, AfterRow{5, A::repeat, RuleId::pain_amber}}) {
    t.push_back({.name = fmt::format("pain after {} (during 2) -> {}", after, rule_key(rule)),
                 .history = {after_pain("2026-12-01", "S01-1", after)},
                 .today = "2026-12-02",
                 .exit = 0,
                 .status = CLEAR,
                 .action = action,
                 .rule = rule,
                 .stage = "S01"});
  }
  t.push_back({.name = "pain after 6 (during 2) -> RED",
               .mutate = lapsed(),
               .history = {after_pain("2026-12-01", "S05-1", 6)},
               .today = "2026-12-05",
               .exit = 0,
               .status = CLEAR,
               .action = A::regress,
               .rule = RuleId::pain_red,
               .stage = "S04"});
  struct CapRow {
    int cap;
    int after;
    bool red;
    RuleId rule;
  };
  for (auto [cap, after, is_red, rule] :
       {CapRow{2, 2, false, RuleId::pain_green}, CapRow{2, 3, true, RuleId::clr_cap},
        CapRow{4, 4, false, RuleId::pain_green}, CapRow{4, 5, true, RuleId::clr_cap},
        CapRow{5, 5, false, RuleId::pain_green}, CapRow{5, 6, true, RuleId::pain_red}}) {
    HistoryEntry e = entry("2026-12-01", is_red ? "S05-1" : "S01-1", std::min(cap, 2));
    e.pain_after = after;
    t.push_back({.name = fmt::format("cap {}, pain after {} -> {}", cap, after, rule_key(rule)),
                 .mutate = is_red ? all_of({lapsed(), cleared("2026-11-20", cap)})
                                  : cleared("2026-11-20", cap),
                 .history = {e},
                 .today = "2026-12-05",
                 .exit = 0,
                 .status = CLEAR,
                 .action = is_red ? A::regress : A::continue_stage,
                 .rule = rule,
                 .stage = is_red ? "S04" : "S01"});
  }
}

void add_day_and_review_rows(std::vector<Scenario>& t) {
  t.push_back({.name = "two GREEN sessions on one date -> only one counts",
               .history = {green("2026-12-01", "S01-1"), green("2026-12-01", "S01-2")},
               .today = "2026-12-02",
               .exit = 0,
               .status = CLEAR,
               .action = A::continue_stage,
               .rule = RuleId::pain_green,
               .stage = "S01",
               .extra = [](const Assessment& a) {
                 CHECK(a.greens_in_stage == 1);
                 REQUIRE(a.trail.size() == 2);
                 CHECK(a.trail[1].rule == RuleId::prog_one_a_day);
               }});
  t.push_back({.name = "two GREEN on one date, a third the next session -> progress",
               .history = {green("2026-12-01", "S01-1"), green("2026-12-01", "S01-2"),
                           green("2026-12-03", "S01-2")},
               .today = "2026-12-04",
               .exit = 0,
               .status = CLEAR,
               .action = A::progress,
               .rule = RuleId::prog_2,
               .stage = "S02"});
  t.push_back({.name = "GREEN then RED on one date -> the RED still counts",
               .mutate = lapsed(),
               .history = {green("2026-12-01", "S05-1"), red("2026-12-01", "S05-2")},
               .today = "2026-12-05",
               .exit = 0,
               .status = CLEAR,
               .action = A::regress,
               .rule = RuleId::pain_red,
               .stage = "S04"});
  auto ambers = [](std::initializer_list<const char*> dates) {
    std::vector<HistoryEntry> list;
    for (const char* date : dates) {
      list.push_back(entry(date, "S01-1", 4));
    }
    return list;
  };
  t.push_back({.name = "AMBER 3 times in a row (4 days) -> repeat",
               .history = ambers({"2026-12-01", "2026-12-03", "2026-12-05"}),
               .today = "2026-12-06",
               .exit = 0,
               .status = CLEAR,
               .action = A::repeat,
               .rule = RuleId::pain_amber,
               .stage = "S01"});
  t.push_back({.name = "AMBER 4 times in a row -> REVIEW-AMBER, plan goes on",
               .history = ambers({"2026-12-01", "2026-12-03", "2026-12-05", "2026-12-07"}),
               .today = "2026-12-08",
               .exit = 0,
               .status = CLEAR,
               .action = A::review,
               .rule = RuleId::review_amber,
               .stage = "S01",
               .plan = PlanCheck::has_jogs});
  t.push_back({.name = "AMBER at one stage over 13 days -> repeat",
               .history = ambers({"2026-12-01", "2026-12-07", "2026-12-14"}),
               .today = "2026-12-15",
               .exit = 0,
               .status = CLEAR,
               .action = A::repeat,
               .rule = RuleId::pain_amber});
  t.push_back({.name = "AMBER at one stage over 14 days -> REVIEW-AMBER",
               .history = ambers({"2026-12-01", "2026-12-08", "2026-12-15"}),
               .today = "2026-12-16",
               .exit = 0,
               .status = CLEAR,
               .action = A::review,
               .rule = RuleId::review_amber});
  t.push_back({.name = "AMBER 4 times, then GREEN -> no review",
               .history = concat(ambers({"2026-12-01", "2026-12-03", "2026-12-05", "2026-12-07"}),
                                 {green("2026-12-09", "S01-1")}),
               .today = "2026-12-10",
               .exit = 0,
               .status = CLEAR,
               .action = A::continue_stage,
               .rule = RuleId::pain_green});
}

void add_entry_rows(std::vector<Scenario>& t) {
  t.push_back(
      {.name = "age 62, lapsed runner, high blood pressure, cleared -> CLR-STAGE1",
       .mutate = all_of({age(62, R::lapsed), yes(Q::heart_condition_or_high_bp), cleared()}),
       .exit = 0,
       .status = CLEAR,
       .action = A::start,
       .rule = RuleId::clr_stage1,
       .program_after = "back-care",
       .stage = "S01",
       .plan = PlanCheck::has_jogs});
  t.push_back({.name = "current runner, long-term condition, cleared -> CLR-STAGE1",
               .mutate = all_of({age(40, R::current), yes(Q::chronic_condition), cleared()}),
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::clr_stage1,
               .stage = "S01"});
  t.push_back({.name = "lapsed runner, spine finding cleared -> lapsed entry still allowed",
               .mutate = all_of({lapsed(), yes(Q::spondylolisthesis_or_fracture), cleared()}),
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::entry_lapsed,
               .stage = "S05"});
  // BMI as a person reads it: 30.04 rounds to 30.0 (not over 30), 30.06 to 30.1.
  t.push_back({.name = "BMI 30.04 reads 30.0, lapsed -> no BMI cap",
               .mutate = bmi(120.16, R::lapsed),
               .exit = 0,
               .status = CLEAR,
               .rule = RuleId::entry_lapsed,
               .stage = "S05"});
  t.push_back({.name = "BMI 30.06 reads 30.1, lapsed -> BMI cap",
               .mutate = bmi(120.24, R::lapsed),
               .exit = 0,
               .status = CLEAR,
               .rule = RuleId::entry_bmi});
}

}  // namespace

void add_round2_rows(std::vector<Scenario>& t) {
  add_clearance_date_rows(t);
  add_sign_and_pain_rows(t);
  add_day_and_review_rows(t);
  add_entry_rows(t);
}

}  // namespace scenarios
