// The one rule table. Order: screening, clearance, entry, pain monitoring,
// progression, checkpoints. Sources name publications; "ours" marks our own numbers.
#include "backstride/rules.hpp"

#include <array>

#include "rule_checks.hpp"

namespace backstride {
namespace {

using B = RuleBasis;
using E = RuleEffect;
using R = RuleId;

constexpr std::array k_rules = std::to_array<Rule>({
    {R::rf_emerg, "RF-EMERG",
     "Saddle numbness, a bladder, bowel or sexual-function change, symptoms in both legs, "
     "worsening leg weakness, back pain after major trauma (or minor trauma with osteoporosis "
     "or steroids), or back pain with chest pain.",
     "No plan. Seek emergency care now (A&E or the emergency number). A clearance never lifts "
     "this.",
     B::published,
     "BASS, Cauda Equina Warning Signs (Greenhalgh, Mercer, Finucane); BMJ Best Practice, Cauda "
     "equina syndrome; NHS back-pain advice (when to call 999); Finucane LM et al. 2020, "
     "International framework for red flags, JOSPT 50(7):350-372",
     E::emergency, checks::emergency_profile, checks::emergency_entry},
    {R::rf_urgent, "RF-URGENT",
     "Fever, weight loss without trying, a history of cancer, night pain that rest does not ease, "
     "thoracic pain, a lump or deformity, weakened immunity or injected drug use, long-term "
     "steroids, new pain (under 12 weeks) at age over 50 or under 20, or a new episode not "
     "improving after 4-12 weeks.",
     "No plan until a doctor or physiotherapist has seen you (urgently if fever, weight loss, "
     "cancer history or weakness); a clearance lifts it.",
     B::published,
     "NICE CKS red flags (NHS Gloucestershire G-Care pathway); NHS back-pain advice (when to "
     "call 111); Downie A et al. 2013, BMJ 347:f7095; Verhagen AP et al. 2016, Eur Spine J "
     "25:2788-802; NICE NG59 (2016) 1.1.1. Ours: 'new' means under 12 weeks",
     E::refer, checks::urgent_profile, checks::urgent_entry},
    {R::scr_heart, "SCR-HEART", "A heart condition or high blood pressure (PAR-Q+ question 1).",
     "No plan until a clinician clears you.", B::published,
     "PAR-Q+ 2023 question 1; Riebe D et al. 2015 (ACSM screening), Med Sci Sports Exerc", E::refer,
     checks::heart, nullptr},
    {R::scr_dizzy, "SCR-DIZZY", "Dizziness or fainting in the last 12 months (PAR-Q+ question 3).",
     "No plan until a clinician clears you.", B::published, "PAR-Q+ 2023 question 3", E::refer,
     checks::dizzy, nullptr},
    {R::scr_chronic, "SCR-CHRONIC", "Another long-term medical condition (PAR-Q+ questions 4-5).",
     "No plan until a clinician clears you.", B::published,
     "PAR-Q+ 2023 questions 4-5; Riebe D et al. 2015 (ACSM screening), Med Sci Sports Exerc",
     E::refer, checks::chronic, nullptr},
    {R::scr_supervised, "SCR-SUPERVISED",
     "A doctor has said to exercise only under medical supervision (PAR-Q+ 7).",
     "No plan until a clinician clears you.", B::published, "PAR-Q+ 2023 question 7", E::refer,
     checks::supervised, nullptr},
    {R::scr_spine, "SCR-SPINE", "Spondylolisthesis, a spinal fracture, or recent spinal surgery.",
     "No plan until a clinician clears you.", B::published,
     "PAR-Q+ 2023 follow-up 1b (back problems). Ours: recent spinal surgery", E::refer,
     checks::spine, nullptr},
    {R::scr_pregnant, "SCR-PREGNANT", "Pregnancy.",
     "Delay: no plan until a midwife, GP or physiotherapist clears you.", B::published,
     "PAR-Q+ 2023 (delay if pregnant); Northern HSC Trust low back pain advice", E::refer,
     checks::pregnant, nullptr},
    {R::scr_inplan, "SCR-INPLAN",
     "Dizziness logged after a session (a new heart or lung warning sign).",
     "Stop the plan until a clinician clears you.", B::published,
     "Riebe D et al. 2015 (ACSM screening), Med Sci Sports Exerc (signs or symptoms: discontinue "
     "exercise, seek clearance); PAR-Q+ 2023 questions "
     "2-3",
     E::refer, nullptr, checks::cardio_entry},
    {R::scr_age45, "SCR-AGE45",
     "Over 45 and not used to vigorous exercise (running counts as vigorous).",
     "Walking stages only until a clinician clears you for jogging.", B::published,
     "PAR-Q+ 2023 declaration (over 45); Riebe D et al. 2015 (ACSM screening), Med Sci Sports "
     "Exerc; CDC/NCHS physical activity intensity table "
     "(jogging is vigorous)",
     E::walk_only, checks::age_vigorous, nullptr},
    {R::clr_lift, "CLR-LIFT",
     "A clearance (who and when) lifts every 'see a clinician first' finding dated on or before "
     "it; it never lifts an emergency.",
     "Plan as if those findings were absent, and show who cleared them.", B::design,
     "Clearance itself: PAR-Q+ 2023; Riebe D et al. 2015 (ACSM screening), Med Sci Sports Exerc. "
     "Ours: which findings it lifts"},
    {R::clr_future, "CLR-FUTURE", "A clearance dated after today.",
     "Lifts nothing yet (no finding, pause or walking-only limit) until its date has come.",
     B::design, "No published source: date logic"},
    {R::clr_walk, "CLR-WALK", "The clearance says running is not allowed.",
     "Walking stages only (walk-base).", B::design,
     "No published source: the clearing clinician's instruction", E::walk_base,
     checks::walk_only_clearance, nullptr},
    {R::clr_cap, "CLR-CAP", "The clearance caps pain during exercise (0 to 5).",
     "GREEN needs pain during and after at or below the cap, instead of 3; above the cap is RED.",
     B::design,
     "Silbernagel KG et al. 2007, Am J Sports Med 35(6):897-906 (5 is the model's upper limit); "
     "Smith BE et al. 2017, Br J Sports Med "
     "51(23):1679-87. Ours: the cap replacing 3, and RED above it"},
    {R::clr_stage1, "CLR-STAGE1", "Cleared after a heart, long-term condition or age finding.",
     "Start at stage 1 (light to moderate effort first), never at a lapsed-runner entry.",
     B::design,
     "Riebe D et al. 2015 (ACSM screening), Med Sci Sports Exerc (after clearance: light to "
     "moderate, progress as tolerated). Ours: stage 1 as "
     "that start"},
    {R::entry_acute, "ENTRY-ACUTE",
     "Pain for under 6 weeks, or a flare (worst pain last week 3 or more above usual).",
     "Start with walk-base; no jogging yet.", B::design,
     "HEIW Wales GP CPD low back pain definitions (6 weeks); Pocovi NC et al. 2022, JOSPT "
     "52(2):85-99; Qaseem A et al. 2017 (ACP), Ann Intern Med 166(7):514-30; Pengel LHM et al. "
     "2003, BMJ 327:323. Ours: a flare as 3 above usual",
     E::walk_base, checks::acute_or_flare, nullptr},
    {R::entry_leg, "ENTRY-LEG",
     "Leg pain below the knee on one side, without a clearance for running.",
     "Walking stages only (walk-base) until a clinician clears running.", B::design,
     "Jensen RK et al. 2019, Diagnosis and treatment of sciatica, BMJ 367:l6273. Ours: walking "
     "only until cleared (no running trial in sciatica was found)",
     E::walk_only, checks::leg_below_knee, nullptr},
    {R::entry_walk30, "ENTRY-WALK30", "A pain-free brisk walk shorter than 30 minutes.",
     "Start with walk-base until 30-minute walks stay GREEN.", B::adapted,
     "Return-to-run advice of Sydney Physio Clinic and SEMC (clinic pages): a 30-minute "
     "pain-free walk after injury. Changed: used as the entry gate for back pain",
     E::walk_base, checks::short_walk, nullptr},
    {R::entry_bmi, "ENTRY-BMI", "BMI over 30 (30.1 or more, rounded to one decimal).",
     "Keep week-1 jogging under about 3 km (22.5 min at an easy pace): start at a stage that fits.",
     B::published,
     "Nielsen RO et al. 2014, Int J Sports Phys Ther 9(3):338-45. Ours: 22.5 minutes, and the "
     "rounding",
     E::none, checks::high_bmi, nullptr},
    {R::entry_lapsed, "ENTRY-LAPSED",
     "Has run before (lapsed or current runner) and nothing holds them back.",
     "May enter a quarter of the way into the program instead of at stage 1.", B::design,
     "No published source: a quarter of the way in is ours", E::none, checks::runner, nullptr},
    {R::entry_start, "ENTRY-START", "No reason to hold back and no history yet.",
     "Start at stage 1 of the program.", B::design,
     "NHS Couch to 5K (week 1); Neason C et al. 2024 (ASTEROID trial), Br J Sports Med. Ours: "
     "stage 1 of back-care"},
    {R::pain_red, "PAIN-RED",
     "Pain during or after above 5 (or above the clinician's cap), sharp pain, a limp, new or "
     "spreading leg pain, numbness or tingling, or next-morning pain 2 or more above usual.",
     "Stop. 48 hours of relative rest (keep walking; not bed rest), then go back one stage.",
     B::adapted,
     "Silbernagel KG et al. 2007, Am J Sports Med 35(6):897-906 (above 5 is too much); Physio "
     "Clinic Bristol (48 hours); Dahm KT et al. "
     "2010, Cochrane CD007612 (not bed rest). Changed: pain after, next morning 2 above usual and "
     "leg symptoms added",
     E::red, nullptr, checks::red_session},
    {R::pain_amber, "PAIN-AMBER",
     "Pain during or after 4-5 (when no cap is set), next-morning pain above usual, pain before "
     "above usual + 1, or a session stopped early.",
     "Repeat the stage; do not progress until sessions are GREEN.", B::adapted,
     "Silbernagel KG et al. 2007, Am J Sports Med 35(6):897-906 (4-5 acceptable); Physio Clinic "
     "Bristol (repeat until green). Changed: "
     "next morning 1 above usual repeats; pain before above usual + 1",
     E::amber, nullptr, checks::amber_session},
    {R::pain_green, "PAIN-GREEN",
     "Pain during and after 3 or less (or at most the cap), next morning back to usual, nothing "
     "new.",
     "The session counts towards the stage.", B::adapted,
     "Silbernagel KG et al. 2007, Am J Sports Med 35(6):897-906 (0-2 safe, settled by the next "
     "morning). Changed: 3 as the ceiling, pain "
     "after and no new leg symptoms added"},
    {R::pain_pending, "PAIN-PENDING",
     "A session that is otherwise GREEN, with no next-morning pain logged yet.",
     "Waits: it counts towards the stage once the next-morning score shows the back settled. "
     "Log that score the morning after.",
     B::design,
     "Silbernagel KG et al. 2007, Am J Sports Med 35(6):897-906 (the next-morning response "
     "decides). Ours: waiting, not AMBER"},
    {R::sign_nocount, "SIGN-NOCOUNT",
     "A logged session that raised a warning sign (a red flag, or dizziness after a session).",
     "Never counts toward progress, even once a clearance lifts the finding; the plan resumes at "
     "the stage where it was raised.",
     B::design, "No published source: ours"},
    {R::prog_one_a_day, "PROG-ONE-A-DAY", "A second session logged on the same date.",
     "Recorded and shown; a GREEN one does not count toward progress (an AMBER or RED one still "
     "holds you back).",
     B::design, "No published source: ours (at most one counted session a day)"},
    {R::prog_2, "PROG-2", "Two GREEN sessions at the current stage.", "Move on to the next stage.",
     B::published,
     "Return-to-run protocol, Trials 2023 (doi 10.1186/s13063-023-07502-x): each "
     "phase at least twice"},
    {R::review_amber, "REVIEW-AMBER",
     "AMBER at the same stage for 4 sessions in a row or over 14 days.",
     "Check in with your doctor or physiotherapist; the plan continues at this stage.", B::design,
     "Provide Physiotherapy (clinic page: get advice if pain stays worse for a few days). Ours: 4 "
     "sessions and 14 days"},
    {R::pause_2red, "PAUSE-2RED", "Two RED sessions in a row.",
     "Pause the plan and see a clinician; a clearance dated after the pause resumes it.", B::design,
     "No published source: two in a row is ours"},
    {R::pause_restricted, "PAUSE-RESTRICTED",
     "Running restricted (RED or stopped early) for 3 sessions in a row or for 7 days or more.",
     "Pause the plan and see a clinician; a clearance dated after the pause resumes it.",
     B::adapted,
     "Yamato TP et al. 2015, JOSPT (running-related injury: 7 days or 3 sessions). Changed: back "
     "pain instead of leg pain; 'restricted' means RED or stopped early"},
    {R::gap_14, "GAP-14", "More than 14 days without a session.", "Go back one stage.", B::design,
     "No published source: 14 days is ours"},
    {R::gap_28, "GAP-28", "More than 28 days without a session.", "Go back two stages.", B::design,
     "No published source: 28 days is ours"},
    {R::walk_graduate, "WALK-GRADUATE",
     "The last walk-base stage (30 min brisk walking) done GREEN twice.",
     "Move on to back-care, stage 1.", B::design,
     "Sydney Physio Clinic (30-minute walk gate); Pocovi NC et al. 2024 (WalkBack trial), Lancet "
     "404:134-44. Ours: twice, as for every stage"},
    {R::prog_jog_total, "PROG-JOG-TOTAL",
     "From one stage to the next (walking stages included), total jog time rises by at most the "
     "program's limit (back-care: 15 %, and at most twice that over two stages).",
     "A program that breaks this is refused when it is loaded.", B::design,
     "Buist I et al. 2008, Am J Sports Med 36(1):33-9 (the 10 % rule prevented nothing); Nielsen "
     "RO et al. 2014, excessive progression in weekly running distance (over 30 % in 2 weeks). "
     "Ours: 15 %"},
    {R::prog_jog_longest, "PROG-JOG-LONGEST",
     "From one stage to the next (walking stages included), the longest single jog rises by at "
     "most 2 minutes or a quarter, whichever is more.",
     "A program that breaks this is refused when it is loaded.", B::design,
     "No published source: ours (it smooths the NHS Couch to 5K week-5 jump from 8 to 20 "
     "minutes)"},
    {R::prog_no_limits, "PROG-NO-LIMITS", "The program sets no limit on how fast jog time grows.",
     "Every output says so: the plan follows its source's schedule, not back-care's limits.",
     B::design, "No published source: ours"},
    {R::hist_future, "HIST-FUTURE", "A log entry dated after today.",
     "Not counted until that day has come.", B::design, "No published source: date logic"},
    {R::rest_day, "REST-DAY",
     "Never two session days in a row; rest days are kept when dates shift.",
     "Sessions are placed with at least one rest day between them.", B::published,
     "NHS Couch to 5K; return-to-run protocol, Trials 2023; SEMC (clinic page)"},
    {R::safety_signs, "SAFETY-SIGNS",
     "Every plan: the warning signs to stop for, in two groups (emergency care now; a clinician "
     "soon).",
     "Shown in every output; stop at once and get help as it says.", B::published,
     "BASS, Cauda Equina Warning Signs; NHS back-pain advice (999 and 111); NHS Lothian RefHelp, "
     "Serious lumbar spine conditions; Riebe D et al. 2015 (ACSM screening), Med Sci Sports Exerc; "
     "PAR-Q+ 2023 questions 2-3. Ours: fainting in "
     "the emergency group"},
    {R::chk_clearance, "CHK-CLEARANCE",
     "Before week 1: get the okay from a doctor or physiotherapist.",
     "Shown as done, with who and when, once the profile has a clearance; never withholds a plan.",
     B::design, "NHS Couch to 5K (speak to a GP first if you are worried)"},
    {R::chk_before, "CHK-BEFORE",
     "Before each session: today's pain no more than usual + 1, nothing new.",
     "Otherwise walk only today (on a walking plan: a shorter, easier walk).", B::design,
     "No published source: usual + 1 is ours"},
    {R::chk_stop, "CHK-STOP",
     "During: pain above the RED limit, sharp pain, a limp, new or spreading leg symptoms, chest "
     "pain, dizziness or unusual breathlessness.",
     "Stop jogging and walk home (on a walking plan: stop and rest).", B::adapted,
     "SEMC and allsportortho return-to-run advice (clinic pages); Riebe D et al. 2015 (ACSM "
     "screening), Med Sci Sports Exerc; PAR-Q+ 2023 "
     "questions 2-3. Changed: our RED limit, and leg symptoms added"},
    {R::chk_after, "CHK-AFTER", "After each session, and the next morning.",
     "Write down pain during and after, then how your back feels the next morning.", B::adapted,
     "Silbernagel KG et al. 2007, Am J Sports Med 35(6):897-906 (the next-morning response); "
     "Physio Clinic Bristol. Changed: pain after "
     "added"},
    {R::chk_weekly, "CHK-WEEKLY", "End of each week.",
     "Progress, repeat or go back a stage, as the logged sessions decide.", B::design,
     "NHS Couch to 5K (repeat a week if you need to). Ours: the weekly gate"},
    {R::shoe_check, "SHOE-CHECK", "Shoes at 500-800 km or 6 months old.",
     "Check them and consider replacing them. A convention, not evidence.", B::design,
     "Cook SD et al. 1985, Am J Sports Med 13(4):248-53; Kong PW et al. 2009, Br J Sports Med "
     "43:745-9; return-to-run protocol, Trials 2023 (6 months)"},
    {R::form_cadence, "FORM-CADENCE", "Jogs of 5 minutes or more.",
     "Try slightly quicker, shorter steps: about 5 % more steps per minute.", B::adapted,
     "Heiderscheit BC et al. 2011, Med Sci Sports Exerc 43(2):296-302 (knee, healthy runners); "
     "Rodacki CLN et al. 2024, Gait Posture 113:528-33. Changed: applied to the back; the 5-minute "
     "trigger is ours"},
    {R::pace_easy, "PACE-EASY", "Every jog.",
     "An easy, conversational pace (you can talk in sentences); flat ground first.", B::adapted,
     "Return-to-run protocol, Trials 2023 (effort 3 of 10, level ground); White TL, Malone TR "
     "1990, Med Sci Sports Exerc 22(6):769-72. Changed: kept for every jog"},
});

// True when row i of the table is the rule RuleId(i): the enum indexes the table.
constexpr bool rows_follow_the_enum() {
  for (std::size_t i = 0; i < k_rules.size(); ++i) {
    if (static_cast<std::size_t>(k_rules[i].id) != i) {
      return false;
    }
  }
  return true;
}

static_assert(k_rules.size() == k_rule_count, "one rule-table row for each RuleId");
static_assert(rows_follow_the_enum(), "rule-table rows in RuleId order");

}  // namespace

std::span<const Rule> rule_table() {
  return k_rules;
}

}  // namespace backstride
