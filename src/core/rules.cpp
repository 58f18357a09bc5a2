#include "backstride/rules.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "backstride/error.hpp"

namespace backstride {
namespace {

using Reasons = std::vector<std::string>;

// Thresholds named once; the table's statements quote them.
constexpr int k_acute_weeks = 6;          // acute: under 6 weeks (clinical-evidence.md 6)
constexpr int k_new_pain_weeks = 12;      // "new" pain for the age red flag
constexpr int k_not_improving_from = 4;   // weeks: a new episode not improving after 4-6 weeks
constexpr int k_flare_points = 3;         // worst pain this far above usual = a flare
constexpr int k_ready_walk_minutes = 30;  // pain-free brisk walk before jogging
constexpr int k_vigorous_age = 45;        // PAR-Q+ declaration
constexpr int k_old_new_pain_age = 50;
constexpr int k_young_new_pain_age = 20;
constexpr double k_high_bmi = 30.0;

struct Flag {
  Question question;
  std::string_view reason;
};

Reasons answered(const Profile& p, std::initializer_list<Flag> flags) {
  Reasons reasons;
  for (const auto& flag : flags) {
    if (p.answered_yes(flag.question)) {
      reasons.emplace_back(flag.reason);
    }
  }
  return reasons;
}

bool has(const HistoryEntry& e, Symptom s) {
  return std::ranges::find(e.symptoms, s) != e.symptoms.end();
}

Reasons symptoms(const HistoryEntry& e,
                 std::initializer_list<std::pair<Symptom, std::string_view>> list) {
  Reasons reasons;
  for (const auto& [symptom, reason] : list) {
    if (has(e, symptom)) {
      reasons.emplace_back(reason);
    }
  }
  return reasons;
}

Reasons emergency_profile(const Profile& p) {
  Reasons r =
      answered(p, {{Question::saddle_numbness, "numbness or altered feeling in the saddle area"},
                   {Question::bladder_bowel_change, "a change in bladder or bowel control"},
                   {Question::sexual_function_change, "a change in sexual function"},
                   {Question::leg_weakness_worsening, "leg weakness that is getting worse"},
                   {Question::major_trauma, "back pain that began with a major injury"},
                   {Question::minor_trauma_with_osteoporosis,
                    "back pain after a minor injury with osteoporosis or long-term steroids"},
                   {Question::chest_pain, "chest pain together with back pain"}});
  if (p.back_pain.leg_symptoms == LegSymptoms::both_legs) {
    r.emplace_back("symptoms in both legs");
  }
  return r;
}

Reasons emergency_entry(const HistoryEntry& e, const PainLimits&) {
  return symptoms(e, {{Symptom::saddle_numbness, "saddle numbness was logged"},
                      {Symptom::bladder_bowel_change, "a bladder or bowel change was logged"},
                      {Symptom::leg_weakness, "leg weakness was logged"},
                      {Symptom::chest_pain, "chest pain was logged"}});
}

Reasons urgent_profile(const Profile& p) {
  Reasons r = answered(
      p, {{Question::fever, "fever"},
          {Question::unexplained_weight_loss, "weight loss without trying"},
          {Question::cancer_history, "a history of cancer"},
          {Question::night_pain_unrelieved, "night pain that rest does not ease"},
          {Question::thoracic_pain, "pain between the shoulder blades (thoracic)"},
          {Question::deformity_or_lump, "a lump or a change in the shape of the back"},
          {Question::immunosuppressed_or_iv_drugs, "a weakened immune system or injected drug use"},
          {Question::steroid_use_long_term, "long-term steroid use"}});
  const auto& pain = p.back_pain;
  if (pain.duration_weeks < k_new_pain_weeks &&
      (p.age > k_old_new_pain_age || p.age < k_young_new_pain_age)) {
    r.push_back(fmt::format("new back pain (under {} weeks) at age {}", k_new_pain_weeks, p.age));
  }
  if (!pain.improving && pain.duration_weeks >= k_not_improving_from &&
      pain.duration_weeks <= k_new_pain_weeks) {
    r.push_back(
        fmt::format("a new episode that has not improved after {} weeks", pain.duration_weeks));
  }
  return r;
}

Reasons urgent_entry(const HistoryEntry& e, const PainLimits&) {
  return symptoms(
      e, {{Symptom::fever, "fever was logged"}, {Symptom::night_pain, "night pain was logged"}});
}

Reasons cardio_entry(const HistoryEntry& e, const PainLimits&) {
  return symptoms(e, {{Symptom::dizziness, "dizziness was logged"}});
}

Reasons heart(const Profile& p) {
  return answered(
      p, {{Question::heart_condition_or_high_bp, "a heart condition or high blood pressure"}});
}
Reasons dizzy(const Profile& p) {
  return answered(p, {{Question::dizziness_or_fainting, "dizziness or fainting"}});
}
Reasons chronic(const Profile& p) {
  return answered(p, {{Question::chronic_condition, "another long-term medical condition"}});
}
Reasons supervised(const Profile& p) {
  return answered(p, {{Question::medically_supervised_only,
                       "a doctor has advised medically supervised activity only"}});
}
Reasons spine(const Profile& p) {
  return answered(p, {{Question::spondylolisthesis_or_fracture,
                       "a slipped vertebra (spondylolisthesis) or a spinal fracture"},
                      {Question::recent_spinal_surgery, "recent spinal surgery"}});
}
Reasons pregnant(const Profile& p) {
  return answered(p, {{Question::pregnant, "pregnancy"}});
}

Reasons age_vigorous(const Profile& p) {
  if (p.age > k_vigorous_age && p.activity.running_history != RunningHistory::current) {
    return {fmt::format("age {} and not used to vigorous exercise", p.age)};
  }
  return {};
}

Reasons walk_only_clearance(const Profile& p) {
  if (p.clearance && !p.clearance->allow_running) {
    return {fmt::format("{} asked for walking only", p.clearance->by)};
  }
  return {};
}

Reasons acute_or_flare(const Profile& p) {
  const auto& pain = p.back_pain;
  Reasons r;
  if (pain.duration_weeks < k_acute_weeks) {
    r.push_back(
        fmt::format("pain for {} weeks (acute: under {})", pain.duration_weeks, k_acute_weeks));
  }
  if (pain.worst_pain_last_week >= pain.usual_pain + k_flare_points) {
    r.push_back(fmt::format("a flare: worst pain last week {} against a usual {}",
                            pain.worst_pain_last_week, pain.usual_pain));
  }
  return r;
}

Reasons leg_below_knee(const Profile& p) {
  if (p.back_pain.leg_symptoms == LegSymptoms::below_knee_one_side) {
    return {"leg pain below the knee on one side"};
  }
  return {};
}

Reasons short_walk(const Profile& p) {
  int minutes = p.activity.brisk_walk_minutes_pain_free;
  if (minutes < k_ready_walk_minutes) {
    return {fmt::format("a pain-free brisk walk of {} min (jogging starts at {} min)", minutes,
                        k_ready_walk_minutes)};
  }
  return {};
}

Reasons high_bmi(const Profile& p) {
  if (auto bmi = p.bmi(); bmi && *bmi > k_high_bmi) {
    return {fmt::format("BMI {:.1f}", *bmi)};
  }
  return {};
}

Reasons runner(const Profile& p) {
  if (p.activity.running_history != RunningHistory::none) {
    return {"has run before"};
  }
  return {};
}

Reasons red_session(const HistoryEntry& e, const PainLimits& limits) {
  Reasons r;
  if (e.pain_during > limits.red_above) {
    r.push_back(fmt::format("pain during {} (above {})", e.pain_during, limits.red_above));
  }
  for (const auto& reason : symptoms(e, {{Symptom::sharp_pain, "sharp pain"},
                                         {Symptom::limp, "a limp"},
                                         {Symptom::new_leg_pain, "new leg pain"},
                                         {Symptom::numbness, "numbness"},
                                         {Symptom::tingling, "tingling"}})) {
    r.push_back(reason);
  }
  if (e.pain_next_morning && *e.pain_next_morning >= limits.usual + 2) {
    r.push_back(fmt::format("next morning {} (usual {}): worse, not settled", *e.pain_next_morning,
                            limits.usual));
  }
  return r;
}

Reasons amber_session(const HistoryEntry& e, const PainLimits& limits) {
  Reasons r;
  if (e.pain_during > limits.green_max) {
    r.push_back(fmt::format("pain during {} (above {})", e.pain_during, limits.green_max));
  }
  if (!e.pain_next_morning) {
    r.emplace_back("next-morning pain not logged yet");
  } else if (*e.pain_next_morning > limits.usual) {
    r.push_back(fmt::format("next morning {} (usual {})", *e.pain_next_morning, limits.usual));
  }
  if (e.pain_before > limits.usual + 1) {
    r.push_back(fmt::format("pain before {} (more than usual + 1)", e.pain_before));
  }
  if (!e.completed) {
    r.emplace_back("stopped early");
  }
  return r;
}

constexpr std::string_view k_src_red_flags =
    "clinical-evidence.md 1: BASS cauda equina warning signs; BMJ Best Practice CES; NHS 999 "
    "advice; IFOMPT framework (Finucane 2020)";

// The one rule table. Order: screening, entry, pain monitoring, progression, checkpoints.
const std::array k_rules = std::to_array<Rule>({
    {"RF-EMERG",
     "Saddle numbness, a bladder, bowel or sexual-function change, symptoms in both legs, "
     "worsening leg weakness, back pain after major trauma (or minor trauma with osteoporosis "
     "or steroids), or back pain with chest pain.",
     "No plan. Seek emergency care now (A&E or the emergency number). A clearance never lifts "
     "this.",
     k_src_red_flags, RuleEffect::emergency, emergency_profile, emergency_entry},
    {"RF-URGENT",
     "Fever, weight loss without trying, a history of cancer, night pain that rest does not ease, "
     "thoracic pain, a lump or deformity, weakened immunity or injected drug use, long-term "
     "steroids, new pain (under 12 weeks) at age over 50 or under 20, or a new episode not "
     "improving after 4-12 weeks.",
     "No plan until a doctor or physiotherapist has seen you (urgently if fever, weight loss, "
     "cancer history or weakness); a clearance lifts it.",
     "clinical-evidence.md 1: NICE CKS red flags (NHS Gloucestershire), Downie 2013, Verhagen "
     "2016, NICE NG59 1.1.1",
     RuleEffect::refer, urgent_profile, urgent_entry},
    {"SCR-HEART", "A heart condition or high blood pressure (PAR-Q+ question 1).",
     "No plan until a clinician clears you.",
     "clinical-evidence.md 2a-2b: PAR-Q+ 2023; ACSM screening (Riebe 2015)", RuleEffect::refer,
     heart, nullptr},
    {"SCR-DIZZY", "Dizziness or fainting in the last 12 months (PAR-Q+ question 3).",
     "No plan until a clinician clears you.", "clinical-evidence.md 2a: PAR-Q+ 2023",
     RuleEffect::refer, dizzy, nullptr},
    {"SCR-CHRONIC", "Another long-term medical condition (PAR-Q+ questions 4-5).",
     "No plan until a clinician clears you.", "clinical-evidence.md 2a-2b: PAR-Q+ 2023; ACSM 2015",
     RuleEffect::refer, chronic, nullptr},
    {"SCR-SUPERVISED", "A doctor has said to exercise only under medical supervision (PAR-Q+ 7).",
     "No plan until a clinician clears you.", "clinical-evidence.md 2a: PAR-Q+ 2023",
     RuleEffect::refer, supervised, nullptr},
    {"SCR-SPINE", "Spondylolisthesis, a spinal fracture, or recent spinal surgery.",
     "No plan until a clinician clears you.",
     "clinical-evidence.md 2a: PAR-Q+ follow-up 1b (back problems)", RuleEffect::refer, spine,
     nullptr},
    {"SCR-PREGNANT", "Pregnancy.",
     "Delay: no plan until a midwife, GP or physiotherapist clears you.",
     "clinical-evidence.md 1 (RF-PREGNANT) and 2a: PAR-Q+ delay advice", RuleEffect::refer,
     pregnant, nullptr},
    {"SCR-INPLAN", "Dizziness logged after a session (a new heart or lung warning sign).",
     "Stop the plan until a clinician clears you.",
     "clinical-evidence.md 2b: ACSM 'discontinue exercise' branch; PAR-Q+ questions 2-3",
     RuleEffect::refer, nullptr, cardio_entry},
    {"SCR-AGE45", "Over 45 and not used to vigorous exercise (running counts as vigorous).",
     "Walking stages only until a clinician clears you for jogging.",
     "clinical-evidence.md 2a: PAR-Q+ declaration; 2b: ACSM 2015, jogging is vigorous",
     RuleEffect::walk_only, age_vigorous, nullptr},
    {"CLR-LIFT",
     "A clearance (who and when) lifts every 'see a clinician first' finding dated before it; "
     "it never lifts an emergency.",
     "Plan as if those findings were absent, and show who cleared them.",
     "DESIGN.md (Rules: clearance); clinical-evidence.md 2a (PAR-Q+ clearance)"},
    {"CLR-WALK", "The clearance says running is not allowed.", "Walking stages only (walk-base).",
     "DESIGN.md (Rules: clearance)", RuleEffect::walk_base, walk_only_clearance, nullptr},
    {"CLR-CAP", "The clearance caps pain during exercise (at most 5).",
     "GREEN needs pain during at or below the cap (and at most 3); above the cap is RED.",
     "DESIGN.md (Rules: clearance); clinical-evidence.md 3a-3c"},
    {"ENTRY-ACUTE",
     "Pain for under 6 weeks, or a flare (worst pain last week 3 or more above usual).",
     "Start with walk-base; no jogging yet.",
     "clinical-evidence.md 6 (DUR-ACUTE): Pocovi 2022, ACP 2017, Pengel 2003",
     RuleEffect::walk_base, acute_or_flare, nullptr},
    {"ENTRY-LEG", "Leg pain below the knee on one side, without a clearance for running.",
     "Walking stages only (walk-base) until a clinician clears running.",
     "clinical-evidence.md 6 (SCI-1): Jensen 2019", RuleEffect::walk_only, leg_below_knee, nullptr},
    {"ENTRY-WALK30", "A pain-free brisk walk shorter than 30 minutes.",
     "Start with walk-base until 30-minute walks stay GREEN.",
     "clinical-evidence.md 3f (PROG-6) and 3d: Sydney Physio, SEMC, AOPT return-to-run criteria",
     RuleEffect::walk_base, short_walk, nullptr},
    {"ENTRY-BMI", "BMI over 30.",
     "Keep week-1 jogging under about 3 km (22.5 min at an easy pace): start at a stage that fits.",
     "clinical-evidence.md 3f (PROG-5): Nielsen et al., IJSPT 2014", RuleEffect::none, high_bmi,
     nullptr},
    {"ENTRY-LAPSED", "Has run before (lapsed or current runner) and nothing holds them back.",
     "May enter a quarter of the way into the program instead of at stage 1.",
     "DESIGN.md (Entry point); clinical-evidence.md 3d", RuleEffect::none, runner, nullptr},
    {"ENTRY-START", "No reason to hold back and no history yet.",
     "Start at stage 1 of the program.",
     "clinical-evidence.md 3g (NHS Couch to 5K); 4a (ASTEROID)"},
    {"PAIN-RED",
     "Pain during above 5 (or above the clinician's cap), sharp pain, a limp, new leg pain, "
     "numbness or tingling, or next-morning pain 2 or more above usual.",
     "Stop. 48 hours of relative rest (keep walking; not bed rest), then go back one stage.",
     "clinical-evidence.md 3a-3b (Silbernagel 2007; traffic-light clinics), 3d; PROG-1; Dahm 2010",
     RuleEffect::red, nullptr, red_session},
    {"PAIN-AMBER",
     "Pain during 4-5 (above 3 or the cap), next-morning pain above usual, pain before above "
     "usual + 1, a session stopped early, or next-morning pain not logged yet.",
     "Repeat the stage; do not progress until sessions are GREEN.",
     "clinical-evidence.md 3a-3b (Silbernagel 2007; Physio Clinic Bristol), PROG-1",
     RuleEffect::amber, nullptr, amber_session},
    {"PAIN-GREEN", "Pain during 3 or less, next morning back to usual, nothing new.",
     "The session counts towards the stage.", "clinical-evidence.md 3a-3b, PROG-1"},
    {"PROG-2", "Two GREEN sessions at the current stage.", "Move on to the next stage.",
     "clinical-evidence.md 3d (Trials 2023: each phase at least twice), PROG-2"},
    {"PAUSE-2RED", "Two RED sessions in a row.",
     "Pause the plan and see a clinician; a clearance dated after the pause resumes it.",
     "clinical-evidence.md 3a (PROG-1 note), 3e"},
    {"PAUSE-RESTRICTED",
     "Running restricted (RED or stopped early) for 3 sessions in a row or for 7 days or more.",
     "Pause the plan and see a clinician; a clearance dated after the pause resumes it.",
     "clinical-evidence.md 3e: running-injury definition (Yamato 2015)"},
    {"GAP-14", "More than 14 days without a session.", "Go back one stage.",
     "DESIGN.md (Rules: gaps); clinical-evidence.md 3f (progression)"},
    {"GAP-28", "More than 28 days without a session.", "Go back two stages.",
     "DESIGN.md (Rules: gaps); clinical-evidence.md 3f (progression)"},
    {"WALK-GRADUATE", "The last walk-base stage (30 min brisk walking) done GREEN twice.",
     "Move on to back-care, stage 1.", "clinical-evidence.md 3f (PROG-6), 6 (DUR-SUBACUTE)"},
    {"HIST-FUTURE", "A log entry dated after today.", "Not counted until that day has come.",
     "DESIGN.md (history replay in date order)"},
    {"REST-DAY", "Never two session days in a row; rest days are kept when dates shift.",
     "Sessions are placed with at least one rest day between them.",
     "clinical-evidence.md 3f (PROG-3): NHS C25K, Trials 2023, SEMC"},
    {"CHK-CLEARANCE", "Before week 1: get the okay from a doctor or physiotherapist.",
     "Shown as done, with who and when, once the profile has a clearance; never withholds a plan.",
     "clinical-evidence.md 3g (NHS: speak to a GP first); 0 (IFOMPT reasoning)"},
    {"CHK-BEFORE", "Before each session: today's pain no more than usual + 1, nothing new.",
     "Otherwise walk only today.", "clinical-evidence.md 3a-3b (pain monitoring)"},
    {"CHK-STOP", "During: pain above the RED limit, sharp pain, a limp, or new leg symptoms.",
     "Stop jogging and walk home.", "clinical-evidence.md 3d (SEMC, allsportortho), PROG-1"},
    {"CHK-AFTER", "After each session, and the next morning.",
     "Log pain during and after, then next-morning pain (backstride log).",
     "clinical-evidence.md 3a-3b (24-hour response)"},
    {"CHK-WEEKLY", "End of each week.",
     "Progress, repeat or go back a stage, as the logged sessions decide.",
     "clinical-evidence.md 3d (Trials 2023), PROG-1/2"},
    {"SHOE-CHECK", "Shoes at 500-800 km or 6 months old.",
     "Check them and consider replacing them. A convention, not evidence.",
     "clinical-evidence.md 5 (SHOE-2): Cook 1985, Kong 2009, Trials 2023"},
    {"FORM-CADENCE", "Jogs of 5 minutes or more.",
     "Try slightly quicker, shorter steps: about 5 % more steps per minute.",
     "clinical-evidence.md 5 (FORM-1): Heiderscheit 2011, Rodacki 2024"},
    {"PACE-EASY", "Every jog.",
     "An easy, conversational pace (you can talk in sentences); flat ground first.",
     "clinical-evidence.md 5 (FORM-2): Trials 2023, White & Malone 1990"},
});

}  // namespace

std::span<const Rule> rule_table() {
  return k_rules;
}

const Rule& find_rule(std::string_view id) {
  for (const auto& rule : k_rules) {
    if (rule.id == id) {
      return rule;
    }
  }
  throw Error(ExitCode::software, fmt::format("rule {} is not in the rule table", id));
}

PainLimits pain_limits_for(const Profile& profile) {
  PainLimits limits;
  limits.usual = profile.back_pain.usual_pain;
  if (profile.clearance && profile.clearance->max_pain_during) {
    int cap = *profile.clearance->max_pain_during;
    limits.green_max = std::min(limits.green_max, cap);
    limits.red_above = std::min(limits.red_above, cap);
  }
  return limits;
}

}  // namespace backstride
