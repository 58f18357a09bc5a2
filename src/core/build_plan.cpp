#include "backstride/generate.hpp"
#include "backstride/timezone.hpp"
#include "checkpoints.hpp"

namespace backstride {

Plan build_plan(const Profile& given, const Program& requested, Date today, std::string_view source,
                std::string_view timezone) {
  Assessment assessment = assess(given, requested, today);
  std::optional<Profile> storage;
  const Profile& profile = profile_as_of(given, today, storage);
  const Program& program = *assessment.program;
  Plan plan;
  if (assessment.withheld() || assessment.stage_index >= program.stages.size()) {
    plan = generate_plan(profile, program,  // no sessions: no day to adjust
                         {.today = today,
                          .first_stage = program.stages.size(),
                          .first_session = 0,
                          .not_before = std::nullopt,
                          .last_session = std::nullopt,
                          .source = source});
  } else {
    // A session waiting for its next morning was done: the plan goes on to the stage's
    // next session (never past the stage's last one) instead of naming it again.
    bool pending = assessment.decision.rule == RuleId::pain_pending;
    plan = generate_plan(without_missing_days(profile, today, timezone), program,
                         {.today = today,
                          .first_stage = assessment.stage_index,
                          .first_session = assessment.greens_in_stage + (pending ? 1 : 0),
                          .not_before = assessment.not_before,
                          .last_session = assessment.last_logged,
                          .source = source});
  }
  plan.screening = assessment.screening;
  plan.decision = assessment.decision;
  plan.trail = assessment.trail;
  plan.notes = assessment.notes;
  plan.withheld = assessment.withheld();
  plan.exit_code = exit_code_for(assessment);
  plan.clearance = profile.clearance;
  plan.limits = pain_limits_for(profile);
  plan.timezone = timezone;
  if (assessment.walking_lock) {
    plan.next_program.clear();
    plan.finale = "Keep walking: jogging waits for a clinician's clearance (" +
                  std::string(rule_key(*assessment.walking_lock)) + ").";
  }
  plan.history_entries = static_cast<int>(profile.history.size());
  plan.safety_signs = safety_signs();
  if (plan.withheld) {
    return plan;
  }
  plan.program_limits = program_limits(program);
  bool long_jogs = false;
  bool shoes_flagged = false;
  for (auto& week : plan.weeks) {
    for (auto& session : week.sessions) {
      session.checkpoints = session_checkpoints(session, profile, plan.limits);
      session.start_utc = local_to_utc(session.date, session.start_minutes, timezone);
      long_jogs = long_jogs || longest_jog_seconds(session.segments) >= 300;
      // A time skipped by a clock change is shown as the clock reads then, in every format.
      session.start_minutes = utc_to_local(session.start_utc, timezone).second;
    }
    week.checkpoints = week_checkpoints(week, profile, shoes_flagged);
  }
  plan.checkpoints = plan_checkpoints(profile, plan.limits, program.jogging, long_jogs);
  return plan;
}

}  // namespace backstride
