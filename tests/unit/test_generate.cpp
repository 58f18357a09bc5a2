#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "backstride/error.hpp"
#include "backstride/generate.hpp"

using namespace backstride;
using namespace std::chrono;

namespace {

GenerateOptions options_for(Date today, std::size_t first_stage, std::string_view source) {
  return {.today = today,
          .first_stage = first_stage,
          .first_session = 0,
          .not_before = std::nullopt,
          .last_session = std::nullopt,
          .source = source};
}

Date date_of(const char* text) {
  return parse_date(text).value();
}

Profile example_profile(const std::string& name) {
  std::ifstream in(std::string(BACKSTRIDE_SOURCE_DIR) + "/examples/" + name, std::ios::binary);
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  return parse_profile(text.str(), name);
}

const Program& program(std::string_view id) {
  const Program* found = find_builtin_program(id);
  REQUIRE(found != nullptr);
  return *found;
}

std::vector<PlannedSession> all_sessions(const Plan& plan) {
  std::vector<PlannedSession> out;
  for (const auto& week : plan.weeks) {
    out.insert(out.end(), week.sessions.begin(), week.sessions.end());
  }
  return out;
}

bool in_unavailable(const Schedule& schedule, Date date) {
  return std::ranges::any_of(schedule.unavailable, [date](const DateRange& range) {
    return days_between(range.from, date) >= 0 && days_between(date, range.to) >= 0;
  });
}

// Every property a plan must have, whatever the profile and program.
void check_plan(const Plan& plan, const Profile& profile, const Program& prog, Date today,
                std::size_t first_stage = 0) {
  auto sessions = all_sessions(plan);
  Date earliest =
      days_between(today, profile.schedule.start_date) > 0 ? profile.schedule.start_date : today;
  CHECK(plan.first_day == earliest);
  CHECK(plan.today == today);
  CHECK(plan.profile_id == profile.id);
  CHECK(plan.program_id == prog.id);

  // All remaining stages' sessions, in order, with ids S01-1 ... and their segments.
  std::size_t k = 0;
  for (std::size_t s = first_stage; s < prog.stages.size(); ++s) {
    const Stage& stage = prog.stages[s];
    for (std::size_t n = 0; n < stage.sessions.size(); ++n, ++k) {
      REQUIRE(k < sessions.size());
      CHECK(sessions[k].id == fmt::format("{}-{}", stage.id, n + 1));
      CHECK(sessions[k].stage_id == stage.id);
      CHECK(sessions[k].stage_number == static_cast<int>(s) + 1);
      CHECK(sessions[k].segments == stage.sessions[n]);
    }
  }
  CHECK(k == sessions.size());

  for (std::size_t i = 0; i < sessions.size(); ++i) {
    const auto& session = sessions[i];
    INFO("session " << session.id << " on " << format_date(session.date));
    CHECK(std::ranges::count(profile.schedule.days, weekday_of(session.date)) == 1);
    CHECK_FALSE(in_unavailable(profile.schedule, session.date));
    CHECK(days_between(today, session.date) >= 0);
    CHECK(days_between(profile.schedule.start_date, session.date) >= 0);
    CHECK(session.start_minutes == profile.schedule.time_minutes);
    if (i > 0) {
      CHECK(days_between(sessions[i - 1].date, session.date) >= 2);
    }
  }

  // Calendar weeks: Monday-based, numbered 1.., consecutive, holding their own days.
  REQUIRE_FALSE(plan.weeks.empty());
  CHECK(days_between(plan.weeks[0].first_day, plan.first_day) >= 0);
  CHECK(days_between(plan.weeks[0].first_day, plan.first_day) < 7);
  Totals sum;
  for (std::size_t w = 0; w < plan.weeks.size(); ++w) {
    const PlanWeek& week = plan.weeks[w];
    CHECK(week.number == static_cast<int>(w) + 1);
    CHECK(weekday_of(week.first_day) == Monday);
    CHECK(week.first_day == add_days(plan.weeks[0].first_day, 7 * static_cast<int>(w)));
    for (const auto& session : week.sessions) {
      auto offset = days_between(week.first_day, session.date);
      CHECK(offset >= 0);
      CHECK(offset < 7);
    }
    Totals t = totals_of(week);
    CHECK(t.sessions == static_cast<int>(week.sessions.size()));
    CHECK(t.seconds == t.jog_seconds + t.walk_seconds);
    sum.sessions += t.sessions;
    sum.seconds += t.seconds;
    sum.jog_seconds += t.jog_seconds;
    sum.walk_seconds += t.walk_seconds;
  }
  CHECK_FALSE(plan.weeks.back().sessions.empty());

  int seconds = 0;
  int jog = 0;
  for (const auto& session : sessions) {
    seconds += total_seconds(session.segments);
    jog += seconds_of(session.segments, SegmentKind::jog);
  }
  Totals total = totals_of(plan);
  CHECK(total.sessions == static_cast<int>(sessions.size()));
  CHECK(total.sessions == sum.sessions);
  CHECK(total.seconds == seconds);
  CHECK(total.seconds == sum.seconds);
  CHECK(total.jog_seconds == jog);
  CHECK(total.jog_seconds == sum.jog_seconds);
  CHECK(total.walk_seconds == seconds - jog);
  CHECK(total.walk_seconds == sum.walk_seconds);
}

}  // namespace

TEST_CASE("the beginner's back-care plan keeps every scheduling rule") {
  Profile profile = example_profile("beginner-chronic.json");
  const Program& prog = program("back-care");
  Date today = date_of("2026-12-01");
  Plan plan = generate_plan(profile, prog, options_for(today, 0, "SRC"));
  check_plan(plan, profile, prog, today);

  auto sessions = all_sessions(plan);
  REQUIRE(sessions.size() >= 3);
  // 2026-12-01 is a Tuesday: the first run day is Wednesday 2 December.
  CHECK(sessions[0].date == date_of("2026-12-02"));
  CHECK(sessions[0].id == "S01-1");
  CHECK(sessions[1].date == date_of("2026-12-05"));
  CHECK(sessions[2].date == date_of("2026-12-07"));
  CHECK(plan.weeks[0].first_day == date_of("2026-11-30"));
  CHECK(plan.session_days == profile.schedule.days);
  // Christmas (24-27 December) is skipped: Saturday 26th has no session.
  CHECK(std::ranges::none_of(sessions,
                             [](const auto& s) { return s.date == date_of("2026-12-26"); }));
}

TEST_CASE("a later start_date wins over today, and a later today over start_date") {
  Profile profile = example_profile("beginner-chronic.json");
  const Program& prog = program("back-care");
  SECTION("start_date in the future") {
    Date today = date_of("2026-11-01");
    Plan plan = generate_plan(profile, prog, options_for(today, 0, "SRC"));
    check_plan(plan, profile, prog, today);
    CHECK(plan.first_day == date_of("2026-12-01"));
  }
  SECTION("today after start_date") {
    Date today = date_of("2027-01-14");  // a Thursday
    Plan plan = generate_plan(profile, prog, options_for(today, 0, "SRC"));
    check_plan(plan, profile, prog, today);
    CHECK(all_sessions(plan).front().date == date_of("2027-01-16"));
  }
}

TEST_CASE("a plan made on a Sunday opens with the week of its first session") {
  Profile profile = example_profile("beginner-chronic.json");  // Mon, Wed and Sat
  Date sunday = date_of("2026-12-06");
  Plan plan = generate_plan(profile, program("back-care"), options_for(sunday, 0, "SRC"));
  REQUIRE_FALSE(plan.weeks.empty());
  CHECK(plan.weeks.front().number == 1);
  CHECK(plan.weeks.front().first_day == date_of("2026-12-07"));
  REQUIRE_FALSE(plan.weeks.front().sessions.empty());
  CHECK(plan.weeks.front().sessions.front().date == date_of("2026-12-07"));
}

TEST_CASE("plans for every built-in program and example keep the rules") {
  Date today = date_of("2026-12-01");
  for (const char* name : {"beginner-chronic.json", "lapsed-runner.json", "walk-first.json"}) {
    Profile profile = example_profile(name);
    for (const auto& prog : builtin_programs()) {
      INFO(name << " with " << prog.id);
      check_plan(generate_plan(profile, prog, options_for(today, 0, name)), profile, prog, today);
    }
  }
}

TEST_CASE("first_stage starts the plan at a later stage") {
  Profile profile = example_profile("lapsed-runner.json");
  const Program& prog = program("back-care");
  Date today = date_of("2026-12-01");
  Plan plan = generate_plan(profile, prog, options_for(today, 3, "SRC"));
  check_plan(plan, profile, prog, today, 3);
  CHECK(all_sessions(plan).front().id == prog.stages[3].id + "-1");
}

TEST_CASE("sessions never fall on consecutive days, even with every day allowed") {
  Profile profile = example_profile("beginner-chronic.json");
  profile.schedule.days = {Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday};
  profile.schedule.unavailable = {{date_of("2026-12-03"), date_of("2026-12-03")}};
  const Program& prog = program("c25k-classic");
  Date today = date_of("2026-12-01");
  Plan plan = generate_plan(profile, prog, options_for(today, 0, "SRC"));
  check_plan(plan, profile, prog, today);
  auto sessions = all_sessions(plan);
  CHECK(sessions[0].date == date_of("2026-12-01"));
  CHECK(sessions[1].date == date_of("2026-12-04"));  // 3rd is unavailable
  CHECK(sessions[2].date == date_of("2026-12-06"));
}

TEST_CASE("unavailable dates that leave no room are a data error") {
  Profile profile = example_profile("beginner-chronic.json");
  profile.schedule.unavailable = {{date_of("2026-01-01"), date_of("2031-01-01")}};
  try {
    generate_plan(profile, program("back-care"), options_for(date_of("2026-12-01"), 0, "SRC"));
    FAIL("generate_plan found room");
  } catch (const Error& error) {
    CHECK(error.code() == ExitCode::data_error);
    CHECK_THAT(std::string(error.what()), Catch::StartsWith("SRC: /schedule/unavailable: "));
  }
}

TEST_CASE("walking plans use walk_days, days in a row included; jogging plans ignore them") {
  std::ifstream in(std::string(BACKSTRIDE_SOURCE_DIR) + "/examples/walk-first.json");
  REQUIRE(in);
  nlohmann::json j = nlohmann::json::parse(in);
  j["schedule"]["walk_days"] = {"mon", "tue", "wed", "thu", "sat"};
  j["schedule"]["start_date"] = "2026-11-30";
  Profile walker = parse_profile(j.dump(), "walk-days.json");
  REQUIRE(walker.schedule.walk_days.size() == 5);

  Date today = date_of("2026-11-30");  // a Monday
  Plan walking = generate_plan(walker, program("walk-base"), options_for(today, 0, "w"));
  auto sessions = all_sessions(walking);
  REQUIRE(sessions.size() >= 5);
  CHECK(format_date(sessions[0].date) == "2026-11-30");
  CHECK(format_date(sessions[1].date) == "2026-12-01");  // the next day: walking is fine
  CHECK(format_date(sessions[2].date) == "2026-12-02");
  CHECK(format_date(sessions[4].date) == "2026-12-05");
  CHECK(walking.session_days.size() == 5);

  Plan jogging = generate_plan(walker, program("back-care"), options_for(today, 0, "j"));
  CHECK(jogging.session_days == walker.schedule.days);
  auto jogs = all_sessions(jogging);
  for (std::size_t i = 1; i < jogs.size(); ++i) {
    CHECK(days_between(jogs[i - 1].date, jogs[i].date) >= 2);  // REST-DAY still holds
  }

  j["schedule"]["walk_days"] = {"mon", "tue"};
  CHECK_THROWS_AS(parse_profile(j.dump(), "walk-days.json"), Error);
}
