// The replay's steps: how one logged session (or a gap) moves the stage on, holds it
// or sends it back (PAIN-*, PROG-*, GAP-*, PAUSE-*, REVIEW-AMBER, SIGN-NOCOUNT).
#include <algorithm>

#include <fmt/format.h>

#include "entry_point.hpp"
#include "replay_state.hpp"

namespace backstride::history_replay {
namespace {

// GAP-14 / GAP-28: how long the gap was and how far back it sends the plan.
Words gap_words(int gap, bool before_entry, bool two_stages, const std::string& stage) {
  WordArgs args{{"days", std::to_string(gap)}, {"stage", stage}};
  if (before_entry) {
    return two_stages ? rule_words(
                            "{days} days without a session before this one: back two "
                            "stages to {stage}",
                            std::move(args))
                      : rule_words(
                            "{days} days without a session before this one: back one "
                            "stage to {stage}",
                            std::move(args));
  }
  return two_stages
             ? rule_words("{days} days without a session up to today: back two stages to {stage}",
                          std::move(args))
             : rule_words("{days} days without a session up to today: back one stage to {stage}",
                          std::move(args));
}

}  // namespace

void Replay::step(const HistoryEntry& entry, std::optional<Zone> zone, RuleId rule, Words effect,
                  Words warning) {
  result.trail.push_back({entry.date, entry.session, zone, rule, std::move(effect), stage_id(),
                          std::move(warning), entry.pain_during, entry.pain_after});
}

void Replay::go_back(std::size_t stages) {
  result.stage_index = result.stage_index > stages ? result.stage_index - stages : 0;
  result.greens_in_stage = 0;
}

void Replay::apply_gap(Date until, const HistoryEntry* entry) {
  if (!last_session) {
    return;
  }
  int gap = days_between(*last_session, until);
  if (gap <= k_gap_one_stage) {
    return;
  }
  bool long_gap = gap > k_gap_two_stages;
  go_back(long_gap ? 2 : 1);
  amber_streak = 0;
  result.trail.push_back({until, "", std::nullopt, long_gap ? RuleId::gap_28 : RuleId::gap_14,
                          gap_words(gap, entry != nullptr, long_gap, stage_id()), stage_id(),
                          Words(), std::nullopt, std::nullopt});
  last_session.reset();
  last_zone.reset();
  last_judged = result.trail.size() - 1;
}

// Warning signs (red flags, SCR-INPLAN) logged in an entry.
SignOutcome Replay::warning_signs(const HistoryEntry& entry) {
  for (const auto& rule : rule_table()) {
    if (rule.on_entry == nullptr ||
        (rule.effect != RuleEffect::emergency && rule.effect != RuleEffect::refer)) {
      continue;
    }
    auto reasons = rule.on_entry(entry, limits);
    if (reasons.empty()) {
      continue;
    }
    bool cleared_after = rule.effect == RuleEffect::refer && profile.clearance &&
                         days_between(entry.date, profile.clearance->date) >= 0;
    if (cleared_after) {
      result.greens_in_stage = 0;
      step(entry, Zone::red, RuleId::sign_nocount,
           rule_words("{reason} ({rule}); cleared afterwards by {by} (CLR-LIFT): not counted, "
                      "stay at {stage}",
                      {{"rule", std::string(rule.key)},
                       {"by", profile.clearance->by},
                       {"stage", stage_id()}},
                      {{"reason", reasons.front()}}));
      return SignOutcome::not_counted;
    }
    bool emergency = rule.effect == RuleEffect::emergency;
    std::string_view then = emergency
                                ? rule_template("{reason}: seek emergency care now")
                                : rule_template("{reason}: stop the plan and see a clinician");
    step(entry, Zone::red, rule.id, rule_words(then, {}, {{"reason", reasons.front()}}));
    result.decision = {emergency ? Action::emergency : Action::refer, rule.id, reasons.front()};
    return SignOutcome::stop;
  }
  return SignOutcome::none;
}

std::string Replay::logged_stage(const HistoryEntry& entry) {
  return entry.session.substr(0, entry.session.find('-'));
}

Words Replay::id_warning(const HistoryEntry& entry) const {
  if (logged_stage(entry) == stage_id()) {
    return {};
  }
  return rule_words("logged as {session}, but the replay had reached {stage}",
                    {{"session", entry.session}, {"stage", stage_id()}});
}

// True when the entry names a stage of this program before the current one: a
// GREEN there shows nothing about the current stage.
bool Replay::at_earlier_stage(const HistoryEntry& entry) const {
  const auto& stages = program().stages;
  for (std::size_t i = 0; i < std::min(result.stage_index, stages.size()); ++i) {
    if (stages[i].id == logged_stage(entry)) {
      return true;
    }
  }
  return false;
}

// CLR-CAP when the clinician's cap (not the default limit) made this pain RED.
RuleId Replay::red_rule(const HistoryEntry& entry) const {
  bool pain_red = pain_zone(entry.pain_during, limits) == Zone::red ||
                  pain_zone(entry.pain_after, limits) == Zone::red;
  bool default_red = pain_zone(entry.pain_during, PainLimits{}) == Zone::red ||
                     pain_zone(entry.pain_after, PainLimits{}) == Zone::red;
  return limits.capped && pain_red && !default_red ? RuleId::clr_cap : RuleId::pain_red;
}

void Replay::pause(const HistoryEntry& entry, RuleId rule) {
  paused_on = entry.date;
  pause_rule = rule;
  Words& effect = result.trail.back().effect;
  effect = rule_words("{effect}; pause: see a clinician", {}, {{"effect", std::move(effect)}});
  result.trail.back().rule = rule;
}

// How a session went, without counting it.
Zone Replay::zone_of(const HistoryEntry& entry) const {
  if (!find_rule(RuleId::pain_red).on_entry(entry, limits).empty()) {
    return Zone::red;
  }
  if (!find_rule(RuleId::pain_amber).on_entry(entry, limits).empty()) {
    return Zone::amber;
  }
  return entry.pain_next_morning ? Zone::green : Zone::pending;
}

// Judges one session; false when it was recorded but not counted (a second GREEN
// session on one day).
bool Replay::judge(const HistoryEntry& entry) {
  Words warning = id_warning(entry);
  if (auto red = find_rule(RuleId::pain_red).on_entry(entry, limits); !red.empty()) {
    progressed_last = false;
    last_counted_day = entry.date;
    amber_streak = 0;
    go_back(1);
    result.not_before = add_days(entry.date, k_rest_days);
    ++reds_in_row;
    record_restriction(entry);
    step(entry, Zone::red, red_rule(entry),
         rule_words("{reason}: 48 h relative rest, back to {stage}", {{"stage", stage_id()}},
                    {{"reason", red.front()}}),
         warning);
    last_zone = Zone::red;
    check_pause(entry);
    return true;
  }
  reds_in_row = 0;
  if (auto amber = find_rule(RuleId::pain_amber).on_entry(entry, limits); !amber.empty()) {
    progressed_last = false;
    last_counted_day = entry.date;
    if (entry.completed) {
      restricted_in_row = 0;
      first_restricted.reset();
    } else {
      record_restriction(entry);
    }
    step(entry, Zone::amber, RuleId::pain_amber,
         rule_words("{reason}: repeat {stage}", {{"stage", stage_id()}},
                    {{"reason", amber.front()}}),
         warning);
    record_amber(entry);
    last_zone = Zone::amber;
    check_pause(entry);
    return true;
  }
  if (!entry.pain_next_morning) {
    // Not judged yet: it neither counts nor breaks an AMBER run (the morning may still
    // show the back did not settle).
    progressed_last = false;
    restricted_in_row = 0;
    first_restricted.reset();
    step(entry, Zone::pending, RuleId::pain_pending,
         rule_words("waiting for the next-morning score: not counted yet at {stage}",
                    {{"stage", stage_id()}}),
         warning);
    last_zone = Zone::pending;
    pending_day = entry.date;
    return true;
  }
  if (last_counted_day == entry.date) {
    step(entry, Zone::green, RuleId::prog_one_a_day,
         rule_words("a second session on {date}: recorded, not counted",
                    {{"date", format_date(entry.date)}}),
         warning);
    return false;
  }
  progressed_last = false;
  last_counted_day = entry.date;
  amber_streak = 0;
  restricted_in_row = 0;
  first_restricted.reset();
  last_zone = Zone::green;
  if (result.stage_index >= program().stages.size()) {
    step(entry, Zone::green, RuleId::pain_green, rule_words("program finished; keep it easy"),
         warning);
    return true;
  }
  if (at_earlier_stage(entry)) {
    step(entry, Zone::green, RuleId::pain_green,
         rule_words("GREEN at an earlier stage: not counted towards {stage}",
                    {{"stage", stage_id()}}),
         warning);
    return true;
  }
  if (++result.greens_in_stage < k_greens_to_progress) {
    step(entry, Zone::green, RuleId::pain_green,
         rule_words("GREEN {greens} of {needed} at {stage}",
                    {{"greens", std::to_string(result.greens_in_stage)},
                     {"needed", std::to_string(k_greens_to_progress)},
                     {"stage", stage_id()}}),
         warning);
    return true;
  }
  progressed_last = true;
  result.greens_in_stage = 0;
  ++result.stage_index;
  bool last_stage = result.stage_index == program().stages.size();
  if (last_stage && !program().next_program.empty() && walking_lock) {
    result.stage_index = program().stages.size() - 1;
    step(entry, Zone::green, *walking_lock,
         rule_words("walks stay GREEN, but jogging waits for a clinician's clearance: keep "
                    "walking at {stage}",
                    {{"stage", stage_id()}}),
         warning);
    return true;
  }
  if (last_stage && !program().next_program.empty()) {
    result.program = &required_program(program().next_program);
    result.stage_index = 0;
    step(entry, Zone::green, RuleId::walk_graduate,
         rule_words("walking stayed GREEN: move on to {program} {stage}",
                    {{"program", program().id}, {"stage", stage_id()}}),
         warning);
    return true;
  }
  step(entry, Zone::green, RuleId::prog_2,
       result.stage_index == program().stages.size()
           ? rule_words("second GREEN at the last stage: program finished")
           : rule_words("second GREEN: progress to {stage}", {{"stage", stage_id()}}),
       warning);
  return true;
}

// Counts AMBER sessions in a row at one stage, and notes when they call for a review.
void Replay::record_amber(const HistoryEntry& entry) {
  if (amber_streak == 0 || amber_stage != result.stage_index) {
    amber_streak = 0;
    amber_stage = result.stage_index;
    first_amber = entry.date;
  }
  ++amber_streak;
  last_amber = entry.date;
  if (needs_review()) {
    Words& effect = result.trail.back().effect;
    effect = rule_words("{effect}; check in with a clinician (REVIEW-AMBER)", {},
                        {{"effect", std::move(effect)}});
  }
}

// REVIEW-AMBER: AMBER at one stage for 4 sessions in a row or over 14 days.
bool Replay::needs_review() const {
  return amber_streak >= k_ambers_to_review ||
         (amber_streak >= k_ambers_for_review_by_days &&
          days_between(*first_amber, *last_amber) >= k_amber_days_to_review);
}

void Replay::record_restriction(const HistoryEntry& entry) {
  ++restricted_in_row;
  if (!first_restricted) {
    first_restricted = entry.date;
  }
}

void Replay::check_pause(const HistoryEntry& entry) {
  if (reds_in_row >= k_reds_to_pause) {
    pause(entry, RuleId::pause_2red);
  } else if (restricted_in_row >= k_restricted_sessions_to_pause ||
             (first_restricted && restricted_in_row >= k_restricted_sessions_for_days &&
              days_between(*first_restricted, entry.date) >= k_restricted_days_to_pause)) {
    pause(entry, RuleId::pause_restricted);
  }
}

}  // namespace backstride::history_replay
