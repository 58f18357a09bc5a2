#include "replay.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "entry_point.hpp"

namespace backstride {
namespace {

constexpr std::size_t k_greens_to_progress = 2;
constexpr int k_rest_days = 2;  // 48 h of relative rest after a RED session
constexpr int k_reds_to_pause = 2;
constexpr int k_restricted_sessions_to_pause = 3;
constexpr int k_restricted_days_to_pause = 7;
constexpr int k_gap_one_stage = 14;
constexpr int k_gap_two_stages = 28;
constexpr int k_ambers_to_review = 4;
constexpr int k_amber_days_to_review = 14;

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
  std::string pause_rule;
  std::optional<Date> last_session;
  std::optional<Zone> last_zone;
  bool progressed_last = false;
  bool cleared_sign_last = false;        // the last counted step was a since-cleared sign
  std::optional<Date> last_counted_day;  // one session a day counts (PROG-ONE-A-DAY)
  int amber_streak = 0;                  // AMBER sessions in a row at `amber_stage`
  std::size_t amber_stage = 0;
  std::optional<Date> first_amber;
  std::optional<Date> last_amber;
  std::size_t last_judged = 0;  // trail index of the last counted session or gap
  std::string walking_lock;     // rule that keeps this person walking until cleared

  [[nodiscard]] const Program& program() const {
    return *result.program;
  }

  [[nodiscard]] std::string stage_id() const {
    const auto& stages = program().stages;
    return result.stage_index < stages.size() ? stages[result.stage_index].id : "done";
  }

  void step(const HistoryEntry& entry, std::optional<Zone> zone, std::string rule,
            std::string effect, std::string warning = "") {
    result.trail.push_back({entry.date, entry.session, zone, std::move(rule), std::move(effect),
                            stage_id(), std::move(warning), entry.pain_during, entry.pain_after});
  }

  void go_back(std::size_t stages) {
    result.stage_index = result.stage_index > stages ? result.stage_index - stages : 0;
    result.greens_in_stage = 0;
  }

  void apply_gap(Date until, const HistoryEntry* entry) {
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
    result.trail.push_back({until, "", std::nullopt, long_gap ? "GAP-28" : "GAP-14",
                            fmt::format("{} days without a session{}: back {} to {}", gap,
                                        entry ? " before this one" : " up to today",
                                        long_gap ? "two stages" : "one stage", stage_id()),
                            stage_id(), "", std::nullopt, std::nullopt});
    last_session.reset();
    last_zone.reset();
    last_judged = result.trail.size() - 1;
  }

  // Warning signs (red flags, SCR-INPLAN) logged in an entry.
  SignOutcome warning_signs(const HistoryEntry& entry) {
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
        step(entry, Zone::red, "SIGN-NOCOUNT",
             fmt::format("{} ({}); cleared afterwards by {} (CLR-LIFT): not counted, stay at {}",
                         reasons.front(), rule.id, profile.clearance->by, stage_id()));
        return SignOutcome::not_counted;
      }
      bool emergency = rule.effect == RuleEffect::emergency;
      step(entry, Zone::red, std::string(rule.id),
           emergency ? reasons.front() + ": seek emergency care now"
                     : reasons.front() + ": stop the plan and see a clinician");
      result.decision = {emergency ? Action::emergency : Action::refer, std::string(rule.id),
                         reasons.front()};
      return SignOutcome::stop;
    }
    return SignOutcome::none;
  }

  static std::string logged_stage(const HistoryEntry& entry) {
    return entry.session.substr(0, entry.session.find('-'));
  }

  std::string id_warning(const HistoryEntry& entry) const {
    if (logged_stage(entry) == stage_id()) {
      return "";
    }
    return fmt::format("logged as {}, but the replay had reached {}", entry.session, stage_id());
  }

  // True when the entry names a stage of this program before the current one: a
  // GREEN there shows nothing about the current stage.
  bool at_earlier_stage(const HistoryEntry& entry) const {
    const auto& stages = program().stages;
    for (std::size_t i = 0; i < std::min(result.stage_index, stages.size()); ++i) {
      if (stages[i].id == logged_stage(entry)) {
        return true;
      }
    }
    return false;
  }

  // CLR-CAP when the clinician's cap (not the default limit) made this pain RED.
  std::string red_rule(const HistoryEntry& entry) const {
    bool pain_red = pain_zone(entry.pain_during, limits) == Zone::red ||
                    pain_zone(entry.pain_after, limits) == Zone::red;
    bool default_red = pain_zone(entry.pain_during, PainLimits{}) == Zone::red ||
                       pain_zone(entry.pain_after, PainLimits{}) == Zone::red;
    return limits.capped && pain_red && !default_red ? "CLR-CAP" : "PAIN-RED";
  }

  void pause(const HistoryEntry& entry, const char* rule) {
    paused_on = entry.date;
    pause_rule = rule;
    result.trail.back().effect += "; pause: see a clinician";
    result.trail.back().rule = rule;
  }

  // How a session went, without counting it.
  [[nodiscard]] Zone zone_of(const HistoryEntry& entry) const {
    if (!find_rule("PAIN-RED").on_entry(entry, limits).empty()) {
      return Zone::red;
    }
    return find_rule("PAIN-AMBER").on_entry(entry, limits).empty() ? Zone::green : Zone::amber;
  }

  // Judges one session; false when it was recorded but not counted (a second GREEN
  // session on one day).
  bool judge(const HistoryEntry& entry) {
    std::string warning = id_warning(entry);
    if (auto red = find_rule("PAIN-RED").on_entry(entry, limits); !red.empty()) {
      progressed_last = false;
      last_counted_day = entry.date;
      amber_streak = 0;
      go_back(1);
      result.not_before = add_days(entry.date, k_rest_days);
      ++reds_in_row;
      record_restriction(entry);
      step(entry, Zone::red, red_rule(entry),
           fmt::format("{}: 48 h relative rest, back to {}", red.front(), stage_id()), warning);
      last_zone = Zone::red;
      check_pause(entry);
      return true;
    }
    reds_in_row = 0;
    if (auto amber = find_rule("PAIN-AMBER").on_entry(entry, limits); !amber.empty()) {
      progressed_last = false;
      last_counted_day = entry.date;
      if (entry.completed) {
        restricted_in_row = 0;
        first_restricted.reset();
      } else {
        record_restriction(entry);
      }
      step(entry, Zone::amber, "PAIN-AMBER",
           fmt::format("{}: repeat {}", amber.front(), stage_id()), warning);
      record_amber(entry);
      last_zone = Zone::amber;
      check_pause(entry);
      return true;
    }
    if (last_counted_day == entry.date) {
      step(entry, Zone::green, "PROG-ONE-A-DAY",
           fmt::format("a second session on {}: recorded, not counted", format_date(entry.date)),
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
      step(entry, Zone::green, "PAIN-GREEN", "program finished; keep it easy", warning);
      return true;
    }
    if (at_earlier_stage(entry)) {
      step(entry, Zone::green, "PAIN-GREEN",
           fmt::format("GREEN at an earlier stage: not counted towards {}", stage_id()), warning);
      return true;
    }
    if (++result.greens_in_stage < k_greens_to_progress) {
      step(entry, Zone::green, "PAIN-GREEN",
           fmt::format("GREEN {} of {} at {}", result.greens_in_stage, k_greens_to_progress,
                       stage_id()),
           warning);
      return true;
    }
    progressed_last = true;
    result.greens_in_stage = 0;
    ++result.stage_index;
    bool last_stage = result.stage_index == program().stages.size();
    if (last_stage && !program().next_program.empty() && !walking_lock.empty()) {
      result.stage_index = program().stages.size() - 1;
      step(entry, Zone::green, walking_lock,
           fmt::format("walks stay GREEN, but jogging waits for a clinician's clearance: keep "
                       "walking at {}",
                       stage_id()),
           warning);
      return true;
    }
    if (last_stage && !program().next_program.empty()) {
      result.program = &required_program(program().next_program);
      result.stage_index = 0;
      step(entry, Zone::green, "WALK-GRADUATE",
           fmt::format("walking stayed GREEN: move on to {} {}", program().id, stage_id()),
           warning);
      return true;
    }
    step(entry, Zone::green, "PROG-2",
         result.stage_index == program().stages.size()
             ? std::string("second GREEN at the last stage: program finished")
             : fmt::format("second GREEN: progress to {}", stage_id()),
         warning);
    return true;
  }

  // Counts AMBER sessions in a row at one stage, and notes when they call for a review.
  void record_amber(const HistoryEntry& entry) {
    if (amber_streak == 0 || amber_stage != result.stage_index) {
      amber_streak = 0;
      amber_stage = result.stage_index;
      first_amber = entry.date;
    }
    ++amber_streak;
    last_amber = entry.date;
    if (needs_review()) {
      result.trail.back().effect += "; check in with a clinician (REVIEW-AMBER)";
    }
  }

  // REVIEW-AMBER: AMBER at one stage for 4 sessions in a row or over 14 days.
  [[nodiscard]] bool needs_review() const {
    return amber_streak >= k_ambers_to_review ||
           (amber_streak >= 2 && days_between(*first_amber, *last_amber) >= k_amber_days_to_review);
  }

  void record_restriction(const HistoryEntry& entry) {
    ++restricted_in_row;
    if (!first_restricted) {
      first_restricted = entry.date;
    }
  }

  void check_pause(const HistoryEntry& entry) {
    if (reds_in_row >= k_reds_to_pause) {
      pause(entry, "PAUSE-2RED");
    } else if (restricted_in_row >= k_restricted_sessions_to_pause ||
               (first_restricted && restricted_in_row >= 2 &&
                days_between(*first_restricted, entry.date) >= k_restricted_days_to_pause)) {
      pause(entry, "PAUSE-RESTRICTED");
    }
  }
};

// The decision after the last replayed session.
Decision decide_after_history(const Replay& replay) {
  const Assessment& result = replay.result;
  const TrailStep& last = result.trail.at(replay.last_judged);
  if (last.rule == "GAP-14" || last.rule == "GAP-28") {
    return {Action::regress, last.rule, last.effect};
  }
  if (replay.cleared_sign_last) {
    const Clearance& clearance = *replay.profile.clearance;
    return {Action::continue_stage, "CLR-LIFT",
            fmt::format("{} cleared the warning sign on {}: continue at {} (that session does "
                        "not count)",
                        clearance.by, format_date(clearance.date), replay.stage_id())};
  }
  if (result.stage_index >= replay.program().stages.size()) {
    return {Action::progress, last.rule, "program finished. " + replay.program().finale};
  }
  switch (replay.last_zone.value_or(Zone::green)) {
    case Zone::red:
      if (result.not_before && days_between(replay.today, *result.not_before) > 0) {
        return {Action::rest, last.rule,
                fmt::format("relative rest until {} after a RED session (walking is fine), then {}",
                            format_date(*result.not_before), replay.stage_id())};
      }
      return {Action::regress, last.rule,
              fmt::format("the last session was RED; the rest is over: continue at {}",
                          replay.stage_id())};
    case Zone::amber:
      if (replay.needs_review()) {
        return {Action::review, "REVIEW-AMBER",
                fmt::format("{} AMBER sessions in a row at {} (since {}): check in with your "
                            "doctor or physiotherapist; meanwhile continue at {}",
                            replay.amber_streak, replay.stage_id(),
                            format_date(*replay.first_amber), replay.stage_id())};
      }
      return {Action::repeat, "PAIN-AMBER", "the last session was AMBER, " + last.effect};
    case Zone::green:
      break;
  }
  if (replay.progressed_last && last.rule == replay.walking_lock) {
    return {Action::continue_stage, last.rule,
            fmt::format("30-minute walks stay GREEN; keep walking at {} until a clinician clears "
                        "you for jogging",
                        replay.stage_id())};
  }
  if (replay.progressed_last) {
    return {Action::progress, last.rule, fmt::format("move on to {}", replay.stage_id())};
  }
  return {Action::continue_stage, "PAIN-GREEN",
          fmt::format("the last session was GREEN: continue {} ({} of {} GREEN)", replay.stage_id(),
                      result.greens_in_stage, k_greens_to_progress)};
}

// The history with each (date, session) pair logged once: a later line for the same
// pair amends the earlier one (for example to add next-morning pain). Date order.
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

// True when the profile's clearance is dated on or after `day`.
bool cleared_since(const Profile& profile, Date day) {
  return profile.clearance && days_between(day, profile.clearance->date) >= 0;
}

}  // namespace

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
                    future ? "HIST-FUTURE" : replay.pause_rule,
                    future ? "dated after today: not counted"
                           : "not counted: the plan is paused until a clinician clears it");
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
      result.decision = {Action::pause, replay.pause_rule,
                         "pain has held the plan back: see a clinician before going on"};
      return result;
    }
    result.decision = {
        Action::continue_stage, "CLR-LIFT",
        fmt::format("{} cleared the pause on {}: continue at {}", profile.clearance->by,
                    format_date(profile.clearance->date), replay.stage_id())};
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
