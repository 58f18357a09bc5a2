// The English wording of the clinic review (`backstride review`): a clinician's view, so
// rule ids may appear beside these words.
#include <array>

#include "catalogue_table.hpp"

namespace backstride::render {
namespace {

constexpr auto k_review = std::to_array<Message>({
    msg("review_title", "Patients to review on {date}"),
    msg("review_status_emergency", "EMERGENCY"),
    msg("review_status_urgent", "Refer"),
    msg("review_status_paused", "Paused"),
    msg("review_status_red", "RED (7 d)"),
    msg("review_status_review", "AMBER: review"),
    msg("review_status_error", "Cannot read"),
    msg("review_status_stalled", "Stalled"),
    msg("review_status_pending", "Pending"),
    msg("review_status_on_track", "On track"),
    msg("review_status_finished", "Finished"),
    msg("review_status_not_started", "Not started"),
    msg("review_trend_rising", "rising"),
    msg("review_trend_steady", "steady"),
    msg("review_trend_falling", "falling"),
    msg("review_trend_unknown", "-"),
    msg("review_col_status", "Status"),
    msg("review_col_patient", "Patient"),
    msg("review_col_decision", "Today"),
    msg("review_col_stage", "Stage"),
    msg("review_col_week", "7 d"),
    msg("review_col_month", "28 d"),
    msg("review_col_last", "Last log"),
    msg("review_col_adherence", "Logged 7 d / 28 d"),
    msg("review_col_pain_html", "Pain: latest / highest 28 d / usual"),
    msg("review_col_pain", "Pain"),
    msg("review_col_trend", "Trend"),
    msg("review_col_next", "Next"),
    msg("review_days_ago", "{n} d ago"),
    msg("review_never", "never"),
    msg("review_see_error", "see [{n}] below"),
    msg("review_pain", "{latest} (max {highest}, {change})"),
    msg_n("review_count", "{n} patient", "{n} patients"),
    msg_n("review_need_action", "{n} need action today", "{n} need action today"),
    msg("review_none_need_action", "none needs action today"),
    msg("review_adherence_note",
        "7 d and 28 d: sessions logged of those the run days allowed (from the start date, "
        "outside unavailable days). Pain: pain during the last session (the highest in 28 days, "
        "the change against their usual pain). Trend: mean pain during of the last 3 sessions "
        "against the 3 before, 1 point or more."),
    msg_n("review_sparkline", "Pain during, last {n} session", "Pain during, last {n} sessions"),
    msg("review_generated", "Made with backstride on {date}; pain on the NRS, 0-10."),
});

}  // namespace

std::span<const Message> review_messages() {
  return k_review;
}

}  // namespace backstride::render
