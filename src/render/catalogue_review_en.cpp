// The English wording of the clinic review (`backstride review`): a clinician's view, so
// rule ids may appear beside these words. Searched by message() after catalogue_en.cpp.
#include <array>

#include "catalogue_table.hpp"

namespace backstride::render {
namespace {

constexpr auto k_review = std::to_array<Message>({
    {"review_title", "Patients to review on {date}"},
    {"review_status_emergency", "EMERGENCY"},
    {"review_status_urgent", "Refer"},
    {"review_status_paused", "Paused"},
    {"review_status_red", "RED (7 d)"},
    {"review_status_review", "AMBER: review"},
    {"review_status_error", "Cannot read"},
    {"review_status_stalled", "Stalled"},
    {"review_status_pending", "Pending"},
    {"review_status_on_track", "On track"},
    {"review_status_finished", "Finished"},
    {"review_status_not_started", "Not started"},
    {"review_trend_rising", "rising"},
    {"review_trend_steady", "steady"},
    {"review_trend_falling", "falling"},
    {"review_trend_unknown", "-"},
    {"review_col_status", "Status"},
    {"review_col_patient", "Patient"},
    {"review_col_decision", "Today"},
    {"review_col_stage", "Stage"},
    {"review_col_week", "7 d"},
    {"review_col_month", "28 d"},
    {"review_col_last", "Last log"},
    {"review_col_adherence", "Logged 7 d / 28 d"},
    {"review_col_pain_html", "Pain: latest / highest 28 d / usual"},
    {"review_col_pain", "Pain"},
    {"review_col_trend", "Trend"},
    {"review_col_next", "Next"},
    {"review_days_ago", "{n} d ago"},
    {"review_never", "never"},
    {"review_see_error", "see [{n}] below"},
    {"review_pain", "{latest} (max {highest}, {change})"},
    {"review_count", "{n} patient", "{n} patients"},
    {"review_need_action", "{n} need action today", "{n} need action today"},
    {"review_none_need_action", "none needs action today"},
    {"review_adherence_note",
     "7 d and 28 d: sessions logged of those the run days allowed (from the start date, "
     "outside unavailable days). Pain: pain during the last session (the highest in 28 days, "
     "the change against their usual pain). Trend: mean pain during of the last 3 sessions "
     "against the 3 before, 1 point or more."},
    {"review_sparkline", "Pain during, last {n} session", "Pain during, last {n} sessions"},
    {"review_generated", "Made with backstride on {date}; pain on the NRS, 0-10."},
});

}  // namespace

std::span<const Message> review_messages() {
  return k_review;
}

}  // namespace backstride::render
