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
      reasons.push_back(rule_words(flag.reason));
    }
  }
  return reasons;
}

std::string num(int value) {
  return std::to_string(value);
}

bool has(const HistoryEntry& e, Symptom s) {
  return std::ranges::find(e.symptoms, s) != e.symptoms.end();
}

Reasons symptoms(const HistoryEntry& e,
                 std::initializer_list<std::pair<Symptom, std::string_view>> list) {
  Reasons reasons;
  for (const auto& [symptom, reason] : list) {
    if (has(e, symptom)) {
      reasons.push_back(rule_words(reason));
    }
  }
  return reasons;
}

}  // namespace

Reasons emergency_profile(const Profile& p) {
  Reasons r = answered(
      p,
      {{Question::saddle_numbness, rule_template("numbness or altered feeling in the saddle area")},
       {Question::bladder_bowel_change, rule_template("a change in bladder or bowel control")},
       {Question::sexual_function_change, rule_template("a change in sexual function")},
       {Question::leg_weakness_worsening, rule_template("leg weakness that is getting worse")},
       {Question::major_trauma, rule_template("back pain that began with a major injury")},
       {Question::minor_trauma_with_osteoporosis,
        rule_template("back pain after a minor injury with osteoporosis or long-term steroids")},
       {Question::chest_pain, rule_template("chest pain together with back pain")}});
  if (p.back_pain.leg_symptoms == LegSymptoms::both_legs) {
    r.push_back(rule_words("symptoms in both legs"));
  }
  return r;
}

Reasons emergency_entry(const HistoryEntry& e, const PainLimits&) {
  return symptoms(
      e, {{Symptom::saddle_numbness, rule_template("saddle numbness was logged")},
          {Symptom::bladder_bowel_change, rule_template("a bladder or bowel change was logged")},
          {Symptom::leg_weakness, rule_template("leg weakness was logged")},
          {Symptom::chest_pain, rule_template("chest pain was logged")}});
}

Reasons urgent_profile(const Profile& p) {
  Reasons r = answered(
      p,
      {{Question::fever, rule_template("fever")},
       {Question::unexplained_weight_loss, rule_template("weight loss without trying")},
       {Question::cancer_history, rule_template("a history of cancer")},
       {Question::night_pain_unrelieved, rule_template("night pain that rest does not ease")},
       {Question::thoracic_pain, rule_template("pain between the shoulder blades (thoracic)")},
       {Question::deformity_or_lump, rule_template("a lump or a change in the shape of the back")},
       {Question::immunosuppressed_or_iv_drugs,
        rule_template("a weakened immune system or injected drug use")},
       {Question::steroid_use_long_term, rule_template("long-term steroid use")}});
  const auto& pain = p.back_pain;
  if (pain.duration_weeks < k_new_pain_weeks &&
      (p.age > k_old_new_pain_age || p.age < k_young_new_pain_age)) {
    r.push_back(rule_words("new back pain (under {weeks} weeks) at age {age}",
                           {{"weeks", num(k_new_pain_weeks)}, {"age", num(p.age)}}));
  }
  if (!pain.improving && pain.duration_weeks >= k_not_improving_from &&
      pain.duration_weeks <= k_new_pain_weeks) {
    r.push_back(rule_words("a new episode that has not improved after {weeks} weeks",
                           {{"weeks", num(pain.duration_weeks)}}));
  }
  return r;
}

Reasons urgent_entry(const HistoryEntry& e, const PainLimits&) {
  return symptoms(e, {{Symptom::fever, rule_template("fever was logged")},
                      {Symptom::night_pain, rule_template("night pain was logged")}});
}

Reasons cardio_entry(const HistoryEntry& e, const PainLimits&) {
  return symptoms(e, {{Symptom::dizziness, rule_template("dizziness was logged")}});
}

Reasons heart(const Profile& p) {
  return answered(p, {{Question::heart_condition_or_high_bp,
                       rule_template("a heart condition or high blood pressure")}});
}
Reasons dizzy(const Profile& p) {
  return answered(p, {{Question::dizziness_or_fainting, rule_template("dizziness or fainting")}});
}
Reasons chronic(const Profile& p) {
  return answered(
      p, {{Question::chronic_condition, rule_template("another long-term medical condition")}});
}
Reasons supervised(const Profile& p) {
  return answered(p, {{Question::medically_supervised_only,
                       rule_template("a doctor has advised medically supervised activity only")}});
}
Reasons spine(const Profile& p) {
  return answered(p,
                  {{Question::spondylolisthesis_or_fracture,
                    rule_template("a slipped vertebra (spondylolisthesis) or a spinal fracture")},
                   {Question::recent_spinal_surgery, rule_template("recent spinal surgery")}});
}
Reasons pregnant(const Profile& p) {
  return answered(p, {{Question::pregnant, rule_template("pregnancy")}});
}

Reasons age_vigorous(const Profile& p) {
  if (p.age > k_vigorous_age && p.activity.running_history != RunningHistory::current) {
    return {rule_words("age {age} and not used to vigorous exercise", {{"age", num(p.age)}})};
  }
  return {};
}

Reasons walk_only_clearance(const Profile& p) {
  if (p.clearance && !p.clearance->allow_running) {
    return {rule_words("{by} asked for walking only", {{"by", p.clearance->by}})};
  }
  return {};
}

Reasons acute_or_flare(const Profile& p) {
  const auto& pain = p.back_pain;
  Reasons r;
  if (pain.duration_weeks < k_acute_weeks) {
    r.push_back(rule_words("pain for {weeks} weeks (acute: under {acute})",
                           {{"weeks", num(pain.duration_weeks)}, {"acute", num(k_acute_weeks)}}));
  }
  if (pain.worst_pain_last_week >= pain.usual_pain + k_flare_points) {
    r.push_back(
        rule_words("a flare: worst pain last week {worst} against a usual {usual}",
                   {{"worst", num(pain.worst_pain_last_week)}, {"usual", num(pain.usual_pain)}}));
  }
  return r;
}

Reasons leg_below_knee(const Profile& p) {
  if (p.back_pain.leg_symptoms == LegSymptoms::below_knee_one_side) {
    return {rule_words("leg pain below the knee on one side")};
  }
  return {};
}

Reasons short_walk(const Profile& p) {
  int minutes = p.activity.brisk_walk_minutes_pain_free;
  if (minutes < k_ready_walk_minutes) {
    return {rule_words("a pain-free brisk walk of {minutes} min (jogging starts at {ready} min)",
                       {{"minutes", num(minutes)}, {"ready", num(k_ready_walk_minutes)}})};
  }
  return {};
}

Reasons high_bmi(const Profile& p) {
  if (auto bmi = p.bmi(); bmi && *bmi > k_high_bmi) {
    return {rule_words("BMI {bmi}", {{"bmi", fmt::format("{:.1f}", *bmi)}})};
  }
  return {};
}

Reasons runner(const Profile& p) {
  if (p.activity.running_history != RunningHistory::none) {
    return {rule_words("has run before")};
  }
  return {};
}

Reasons red_session(const HistoryEntry& e, const PainLimits& limits) {
  Reasons r;
  if (pain_zone(e.pain_during, limits) == Zone::red) {
    r.push_back(rule_words("pain during {pain} (above {limit})",
                           {{"pain", num(e.pain_during)}, {"limit", num(limits.red_above)}}));
  }
  if (pain_zone(e.pain_after, limits) == Zone::red) {
    r.push_back(rule_words("pain after {pain} (above {limit})",
                           {{"pain", num(e.pain_after)}, {"limit", num(limits.red_above)}}));
  }
  for (auto& reason : symptoms(e, {{Symptom::sharp_pain, rule_template("sharp pain")},
                                   {Symptom::limp, rule_template("a limp")},
                                   {Symptom::new_leg_pain, rule_template("new leg pain")},
                                   {Symptom::numbness, rule_template("numbness")},
                                   {Symptom::tingling, rule_template("tingling")}})) {
    r.push_back(std::move(reason));
  }
  if (e.pain_next_morning && *e.pain_next_morning >= limits.usual + k_morning_red_points) {
    r.push_back(rule_words("next morning {pain} (usual {usual}): worse, not settled",
                           {{"pain", num(*e.pain_next_morning)}, {"usual", num(limits.usual)}}));
  }
  return r;
}

Reasons amber_session(const HistoryEntry& e, const PainLimits& limits) {
  Reasons r;
  if (pain_zone(e.pain_during, limits) == Zone::amber) {
    r.push_back(rule_words("pain during {pain} (above {limit})",
                           {{"pain", num(e.pain_during)}, {"limit", num(limits.green_max)}}));
  }
  if (pain_zone(e.pain_after, limits) == Zone::amber) {
    r.push_back(rule_words("pain after {pain} (above {limit})",
                           {{"pain", num(e.pain_after)}, {"limit", num(limits.green_max)}}));
  }
  if (e.pain_next_morning && *e.pain_next_morning > limits.usual) {
    r.push_back(rule_words("next morning {pain} (usual {usual})",
                           {{"pain", num(*e.pain_next_morning)}, {"usual", num(limits.usual)}}));
  }
  if (e.pain_before > limits.usual + k_before_extra_points) {
    r.push_back(rule_words("pain before {pain} (more than usual + {extra})",
                           {{"pain", num(e.pain_before)}, {"extra", num(k_before_extra_points)}}));
  }
  if (!e.completed) {
    r.push_back(rule_words("stopped early"));
  }
  return r;
}

}  // namespace backstride::checks
