#pragma once
// The history replay's running state and its steps (replay_steps.cpp); replay.cpp
// drives it over the log and makes the decision. Thresholds are named once, here.

#include <cstddef>
#include <optional>
#include <string>

#include "backstride/assessment.hpp"

namespace backstride::history_replay {

constexpr std::size_t k_greens_to_progress = 2;    // PROG-2
constexpr int k_rest_days = 2;                     // PAIN-RED: 48 h of relative rest
constexpr int k_reds_to_pause = 2;                 // PAUSE-2RED
constexpr int k_restricted_sessions_to_pause = 3;  // PAUSE-RESTRICTED: 3 sessions in a row ...
constexpr int k_restricted_days_to_pause = 7;      // ... or 7 days or more ...
constexpr int k_restricted_sessions_for_days = 2;  // ... with at least 2 sessions in those days
constexpr int k_gap_one_stage = 14;                // GAP-14
constexpr int k_gap_two_stages = 28;               // GAP-28
constexpr int k_ambers_to_review = 4;              // REVIEW-AMBER: 4 sessions in a row ...
constexpr int k_amber_days_to_review = 14;         // ... or over 14 days ...
constexpr int k_ambers_for_review_by_days = 2;     // ... with at least 2 sessions in those days

// What a warning sign logged in an entry did to the replay.
enum class SignOutcome {
  none,         // no warning sign
  not_counted,  // a sign a clearance has since lifted: recorded, never counted (SIGN-NOCOUNT)
  stop,         // an emergency or an uncleared sign: the replay stops here
};

// The replay's running state.
struct Replay {
  Replay(const Profile& p, PainLimits l, Date d) : profile(p), limits(l), today(d) {}

  const Profile& profile;
  PainLimits limits;
  Date today;
  Assessment result;
  int reds_in_row = 0;
  int restricted_in_row = 0;
  std::optional<Date> first_restricted;
  std::optional<Date> paused_on;
  RuleId pause_rule = RuleId::pause_2red;
  std::optional<Date> last_session;
  std::optional<Zone> last_zone;
  bool progressed_last = false;
  bool cleared_sign_last = false;        // the last counted step was a since-cleared sign
  std::optional<Date> last_counted_day;  // one session a day counts (PROG-ONE-A-DAY)
  int amber_streak = 0;                  // AMBER sessions in a row at `amber_stage`
  std::size_t amber_stage = 0;
  std::optional<Date> first_amber;
  std::optional<Date> last_amber;
  std::optional<Date> pending_day;     // the last session still waiting for its next morning
  std::size_t last_judged = 0;         // trail index of the last counted session or gap
  std::optional<RuleId> walking_lock;  // rule that keeps this person walking until cleared

  // The program being replayed (walk-base may hand over to its next program).
  [[nodiscard]] const Program& program() const {
    return *result.program;
  }

  // The current stage's id, or "done" once the program is finished.
  [[nodiscard]] std::string stage_id() const {
    const auto& stages = program().stages;
    return result.stage_index < stages.size() ? stages[result.stage_index].id : "done";
  }

  // Adds a trail step for `entry`, with the stage as it now stands.
  void step(const HistoryEntry& entry, std::optional<Zone> zone, RuleId rule, Words effect,
            Words warning = {});

  // Goes back `stages` stages (not before the first) and starts the stage afresh.
  void go_back(std::size_t stages);

  // GAP-14 / GAP-28: goes back for a long gap before `until` (`entry` null: up to today).
  void apply_gap(Date until, const HistoryEntry* entry);

  // Warning signs (red flags, SCR-INPLAN) logged in an entry.
  SignOutcome warning_signs(const HistoryEntry& entry);

  // The stage part of a logged session id ("S02" of "S02-1").
  static std::string logged_stage(const HistoryEntry& entry);

  // A warning when the logged id names another stage than the replay's; else empty.
  [[nodiscard]] Words id_warning(const HistoryEntry& entry) const;

  // True when the entry names a stage of this program before the current one: a
  // GREEN there shows nothing about the current stage.
  [[nodiscard]] bool at_earlier_stage(const HistoryEntry& entry) const;

  // CLR-CAP when the clinician's cap (not the default limit) made this pain RED.
  [[nodiscard]] RuleId red_rule(const HistoryEntry& entry) const;

  // Pauses the plan at `entry` under `rule` (PAUSE-2RED, PAUSE-RESTRICTED).
  void pause(const HistoryEntry& entry, RuleId rule);

  // How a session went, without counting it.
  [[nodiscard]] Zone zone_of(const HistoryEntry& entry) const;

  // Judges one session; false when it was recorded but not counted (a second GREEN
  // session on one day).
  bool judge(const HistoryEntry& entry);

  // Counts AMBER sessions in a row at one stage, and notes when they call for a review.
  void record_amber(const HistoryEntry& entry);

  // REVIEW-AMBER: AMBER at one stage for 4 sessions in a row or over 14 days.
  [[nodiscard]] bool needs_review() const;

  // Counts a restricted session (RED or stopped early) towards PAUSE-RESTRICTED.
  void record_restriction(const HistoryEntry& entry);

  // Pauses the plan when PAUSE-2RED or PAUSE-RESTRICTED applies after `entry`.
  void check_pause(const HistoryEntry& entry);
};

}  // namespace backstride::history_replay
