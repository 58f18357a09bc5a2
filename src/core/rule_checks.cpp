#include "rule_checks.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace backstride::checks {
namespace {

// Thresholds named once; the table's statements quote them.
constexpr int k_acute_weeks = 6;          // acute: under 6 weeks (clinical-evidence.md 6)
constexpr int k_new_pain_weeks = 12;      // "new" pain for the age red flag
constexpr int k_not_improving_from = 4;   // weeks: a new episode not improving after 4-6 weeks
constexpr int k_flare_points = 3;         // worst pain this far above usual = a flare
constexpr int k_ready_walk_minutes = 30;  // pain-free brisk walk before jogging
constexpr int k_vigorous_age = 45;        // PAR-Q+ declaration
constexpr int k_old_new_pain_age = 50;
constexpr int k_young_new_pain_age = 20;
constexpr double k_high_bmi = 30.0;  // "over 30": 30.1 and up, as Profile::bmi() rounds
// (PAIN-RED's k_morning_red_points and CHK-BEFORE's k_before_extra_points: rules.hpp.)

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

}  // namespace

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
  if (pain_zone(e.pain_during, limits) == Zone::red) {
    r.push_back(fmt::format("pain during {} (above {})", e.pain_during, limits.red_above));
  }
  if (pain_zone(e.pain_after, limits) == Zone::red) {
    r.push_back(fmt::format("pain after {} (above {})", e.pain_after, limits.red_above));
  }
  for (const auto& reason : symptoms(e, {{Symptom::sharp_pain, "sharp pain"},
                                         {Symptom::limp, "a limp"},
                                         {Symptom::new_leg_pain, "new leg pain"},
                                         {Symptom::numbness, "numbness"},
                                         {Symptom::tingling, "tingling"}})) {
    r.push_back(reason);
  }
  if (e.pain_next_morning && *e.pain_next_morning >= limits.usual + k_morning_red_points) {
    r.push_back(fmt::format("next morning {} (usual {}): worse, not settled", *e.pain_next_morning,
                            limits.usual));
  }
  return r;
}

Reasons amber_session(const HistoryEntry& e, const PainLimits& limits) {
  Reasons r;
  if (pain_zone(e.pain_during, limits) == Zone::amber) {
    r.push_back(fmt::format("pain during {} (above {})", e.pain_during, limits.green_max));
  }
  if (pain_zone(e.pain_after, limits) == Zone::amber) {
    r.push_back(fmt::format("pain after {} (above {})", e.pain_after, limits.green_max));
  }
  if (e.pain_next_morning && *e.pain_next_morning > limits.usual) {
    r.push_back(fmt::format("next morning {} (usual {})", *e.pain_next_morning, limits.usual));
  }
  if (e.pain_before > limits.usual + k_before_extra_points) {
    r.push_back(
        fmt::format("pain before {} (more than usual + {})", e.pain_before, k_before_extra_points));
  }
  if (!e.completed) {
    r.emplace_back("stopped early");
  }
  return r;
}

}  // namespace backstride::checks
