#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "backstride/date.hpp"
#include "backstride/profile.hpp"
#include "backstride/program.hpp"
#include "backstride/words.hpp"

// A clinic's morning view across patients (`backstride review`): one row per patient,
// replayed exactly as `plan` replays it. Pure.
namespace backstride {

// Where a patient stands, most urgent first (the order rows are sorted in).
enum class ReviewStatus {
  emergency,    // RF-EMERG: seek emergency care now
  urgent,       // refer: a clinician must see them before they start
  paused,       // PAUSE-*: the plan waits for a clinician
  red,          // a RED session in the last 7 days
  review,       // persistent AMBER (REVIEW-AMBER): check in; the plan goes on
  error,        // the profile or its log could not be read: nothing is known
  stalled,      // a plan is active but nothing logged for 14 days or more
  pending,      // the last session's next-morning pain is not logged yet
  on_track,     // logging, no warning
  finished,     // the program is done
  not_started,  // a plan is given but no session logged yet (and not yet stalled)
};

// The JSON and CSV name of a status ("emergency", "on_track", ...).
std::string_view review_status_key(ReviewStatus status);

// True for the statuses that need a clinician today (review exits 10): emergency,
// urgent, paused, red and review.
bool needs_action(ReviewStatus status);

// How pain during sessions is moving (see pain_trend()).
enum class PainTrend { unknown, rising, steady, falling };

// The JSON name of a trend ("unknown", "rising", "steady", "falling").
std::string_view pain_trend_key(PainTrend trend);

// Points of pain (NRS) by which the recent mean must differ to be a trend.
inline constexpr double k_trend_points = 1.0;

// THE definition of the pain trend (README "Pain trend"): the mean pain during of the
// last k logged sessions against the mean of the k before them, k = min(3, n / 2) for n
// sessions; rising when the recent mean is at least k_trend_points higher, falling when
// at least that much lower, else steady; unknown with fewer than 2 sessions.
// `pain_during` is in date order, oldest first (NRS 0-10).
PainTrend pain_trend(std::span<const int> pain_during);

// Sessions logged against sessions planned over a window of days ending today.
struct Adherence {
  int logged = 0;   // history entries dated in the window (stopped early included)
  int planned = 0;  // run days in the window (see planned_sessions())
};

// Days of the adherence windows, ending today (today included).
inline constexpr int k_week_days = 7;
inline constexpr int k_month_days = 28;

// Days without a log after which an active plan is stalled.
inline constexpr int k_stalled_days = 14;

// The sessions the schedule allowed in the `days` days ending `today` (today included):
// the profile's run days (schedule.days) from schedule.start_date on, outside its
// unavailable ranges.
int planned_sessions(const Profile& profile, Date today, int days);

// One patient's row.
struct ReviewRow {
  std::string input;  // the file it came from
  std::string id;
  std::string name;
  ReviewStatus status = ReviewStatus::error;
  std::string decision;  // the action key ("continue", "pause", ...); empty for errors
  std::string rule;      // the rule key ("PAIN-GREEN", ...)
  Words reason;          // the decision in plain words
  std::string stage;     // stage id, e.g. "S05"
  int stage_number = 0;  // 1-based; == stage_count when finished
  int stage_count = 0;
  Adherence week;   // last 7 days
  Adherence month;  // last 28 days
  std::optional<Date> last_logged;
  std::optional<int> days_since_log;
  int usual_pain = 0;
  std::optional<int> latest_pain;   // pain during of the last logged session
  std::optional<int> highest_pain;  // highest pain during in the last 28 days
  std::optional<int> pain_change;   // latest_pain - usual_pain
  PainTrend trend = PainTrend::unknown;
  std::vector<int> pain_series;  // pain during of the last (up to 12) sessions, oldest first
  std::string next_session;      // the next planned session's id, or ""
  std::optional<Date> next_date;
  std::string error;  // status error: the message, on one line
};

// Most sessions kept in ReviewRow::pain_series (the sparkline).
inline constexpr std::size_t k_series_length = 12;

// The row for one patient: screens, assesses and plans exactly as `plan` does (history up
// to `today`). Throws what build_plan throws (Error(data_error) for a schedule without room).
ReviewRow review_row(const Profile& profile, const Program& requested, Date today,
                     std::string_view source, std::string_view timezone);

// The row for an input that could not be read: status error with its message.
ReviewRow review_error_row(std::string input, std::string_view message);

// Sorts most urgent first; within a status by id, then input (stable).
void sort_review_rows(std::vector<ReviewRow>& rows);

// How many of `rows` need a clinician today (needs_action).
long count_needing_action(std::span<const ReviewRow> rows);

// "S05 of 16", or "" when there is no stage (errors).
std::string review_position(const ReviewRow& row);

}  // namespace backstride
