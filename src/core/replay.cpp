#include "replay.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "entry_point.hpp"
#include "replay_state.hpp"

namespace backstride {
namespace {

using history_replay::k_greens_to_progress;
using history_replay::Replay;
using history_replay::SignOutcome;

// The decision after the last replayed session.
Decision decide_after_history(const Replay& replay) {
  const Assessment& result = replay.result;
  const TrailStep& last = result.trail.at(replay.last_judged);
  if (last.rule == RuleId::gap_14 || last.rule == RuleId::gap_28) {
    return {Action::regress, last.rule, last.effect};
  }
  if (replay.cleared_sign_last) {
    const Clearance& clearance = *replay.profile.clearance;
    return {Action::continue_stage, RuleId::clr_lift,
            rule_words("{by} cleared the warning sign on {date}: continue at {stage} (that "
                       "session does not count)",
                       {{"by", clearance.by},
                        {"date", format_date(clearance.date)},
                        {"stage", replay.stage_id()}})};
  }
  if (result.stage_index >= replay.program().stages.size()) {
    return {Action::progress, last.rule,
            rule_words("program finished. {finale}", {{"finale", replay.program().finale}})};
  }
  switch (replay.last_zone.value_or(Zone::green)) {
    case Zone::red:
      if (result.not_before && days_between(replay.today, *result.not_before) > 0) {
        return {
            Action::rest, last.rule,
            rule_words("relative rest until {date} after a RED session (walking is fine), "
                       "then {stage}",
                       {{"date", format_date(*result.not_before)}, {"stage", replay.stage_id()}})};
      }
      return {Action::regress, last.rule,
              rule_words("the last session was RED; the rest is over: continue at {stage}",
                         {{"stage", replay.stage_id()}})};
    case Zone::pending:
    case Zone::amber:
      if (replay.needs_review()) {
        return {Action::review, RuleId::review_amber,
                rule_words("{count} AMBER sessions in a row at {stage} (since {date}): check in "
                           "with your doctor or physiotherapist; meanwhile continue at {stage}",
                           {{"count", std::to_string(replay.amber_streak)},
                            {"stage", replay.stage_id()},
                            {"date", format_date(*replay.first_amber)}})};
      }
      if (replay.last_zone == Zone::pending) {
        return {
            Action::continue_stage, RuleId::pain_pending,
            rule_words("the session on {date} waits for its next-morning score (log it the "
                       "morning after); meanwhile continue {stage} ({greens} of {needed} GREEN)",
                       {{"date", format_date(*replay.pending_day)},
                        {"stage", replay.stage_id()},
                        {"greens", std::to_string(result.greens_in_stage)},
                        {"needed", std::to_string(k_greens_to_progress)}})};
      }
      return {Action::repeat, RuleId::pain_amber,
              rule_words("the last session was AMBER, {effect}", {}, {{"effect", last.effect}})};
    case Zone::green:
      break;
  }
  if (replay.progressed_last && replay.walking_lock && last.rule == *replay.walking_lock) {
    return {Action::continue_stage, last.rule,
            rule_words("30-minute walks stay GREEN; keep walking at {stage} until a clinician "
                       "clears you for jogging",
                       {{"stage", replay.stage_id()}})};
  }
  if (replay.progressed_last) {
    return {Action::progress, last.rule,
            rule_words("move on to {stage}", {{"stage", replay.stage_id()}})};
  }
  return {Action::continue_stage, RuleId::pain_green,
          rule_words("the last session was GREEN: continue {stage} ({greens} of {needed} GREEN)",
                     {{"stage", replay.stage_id()},
                      {"greens", std::to_string(result.greens_in_stage)},
                      {"needed", std::to_string(k_greens_to_progress)}})};
}

// True when the profile's clearance is dated on or after `day`.
bool cleared_since(const Profile& profile, Date day) {
  return profile.clearance && days_between(day, profile.clearance->date) >= 0;
}

}  // namespace

std::vector<HistoryEntry> latest_entries(const std::vector<HistoryEntry>& history) {
  std::vector<HistoryEntry> entries;
  for (auto it = history.rbegin(); it != history.rend(); ++it) {
    bool amended = std::ranges::any_of(entries, [&](const HistoryEntry& later) {
      return later.date == it->date && later.session == it->session;
    });
    if (!amended) {
      entries.push_back(*it);
    }
  }
  std::ranges::reverse(entries);
  std::ranges::stable_sort(entries, {},
                           [](const HistoryEntry& e) { return std::chrono::sys_days{e.date}; });
  return entries;
}

Assessment replay_history(const Profile& profile, const Program& requested, Date today) {
  Replay replay(profile, pain_limits_for(profile), today);
  Assessment& result = replay.result;
  result.screening = screen_profile(profile, today);
  result.program = &requested;
  for (const auto& finding : result.screening.findings) {
    // Findings from history entries are met in order during the replay below.
    bool blocks = !finding.date && (finding.effect == RuleEffect::emergency ||
                                    (finding.effect == RuleEffect::refer && !finding.lifted));
    if (blocks) {
      bool emergency = finding.effect == RuleEffect::emergency;
      result.decision = {emergency ? Action::emergency : Action::refer, finding.rule,
                         finding.message};
      return result;
    }
  }
  EntryPoint start = choose_entry_point(profile, result.screening, requested);
  result.program = start.program;
  result.stage_index = start.stage_index;
  result.notes = start.notes;
  result.decision = {Action::start, start.rule, start.reason};
  replay.walking_lock = start.walking_lock;
  result.walking_lock = start.walking_lock;

  auto entries = latest_entries(profile.history);
  bool replayed = false;
  for (const auto& entry : entries) {
    bool future = days_between(today, entry.date) > 0;
    bool paused = !future && replay.paused_on &&
                  !(cleared_since(profile, *replay.paused_on) &&
                    days_between(profile.clearance->date, entry.date) >= 0);
    if (future || paused) {
      SignOutcome sign = replay.warning_signs(entry);
      if (sign == SignOutcome::stop) {
        return result;
      }
      if (sign == SignOutcome::none) {
        // A paused session still shows how it went; a future one has not happened.
        replay.step(entry, future ? std::nullopt : std::optional(replay.zone_of(entry)),
                    future ? RuleId::hist_future : replay.pause_rule,
                    future ? rule_words("dated after today: not counted")
                           : rule_words("not counted: the plan is paused until a clinician "
                                        "clears it"));
      }
      continue;
    }
    if (replay.paused_on) {
      replay.paused_on.reset();
      replay.reds_in_row = 0;
      replay.restricted_in_row = 0;
      replay.first_restricted.reset();
    }
    replay.apply_gap(entry.date, &entry);
    SignOutcome sign = replay.warning_signs(entry);
    if (sign == SignOutcome::stop) {
      return result;
    }
    replay.cleared_sign_last = sign == SignOutcome::not_counted;
    if (sign == SignOutcome::none && !replay.judge(entry)) {
      continue;  // a second session that day: shown, not counted
    }
    replay.last_judged = result.trail.size() - 1;
    replay.last_session = entry.date;
    result.last_logged = entry.date;
    replayed = true;
  }
  if (replay.paused_on) {
    if (!cleared_since(profile, *replay.paused_on)) {
      result.decision = {
          Action::pause, replay.pause_rule,
          rule_words("pain has held the plan back: see a clinician before going on")};
      return result;
    }
    result.decision = {Action::continue_stage, RuleId::clr_lift,
                       rule_words("{by} cleared the pause on {date}: continue at {stage}",
                                  {{"by", profile.clearance->by},
                                   {"date", format_date(profile.clearance->date)},
                                   {"stage", replay.stage_id()}})};
    return result;
  }
  if (!replayed) {
    return result;
  }
  replay.apply_gap(today, nullptr);
  result.decision = decide_after_history(replay);
  return result;
}

}  // namespace backstride
