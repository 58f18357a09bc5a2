#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "backstride/generate.hpp"

using namespace backstride;

namespace {

Profile beginner() {
  std::ifstream file(std::string(BACKSTRIDE_SOURCE_DIR) + "/examples/beginner-chronic.json");
  std::stringstream text;
  text << file.rdbuf();
  return parse_profile(text.str(), "beginner");
}

HistoryEntry logged(const char* date, const char* session, std::optional<int> next_morning) {
  HistoryEntry entry;
  entry.date = *parse_date(date);
  entry.session = session;
  entry.pain_before = 2;
  entry.pain_during = 2;
  entry.pain_after = 2;
  entry.pain_next_morning = next_morning;
  return entry;
}

const Program& back_care() {
  return *find_builtin_program("back-care");
}

}  // namespace

TEST_CASE("the first planned session keeps a rest day after the last logged one") {
  Profile profile = beginner();
  profile.history = {logged("2026-12-07", "S01-1", 2)};  // a Monday, a session day
  for (const char* today : {"2026-12-07", "2026-12-08"}) {
    Plan plan = build_plan(profile, back_care(), *parse_date(today), "test");
    const auto& first = plan.weeks.front().sessions.empty() ? plan.weeks.at(1).sessions.front()
                                                            : plan.weeks.front().sessions.front();
    INFO(today);
    CHECK(days_between(*parse_date("2026-12-07"), first.date) >= 2);
  }
}

TEST_CASE("a later line for the same session and day amends it instead of counting twice") {
  Profile profile = beginner();
  profile.history = {logged("2026-12-02", "S01-1", std::nullopt), logged("2026-12-02", "S01-1", 2)};
  Assessment result = assess(profile, back_care(), *parse_date("2026-12-04"));
  CHECK(result.stage_index == 0);
  CHECK(result.greens_in_stage == 1);
  CHECK(result.decision.action == Action::continue_stage);
  CHECK(result.trail.size() == 1);
}

TEST_CASE("an entry dated after today never becomes the decision's rule") {
  Profile profile = beginner();
  profile.history = {logged("2026-12-02", "S01-1", 2), logged("2026-12-20", "S01-2", 2)};
  Assessment result = assess(profile, back_care(), *parse_date("2026-12-04"));
  CHECK(result.decision.rule == RuleId::pain_green);
  CHECK(result.trail.back().rule == RuleId::hist_future);
}
