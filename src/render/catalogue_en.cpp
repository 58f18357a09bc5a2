// The English catalogue of handout wording. Each message: id, text, and the plural
// text when it differs ({n} is the count). Patient messages are plain words: no rule
// ids, command names or file names (those live in the self_use_* messages only).
#include <array>

#include "backstride/render/catalogue.hpp"
#include "catalogue_table.hpp"

namespace backstride::render {
namespace {

constexpr auto k_messages = std::to_array<Message>({
    // titles
    msg("title_jogging", "Your walk/jog plan"),
    msg("title_walking", "Your walking plan"),
    msg("title_refer", "Before you start: see a clinician"),
    msg("title_pause", "Paused: see a clinician before going on"),
    msg("title_emergency", "Stop: get emergency care now"),
    msg("title_clinician", "Clinician summary for {name}"),
    msg("subtitle", "For {name}, made on {date}"),
    // page 1
    msg("heading_today", "Today"),
    msg("fact_for", "For"),
    msg("fact_today", "Today"),
    msg("fact_next", "Next session"),
    msg("fact_days", "Your days"),
    msg("fact_cleared", "Cleared by"),
    msg("fact_limit", "Your pain limit"),
    msg("days_at", "{days} at {time}"),
    msg("cleared_by", "{by}, on {date}"),
    msg("limit_set", "your clinician set it at {cap} out of 10"),
    msg("next_session", "{day} {date} at {time}: {length} ({what})"),
    msg("decision_start", "Start at stage {stage}: a gentle mix of walking and short, easy jogs."),
    msg("decision_start_walking", "Start with brisk walks, at stage {stage}."),
    msg("decision_continue", "Carry on with stage {stage}."),
    msg("decision_progress", "Well done: move on to stage {stage}."),
    msg("decision_repeat",
        "Repeat stage {stage}: the last session was a little too much, so stay here until it "
        "feels fine."),
    msg("decision_regress", "Go back to stage {stage} and build up again from there."),
    msg("decision_rest",
        "Rest from jogging until {date} (gentle walking is fine), then carry on with stage "
        "{stage}."),
    msg("decision_review",
        "Check in with your doctor or physiotherapist: your sessions have stayed a little too "
        "painful. Until then, carry on with stage {stage}."),
    msg("decision_pause",
        "Your plan is paused. See your doctor or physiotherapist before going on; gentle walking "
        "is fine."),
    msg("decision_refer",
        "Before you start, see a doctor or physiotherapist: something in your answers needs "
        "checking first."),
    msg("decision_emergency", "Stop: get emergency care now."),
    msg("decision_finished", "You have finished the program. Keep your running easy and regular."),
    msg("heading_now", "What to do now"),
    msg("advice_emergency",
        "Go to an emergency department or call your local emergency number now. These signs can "
        "mean a problem with the nerves at the base of the spine, a fracture, or the heart, and "
        "need checking within hours. Do not start or carry on with any exercise plan."),
    msg("advice_pause",
        "Pain has held your plan back for a while. Keep walking gently as comfort allows, and book "
        "a doctor or physiotherapist. When they are happy for you to go on, they can note it, and "
        "your plan carries on from where it paused."),
    msg("advice_refer",
        "Something in your answers needs a doctor or physiotherapist to look at it before you "
        "start. Book an appointment (urgently if you have a fever, weight loss you cannot explain, "
        "a history of cancer, or weakness). When they have checked you, they can note it, and you "
        "will get your plan."),
    msg("heading_signs", "Warning signs: stop and get help"),
    // how it works
    msg("heading_checks", "Before, during and after each session"),
    msg("heading_pain", "How your pain guides the plan"),
    msg("pain_intro_jogging",
        "The plan builds up walking and easy jogging in small stages. Rate your pain from 0 (none) "
        "to 10 (the worst you can imagine) before, during and after each session, and again the "
        "next morning. The pain decides what comes next:"),
    msg("pain_intro_walking",
        "The plan builds up brisk walking in small stages. Rate your pain from 0 (none) to 10 (the "
        "worst you can imagine) before, during and after each walk, and again the next morning. "
        "The "
        "pain decides what comes next:"),
    msg("zone_green",
        "Green: pain during and after at most {green} out of 10, and back to your usual {usual} by "
        "the next morning. Two green sessions at a stage, on different days, move you on to the "
        "next stage. A session counts once you have noted the next morning's pain."),
    msg("amber_pain", "pain during or after {low} to {high}, "),
    msg("zone_amber",
        "Amber: {pain}pain the next morning above your usual, or a session you stopped early. "
        "Repeat the stage until it is green. If it stays amber for 4 sessions in a row, or for two "
        "weeks, check in with your clinician."),
    msg("zone_red",
        "Red: pain during or after above {red}, sharp pain, a limp, or leg pain, numbness or "
        "tingling that is new or spreading. Stop, rest from jogging for 2 days (gentle walking is "
        "fine), then go back one stage. Two red sessions in a row pause the plan until a clinician "
        "has seen you."),
    msg("rest_and_gaps",
        "Keep a rest day between sessions. After more than two weeks without a session the plan "
        "goes back one stage, after more than four weeks two. The dates below assume every session "
        "goes well: after writing down how sessions went, ask for a new sheet."),
    msg("rest_and_gaps_walking",
        "Walking on days in a row is fine. After more than two weeks without a walk the plan goes "
        "back one stage, after more than four weeks two. The dates below assume every walk goes "
        "well: after writing down how they went, ask for a new sheet."),
    // progress
    msg("heading_progress", "Your progress"),
    msg("chart_jogging", "Planned jogging each week"),
    msg("chart_walking", "Planned walking each week"),
    msg("unit_minutes", "minutes"),
    msg("week_label", "W{n}"),
    msg("chart_pain", "Pain you logged after each session"),
    msg("chart_pain_last", "Pain you logged (the last {n} sessions)"),
    msg("unit_pain", "pain 0-10"),
    msg("marker_green", "green up to"),
    msg("marker_red", "red above"),
    msg("marker_capped", "green up to, red above"),
    msg("key_green", "green: fine"),
    msg("key_amber", "amber: repeat the stage"),
    msg("key_red", "red: stop and rest"),
    msg("key_pending", "grey: waiting for the next-morning score"),
    msg("key_marked", "\u25c6 colour set by a symptom, the next morning or stopping early"),
    // weeks
    msg("heading_week", "Week {n}: {from} to {to}"),
    msg_n("week_summary", "{n} session: {jog} of jogging in {total}.",
          "{n} sessions: {jog} of jogging in {total}."),
    msg_n("week_summary_walking", "{n} walk: {total} in all.", "{n} walks: {total} in all."),
    msg("col_done", "Done"),
    msg("col_day", "Day"),
    msg("col_date", "Date"),
    msg("col_time", "Time"),
    msg("col_session", "Session"),
    msg("col_length", "Length"),
    msg("col_what", "What to do"),
    msg("segment_warmup", "{time} warm-up walk"),
    msg("segment_walk", "{time} walk"),
    msg("segment_jog", "{time} jog"),
    msg("segment_cooldown", "{time} cool-down walk"),
    msg("segment_then", ", then "),
    // the session guide: run's announcements, the audio guide and the watch's steps
    msg("cue_warmup", "Warm up: brisk walk for {time}"),
    msg("cue_walk", "Walk for {time}"),
    msg("cue_jog", "Jog for {time}"),
    msg("cue_cooldown", "Cool down: easy walk for {time}"),
    msg_n("cue_minutes", "{n} minute", "{n} minutes"),
    msg_n("cue_seconds", "{n} second", "{n} seconds"),
    msg("cue_minutes_seconds", "{minutes} and {seconds}"),
    msg("cue_with_stop_rule", "{cue}. {rule}"),
    msg("cue_joined", "{marker}. {cue}"),
    msg("cue_halfway", "Halfway"),
    msg("cue_minute_left", "One minute left"),
    msg("cue_done", "Done. Tomorrow morning, note how your back feels."),
    msg("cue_stop_rule_general", "Stop and walk home if anything feels wrong."),
    msg("step_warmup", "Warm up"),
    msg("step_walk", "Walk"),
    msg("step_jog", "Jog"),
    msg("step_cooldown", "Cool down"),
    // watch workouts (FIT): the workout's name on the watch
    msg("fit_name_jogging", "{session} walk/jog {length}"),
    msg("fit_name_walking", "{session} brisk walk {length}"),
    msg("heading_after", "After the last week"),
    msg_n("plan_summary", "{n} session over {weeks} weeks: {jog} of jogging in {total}.",
          "{n} sessions over {weeks} weeks: {jog} of jogging in {total}."),
    msg_n("plan_summary_walking", "{n} walk over {weeks} weeks: {total} in all.",
          "{n} walks over {weeks} weeks: {total} in all."),
    msg("then_jogging",
        "Then, once your longest walks stay green, the walk/jog plan follows (a clinician's okay "
        "comes first if one is needed)."),
    // the one box with commands
    msg("heading_self_use", "If you use backstride yourself"),
    msg("self_use_intro", "Write down each session with the backstride program on your computer:"),
    msg("self_use_log",
        "after a session: backstride log me.json --date YYYY-MM-DD --session S01-1 --completed "
        "--pain-before 2 --pain-during 3 --pain-after 2"),
    msg("self_use_morning",
        "the next morning: backstride log me.json --date YYYY-MM-DD --pain-next-morning 2"),
    msg("self_use_plan", "a new sheet: backstride plan me.json -o plan.pdf"),
    msg("heading_signature", "Checked with you by"),
    msg("signature_line",
        "Signature: ______________________________        Date: ________________"),
    msg("heading_note", "Please note"),
    msg("footer", "{person} \u2014 {by} \u2014 page {page} of {pages}"),
    msg("footer_handout", "backstride handout"),
    msg("footer_page", " \u2014 page "),
    msg("footer_of", " of "),
    msg("safety_note",
        "This plan is general advice to discuss with your doctor or physiotherapist. It does not "
        "diagnose, and it cannot see you: stop and get checked if something feels wrong."),
    // statuses, zones, actions and withheld plans, in every format
    msg("status_clear", "clear"),
    msg("status_clearance_needed", "SEE A CLINICIAN FIRST"),
    msg("status_urgent", "URGENT"),
    msg("zone_title_green", "GREEN"),
    msg("zone_title_pending", "PENDING"),
    msg("zone_title_amber", "AMBER"),
    msg("zone_title_red", "RED"),
    msg("action_start", "Start"),
    msg("action_continue", "Continue"),
    msg("action_progress", "Progress"),
    msg("action_repeat", "Repeat"),
    msg("action_regress", "Go back a stage"),
    msg("action_rest", "Rest"),
    msg("action_review", "Check in with your clinician"),
    msg("action_pause", "Pause"),
    msg("action_refer", "See a clinician first"),
    msg("action_emergency", "EMERGENCY"),
    msg("withheld_headline_emergency", "Stop. Seek emergency care now."),
    msg("withheld_headline_pause", "Paused: see a doctor or physiotherapist before going on."),
    msg("withheld_headline_refer", "No running plan yet: see a doctor or physiotherapist first."),
    msg("withheld_advice_emergency",
        "Go to an emergency department or call your local emergency number now. These signs can "
        "mean a problem with the nerves at the base of the spine, a fracture, or the heart, and "
        "need checking within hours. Do not start or continue any exercise plan. No plan was "
        "produced."),
    msg("withheld_advice_pause",
        "Pain has held the plan back for too long. Keep walking gently as comfort allows, and book "
        "a doctor or physiotherapist. When they clear you to go on, add a \"clearance\" block "
        "(dated that day) to your profile and plan again."),
    msg("withheld_advice_refer",
        "Something in your answers needs a doctor or physiotherapist to look at it before you "
        "start running. No running plan was produced. Book an appointment (urgently for fever, "
        "weight loss, a history of cancer or weakness). When you are cleared, add a \"clearance\" "
        "block to your profile (see `backstride schema`) and plan again."),
    msg("tool_safety_note",
        "backstride gives general advice to discuss with your doctor or physiotherapist. It does "
        "not diagnose, and it cannot see you: stop and get checked if something feels wrong."),
    // the text plan
    msg("txt_plan_for", "backstride plan for {name} ({id})"),
    msg("txt_trail", "Logged sessions (replayed in date order)"),
    msg("txt_col_date", "Date"),
    msg("txt_col_session", "Session"),
    msg("txt_col_zone", "Zone"),
    msg("txt_col_rule", "Rule"),
    msg("txt_col_happened", "What happened"),
    msg("txt_checkpoints", "Checkpoints"),
    msg("txt_week", "Week {n}  {from} to {to}"),
    msg_n("txt_week_summary", "{n} session  jog {jog}  total {total}",
          "{n} sessions  jog {jog}  total {total}"),
    msg("txt_no_sessions", "(no sessions this week)"),
    msg("txt_chart", "Weekly jog minutes"),
    msg("txt_signs", "Warning signs ({rule})"),
    msg_n("txt_plan_summary", "{n} session over {weeks} weeks: jog {jog}, total {total}.",
          "{n} sessions over {weeks} weeks: jog {jog}, total {total}."),
    msg("txt_then", "Then: {program} follows once the last stage stays GREEN (WALK-GRADUATE)."),
    msg("txt_finale", "After the last stage: {finale}"),
    msg("txt_days_rest", "a rest day between sessions: REST-DAY"),
    msg("txt_days_walking", "walking on days in a row is fine"),
    msg("txt_limits_declared",
        "  Limits: total jog +{total:.0f} % a stage (+{two:.0f} % over two), longest jog +2 min or "
        "+25 % (PROG-JOG-TOTAL, PROG-JOG-LONGEST)"),
    msg("txt_limits_none", "  Limits: none; the source's own steps (PROG-NO-LIMITS)"),
    msg("txt_col_stage", "Stage"),
    msg("txt_col_jog", "Jog"),
    msg("txt_col_longest", "Longest"),
    msg("txt_col_main", "Main part"),
    msg("txt_walking_only", "walking only"),
    msg_n("txt_program", "{id}  {name} ({n} stage, {kind})", "{id}  {name} ({n} stages, {kind})"),
    msg("txt_program_about", "  {summary}\n  Source: {source}"),
    msg("txt_label_today", "Today"),
    msg("txt_label_screening", "Screening"),
    msg("txt_label_decision", "Decision"),
    msg("txt_label_program", "Program"),
    msg("txt_label_limits", "Limits"),
    msg("txt_label_next", "Next"),
    msg("txt_label_days", "Days"),
    msg("txt_label_note", "Note"),
    msg("txt_effect_note", "{effect} (note: {warning})"),
    msg("txt_next", "{day} {date} at {time}, {id}"),
    msg("txt_lifted_by", ": lifted by {by}'s clearance"),
    // calendars and spreadsheets
    // the spreadsheet (-f csv): its header row
    msg("sheet_col_name", "Name"),
    msg("sheet_col_week", "Week"),
    msg("sheet_col_stage", "Stage"),
    msg("sheet_col_session", "Session"),
    msg("sheet_col_date", "Date"),
    msg("sheet_col_time", "Time"),
    msg("sheet_col_start", "Starts at"),
    msg("sheet_col_planned", "Planned minutes"),
    msg("sheet_col_jog", "Jog minutes"),
    msg("sheet_col_longest", "Longest jog (minutes)"),
    msg("sheet_col_zone", "Zone"),
    msg("sheet_col_done", "Date done"),
    msg("sheet_col_checkpoints", "Checkpoints"),
    msg("sheet_col_happened", "What happened"),
    msg("cal_name_jogging", "Walk/jog plan"),
    msg("cal_name_walking", "Walking plan"),
    msg("cal_categories", "Exercise,Back care,backstride"),
    msg("cal_finished", "Program finished: well done"),
    msg("cal_finished_alarm", "Program finished"),
    msg("cal_emergency", "Seek emergency care now"),
    msg("cal_refer", "See a doctor or physiotherapist before you start"),
    msg("cal_pause", "Rest and see a clinician"),
    msg("cal_session", "Walk/jog {length}: {jogs}"),
    msg("cal_kind_jogging", "walk/jog"),
    msg("cal_session_walking", "Brisk walk {length}"),
    msg("cal_jog_once", "{time} jog"),
    msg("cal_jogs_same", "{n} \u00d7 {time} jog"),
    msg("cal_jogs_mixed", "{n} jogs, {time} in all"),
    msg("cal_morning", "How is your back? Log it"),
    msg("cal_morning_alarm", "How is your back this morning? Score it from 0 to 10 and log it"),
    msg("cal_morning_text",
        "The morning after your session of {date} ({session}): score your back pain from 0 to "
        "10 and log it. If it is 2 or more above your usual pain, rest and do not jog today.\n"
        "With backstride: {command}"),
    msg("cal_cancelled", "Cancelled: {title}"),
    msg("cal_cancelled_untitled", "session"),
    msg("cal_cancelled_text",
        "Cancelled: your plan changed and this is no longer part of it. Do not do this session; "
        "delete it if your calendar still shows it."),
    msg("cal_for", "For: {name}"),
    msg("cal_cleared", "Cleared by {by} on {date}{notes}"),
    msg("cal_stage", "Stage {stage}: {title}"),
    msg("cal_intervals", "Intervals: {intervals}"),
    msg("label_warmup", "warm-up"),
    msg("label_walk", "walk"),
    msg("label_jog", "jog"),
    msg("label_cooldown", "cool-down"),
    msg("cal_signs", "Warning signs ({rule}). {heading}"),
    // clinician pages
    msg("heading_clinician", "For your clinician"),
    msg("fact_patient", "Patient"),
    msg("fact_profile", "Profile"),
    msg("fact_clearance", "Clearance"),
    msg("fact_screening", "Screening"),
    msg("fact_decision", "Decision"),
    msg("fact_program", "Program"),
    msg("fact_limits", "Pain limits"),
    msg("limits_text", "GREEN at most {green}, RED above {red}, usual pain {usual}{cap}"),
    msg("none_recorded", "none recorded"),
    msg("running_allowed", "running allowed"),
    msg("walking_only", "walking only"),
    msg("capped_at", "; pain during exercise capped at {cap}"),
    msg("clearance_notes", ". Notes: {notes}"),
    msg("heading_findings", "What screening found"),
    msg("logged_on", ", logged {date}"),
    msg("lifted", ": lifted by the clearance"),
    msg("heading_trail", "Logged sessions (replayed in date order)"),
    msg("trail_cut", "The last {shown} of {all} steps of the log; the JSON plan lists them all."),
    msg("col_result", "Result"),
    msg("col_rule", "Rule"),
    msg("col_changed", "What it changed"),
    msg("heading_rules", "Rules cited"),
    msg("col_basis", "Basis"),
    msg("col_when", "When it applies"),
    msg("col_source", "Source"),
    // backstride next (terminal)
    msg("next_title", "backstride next for {name} ({id}), {date}"),
    msg("next_session_line", "{day} {date} at {time}: {id} ({length}), {segments}"),
    msg("next_rest_red",
        "relative rest: walking and daily activity are fine, no jogging (PAIN-RED)"),
    msg("next_rest_day", "no session: a rest day (REST-DAY)"),
    msg("next_finished", "no sessions left in this program. {finale}"),
    // the days of the week, as the short names on the page ("Tue, Thu, Sat")
    msg("weekday_mon", "Mon"),
    msg("weekday_tue", "Tue"),
    msg("weekday_wed", "Wed"),
    msg("weekday_thu", "Thu"),
    msg("weekday_fri", "Fri"),
    msg("weekday_sat", "Sat"),
    msg("weekday_sun", "Sun"),
});

}  // namespace

std::span<const Message> handout_messages() {
  return k_messages;
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
