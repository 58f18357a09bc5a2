#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "backstride/program.hpp"
#include "backstride/render/review.hpp"
#include "backstride/review.hpp"

using namespace backstride;

namespace {

Date day(const char* text) {
  return parse_date(text).value();
}

Profile beginner() {
  std::ifstream in(std::string(BACKSTRIDE_SOURCE_DIR) + "/examples/beginner-chronic.json",
                   std::ios::binary);
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  return parse_profile(text.str(), "beginner-chronic.json");
}

const Program& back_care() {
  const Program* found = find_builtin_program("back-care");
  REQUIRE(found != nullptr);
  return *found;
}

// A session logged on `date` with pain during and after `pain` (next morning 2 unless
// `morning` is false).
HistoryEntry entry(const char* date, int pain, bool morning = true) {
  HistoryEntry e;
  e.date = day(date);
  e.session = "S01-1";
  e.pain_before = 2;
  e.pain_during = pain;
  e.pain_after = pain;
  if (morning) {
    e.pain_next_morning = 2;
  }
  return e;
}

ReviewRow row_for(const Profile& profile, const char* today) {
  return review_row(profile, back_care(), day(today), "p.json", "UTC");
}

}  // namespace

TEST_CASE("pain trend compares the last 3 sessions with the 3 before", "[review]") {
  CHECK(pain_trend(std::vector<int>{}) == PainTrend::unknown);
  CHECK(pain_trend(std::vector<int>{4}) == PainTrend::unknown);
  CHECK(pain_trend(std::vector<int>{2, 3}) == PainTrend::rising);
  CHECK(pain_trend(std::vector<int>{3, 3, 3, 3, 3, 4}) == PainTrend::steady);
  CHECK(pain_trend(std::vector<int>{1, 1, 1, 2, 2, 2}) == PainTrend::rising);
  CHECK(pain_trend(std::vector<int>{9, 5, 5, 5, 2, 2, 2}) == PainTrend::falling);
  CHECK(pain_trend(std::vector<int>{2, 2, 2, 3, 3, 2}) == PainTrend::steady);
}

TEST_CASE("planned sessions are the run days from the start outside unavailable days", "[review]") {
  Profile p = beginner();  // mon wed sat from Tue 2026-12-01; away 2026-12-24 to 27
  CHECK(planned_sessions(p, day("2026-12-07"), k_week_days) == 3);
  CHECK(planned_sessions(p, day("2026-12-07"), k_month_days) == 3);
  CHECK(planned_sessions(p, day("2026-12-28"), k_week_days) == 2);
  CHECK(planned_sessions(p, day("2026-11-30"), k_week_days) == 0);
}

TEST_CASE("review rows count logged sessions in the 7 and 28 day windows", "[review]") {
  Profile p = beginner();
  p.history = {entry("2026-12-02", 2), entry("2026-12-05", 2), entry("2026-12-23", 3),
               entry("2026-12-28", 2)};
  ReviewRow row = row_for(p, "2026-12-29");
  CHECK(row.week.logged == 2);
  CHECK(row.month.logged == 4);
  CHECK(row.month.planned == planned_sessions(p, day("2026-12-29"), k_month_days));
  CHECK(row.days_since_log == 1);
  CHECK(row.latest_pain == 2);
  CHECK(row.highest_pain == 3);
  CHECK(row.pain_change == -1);
  CHECK(row.pain_series == std::vector<int>{2, 2, 3, 2});
  CHECK(row.status == ReviewStatus::on_track);
  CHECK(review_position(row).ends_with(" of 18"));
  CHECK_FALSE(row.next_session.empty());
}

TEST_CASE("review statuses without a log", "[review]") {
  Profile p = beginner();
  CHECK(row_for(p, "2026-12-01").status == ReviewStatus::not_started);
  CHECK(row_for(p, "2026-12-20").status == ReviewStatus::stalled);
  p.screening[static_cast<std::size_t>(Question::fever)] = true;
  CHECK(row_for(p, "2026-12-01").status == ReviewStatus::urgent);
  p.screening[static_cast<std::size_t>(Question::saddle_numbness)] = true;
  CHECK(row_for(p, "2026-12-01").status == ReviewStatus::emergency);
}

TEST_CASE("review statuses from the log", "[review]") {
  Profile p = beginner();
  p.history = {entry("2026-12-02", 2), entry("2026-12-05", 2, false)};
  CHECK(row_for(p, "2026-12-06").status == ReviewStatus::pending);
  p.history = {entry("2026-12-02", 2), entry("2026-12-05", 7)};
  ReviewRow red = row_for(p, "2026-12-07");
  CHECK(red.status == ReviewStatus::red);
  CHECK(needs_action(red.status));
  CHECK(row_for(p, "2026-12-11").status == ReviewStatus::red);  // 6 days on
  CHECK(row_for(p, "2026-12-12").status != ReviewStatus::red);  // 7 days on
  p.history = {entry("2026-12-02", 7), entry("2026-12-05", 7)};
  CHECK(row_for(p, "2026-12-06").status == ReviewStatus::paused);
  p.history = {entry("2026-12-02", 2), entry("2026-12-05", 2)};
  CHECK(row_for(p, "2026-12-25").status == ReviewStatus::stalled);
  p.history = {entry("2026-12-02", 4), entry("2026-12-05", 4), entry("2026-12-07", 5),
               entry("2026-12-09", 4)};
  ReviewRow review = row_for(p, "2026-12-10");
  CHECK(review.status == ReviewStatus::review);
  CHECK(review.rule == "REVIEW-AMBER");
}

TEST_CASE("review rows sort most urgent first then by id", "[review]") {
  auto row = [](ReviewStatus status, std::string id) {
    ReviewRow made;
    made.status = status;
    made.id = std::move(id);  // (not `= "a"`: GCC 12 -O3 warns falsely, -Wrestrict)
    return made;
  };
  std::vector<ReviewRow> rows{
      row(ReviewStatus::on_track, "a"), row(ReviewStatus::emergency, "z"),
      row(ReviewStatus::on_track, "0"),
      review_error_row("bad.json", "bad.json: /age: not a number\nsecond line")};
  sort_review_rows(rows);
  CHECK(rows[0].id == "z");
  CHECK(rows[1].status == ReviewStatus::error);
  CHECK(rows[1].error == "bad.json: /age: not a number; second line");
  CHECK(rows[2].id == "0");
  CHECK(rows[3].id == "a");
  CHECK(review_status_key(ReviewStatus::not_started) == "not_started");
  CHECK_FALSE(needs_action(ReviewStatus::stalled));
  CHECK_FALSE(needs_action(ReviewStatus::error));
}

TEST_CASE("every review status and trend has its words in every output", "[review]") {
  std::vector<ReviewRow> rows;
  for (int s = 0; s <= static_cast<int>(ReviewStatus::not_started); ++s) {
    ReviewRow row;
    row.status = static_cast<ReviewStatus>(s);
    row.id = std::string(review_status_key(row.status));
    row.trend = static_cast<PainTrend>(s % 4);
    row.pain_series = {2, 3, 4};
    rows.push_back(row);
    CHECK_FALSE(render::review_status_words(row.status).empty());
  }
  std::ostringstream text;
  std::ostringstream csv;
  std::ostringstream json;
  std::ostringstream html;
  render::write_review_text(rows, day("2026-12-01"), {false, true, 200}, text);
  render::write_review_csv(rows, true, csv);
  render::write_review_json(rows, day("2026-12-01"), json);
  render::write_review_html(rows, day("2026-12-01"), std::nullopt, render::Paper::a4, html);
  for (const char* words : {"rising", "steady", "falling", "EMERGENCY", "Not started"}) {
    CHECK(text.str().find(words) != std::string::npos);
  }
  CHECK(html.str().find("<svg") != std::string::npos);
  CHECK(json.str().find("\"needs_action\": 5") != std::string::npos);
  CHECK(render::adherence_text({2, 3}) == "2/3");
}
