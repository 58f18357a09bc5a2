// The JSON names of enums (core/json_enums.hpp, one NLOHMANN_JSON_SERIALIZE_ENUM table
// each): the names every output and the history format use, pinned.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "backstride/assessment.hpp"
#include "backstride/history.hpp"
#include "backstride/program.hpp"

using namespace backstride;

TEST_CASE("enum names: actions, zones, statuses, bases and segment kinds") {
  CHECK(action_key(Action::start) == "start");
  CHECK(action_key(Action::continue_stage) == "continue");
  CHECK(action_key(Action::review) == "review");
  CHECK(action_key(Action::emergency) == "emergency");
  CHECK(zone_key(Zone::green) == "green");
  CHECK(zone_key(Zone::amber) == "amber");
  CHECK(zone_key(Zone::red) == "red");
  CHECK(screening_status_key(ScreeningStatus::clear) == "clear");
  CHECK(screening_status_key(ScreeningStatus::clearance_needed) == "clearance_needed");
  CHECK(screening_status_key(ScreeningStatus::urgent) == "urgent");
  CHECK(rule_basis_key(RuleBasis::published) == "published");
  CHECK(rule_basis_key(RuleBasis::adapted) == "adapted");
  CHECK(rule_basis_key(RuleBasis::design) == "design");
  CHECK(segment_kind_key(SegmentKind::warmup) == "warmup");
  CHECK(segment_kind_key(SegmentKind::cooldown) == "cooldown");
}

TEST_CASE("enum names: every symptom has its own name and reads back from a history line") {
  std::set<std::string> names;
  for (Symptom symptom : all_symptoms()) {
    std::string name(symptom_key(symptom));
    INFO(name);
    CHECK(names.insert(name).second);
    HistoryEntry e;
    e.date = *parse_date("2026-12-01");
    e.session = "S01-1";
    e.symptoms = {symptom};
    std::string line = format_history_line(e);
    CHECK(line.find("\"symptoms\":[\"" + name + "\"]") != std::string::npos);
    auto parsed = parse_history_lines(line, "test");
    REQUIRE(parsed.size() == 1);
    CHECK(parsed[0].symptoms == std::vector<Symptom>{symptom});
  }
  CHECK(names.size() == 12);
  CHECK(symptom_key(Symptom::new_leg_pain) == "new_leg_pain");
  CHECK(symptom_key(Symptom::fever) == "fever");
}
