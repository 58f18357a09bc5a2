// Scenario rows: baseline, entry points and screening (profile answers).
#include "scenarios.hpp"

namespace scenarios {

void add_screening_rows(std::vector<Scenario>& t) {
  using A = Action;
  using Q = Question;
  using R = RunningHistory;

  // ---------- baseline and entry point ----------
  t.push_back({.name = "baseline: chronic, clear, no history -> back-care S01",
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::entry_start,
               .program_after = "back-care",
               .stage = "S01",
               .plan = PlanCheck::has_jogs});
  t.push_back({.name = "lapsed runner enters a quarter of the way in (S05)",
               .mutate = lapsed(),
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::entry_lapsed,
               .program_after = "back-care",
               .stage = "S05",
               .plan = PlanCheck::has_jogs});

  // age 45/46, not used to vigorous exercise
  t.push_back({.name = "age 45, never run -> no age finding",
               .mutate = age(45),
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::entry_start,
               .program_after = "back-care",
               .stage = "S01",
               .plan = PlanCheck::has_jogs});
  t.push_back({.name = "age 46, never run -> SCR-AGE45, walking only, exit 10",
               .mutate = age(46),
               .exit = 10,
               .status = NEEDED,
               .action = A::start,
               .rule = RuleId::scr_age45,
               .program_after = "walk-base",
               .stage = "W01",
               .plan = PlanCheck::walk_only});
  t.push_back({.name = "age 46, lapsed runner -> SCR-AGE45",
               .mutate = age(46, R::lapsed),
               .exit = 10,
               .status = NEEDED,
               .action = A::start,
               .rule = RuleId::scr_age45,
               .program_after = "walk-base",
               .stage = "W01",
               .plan = PlanCheck::walk_only});
  t.push_back({.name = "age 45, lapsed runner -> ENTRY-LAPSED",
               .mutate = age(45, R::lapsed),
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::entry_lapsed,
               .program_after = "back-care",
               .stage = "S05",
               .plan = PlanCheck::has_jogs});
  t.push_back({.name = "age 46, current runner -> no age finding",
               .mutate = age(46, R::current),
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::entry_lapsed,
               .program_after = "back-care",
               .stage = "S05",
               .plan = PlanCheck::has_jogs});
  t.push_back({.name = "age 46, never run, cleared -> SCR-AGE45 lifted",
               .mutate = all_of({age(46), cleared()}),
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::entry_start,
               .program_after = "back-care",
               .stage = "S01",
               .plan = PlanCheck::has_jogs,
               .extra = [](const Assessment& a) {
                 REQUIRE(a.screening.findings.size() == 1);
                 CHECK(a.screening.findings[0].rule == RuleId::scr_age45);
                 CHECK(a.screening.findings[0].lifted);
               }});
  t.push_back({.name = "age 46, cleared for walking only -> CLR-WALK",
               .mutate = all_of({age(46), cleared("2026-11-20", std::nullopt, false)}),
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::clr_walk,
               .program_after = "walk-base",
               .stage = "W01",
               .plan = PlanCheck::walk_only});

  // age 50/51 and 19/20 with new pain (< 12 weeks); current runners so SCR-AGE45 stays out
  t.push_back({.name = "age 50, new pain (11 weeks) -> no age red flag",
               .mutate = age(50, R::current, 11),
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::entry_lapsed,
               .program_after = "back-care",
               .stage = "S05"});
  t.push_back({.name = "age 51, new pain (11 weeks) -> RF-URGENT",
               .mutate = age(51, R::current, 11),
               .exit = 10,
               .status = NEEDED,
               .action = A::refer,
               .rule = RuleId::rf_urgent,
               .plan = PlanCheck::no_sessions});
  t.push_back({.name = "age 51, pain for 12 weeks (not new) -> no age red flag",
               .mutate = age(51, R::current, 12),
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::entry_lapsed,
               .program_after = "back-care",
               .stage = "S05"});
  t.push_back({.name = "age 51, new pain, cleared -> RF-URGENT lifted",
               .mutate = all_of({age(51, R::current, 11), cleared()}),
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::entry_lapsed,
               .program_after = "back-care",
               .plan = PlanCheck::has_jogs});
  t.push_back({.name = "age 19, new pain (11 weeks) -> RF-URGENT",
               .mutate = age(19, R::none, 11),
               .exit = 10,
               .status = NEEDED,
               .action = A::refer,
               .rule = RuleId::rf_urgent,
               .plan = PlanCheck::no_sessions});
  t.push_back({.name = "age 20, new pain (11 weeks) -> no age red flag",
               .mutate = age(20, R::none, 11),
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::entry_start,
               .program_after = "back-care",
               .stage = "S01"});
  t.push_back({.name = "age 19, pain for 12 weeks (not new) -> no age red flag",
               .mutate = age(19, R::none, 12),
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::entry_start,
               .program_after = "back-care",
               .stage = "S01"});

  // BMI 30.0 / 30.1
  t.push_back({.name = "BMI 30.0, never run -> no BMI note",
               .mutate = bmi(120),
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::entry_start,
               .program_after = "back-care",
               .stage = "S01",
               .extra = [](const Assessment& a) { CHECK_FALSE(notes_mention(a, "ENTRY-BMI")); }});
  t.push_back({.name = "BMI 30.1, never run -> S01 already under 3 km, noted",
               .mutate = bmi(120.4),
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::entry_start,
               .program_after = "back-care",
               .stage = "S01",
               .extra = [](const Assessment& a) {
                 CHECK(notes_mention(a, "ENTRY-BMI"));
                 CHECK(first_week_jog_seconds(a) <= k_high_bmi_week1_jog_seconds);
               }});
  t.push_back({.name = "BMI 30.0, lapsed -> S05 (no cap)",
               .mutate = bmi(120, R::lapsed),
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::entry_lapsed,
               .program_after = "back-care",
               .stage = "S05"});
  t.push_back({.name = "BMI 30.1, lapsed -> capped below S05 to a stage under 3 km",
               .mutate = bmi(120.4, R::lapsed),
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::entry_bmi,
               .program_after = "back-care",
               .stage = "S03",
               .plan = PlanCheck::has_jogs,
               .extra = [](const Assessment& a) {
                 CHECK(first_week_jog_seconds(a) <= k_high_bmi_week1_jog_seconds);
               }});
  t.push_back({.name = "BMI 30.0, c25k-classic -> c25k-classic S01",
               .mutate = bmi(120),
               .program = "c25k-classic",
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::entry_start,
               .program_after = "c25k-classic",
               .stage = "S01"});
  t.push_back({.name = "BMI 30.1, c25k-classic (week 1 = 24 min jogging) -> back-care S01",
               .mutate = bmi(120.4),
               .program = "c25k-classic",
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::entry_bmi,
               .program_after = "back-care",
               .stage = "S01",
               .extra = [](const Assessment& a) {
                 CHECK(first_week_jog_seconds(a) <= k_high_bmi_week1_jog_seconds);
               }});
  t.push_back({.name = "BMI 30.0, lapsed, c25k-classic -> c25k-classic S03",
               .mutate = bmi(120, R::lapsed),
               .program = "c25k-classic",
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::entry_lapsed,
               .program_after = "c25k-classic",
               .stage = "S03"});
  t.push_back({.name = "BMI 30.1, lapsed, c25k-classic -> back-care S01",
               .mutate = bmi(120.4, R::lapsed),
               .program = "c25k-classic",
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::entry_bmi,
               .program_after = "back-care",
               .stage = "S01",
               .extra = [](const Assessment& a) {
                 CHECK(first_week_jog_seconds(a) <= k_high_bmi_week1_jog_seconds);
               }});

  // acute / flare / short walk / leg symptoms
  t.push_back({.name = "pain for 5 weeks (acute) -> walk-base",
               .mutate = [](Profile& p) { p.back_pain.duration_weeks = 5; },
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::entry_acute,
               .program_after = "walk-base",
               .stage = "W01",
               .plan = PlanCheck::walk_only});
  t.push_back({.name = "pain for 6 weeks (subacute) -> back-care",
               .mutate = [](Profile& p) { p.back_pain.duration_weeks = 6; },
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::entry_start,
               .program_after = "back-care",
               .stage = "S01"});
  t.push_back({.name = "flare: worst = usual + 3 -> walk-base",
               .mutate = [](Profile& p) { p.back_pain.worst_pain_last_week = 6; },
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::entry_acute,
               .program_after = "walk-base",
               .stage = "W01",
               .plan = PlanCheck::walk_only});
  t.push_back({.name = "worst = usual + 2 is not a flare -> back-care",
               .mutate = [](Profile& p) { p.back_pain.worst_pain_last_week = 5; },
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::entry_start,
               .program_after = "back-care",
               .stage = "S01"});
  t.push_back({.name = "pain-free brisk walk 29 min -> walk-base",
               .mutate = [](Profile& p) { p.activity.brisk_walk_minutes_pain_free = 29; },
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::entry_walk30,
               .program_after = "walk-base",
               .stage = "W01",
               .plan = PlanCheck::walk_only});
  t.push_back({.name = "pain-free brisk walk 30 min -> back-care",
               .mutate = [](Profile& p) { p.activity.brisk_walk_minutes_pain_free = 30; },
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::entry_start,
               .program_after = "back-care",
               .stage = "S01"});
  // ENTRY-LEG is "walk-base until cleared": a walk-only screening finding, so exit 10
  // ("a clinician must clear the person first ... a walking-only plan may be").
  t.push_back(
      {.name = "leg pain below the knee on one side, no clearance -> walk-base",
       .mutate = [](Profile& p) { p.back_pain.leg_symptoms = LegSymptoms::below_knee_one_side; },
       .exit = 10,
       .status = NEEDED,
       .action = A::start,
       .rule = RuleId::entry_leg,
       .program_after = "walk-base",
       .stage = "W01",
       .plan = PlanCheck::walk_only});
  t.push_back({.name = "leg pain below the knee on one side, cleared for running -> back-care",
               .mutate = all_of(
                   {[](Profile& p) { p.back_pain.leg_symptoms = LegSymptoms::below_knee_one_side; },
                    cleared()}),
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::entry_start,
               .program_after = "back-care",
               .stage = "S01",
               .plan = PlanCheck::has_jogs});
  t.push_back({.name = "leg pain below the knee on one side, cleared for walking only -> CLR-WALK",
               .mutate = all_of(
                   {[](Profile& p) { p.back_pain.leg_symptoms = LegSymptoms::below_knee_one_side; },
                    cleared("2026-11-20", std::nullopt, false)}),
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::clr_walk,
               .program_after = "walk-base",
               .stage = "W01",
               .plan = PlanCheck::walk_only});
  t.push_back({.name = "leg pain above the knee -> no entry restriction",
               .mutate = [](Profile& p) { p.back_pain.leg_symptoms = LegSymptoms::above_knee; },
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::entry_start,
               .program_after = "back-care",
               .stage = "S01"});
  t.push_back({.name = "symptoms in both legs -> RF-EMERG",
               .mutate = [](Profile& p) { p.back_pain.leg_symptoms = LegSymptoms::both_legs; },
               .exit = 11,
               .status = URGENT,
               .action = A::emergency,
               .rule = RuleId::rf_emerg,
               .plan = PlanCheck::no_sessions});
  t.push_back(
      {.name = "symptoms in both legs, with a clearance -> still RF-EMERG",
       .mutate = all_of(
           {[](Profile& p) { p.back_pain.leg_symptoms = LegSymptoms::both_legs; }, cleared()}),
       .exit = 11,
       .status = URGENT,
       .action = A::emergency,
       .rule = RuleId::rf_emerg,
       .plan = PlanCheck::no_sessions});
  t.push_back({.name = "clearance forbids running -> CLR-WALK walk-base",
               .mutate = cleared("2026-11-20", std::nullopt, false),
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::clr_walk,
               .program_after = "walk-base",
               .stage = "W01",
               .plan = PlanCheck::walk_only});
  t.push_back({.name = "clearance allows running, nothing to lift -> back-care",
               .mutate = cleared(),
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::entry_start,
               .program_after = "back-care",
               .stage = "S01",
               .plan = PlanCheck::has_jogs});

  // improving: false at 3 / 4 / 12 / 13 weeks
  auto not_improving = [](int weeks) {
    return [weeks](Profile& p) {
      p.back_pain.improving = false;
      p.back_pain.duration_weeks = weeks;
    };
  };
  t.push_back({.name = "not improving after 3 weeks -> acute walk-base, no red flag",
               .mutate = not_improving(3),
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::entry_acute,
               .program_after = "walk-base",
               .plan = PlanCheck::walk_only});
  t.push_back({.name = "not improving after 4 weeks -> RF-URGENT",
               .mutate = not_improving(4),
               .exit = 10,
               .status = NEEDED,
               .action = A::refer,
               .rule = RuleId::rf_urgent,
               .plan = PlanCheck::no_sessions});
  t.push_back({.name = "not improving after 12 weeks -> RF-URGENT",
               .mutate = not_improving(12),
               .exit = 10,
               .status = NEEDED,
               .action = A::refer,
               .rule = RuleId::rf_urgent,
               .plan = PlanCheck::no_sessions});
  t.push_back({.name = "not improving after 13 weeks (stable chronic) -> no flag",
               .mutate = not_improving(13),
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::entry_start,
               .program_after = "back-care",
               .stage = "S01"});
  t.push_back({.name = "not improving after 4 weeks, cleared -> lifted, acute walk-base",
               .mutate = all_of({not_improving(4), cleared()}),
               .exit = 0,
               .status = CLEAR,
               .action = A::start,
               .rule = RuleId::entry_acute,
               .program_after = "walk-base",
               .plan = PlanCheck::walk_only});

  // ---------- every screening answer alone, without and with a clearance ----------
  struct Answer {
    Question question;
    RuleId rule;
  };
  const std::vector<Answer> answers = {
      {Q::saddle_numbness, RuleId::rf_emerg},
      {Q::bladder_bowel_change, RuleId::rf_emerg},
      {Q::sexual_function_change, RuleId::rf_emerg},
      {Q::leg_weakness_worsening, RuleId::rf_emerg},
      {Q::major_trauma, RuleId::rf_emerg},
      {Q::minor_trauma_with_osteoporosis, RuleId::rf_emerg},
      {Q::chest_pain, RuleId::rf_emerg},
      {Q::fever, RuleId::rf_urgent},
      {Q::unexplained_weight_loss, RuleId::rf_urgent},
      {Q::cancer_history, RuleId::rf_urgent},
      {Q::night_pain_unrelieved, RuleId::rf_urgent},
      {Q::steroid_use_long_term, RuleId::rf_urgent},
      {Q::immunosuppressed_or_iv_drugs, RuleId::rf_urgent},
      {Q::thoracic_pain, RuleId::rf_urgent},
      {Q::deformity_or_lump, RuleId::rf_urgent},
      {Q::heart_condition_or_high_bp, RuleId::scr_heart},
      {Q::dizziness_or_fainting, RuleId::scr_dizzy},
      {Q::chronic_condition, RuleId::scr_chronic},
      {Q::medically_supervised_only, RuleId::scr_supervised},
      {Q::pregnant, RuleId::scr_pregnant},
      {Q::spondylolisthesis_or_fracture, RuleId::scr_spine},
      {Q::recent_spinal_surgery, RuleId::scr_spine},
  };
  for (const auto& [question, rule] : answers) {
    bool emergency = rule == RuleId::rf_emerg;
    std::string key(question_key(question));
    RuleId expected_rule = rule;
    t.push_back({.name = fmt::format("screening: {} alone -> {}", key, rule_key(rule)),
                 .mutate = yes(question),
                 .exit = emergency ? 11 : 10,
                 .status = emergency ? URGENT : NEEDED,
                 .action = emergency ? A::emergency : A::refer,
                 .rule = expected_rule,
                 .plan = PlanCheck::no_sessions,
                 .extra = [expected_rule](const Assessment& a) {
                   REQUIRE(a.screening.findings.size() == 1);
                   CHECK(a.screening.findings[0].rule == expected_rule);
                   CHECK_FALSE(a.screening.findings[0].lifted);
                 }});
    if (emergency) {
      t.push_back(
          {.name = fmt::format("screening: {} with a clearance -> still {}", key, rule_key(rule)),
           .mutate = all_of({yes(question), cleared()}),
           .exit = 11,
           .status = URGENT,
           .action = A::emergency,
           .rule = expected_rule,
           .plan = PlanCheck::no_sessions,
           .extra = [](const Assessment& a) {
             REQUIRE(a.screening.findings.size() == 1);
             CHECK_FALSE(a.screening.findings[0].lifted);
           }});
    } else {
      t.push_back({.name = fmt::format("screening: {} with a clearance -> lifted", key),
                   .mutate = all_of({yes(question), cleared()}),
                   .exit = 0,
                   .status = CLEAR,
                   .action = A::start,
                   .rule = RuleId::entry_start,
                   .program_after = "back-care",
                   .stage = "S01",
                   .plan = PlanCheck::has_jogs,
                   .extra = [expected_rule](const Assessment& a) {
                     REQUIRE(a.screening.findings.size() == 1);
                     CHECK(a.screening.findings[0].rule == expected_rule);
                     CHECK(a.screening.findings[0].lifted);
                   }});
    }
  }
  t.push_back({.name = "screening: an emergency outranks an urgent flag",
               .mutate = all_of({yes(Q::fever), yes(Q::saddle_numbness)}),
               .exit = 11,
               .status = URGENT,
               .action = A::emergency,
               .rule = RuleId::rf_emerg,
               .plan = PlanCheck::no_sessions});
  t.push_back({.name = "screening: RF-URGENT outranks SCR-AGE45",
               .mutate = all_of({age(46), yes(Q::cancer_history)}),
               .exit = 10,
               .status = NEEDED,
               .action = A::refer,
               .rule = RuleId::rf_urgent,
               .plan = PlanCheck::no_sessions});
  t.push_back({.name = "screening: an emergency in the profile ignores any history",
               .mutate = yes(Q::bladder_bowel_change),
               .history = {green("2026-11-20", "S01-1"), green("2026-11-22", "S01-2")},
               .today = "2026-11-25",
               .exit = 11,
               .status = URGENT,
               .action = A::emergency,
               .rule = RuleId::rf_emerg,
               .plan = PlanCheck::no_sessions});
}

}  // namespace scenarios
