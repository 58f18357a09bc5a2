#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "backstride/error.hpp"
#include "backstride/render/describe.hpp"
#include "backstride/render/ics.hpp"
#include "backstride/render/ics_previous.hpp"
#include "backstride/timezone.hpp"

using namespace backstride;

namespace {

PlannedSession session(const std::string& id, const char* date) {
  PlannedSession s;
  s.id = id;
  s.date = *parse_date(date);
  s.start_minutes = 450;
  s.start_utc = local_to_utc(s.date, 450, "UTC");
  s.stage_id = "S01";
  s.stage_title = "First jogs";
  s.segments = {{SegmentKind::warmup, 300},
                {SegmentKind::jog, 60},
                {SegmentKind::walk, 90},
                {SegmentKind::jog, 60},
                {SegmentKind::cooldown, 300}};
  return s;
}

Plan two_sessions() {
  Plan plan;
  plan.profile_id = "p1";
  plan.profile_name = "Test Person";
  plan.timezone = "UTC";
  plan.today = *parse_date("2026-12-01");
  plan.start_minutes = 450;
  PlanWeek week;
  week.number = 1;
  week.first_day = *parse_date("2026-11-30");
  week.sessions = {session("S01-1", "2026-12-02"), session("S01-2", "2026-12-04")};
  plan.weeks.push_back(week);
  return plan;
}

std::chrono::sys_seconds at(const char* date, int hours, int minutes) {
  return local_to_utc(*parse_date(date), hours * 60 + minutes, "UTC");
}

std::string ics(const Plan& plan, const render::IcsOptions& options = {}) {
  std::ostringstream out;
  render::write_plan_ics(plan, at("2026-12-01", 6, 0), out, options);
  return out.str();
}

// The VEVENT block (BEGIN to END) that holds `needle`.
std::string event_with(const std::string& text, const std::string& needle) {
  auto at_needle = text.find(needle);
  REQUIRE(at_needle != std::string::npos);
  auto begin = text.rfind("BEGIN:VEVENT", at_needle);
  auto end = text.find("END:VEVENT", at_needle);
  return text.substr(begin, end - begin);
}

}  // namespace

TEST_CASE("session titles are plain words without the tool's name") {
  Plan plan = two_sessions();
  CHECK(render::session_summary(plan.weeks[0].sessions[0]) ==
        "Walk/jog 13 min 30 s: 2 \u00d7 1 min jog");
  PlannedSession walk = session("W01-1", "2026-12-02");
  walk.segments = {{SegmentKind::walk, 1200}};
  CHECK(render::session_summary(walk) == "Brisk walk 20 min");
  PlannedSession mixed = session("S05-1", "2026-12-02");
  mixed.segments = {{SegmentKind::jog, 180}, {SegmentKind::walk, 90}, {SegmentKind::jog, 300}};
  CHECK(render::session_summary(mixed) == "Walk/jog 9 min 30 s: 2 jogs, 8 min in all");
}

TEST_CASE("libical reads back the events of a calendar backstride wrote") {
  auto events = render::parse_previous_ics(ics(two_sessions()), "old.ics");
  REQUIRE(events.size() == 2);
  CHECK(events[0].summary == "Walk/jog 13 min 30 s: 2 \u00d7 1 min jog");
  CHECK(events[0].start == at("2026-12-02", 7, 30));
  CHECK(events[0].seconds == 810);
  CHECK(events[0].sequence == 0);
  CHECK_FALSE(events[0].cancelled);
  CHECK(events[0].description.find("First jogs") != std::string::npos);
}

TEST_CASE("a re-export cancels the sessions the new plan dropped and keeps the rest") {
  Plan plan = two_sessions();
  render::IcsOptions options;
  options.previous = render::parse_previous_ics(ics(plan), "old.ics");
  std::string dropped_uid = options.previous[1].uid;
  plan.weeks[0].sessions.pop_back();
  std::string text = ics(plan, options);
  std::string cancelled = event_with(text, "UID:" + dropped_uid);
  CHECK(cancelled.find("STATUS:CANCELLED\r\n") != std::string::npos);
  CHECK(cancelled.find("SEQUENCE:1\r\n") != std::string::npos);
  CHECK(cancelled.find("VALARM") == std::string::npos);
  CHECK(cancelled.find("SUMMARY:Cancelled: Walk/jog") != std::string::npos);
  std::string kept = event_with(text, "UID:" + options.previous[0].uid);
  CHECK(kept.find("SEQUENCE:0\r\n") != std::string::npos);  // unchanged: same SEQUENCE
  CHECK(kept.find("STATUS") == std::string::npos);
  // Cancelled again by a later export: the same SEQUENCE, the title not prefixed twice.
  options.previous = render::parse_previous_ics(text, "old.ics");
  std::string again = event_with(ics(plan, options), "UID:" + dropped_uid);
  CHECK(again.find("SEQUENCE:1\r\n") != std::string::npos);
  CHECK(again.find("Cancelled: Cancelled:") == std::string::npos);
}

TEST_CASE("a kept event whose time changed gets a higher SEQUENCE, never a lower one") {
  Plan plan = two_sessions();
  render::IcsOptions options;
  options.previous = render::parse_previous_ics(ics(plan), "old.ics");
  options.previous[1].sequence = 7;  // e.g. written when the history was longer
  plan.weeks[0].sessions[0].start_utc = at("2026-12-02", 18, 0);
  std::string text = ics(plan, options);
  CHECK(event_with(text, "UID:" + options.previous[0].uid).find("SEQUENCE:1\r\n") !=
        std::string::npos);
  CHECK(event_with(text, "UID:" + options.previous[1].uid).find("SEQUENCE:7\r\n") !=
        std::string::npos);
}

TEST_CASE("a withheld plan's reminder is at the next full hour after the calendar was made") {
  Plan plan = two_sessions();
  plan.weeks.clear();
  plan.withheld = true;
  plan.decision.action = Action::pause;
  for (auto [hours, minutes, start] :
       {std::tuple{7, 41, "DTSTART:20261201T080000Z"}, std::tuple{8, 0, "DTSTART:20261201T090000Z"},
        std::tuple{23, 59, "DTSTART:20261202T000000Z"}}) {
    std::ostringstream out;
    render::write_plan_ics(plan, at("2026-12-01", hours, minutes), out);
    CHECK(out.str().find(start) != std::string::npos);
    CHECK(out.str().find("TRIGGER:PT0S") != std::string::npos);
    CHECK(out.str().find("SUMMARY:Rest and see a clinician") != std::string::npos);
  }
}

TEST_CASE("the morning check follows each session at 08:00 with a reminder") {
  render::IcsOptions options;
  options.morning_check = true;
  options.log_profile = "me.json";
  std::string text = ics(two_sessions(), options);
  std::string morning = event_with(text, "DTSTART:20261203T080000Z");
  CHECK(morning.find("SUMMARY:How is your back? Log it") != std::string::npos);
  CHECK(morning.find("TRIGGER:PT0S") != std::string::npos);
  CHECK(render::parse_previous_ics(text, "x.ics").size() == 4);
}

TEST_CASE("an old file that is not a calendar is refused with its name") {
  auto refused = [](const std::string& text) {
    try {
      render::parse_previous_ics(text, "old.ics");
    } catch (const Error& error) {
      return error.code() == ExitCode::data_error &&
             std::string(error.what()).starts_with("old.ics: ");
    }
    return false;
  };
  CHECK(refused("hello"));
  // An event without a UID.
  CHECK(
      refused("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//backstride//x//EN\r\n"
              "BEGIN:VEVENT\r\nDTSTART:20261201T000000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"));
  // Someone else's calendar: its events are not ours to cancel.
  CHECK(
      refused("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar//EN"
              "\r\nEND:VCALENDAR\r\n"));
  std::string twice = ics(two_sessions());
  auto second = twice.find("UID:", twice.find("UID:") + 1);
  twice.replace(second, 40, twice.substr(twice.find("UID:"), 40));
  CHECK(refused(twice));
  CHECK(render::parse_previous_ics(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//backstride//backstride 0.1.0//EN\r\n"
            "END:VCALENDAR\r\n",
            "x")
            .empty());
}
