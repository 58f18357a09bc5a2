#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "backstride/error.hpp"
#include "backstride/history.hpp"
#include "backstride/profile.hpp"

using namespace backstride;
using namespace std::chrono;

namespace {

std::string read_example(const std::string& name) {
  std::ifstream in(std::string(BACKSTRIDE_SOURCE_DIR) + "/examples/" + name, std::ios::binary);
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

Date date_of(const char* text) {
  return parse_date(text).value();
}

// The beginner example with one piece of text replaced (which must occur).
std::string beginner_with(const std::string& from, const std::string& to) {
  std::string text = read_example("beginner-chronic.json");
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

// Checks parse_profile throws a data error starting "SRC: <pointer>: ".
void check_rejected(const std::string& text, const std::string& pointer) {
  try {
    parse_profile(text, "SRC");
    FAIL("parse_profile accepted a profile with a bad " << pointer);
  } catch (const Error& error) {
    INFO(error.what());
    CHECK(error.code() == ExitCode::data_error);
    CHECK(std::string(error.what()).starts_with("SRC: " + pointer + ": "));
    CHECK(std::string(error.what()).find('\n') == std::string::npos);
  }
}

}  // namespace

TEST_CASE("parse_profile reads the beginner example") {
  Profile p = parse_profile(read_example("beginner-chronic.json"), "beginner-chronic.json");
  CHECK(p.id == "beginner-chronic");
  CHECK(p.name == "Alex Doe");
  CHECK(p.age == 38);
  CHECK(p.language == "en");
  CHECK(p.height_cm == Approx(172));
  CHECK(p.weight_kg == Approx(80));
  REQUIRE(p.bmi().has_value());
  CHECK(*p.bmi() == Approx(27.0));  // 27.04, rounded to one decimal as a person reads it
  CHECK(p.activity.brisk_walk_minutes_pain_free == 40);
  CHECK(p.activity.weekly_active_minutes == 120);
  CHECK(p.activity.running_history == RunningHistory::none);
  CHECK(p.back_pain.duration_weeks == 40);
  CHECK(p.back_pain.usual_pain == 3);
  CHECK(p.back_pain.worst_pain_last_week == 4);
  CHECK(p.back_pain.leg_symptoms == LegSymptoms::none);
  CHECK(p.back_pain.improving);
  for (std::size_t i = 0; i < k_question_count; ++i) {
    CHECK_FALSE(p.answered_yes(static_cast<Question>(i)));
  }
  CHECK_FALSE(p.clearance.has_value());
  CHECK(p.schedule.start_date == date_of("2026-12-01"));
  CHECK(p.schedule.days == std::vector<weekday>{Monday, Wednesday, Saturday});
  CHECK(p.schedule.time_minutes == 450);
  CHECK(p.schedule.timezone == "Europe/London");
  REQUIRE(p.schedule.unavailable.size() == 1);
  CHECK(p.schedule.unavailable[0].from == date_of("2026-12-24"));
  CHECK(p.schedule.unavailable[0].to == date_of("2026-12-27"));
  REQUIRE(p.shoes.has_value());
  CHECK(p.shoes->name == "Everyday trainers");
  CHECK(p.shoes->km == Approx(120));
  CHECK(p.shoes->bought == date_of("2026-06-01"));
  CHECK_FALSE(p.history_file.has_value());
  CHECK(p.history.empty());
}

TEST_CASE("parse_profile reads the lapsed runner's clearance and history file") {
  Profile p = parse_profile(read_example("lapsed-runner.json"), "lapsed-runner.json");
  CHECK(p.id == "lapsed-runner");
  CHECK(p.activity.running_history == RunningHistory::lapsed);
  REQUIRE(p.clearance.has_value());
  CHECK(p.clearance->by == "Jo Park (physiotherapist)");
  CHECK(p.clearance->date == date_of("2026-11-20"));
  CHECK(p.clearance->max_pain_during == 4);
  CHECK(p.clearance->allow_running);
  CHECK(p.clearance->notes == "Recurrent non-specific low back pain; keep the pace easy.");
  CHECK(p.schedule.days == std::vector<weekday>{Tuesday, Thursday, Sunday});
  CHECK(p.schedule.time_minutes == 18 * 60 + 15);
  CHECK(p.schedule.timezone == "America/New_York");
  CHECK(p.schedule.unavailable.empty());
  CHECK(p.history_file == "lapsed-runner.history.jsonl");
  CHECK(p.bmi() == Approx(23.5));  // 23.46, rounded to one decimal
}

TEST_CASE("parse_profile fills defaults for optional fields") {
  Profile p = parse_profile(read_example("walk-first.json"), "walk-first.json");
  CHECK(p.id == "walk-first");
  CHECK(p.language == "en");
  CHECK_FALSE(p.height_cm.has_value());
  CHECK_FALSE(p.bmi().has_value());
  CHECK_FALSE(p.schedule.timezone.has_value());
  CHECK_FALSE(p.shoes.has_value());
  CHECK(p.back_pain.leg_symptoms == LegSymptoms::above_knee);
  CHECK(p.schedule.time_minutes == 12 * 60 + 30);
}

TEST_CASE("schedule days are sorted Monday first whatever the input order") {
  Profile p = parse_profile(beginner_with(R"("mon",
      "wed",
      "sat")",
                                          R"("sun", "thu", "tue")"),
                            "SRC");
  CHECK(p.schedule.days == std::vector<weekday>{Tuesday, Thursday, Sunday});
}

TEST_CASE("a yes screening answer is read") {
  Profile p = parse_profile(beginner_with(R"("pregnant": false)", R"("pregnant": true)"), "SRC");
  CHECK(p.answered_yes(Question::pregnant));
  CHECK_FALSE(p.answered_yes(Question::fever));
  CHECK(question_key(Question::pregnant) == "pregnant");
}

TEST_CASE("parse_profile rejects bad values with a located one-line message") {
  check_rejected(beginner_with(R"("age": 38)", R"("age": "38")"), "/age");
  check_rejected(beginner_with(R"("age": 38)", R"("age": 101)"), "/age");
  check_rejected(beginner_with(R"("id": "beginner-chronic")", R"("id": "a/b")"), "/id");
  check_rejected(beginner_with(R"("fever": false,)", ""), "/screening/fever");
  check_rejected(beginner_with(R"("time": "07:30")", R"("time": "24:00")"), "/schedule/time");
  check_rejected(beginner_with(R"("start_date": "2026-12-01")", R"("start_date": "2026-11-31")"),
                 "/schedule/start_date");
  check_rejected(beginner_with(R"("wed",)", R"("tue",)"), "/schedule/days");
  check_rejected(beginner_with(R"("to": "2026-12-27")", R"("to": "2026-12-20")"),
                 "/schedule/unavailable/0/to");
  check_rejected(beginner_with(R"("language": "en",)", R"("langauge": "en",)"), "/langauge");
  check_rejected(beginner_with(R"("usual_pain": 3,)", R"("usual_pain": 3, "extra": 1,)"),
                 "/back_pain/extra");
}

TEST_CASE("parse_profile rejects bad JSON naming the source") {
  for (const char* text : {"", "{", "[]", "{\"a\": 1,}"}) {
    INFO("text: " << text);
    try {
      parse_profile(text, "SRC");
      FAIL("accepted");
    } catch (const Error& error) {
      CHECK(error.code() == ExitCode::data_error);
      CHECK(std::string(error.what()).starts_with("SRC: "));
    }
  }
}

namespace {

std::string entry_line(const std::string& session, int pain_during) {
  return R"({"date": "2026-12-02", "session": ")" + session +
         R"(", "completed": true, "pain_before": 2, "pain_during": )" +
         std::to_string(pain_during) + R"(, "pain_after": 2})";
}

}  // namespace

TEST_CASE("parse_history_lines reads entries and skips blank lines") {
  std::string text = entry_line("S01-1", 3) + "\n\n   \n" +
                     R"({"date": "2026-12-05", "session": "S01-2", "completed": false,)"
                     R"( "pain_before": 1, "pain_during": 4, "pain_after": 3,)"
                     R"( "pain_next_morning": 2, "symptoms": ["limp", "tingling"], "note": "hm"})"
                     "\r\n";
  auto entries = parse_history_lines(text, "SRC");
  REQUIRE(entries.size() == 2);
  CHECK(entries[0].session == "S01-1");
  CHECK(entries[0].completed);
  CHECK(entries[0].pain_during == 3);
  CHECK_FALSE(entries[0].pain_next_morning.has_value());
  CHECK(entries[1].date == date_of("2026-12-05"));
  CHECK_FALSE(entries[1].completed);
  CHECK(entries[1].pain_before == 1);
  CHECK(entries[1].pain_after == 3);
  CHECK(entries[1].pain_next_morning == 2);
  CHECK(entries[1].symptoms == std::vector<Symptom>{Symptom::limp, Symptom::tingling});
  CHECK(entries[1].note == "hm");
  CHECK(parse_history_lines("", "SRC").empty());
  CHECK(parse_history_lines("\n\n", "SRC").empty());
}

TEST_CASE("parse_history_lines names the line and pointer of a bad entry") {
  auto message_for = [](const std::string& text) -> std::string {
    try {
      parse_history_lines(text, "SRC");
    } catch (const Error& error) {
      CHECK(error.code() == ExitCode::data_error);
      return error.what();
    }
    FAIL("parse_history_lines accepted: " << text);
    return "";
  };
  CHECK_THAT(message_for(entry_line("S01-1", 2) + "\n" + entry_line("S01-2", 12) + "\n"),
             Catch::StartsWith("SRC:2: /pain_during: "));
  // Blank lines still count, so the number matches what an editor shows.
  CHECK_THAT(message_for(entry_line("S01-1", 2) + "\n\n" + entry_line("S01-2", 11)),
             Catch::StartsWith("SRC:3: /pain_during: "));
  CHECK_THAT(message_for("{not json}\n"), Catch::StartsWith("SRC:1: "));
  CHECK_THAT(message_for(entry_line("a/b", 2) + "\n"), Catch::StartsWith("SRC:1: /session: "));
}

TEST_CASE("parse_profile reports every schema problem at once, one line each") {
  std::string text = beginner_with("\"age\": 38", "\"age\": \"38\"");
  auto at = text.find("\"usual_pain\": ");
  REQUIRE(at != std::string::npos);
  text.replace(at, 14, "\"usual_pain\": 11, \"x\": ");
  at = text.find("\"name\"");
  REQUIRE(at != std::string::npos);
  text.replace(at, 6, "\"nmae\"");
  try {
    parse_profile(text, "SRC");
    FAIL("parse_profile accepted a profile with four problems");
  } catch (const Error& error) {
    INFO(error.what());
    CHECK(error.code() == ExitCode::data_error);
    std::string message = error.what();
    for (const char* line :
         {"SRC: /age: expected a whole number", "SRC: /nmae: unknown key",
          "SRC: /name: is required but missing", "SRC: /back_pain/usual_pain: is out of range",
          "SRC: /back_pain/x: unknown key"}) {
      CHECK(message.find(line) != std::string::npos);
    }
    CHECK(std::ranges::count(message, '\n') == 4);
  }
}
