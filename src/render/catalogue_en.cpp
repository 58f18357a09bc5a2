// The English catalogue of handout wording. Each message: id, text, and the plural
// text when it differs ({n} is the count). Patient messages are plain words: no rule
// ids, command names or file names (those live in the self_use_* messages only).
#include <algorithm>
#include <array>

#include "backstride/error.hpp"
#include "backstride/render/catalogue.hpp"
#include "catalogue_table.hpp"

namespace backstride::render {
namespace {

constexpr auto k_messages = std::to_array<Message>({
    // titles
    {"title_jogging", "Your walk/jog plan"},
    {"title_walking", "Your walking plan"},
    {"title_refer", "Before you start: see a clinician"},
    {"title_pause", "Paused: see a clinician before going on"},
    {"title_emergency", "Stop: get emergency care now"},
    {"title_clinician", "Clinician summary for {name}"},
    {"subtitle", "For {name}, made on {date}"},
    // page 1
    {"heading_today", "Today"},
    {"fact_for", "For"},
    {"fact_today", "Today"},
    {"fact_next", "Next session"},
    {"fact_days", "Your days"},
    {"fact_cleared", "Cleared by"},
    {"fact_limit", "Your pain limit"},
    {"days_at", "{days} at {time}"},
    {"cleared_by", "{by}, on {date}"},
    {"limit_set", "your clinician set it at {cap} out of 10"},
    {"next_session", "{day} {date} at {time}: {length} ({what})"},
    {"decision_start", "Start at stage {stage}: a gentle mix of walking and short, easy jogs."},
    {"decision_start_walking", "Start with brisk walks, at stage {stage}."},
    {"decision_continue", "Carry on with stage {stage}."},
    {"decision_progress", "Well done: move on to stage {stage}."},
    {"decision_repeat",
     "Repeat stage {stage}: the last session was a little too much, so stay here until it "
     "feels fine."},
    {"decision_regress", "Go back to stage {stage} and build up again from there."},
    {"decision_rest",
     "Rest from jogging until {date} (gentle walking is fine), then carry on with stage "
     "{stage}."},
    {"decision_review",
     "Check in with your doctor or physiotherapist: your sessions have stayed a little too "
     "painful. Until then, carry on with stage {stage}."},
    {"decision_pause",
     "Your plan is paused. See your doctor or physiotherapist before going on; gentle walking "
     "is fine."},
    {"decision_refer",
     "Before you start, see a doctor or physiotherapist: something in your answers needs "
     "checking first."},
    {"decision_emergency", "Stop: get emergency care now."},
    {"decision_finished", "You have finished the program. Keep your running easy and regular."},
    {"heading_now", "What to do now"},
    {"advice_emergency",
     "Go to an emergency department or call your local emergency number now. These signs can "
     "mean a problem with the nerves at the base of the spine, a fracture, or the heart, and "
     "need checking within hours. Do not start or carry on with any exercise plan."},
    {"advice_pause",
     "Pain has held your plan back for a while. Keep walking gently as comfort allows, and book "
     "a doctor or physiotherapist. When they are happy for you to go on, they can note it, and "
     "your plan carries on from where it paused."},
    {"advice_refer",
     "Something in your answers needs a doctor or physiotherapist to look at it before you "
     "start. Book an appointment (urgently if you have a fever, weight loss you cannot explain, "
     "a history of cancer, or weakness). When they have checked you, they can note it, and you "
     "will get your plan."},
    {"heading_signs", "Warning signs: stop and get help"},
    // how it works
    {"heading_checks", "Before, during and after each session"},
    {"heading_pain", "How your pain guides the plan"},
    {"pain_intro_jogging",
     "The plan builds up walking and easy jogging in small stages. Rate your pain from 0 (none) "
     "to 10 (the worst you can imagine) before, during and after each session, and again the "
     "next morning. The pain decides what comes next:"},
    {"pain_intro_walking",
     "The plan builds up brisk walking in small stages. Rate your pain from 0 (none) to 10 (the "
     "worst you can imagine) before, during and after each walk, and again the next morning. The "
     "pain decides what comes next:"},
    {"zone_green",
     "Green: pain during and after at most {green} out of 10, and back to your usual {usual} by "
     "the next morning. Two green sessions at a stage, on different days, move you on to the "
     "next stage. A session counts once you have noted the next morning's pain."},
    {"amber_pain", "pain during or after {low} to {high}, "},
    {"zone_amber",
     "Amber: {pain}pain the next morning above your usual, or a session you stopped early. "
     "Repeat the stage until it is green. If it stays amber for 4 sessions in a row, or for two "
     "weeks, check in with your clinician."},
    {"zone_red",
     "Red: pain during or after above {red}, sharp pain, a limp, or leg pain, numbness or "
     "tingling that is new or spreading. Stop, rest from jogging for 2 days (gentle walking is "
     "fine), then go back one stage. Two red sessions in a row pause the plan until a clinician "
     "has seen you."},
    {"rest_and_gaps",
     "Keep a rest day between sessions. After more than two weeks without a session the plan "
     "goes back one stage, after more than four weeks two. The dates below assume every session "
     "goes well: after writing down how sessions went, ask for a new sheet."},
    {"rest_and_gaps_walking",
     "Walking on days in a row is fine. After more than two weeks without a walk the plan goes "
     "back one stage, after more than four weeks two. The dates below assume every walk goes "
     "well: after writing down how they went, ask for a new sheet."},
    // progress
    {"heading_progress", "Your progress"},
    {"chart_jogging", "Planned jogging each week"},
    {"chart_walking", "Planned walking each week"},
    {"unit_minutes", "minutes"},
    {"week_label", "W{n}"},
    {"chart_pain", "Pain you logged after each session"},
    {"chart_pain_last", "Pain you logged (the last {n} sessions)"},
    {"unit_pain", "pain 0-10"},
    {"marker_green", "green up to"},
    {"marker_red", "red above"},
    {"marker_capped", "green up to, red above"},
    {"key_green", "green: fine"},
    {"key_amber", "amber: repeat the stage"},
    {"key_red", "red: stop and rest"},
    {"key_pending", "grey: waiting for the next-morning score"},
    {"key_marked", "\u25c6 colour set by a symptom, the next morning or stopping early"},
    // weeks
    {"heading_week", "Week {n}: {from} to {to}"},
    {"week_summary", "{n} session: {jog} of jogging in {total}.",
     "{n} sessions: {jog} of jogging in {total}."},
    {"week_summary_walking", "{n} walk: {total} in all.", "{n} walks: {total} in all."},
    {"col_done", "Done"},
    {"col_day", "Day"},
    {"col_date", "Date"},
    {"col_time", "Time"},
    {"col_session", "Session"},
    {"col_length", "Length"},
    {"col_what", "What to do"},
    {"segment_warmup", "{time} warm-up walk"},
    {"segment_walk", "{time} walk"},
    {"segment_jog", "{time} jog"},
    {"segment_cooldown", "{time} cool-down walk"},
    {"segment_then", ", then "},
    // the session guide: run's announcements, the audio guide and the watch's steps
    {"cue_warmup", "Warm up: brisk walk for {time}"},
    {"cue_walk", "Walk for {time}"},
    {"cue_jog", "Jog for {time}"},
    {"cue_cooldown", "Cool down: easy walk for {time}"},
    {"cue_minutes", "{n} minute", "{n} minutes"},
    {"cue_seconds", "{n} second", "{n} seconds"},
    {"cue_minutes_seconds", "{minutes} and {seconds}"},
    {"cue_with_stop_rule", "{cue}. {rule}"},
    {"cue_joined", "{marker}. {cue}"},
    {"cue_halfway", "Halfway"},
    {"cue_minute_left", "One minute left"},
    {"cue_done", "Done. Tomorrow morning, note how your back feels."},
    {"cue_stop_rule_general", "Stop and walk home if anything feels wrong."},
    {"step_warmup", "Warm up"},
    {"step_walk", "Walk"},
    {"step_jog", "Jog"},
    {"step_cooldown", "Cool down"},
    // watch workouts (FIT): the workout's name on the watch
    {"fit_name_jogging", "{session} walk/jog {length}"},
    {"fit_name_walking", "{session} brisk walk {length}"},
    {"heading_after", "After the last week"},
    {"plan_summary", "{n} session over {weeks} weeks: {jog} of jogging in {total}.",
     "{n} sessions over {weeks} weeks: {jog} of jogging in {total}."},
    {"plan_summary_walking", "{n} walk over {weeks} weeks: {total} in all.",
     "{n} walks over {weeks} weeks: {total} in all."},
    {"then_jogging",
     "Then, once your longest walks stay green, the walk/jog plan follows (a clinician's okay "
     "comes first if one is needed)."},
    // the one box with commands
    {"heading_self_use", "If you use backstride yourself"},
    {"self_use_intro", "Write down each session with the backstride program on your computer:"},
    {"self_use_log",
     "after a session: backstride log me.json --date YYYY-MM-DD --session S01-1 --completed "
     "--pain-before 2 --pain-during 3 --pain-after 2"},
    {"self_use_morning",
     "the next morning: backstride log me.json --date YYYY-MM-DD --pain-next-morning 2"},
    {"self_use_plan", "a new sheet: backstride plan me.json -o plan.pdf"},
    {"heading_signature", "Checked with you by"},
    {"signature_line", "Signature: ______________________________        Date: ________________"},
    {"heading_note", "Please note"},
    {"footer", "{person} \u2014 {by} \u2014 page {page} of {pages}"},
    {"footer_handout", "backstride handout"},
    {"footer_page", " \u2014 page "},
    {"footer_of", " of "},
    {"safety_note",
     "This plan is general advice to discuss with your doctor or physiotherapist. It does not "
     "diagnose, and it cannot see you: stop and get checked if something feels wrong."},
    // statuses, zones, actions and withheld plans, in every format
    {"status_clear", "clear"},
    {"status_clearance_needed", "SEE A CLINICIAN FIRST"},
    {"status_urgent", "URGENT"},
    {"zone_title_green", "GREEN"},
    {"zone_title_pending", "PENDING"},
    {"zone_title_amber", "AMBER"},
    {"zone_title_red", "RED"},
    {"action_start", "Start"},
    {"action_continue", "Continue"},
    {"action_progress", "Progress"},
    {"action_repeat", "Repeat"},
    {"action_regress", "Go back a stage"},
    {"action_rest", "Rest"},
    {"action_review", "Check in with your clinician"},
    {"action_pause", "Pause"},
    {"action_refer", "See a clinician first"},
    {"action_emergency", "EMERGENCY"},
    {"withheld_headline_emergency", "Stop. Seek emergency care now."},
    {"withheld_headline_pause", "Paused: see a doctor or physiotherapist before going on."},
    {"withheld_headline_refer", "No running plan yet: see a doctor or physiotherapist first."},
    {"withheld_advice_emergency",
     "Go to an emergency department or call your local emergency number now. These signs can "
     "mean a problem with the nerves at the base of the spine, a fracture, or the heart, and "
     "need checking within hours. Do not start or continue any exercise plan. No plan was "
     "produced."},
    {"withheld_advice_pause",
     "Pain has held the plan back for too long. Keep walking gently as comfort allows, and book "
     "a doctor or physiotherapist. When they clear you to go on, add a \"clearance\" block "
     "(dated that day) to your profile and plan again."},
    {"withheld_advice_refer",
     "Something in your answers needs a doctor or physiotherapist to look at it before you "
     "start running. No running plan was produced. Book an appointment (urgently for fever, "
     "weight loss, a history of cancer or weakness). When you are cleared, add a \"clearance\" "
     "block to your profile (see `backstride schema`) and plan again."},
    {"tool_safety_note",
     "backstride gives general advice to discuss with your doctor or physiotherapist. It does "
     "not diagnose, and it cannot see you: stop and get checked if something feels wrong."},
    // the text plan
    {"txt_plan_for", "backstride plan for {name} ({id})"},
    {"txt_trail", "Logged sessions (replayed in date order)"},
    {"txt_col_date", "Date"},
    {"txt_col_session", "Session"},
    {"txt_col_zone", "Zone"},
    {"txt_col_rule", "Rule"},
    {"txt_col_happened", "What happened"},
    {"txt_checkpoints", "Checkpoints"},
    {"txt_week", "Week {n}  {from} to {to}"},
    {"txt_week_summary", "{n} session  jog {jog}  total {total}",
     "{n} sessions  jog {jog}  total {total}"},
    {"txt_no_sessions", "(no sessions this week)"},
    {"txt_chart", "Weekly jog minutes"},
    {"txt_signs", "Warning signs ({rule})"},
    {"txt_plan_summary", "{n} session over {weeks} weeks: jog {jog}, total {total}.",
     "{n} sessions over {weeks} weeks: jog {jog}, total {total}."},
    {"txt_then", "Then: {program} follows once the last stage stays GREEN (WALK-GRADUATE)."},
    {"txt_finale", "After the last stage: {finale}"},
    {"txt_days_rest", "a rest day between sessions: REST-DAY"},
    {"txt_days_walking", "walking on days in a row is fine"},
    {"txt_limits_declared",
     "  Limits: total jog +{total:.0f} % a stage (+{two:.0f} % over two), longest jog +2 min or "
     "+25 % (PROG-JOG-TOTAL, PROG-JOG-LONGEST)"},
    {"txt_limits_none", "  Limits: none; the source's own steps (PROG-NO-LIMITS)"},
    {"txt_col_stage", "Stage"},
    {"txt_col_jog", "Jog"},
    {"txt_col_longest", "Longest"},
    {"txt_col_main", "Main part"},
    {"txt_walking_only", "walking only"},
    {"txt_program", "{id}  {name} ({n} stage, {kind})", "{id}  {name} ({n} stages, {kind})"},
    {"txt_program_about", "  {summary}\n  Source: {source}"},
    {"txt_label_today", "Today"},
    {"txt_label_screening", "Screening"},
    {"txt_label_decision", "Decision"},
    {"txt_label_program", "Program"},
    {"txt_label_limits", "Limits"},
    {"txt_label_next", "Next"},
    {"txt_label_days", "Days"},
    {"txt_label_note", "Note"},
    {"txt_next", "{day} {date} at {time}, {id}"},
    {"txt_lifted_by", ": lifted by {by}'s clearance"},
    // calendars and spreadsheets
    // the spreadsheet (-f csv): its header row
    {"sheet_col_name", "Name"},
    {"sheet_col_week", "Week"},
    {"sheet_col_stage", "Stage"},
    {"sheet_col_session", "Session"},
    {"sheet_col_date", "Date"},
    {"sheet_col_time", "Time"},
    {"sheet_col_start", "Starts at"},
    {"sheet_col_planned", "Planned minutes"},
    {"sheet_col_jog", "Jog minutes"},
    {"sheet_col_longest", "Longest jog (minutes)"},
    {"sheet_col_zone", "Zone"},
    {"sheet_col_done", "Date done"},
    {"sheet_col_checkpoints", "Checkpoints"},
    {"sheet_col_happened", "What happened"},
    {"cal_name_jogging", "Walk/jog plan"},
    {"cal_name_walking", "Walking plan"},
    {"cal_categories", "Exercise,Back care,backstride"},
    {"cal_finished", "Program finished: well done"},
    {"cal_finished_alarm", "Program finished"},
    {"cal_emergency", "Seek emergency care now"},
    {"cal_refer", "See a doctor or physiotherapist before you start"},
    {"cal_pause", "Rest and see a clinician"},
    {"cal_session", "Walk/jog {length}: {jogs}"},
    {"cal_kind_jogging", "walk/jog"},
    {"cal_session_walking", "Brisk walk {length}"},
    {"cal_jog_once", "{time} jog"},
    {"cal_jogs_same", "{n} \u00d7 {time} jog"},
    {"cal_jogs_mixed", "{n} jogs, {time} in all"},
    {"cal_morning", "How is your back? Log it"},
    {"cal_morning_alarm", "How is your back this morning? Score it from 0 to 10 and log it"},
    {"cal_morning_text",
     "The morning after your session of {date} ({session}): score your back pain from 0 to "
     "10 and log it. If it is 2 or more above your usual pain, rest and do not jog today.\n"
     "With backstride: {command}"},
    {"cal_cancelled", "Cancelled: {title}"},
    {"cal_cancelled_untitled", "session"},
    {"cal_cancelled_text",
     "Cancelled: your plan changed and this is no longer part of it. Do not do this session; "
     "delete it if your calendar still shows it."},
    {"cal_for", "For: {name}"},
    {"cal_cleared", "Cleared by {by} on {date}{notes}"},
    {"cal_stage", "Stage {stage}: {title}"},
    {"cal_intervals", "Intervals: {intervals}"},
    {"label_warmup", "warm-up"},
    {"label_walk", "walk"},
    {"label_jog", "jog"},
    {"label_cooldown", "cool-down"},
    {"cal_signs", "Warning signs ({rule}). {heading}"},
    // clinician pages
    {"heading_clinician", "For your clinician"},
    {"fact_patient", "Patient"},
    {"fact_profile", "Profile"},
    {"fact_clearance", "Clearance"},
    {"fact_screening", "Screening"},
    {"fact_decision", "Decision"},
    {"fact_program", "Program"},
    {"fact_limits", "Pain limits"},
    {"limits_text", "GREEN at most {green}, RED above {red}, usual pain {usual}{cap}"},
    {"none_recorded", "none recorded"},
    {"running_allowed", "running allowed"},
    {"walking_only", "walking only"},
    {"capped_at", "; pain during exercise capped at {cap}"},
    {"clearance_notes", ". Notes: {notes}"},
    {"heading_findings", "What screening found"},
    {"logged_on", ", logged {date}"},
    {"lifted", ": lifted by the clearance"},
    {"heading_trail", "Logged sessions (replayed in date order)"},
    {"trail_cut", "The last {shown} of {all} steps of the log; the JSON plan lists them all."},
    {"col_result", "Result"},
    {"col_rule", "Rule"},
    {"col_changed", "What it changed"},
    {"heading_rules", "Rules cited"},
    {"col_basis", "Basis"},
    {"col_when", "When it applies"},
    {"col_source", "Source"},
});

}  // namespace

std::string_view message(std::string_view id, long count) {
  const Message* found = nullptr;
  for (std::span<const Message> table : {std::span<const Message>(k_messages), review_messages()}) {
    auto it = std::ranges::find(table, id, &Message::id);
    if (it != table.end()) {
      found = &*it;
      break;
    }
  }
  if (found == nullptr) {
    throw Error(ExitCode::software, fmt::format("message {} is not in the catalogue", id));
  }
  return count != 1 && !found->other.empty() ? found->other : found->one;
}

std::string readable_duration(int seconds) {
  if (seconds >= 3600) {  // an hour or more: to the nearest minute
    int minutes = (seconds + 30) / 60;
    return minutes % 60 > 0 ? fmt::format("{} h {} min", minutes / 60, minutes % 60)
                            : fmt::format("{} h", minutes / 60);
  }
  int minutes = seconds / 60;
  int rest = seconds % 60;
  if (minutes == 0) {
    return rest > 0 ? fmt::format("{} s", rest) : std::string("0 min");
  }
  return rest > 0 ? fmt::format("{} min {} s", minutes, rest) : fmt::format("{} min", minutes);
}

}  // namespace backstride::render
