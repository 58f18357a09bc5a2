#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>

#include "backstride/assessment.hpp"
#include "backstride/cli/init_questions.hpp"
#include "backstride/profile.hpp"

using namespace backstride;
using namespace backstride::cli;

namespace {

const InitQuestion& question_at(std::string_view pointer) {
  auto questions = init_questions();
  auto it = std::ranges::find(questions, pointer, &InitQuestion::pointer);
  REQUIRE(it != questions.end());
  return *it;
}

InitContext context() {
  return {*parse_date("2026-11-26"), "Europe/London", "me.json"};
}

}  // namespace

TEST_CASE("init asks every screening question exactly once, emergencies first") {
  std::set<std::string> asked;
  bool left_red_flags = false;
  for (const auto& question : init_questions()) {
    REQUIRE(asked.insert(std::string(question.pointer)).second);
    if (question.part != InitPart::red_flags) {
      left_red_flags = true;
    }
    // Every red-flag question comes before any other part.
    REQUIRE((question.part != InitPart::red_flags || !left_red_flags));
  }
  for (std::size_t i = 0; i < k_question_count; ++i) {
    auto key = std::string("/screening/") + std::string(question_key(static_cast<Question>(i)));
    INFO(key);
    REQUIRE(asked.count(key) == 1);
  }
  REQUIRE(question_at("/back_pain/leg_symptoms").part == InitPart::red_flags);
}

TEST_CASE("every question has a short label for the review") {
  for (const auto& question : init_questions()) {
    INFO(question.pointer);
    REQUIRE(!question.label.empty());
    REQUIRE(question.label.size() <= 38);
    REQUIRE(!init_part_label(question.part).empty());
  }
}

TEST_CASE("the skeleton is a valid profile with no finding, so placeholders never decide") {
  auto skeleton = init_profile_skeleton(context());
  Profile profile = parse_profile(skeleton.dump(), "skeleton");
  REQUIRE(screen_profile(profile, Date{std::chrono::year{2026} / 12 / 1}).findings.empty());
  REQUIRE(skeleton.at("history_file") == "me.history.jsonl");
}

TEST_CASE("answers are parsed by kind") {
  const auto& saddle = question_at("/screening/saddle_numbness");
  REQUIRE(parse_answer(saddle, "Y").value == true);
  REQUIRE(parse_answer(saddle, "no").value == false);
  REQUIRE(parse_answer(saddle, "maybe").problem == "type y or n");
  REQUIRE(parse_answer(saddle, "").problem == "an answer is needed");

  const auto& age = question_at("/age");
  REQUIRE(parse_answer(age, "42").value == 42);
  REQUIRE(parse_answer(age, "42.5").problem == "type a whole number, such as 42");
  REQUIRE(parse_answer(age, "4x").problem == "type a whole number, such as 42");

  const auto& height = question_at("/height_cm");
  REQUIRE(parse_answer(height, "172").value->is_number_integer());
  REQUIRE(parse_answer(height, "172.5").value == 172.5);
  REQUIRE(parse_answer(height, "nan").problem == "type a number, such as 172 or 80.5");
  ParsedAnswer skipped = parse_answer(height, "");
  REQUIRE((!skipped.value && skipped.problem.empty()));

  const auto& legs = question_at("/back_pain/leg_symptoms");
  REQUIRE(parse_answer(legs, "4").value == "both_legs");
  REQUIRE(parse_answer(legs, "above_knee").value == "above_knee");
  REQUIRE(parse_answer(legs, "5").problem == "type a number from 1 to 4");

  const auto& days = question_at("/schedule/days");
  REQUIRE(parse_answer(days, "Mon, wed,sat").value ==
          nlohmann::ordered_json({"mon", "wed", "sat"}));
  REQUIRE(parse_answer(days, "mon,funday").problem.find("\"funday\" is not a day") == 0);
  REQUIRE(parse_answer(days, "Monday and Thursday").value ==
          nlohmann::ordered_json({"mon", "thu"}));
  REQUIRE(parse_answer(height, "none").problem.empty());
  REQUIRE(!parse_answer(height, "none").value);
  REQUIRE(parse_answer(age, "none").problem == "type a whole number, such as 42");

  REQUIRE(parse_answer(question_at("/schedule/time"), "19:05").value == "19:05");
  REQUIRE(!parse_answer(question_at("/schedule/time"), "25:00").problem.empty());
  REQUIRE(!parse_answer(question_at("/schedule/start_date"), "2026-02-30").problem.empty());
  REQUIRE(!parse_answer(question_at("/schedule/timezone"), "Mars/Base").problem.empty());
  std::vector<ZoneName> zones = {{"Europe/London", "Europe/London"}, {"GB", "Europe/London"}};
  REQUIRE(parse_answer(question_at("/schedule/timezone"), "london", zones).value ==
          "Europe/London");
  REQUIRE(parse_answer(question_at("/name"), "Ann\x1b[31m").problem ==
          "control characters are not allowed");
}

TEST_CASE("defaults follow earlier answers") {
  auto profile = init_profile_skeleton(context());
  profile["name"] = "Zoë O'Neil-Smith";
  REQUIRE(default_answer(question_at("/id"), profile, context()) == "zo-o-neil-smith");
  REQUIRE(id_from_name("山田") == "me");
  REQUIRE(id_from_name(std::string(80, 'a') + "-b").size() == 64);
  // Thursday 2026-11-26: the first chosen day after today.
  profile["schedule"]["days"] = {"tue", "fri"};
  REQUIRE(default_answer(question_at("/schedule/start_date"), profile, context()) == "2026-11-27");
  profile["schedule"]["days"] = {"thu", "sun"};
  REQUIRE(default_answer(question_at("/schedule/start_date"), profile, context()) == "2026-11-29");
  REQUIRE(default_answer(question_at("/schedule/timezone"), profile, context()) == "Europe/London");
  REQUIRE(default_answer(question_at("/age"), profile, context()).empty());
}

TEST_CASE("answers are written back as typed for a default and in words for the review") {
  using nlohmann::ordered_json;
  const auto& saddle = question_at("/screening/saddle_numbness");
  REQUIRE(typed_answer(saddle, ordered_json(false)) == "n");
  REQUIRE(shown_answer(saddle, ordered_json(true)) == "yes");
  const auto& legs = question_at("/back_pain/leg_symptoms");
  REQUIRE(typed_answer(legs, ordered_json("below_knee_one_side")) == "3");
  REQUIRE(shown_answer(legs, ordered_json("below_knee_one_side")) == "below the knee, in one leg");
  const auto& days = question_at("/schedule/days");
  REQUIRE(typed_answer(days, ordered_json({"mon", "wed", "sat"})) == "mon,wed,sat");
  REQUIRE(shown_answer(days, ordered_json({"mon", "wed", "sat"})) == "Mon, Wed, Sat");
  const auto& height = question_at("/height_cm");
  REQUIRE(typed_answer(height, ordered_json(172.5)) == "172.5");
  REQUIRE(typed_answer(height, ordered_json()).empty());
  REQUIRE(shown_answer(height, ordered_json()) == "left out");
  const auto& start = question_at("/schedule/start_date");
  REQUIRE(shown_answer(start, ordered_json("2026-12-02")) == "2026-12-02 (Wed)");
  // Every default typed back reads as the same answer.
  for (const auto& question : init_questions()) {
    auto skeleton = init_profile_skeleton(context());
    ordered_json::json_pointer where{std::string(question.pointer)};
    if (!skeleton.contains(where)) {
      continue;
    }
    INFO(question.pointer);
    std::vector<ZoneName> zones = {{"UTC", "UTC"}};
    REQUIRE(parse_answer(question, typed_answer(question, skeleton.at(where)), zones).value ==
            skeleton.at(where));
  }
}
