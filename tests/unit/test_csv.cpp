#include <catch2/catch.hpp>

#include <chrono>
#include <sstream>
#include <string>
#include <vector>

#include "backstride/generate.hpp"
#include "backstride/render/csv.hpp"
#include "scenarios.hpp"

using namespace backstride;
using scenarios::base_profile;
using scenarios::day;

namespace {

Plan plan_named(const std::string& name, std::vector<HistoryEntry> history = {}) {
  Profile profile = base_profile();
  profile.name = name;
  profile.history = std::move(history);
  return build_plan(profile, scenarios::program("back-care"), day("2026-12-08"), "test.json");
}

std::string sheet(const Plan& plan, bool guard = true) {
  std::ostringstream out;
  render::write_plan_csv(plan, guard, out);
  return out.str();
}

// 2026-12-01T07:41:00Z, when the Google CSVs of these tests were made.
const std::chrono::sys_seconds k_made{std::chrono::seconds{1796110860}};

std::string gcal(const Plan& plan, bool guard = true) {
  std::ostringstream out;
  render::write_plan_gcal_csv(plan, k_made, guard, out);
  return out.str();
}

// The lines of a CSV (a record with a line break in a quoted field spans several; the
// tests only read cells before any such field).
std::vector<std::string> records(const std::string& csv) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t end; (end = csv.find("\r\n", start)) != std::string::npos; start = end + 2) {
    lines.push_back(csv.substr(start, end - start));
  }
  return lines;
}

// How a quoted CSV field that starts with `line` and a line break begins.
std::string opening(const std::string& line) {
  std::string quoted = render::csv_field(line + "\n", false);
  return quoted.substr(0, quoted.size() - 1);
}

}  // namespace

TEST_CASE("the spreadsheet: BOM and a plain-English header row") {
  auto lines = records(sheet(plan_named("Alex Doe")));
  REQUIRE(lines.size() > 2);
  CHECK(lines[0] ==
        "\xEF\xBB\xBFName,Week,Stage,Session,Date,Time,Starts at,Planned minutes,Jog minutes,"
        "Longest jog (minutes),Zone,Date done,Checkpoints,What happened");
}

TEST_CASE("the spreadsheet ends with the plan's own row: its checkpoints and warning signs") {
  std::string text = sheet(plan_named("Alex Doe"));
  auto last = text.rfind("\r\nAlex Doe,,,,,,,,,,,,\"");
  REQUIRE(last != std::string::npos);
  CHECK(text.find("(SAFETY-SIGNS)", last) != std::string::npos);
  CHECK(text.find("\r\n", last + 2) == text.size() - 2);
}

TEST_CASE("the spreadsheet: ISO dates and 24-hour times on every planned row") {
  Plan plan = plan_named("Alex Doe");
  auto lines = records(sheet(plan));
  const PlannedSession* first = first_session(plan);
  REQUIRE(first != nullptr);
  std::string expected = std::string("Alex Doe,1,").append(first->stage_id) + "," + first->id +
                         "," + format_date(first->date) + ",07:30," + format_date(first->date) +
                         "T07:30:00,";
  CHECK(lines[1].starts_with(expected));
}

TEST_CASE("the spreadsheet: logged sessions carry their zone and the date done") {
  Plan plan = plan_named(
      "Alex Doe", {scenarios::green("2026-12-02", "S01-1"), scenarios::red("2026-12-04", "S01-2")});
  auto lines = records(sheet(plan));
  REQUIRE(lines.size() > 3);
  CHECK(lines[1].starts_with("Alex Doe,,S01,S01-1,2026-12-02,,,,,,GREEN,2026-12-02,,"));
  CHECK(lines[2].starts_with("Alex Doe,,S01,S01-2,2026-12-04,,,,,,RED,2026-12-04,,"));
}

TEST_CASE("Google's CSV: its columns and formats and the name first in the description") {
  auto text = gcal(plan_named("Alex Doe"));
  CHECK(
      text.starts_with("Subject,Start Date,Start Time,End Date,End Time,All Day Event,"
                       "Description,Location,Private\r\n"));
  CHECK(text.find("/2026,7:30 AM,12/") != std::string::npos);
  CHECK(text.find(",False,\"Alex Doe\n") != std::string::npos);
  CHECK(text.find("\xEF\xBB\xBF") == std::string::npos);
}

TEST_CASE("the formula guard neutralises a hostile name at the start of a cell in both CSVs") {
  const std::vector<std::string> hostile = {
      "=HYPERLINK(\"http://example.invalid/\")", "+1", "-1", "@SUM(A1:A2)", "\tcmd", "\rcmd"};
  for (const auto& name : hostile) {
    INFO(name);
    Plan plan = plan_named(name);
    std::string quoted = render::csv_field(std::string("'").append(name), false);
    // The spreadsheet's Name cell starts each row; Google's Description starts with it.
    CHECK(records(sheet(plan))[1].starts_with(quoted + ","));
    CHECK(gcal(plan).find(std::string(",False,").append(opening(std::string("'").append(name)))) !=
          std::string::npos);
    // Without the guard the same cells start with the trigger.
    CHECK(records(sheet(plan, false))[1].starts_with(render::csv_field(name, false) + ","));
    CHECK(gcal(plan, false).find(std::string(",False,").append(opening(name))) !=
          std::string::npos);
  }
}

TEST_CASE("a withheld plan's Google row is at the next full hour after it was made") {
  Profile profile = base_profile();
  scenarios::yes(Question::heart_condition_or_high_bp)(profile);
  SECTION("in UTC: made at 07:41, the row is at 8:00 AM that day") {
    Plan plan = build_plan(profile, scenarios::program("back-care"), day("2026-12-01"), "t.json");
    REQUIRE(plan.withheld);
    CHECK(gcal(plan).find("\r\nSee a doctor or physiotherapist before you start,12/01/2026,8:00 "
                          "AM,12/01/2026,8:15 AM,") != std::string::npos);
  }
  SECTION("in the plan's zone: 08:00Z is 3:00 AM in New York") {
    Plan plan = build_plan(profile, scenarios::program("back-care"), day("2026-12-01"), "t.json",
                           "America/New_York");
    CHECK(gcal(plan).find(",12/01/2026,3:00 AM,12/01/2026,3:15 AM,") != std::string::npos);
  }
}
