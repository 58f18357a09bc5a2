#include "backstride/rules.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "backstride/error.hpp"
#include "rule_checks.hpp"

namespace backstride {
namespace {

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
     k_src_red_flags, RuleEffect::emergency, checks::emergency_profile, checks::emergency_entry},
    {"RF-URGENT",
     "Fever, weight loss without trying, a history of cancer, night pain that rest does not ease, "
     "thoracic pain, a lump or deformity, weakened immunity or injected drug use, long-term "
     "steroids, new pain (under 12 weeks) at age over 50 or under 20, or a new episode not "
     "improving after 4-12 weeks.",
     "No plan until a doctor or physiotherapist has seen you (urgently if fever, weight loss, "
     "cancer history or weakness); a clearance lifts it.",
     "clinical-evidence.md 1: NICE CKS red flags (NHS Gloucestershire), Downie 2013, Verhagen "
     "2016, NICE NG59 1.1.1",
     RuleEffect::refer, checks::urgent_profile, checks::urgent_entry},
    {"SCR-HEART", "A heart condition or high blood pressure (PAR-Q+ question 1).",
     "No plan until a clinician clears you.",
     "clinical-evidence.md 2a-2b: PAR-Q+ 2023; ACSM screening (Riebe 2015)", RuleEffect::refer,
     checks::heart, nullptr},
    {"SCR-DIZZY", "Dizziness or fainting in the last 12 months (PAR-Q+ question 3).",
     "No plan until a clinician clears you.", "clinical-evidence.md 2a: PAR-Q+ 2023",
     RuleEffect::refer, checks::dizzy, nullptr},
    {"SCR-CHRONIC", "Another long-term medical condition (PAR-Q+ questions 4-5).",
     "No plan until a clinician clears you.", "clinical-evidence.md 2a-2b: PAR-Q+ 2023; ACSM 2015",
     RuleEffect::refer, checks::chronic, nullptr},
    {"SCR-SUPERVISED", "A doctor has said to exercise only under medical supervision (PAR-Q+ 7).",
     "No plan until a clinician clears you.", "clinical-evidence.md 2a: PAR-Q+ 2023",
     RuleEffect::refer, checks::supervised, nullptr},
    {"SCR-SPINE", "Spondylolisthesis, a spinal fracture, or recent spinal surgery.",
     "No plan until a clinician clears you.",
     "clinical-evidence.md 2a: PAR-Q+ follow-up 1b (back problems)", RuleEffect::refer,
     checks::spine, nullptr},
    {"SCR-PREGNANT", "Pregnancy.",
     "Delay: no plan until a midwife, GP or physiotherapist clears you.",
     "clinical-evidence.md 1 (RF-PREGNANT) and 2a: PAR-Q+ delay advice", RuleEffect::refer,
     checks::pregnant, nullptr},
    {"SCR-INPLAN", "Dizziness logged after a session (a new heart or lung warning sign).",
     "Stop the plan until a clinician clears you.",
     "clinical-evidence.md 2b: ACSM 'discontinue exercise' branch; PAR-Q+ questions 2-3",
     RuleEffect::refer, nullptr, checks::cardio_entry},
    {"SCR-AGE45", "Over 45 and not used to vigorous exercise (running counts as vigorous).",
     "Walking stages only until a clinician clears you for jogging.",
     "clinical-evidence.md 2a: PAR-Q+ declaration; 2b: ACSM 2015, jogging is vigorous",
     RuleEffect::walk_only, checks::age_vigorous, nullptr},
    {"CLR-LIFT",
     "A clearance (who and when) lifts every 'see a clinician first' finding dated before it; "
     "it never lifts an emergency.",
     "Plan as if those findings were absent, and show who cleared them.",
     "DESIGN.md (Rules: clearance); clinical-evidence.md 2a (PAR-Q+ clearance)"},
    {"CLR-WALK", "The clearance says running is not allowed.", "Walking stages only (walk-base).",
     "DESIGN.md (Rules: clearance)", RuleEffect::walk_base, checks::walk_only_clearance, nullptr},
    {"CLR-CAP", "The clearance caps pain during exercise (at most 5).",
     "GREEN needs pain during at or below the cap (and at most 3); above the cap is RED.",
     "DESIGN.md (Rules: clearance); clinical-evidence.md 3a-3c"},
    {"ENTRY-ACUTE",
     "Pain for under 6 weeks, or a flare (worst pain last week 3 or more above usual).",
     "Start with walk-base; no jogging yet.",
     "clinical-evidence.md 6 (DUR-ACUTE): Pocovi 2022, ACP 2017, Pengel 2003",
     RuleEffect::walk_base, checks::acute_or_flare, nullptr},
    {"ENTRY-LEG", "Leg pain below the knee on one side, without a clearance for running.",
     "Walking stages only (walk-base) until a clinician clears running.",
     "clinical-evidence.md 6 (SCI-1): Jensen 2019", RuleEffect::walk_only, checks::leg_below_knee,
     nullptr},
    {"ENTRY-WALK30", "A pain-free brisk walk shorter than 30 minutes.",
     "Start with walk-base until 30-minute walks stay GREEN.",
     "clinical-evidence.md 3f (PROG-6) and 3d: Sydney Physio, SEMC, AOPT return-to-run criteria",
     RuleEffect::walk_base, checks::short_walk, nullptr},
    {"ENTRY-BMI", "BMI over 30.",
     "Keep week-1 jogging under about 3 km (22.5 min at an easy pace): start at a stage that fits.",
     "clinical-evidence.md 3f (PROG-5): Nielsen et al., IJSPT 2014", RuleEffect::none,
     checks::high_bmi, nullptr},
    {"ENTRY-LAPSED", "Has run before (lapsed or current runner) and nothing holds them back.",
     "May enter a quarter of the way into the program instead of at stage 1.",
     "DESIGN.md (Entry point); clinical-evidence.md 3d", RuleEffect::none, checks::runner, nullptr},
    {"ENTRY-START", "No reason to hold back and no history yet.",
     "Start at stage 1 of the program.",
     "clinical-evidence.md 3g (NHS Couch to 5K); 4a (ASTEROID)"},
    {"PAIN-RED",
     "Pain during above 5 (or above the clinician's cap), sharp pain, a limp, new leg pain, "
     "numbness or tingling, or next-morning pain 2 or more above usual.",
     "Stop. 48 hours of relative rest (keep walking; not bed rest), then go back one stage.",
     "clinical-evidence.md 3a-3b (Silbernagel 2007; traffic-light clinics), 3d; PROG-1; Dahm 2010",
     RuleEffect::red, nullptr, checks::red_session},
    {"PAIN-AMBER",
     "Pain during 4-5 (above 3 or the cap), next-morning pain above usual, pain before above "
     "usual + 1, a session stopped early, or next-morning pain not logged yet.",
     "Repeat the stage; do not progress until sessions are GREEN.",
     "clinical-evidence.md 3a-3b (Silbernagel 2007; Physio Clinic Bristol), PROG-1",
     RuleEffect::amber, nullptr, checks::amber_session},
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
