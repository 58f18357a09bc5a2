#include "backstride/review.hpp"

#include <algorithm>
#include <numeric>
#include <tuple>

#include <fmt/format.h>

#include "backstride/assessment.hpp"
#include "backstride/generate.hpp"
#include "backstride/text_util.hpp"
#include "replay.hpp"

namespace backstride {
namespace {

// True when `date` lies in the `days` days ending `today` (today included).
bool in_window(Date date, Date today, int days) {
  int ago = days_between(date, today);
  return ago >= 0 && ago < days;
}

double mean(std::span<const int> values) {
  return static_cast<double>(std::accumulate(values.begin(), values.end(), 0)) /
         static_cast<double>(values.size());
}

// The status the assessment, plan and history lead to, in the order of ReviewStatus.
ReviewStatus status_of(const Plan& plan, const ReviewRow& row, const Profile& profile, Date today,
                       bool finished) {
  switch (plan.decision.action) {
    case Action::emergency:
      return ReviewStatus::emergency;
    case Action::refer:
      return ReviewStatus::urgent;
    case Action::pause:
      return ReviewStatus::paused;
    default:
      break;
  }
  bool red = std::ranges::any_of(plan.trail, [&](const TrailStep& step) {
    return step.zone == Zone::red && in_window(step.date, today, k_week_days);
  });
  if (red) {
    return ReviewStatus::red;
  }
  if (plan.decision.action == Action::review) {
    return ReviewStatus::review;
  }
  if (finished) {
    return ReviewStatus::finished;
  }
  int idle =
      row.days_since_log ? *row.days_since_log : days_between(profile.schedule.start_date, today);
  if (idle >= k_stalled_days) {
    return ReviewStatus::stalled;
  }
  if (!row.last_logged) {
    return ReviewStatus::not_started;
  }
  if (plan.decision.rule == RuleId::pain_pending) {
    return ReviewStatus::pending;
  }
  return ReviewStatus::on_track;
}

}  // namespace

std::string_view review_status_key(ReviewStatus status) {
  switch (status) {
    case ReviewStatus::emergency:
      return "emergency";
    case ReviewStatus::urgent:
      return "urgent";
    case ReviewStatus::paused:
      return "paused";
    case ReviewStatus::red:
      return "red";
    case ReviewStatus::review:
      return "review";
    case ReviewStatus::error:
      return "error";
    case ReviewStatus::stalled:
      return "stalled";
    case ReviewStatus::pending:
      return "pending";
    case ReviewStatus::on_track:
      return "on_track";
    case ReviewStatus::finished:
      return "finished";
    case ReviewStatus::not_started:
      return "not_started";
  }
  return "error";
}

bool needs_action(ReviewStatus status) {
  return status == ReviewStatus::emergency || status == ReviewStatus::urgent ||
         status == ReviewStatus::paused || status == ReviewStatus::red ||
         status == ReviewStatus::review;
}

std::string_view pain_trend_key(PainTrend trend) {
  switch (trend) {
    case PainTrend::rising:
      return "rising";
    case PainTrend::steady:
      return "steady";
    case PainTrend::falling:
      return "falling";
    case PainTrend::unknown:
      break;
  }
  return "unknown";
}

PainTrend pain_trend(std::span<const int> pain_during) {
  std::size_t k = std::min<std::size_t>(3, pain_during.size() / 2);
  if (k == 0) {
    return PainTrend::unknown;
  }
  double recent = mean(pain_during.last(k));
  double before = mean(pain_during.subspan(pain_during.size() - 2 * k, k));
  if (recent - before >= k_trend_points) {
    return PainTrend::rising;
  }
  if (before - recent >= k_trend_points) {
    return PainTrend::falling;
  }
  return PainTrend::steady;
}

int planned_sessions(const Profile& profile, Date today, int days) {
  int planned = 0;
  for (int ago = 0; ago < days; ++ago) {
    Date date = add_days(today, -ago);
    if (days_between(profile.schedule.start_date, date) >= 0 &&
        is_session_day(profile.schedule, profile.schedule.days, date)) {
      ++planned;
    }
  }
  return planned;
}

ReviewRow review_row(const Profile& profile, const Program& requested, Date today,
                     std::string_view source, std::string_view timezone) {
  ReviewRow row;
  row.input = std::string(source);
  row.id = profile.id;
  row.name = profile.name;
  // One replay, as plan does; the stage comes from the plan (its next session, else the
  // stage the log's last step left).
  Plan plan = build_plan(profile, requested, today, source, timezone);
  row.decision = action_key(plan.decision.action);
  row.rule = rule_key(plan.decision.rule);
  row.reason = plan.decision.reason;
  const Program* program =
      plan.program_id == requested.id ? &requested : find_builtin_program(plan.program_id);
  const PlannedSession* next = first_session(plan);
  bool finished = !plan.withheld && next == nullptr;
  if (program != nullptr && !program->stages.empty()) {
    row.stage_count = static_cast<int>(program->stages.size());
    std::size_t index = 0;
    if (next != nullptr) {
      index = static_cast<std::size_t>(std::max(next->stage_number, 1) - 1);
    } else if (finished) {
      index = program->stages.size() - 1;
    } else if (!plan.trail.empty()) {
      auto found = std::ranges::find(program->stages, plan.trail.back().stage, &Stage::id);
      index = found == program->stages.end()
                  ? 0
                  : static_cast<std::size_t>(found - program->stages.begin());
    }
    row.stage = program->stages[index].id;
    row.stage_number = static_cast<int>(index) + 1;
  }
  row.week = {0, planned_sessions(profile, today, k_week_days)};
  row.month = {0, planned_sessions(profile, today, k_month_days)};
  row.usual_pain = profile.back_pain.usual_pain;
  std::vector<int> pains;
  for (const auto& entry : latest_entries(profile.history)) {  // as the replay reads it
    if (days_between(entry.date, today) < 0) {
      continue;  // dated after today: not yet (HIST-FUTURE)
    }
    row.week.logged += in_window(entry.date, today, k_week_days) ? 1 : 0;
    if (in_window(entry.date, today, k_month_days)) {
      ++row.month.logged;
      row.highest_pain = std::max(row.highest_pain.value_or(0), entry.pain_during);
    }
    row.last_logged = entry.date;  // date order: the last one is the latest
    row.latest_pain = entry.pain_during;
    pains.push_back(entry.pain_during);
  }
  if (row.last_logged) {
    row.days_since_log = days_between(*row.last_logged, today);
    row.pain_change = *row.latest_pain - row.usual_pain;
  }
  row.trend = pain_trend(pains);
  std::size_t keep = std::min(pains.size(), k_series_length);
  row.pain_series.assign(pains.end() - static_cast<std::ptrdiff_t>(keep), pains.end());
  if (next != nullptr) {
    row.next_session = next->id;
    row.next_date = next->date;
  }
  row.status = status_of(plan, row, profile, today, finished);
  return row;
}

ReviewRow review_error_row(std::string input, std::string_view message) {
  ReviewRow row;
  row.input = std::move(input);
  row.status = ReviewStatus::error;
  for (std::string_view line : text_lines(message)) {
    row.error.append(row.error.empty() ? "" : "; ").append(line);
  }
  return row;
}

long count_needing_action(std::span<const ReviewRow> rows) {
  return std::ranges::count_if(rows, [](const ReviewRow& row) { return needs_action(row.status); });
}

void sort_review_rows(std::vector<ReviewRow>& rows) {
  std::ranges::stable_sort(rows, [](const ReviewRow& a, const ReviewRow& b) {
    return std::tie(a.status, a.id, a.input) < std::tie(b.status, b.id, b.input);
  });
}

std::string review_position(const ReviewRow& row) {
  if (row.stage.empty()) {
    return "";
  }
  return fmt::format("{} of {}", row.stage, row.stage_count);
}

}  // namespace backstride
