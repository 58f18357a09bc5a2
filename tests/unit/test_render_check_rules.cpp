// The `check` and `rules` writers (render/check.cpp, render/rules.cpp) and the one
// findings serialiser they share with the plan JSON (render/findings_json.cpp).
#include <catch2/catch.hpp>

#include <sstream>

#include <nlohmann/json.hpp>

#include "backstride/render/check.hpp"
#include "backstride/render/json.hpp"
#include "backstride/render/rules.hpp"
#include "scenarios.hpp"

using namespace backstride;
using namespace scenarios;

namespace {

Profile with_heart_and_age() {
  Profile p = base_profile();
  p.screening.at(static_cast<std::size_t>(Question::heart_condition_or_high_bp)) = true;
  p.age = 60;
  return p;
}

nlohmann::ordered_json check_json(const Profile& p) {
  std::ostringstream out;
  render::write_check_json(p, screen_profile(p, day("2026-12-01")), out);
  return nlohmann::ordered_json::parse(out.str());
}

}  // namespace

TEST_CASE("check JSON: exit code, status and each finding with its rule's basis and source") {
  nlohmann::ordered_json j = check_json(with_heart_and_age());
  CHECK(j["format"] == "backstride.check/1");
  CHECK(j["exit_code"] == 10);
  CHECK(j["screening"]["status"] == "clearance_needed");
  const auto& findings = j["screening"]["findings"];
  REQUIRE(findings.size() == 2);
  CHECK(findings[0]["rule"] == "SCR-HEART");
  CHECK(findings[0]["basis"] == "published");
  CHECK(findings[0]["source"] == std::string(find_rule(RuleId::scr_heart).source));
  CHECK(findings[0]["lifted"] == false);
  CHECK(findings[1]["rule"] == "SCR-AGE45");
  std::vector<std::string> keys;
  for (const auto& [key, value] : findings[0].items()) {
    keys.push_back(key);
  }
  CHECK(keys == std::vector<std::string>{"rule", "message", "basis", "source", "lifted"});
}

TEST_CASE("check JSON: an emergency exits 11; a clear profile exits 0 with no findings") {
  Profile p = base_profile();
  CHECK(check_json(p)["exit_code"] == 0);
  CHECK(check_json(p)["screening"]["findings"].empty());
  p.screening.at(static_cast<std::size_t>(Question::chest_pain)) = true;
  CHECK(check_json(p)["exit_code"] == 11);
  CHECK(check_json(p)["screening"]["status"] == "urgent");
}

TEST_CASE("check and plan JSON write findings alike (one serialiser)") {
  Profile p = with_heart_and_age();
  p.clearance = Clearance{"Dr Test (GP)", day("2026-11-20"), std::nullopt, true, ""};
  Plan plan = build_plan(p, program("back-care"), day("2026-12-01"), "test");
  std::ostringstream out;
  render::write_plan_json(plan, out);
  nlohmann::ordered_json from_plan = nlohmann::ordered_json::parse(out.str())["screening"];
  nlohmann::ordered_json from_check = check_json(p)["screening"];
  CHECK(from_plan == from_check);
  CHECK(from_check["findings"][0]["lifted"] == true);
}

TEST_CASE("check text: lifted findings name the clearance, others say what to do") {
  Profile p = with_heart_and_age();
  std::ostringstream out;
  render::write_check_text(p, screen_profile(p, day("2026-12-01")), 1000, out);
  CHECK(out.str().find("(SCR-HEART)\n    " + std::string(find_rule(RuleId::scr_heart).action)) !=
        std::string::npos);
  p.clearance = Clearance{"Dr Test (GP)", day("2026-11-20"), std::nullopt, true, ""};
  out.str("");
  render::write_check_text(p, screen_profile(p, day("2026-12-01")), 1000, out);
  CHECK(out.str().find("(SCR-HEART): lifted by Dr Test (GP)'s clearance of 2026-11-20") !=
        std::string::npos);
}

TEST_CASE("rules JSON and text list every rule in table order under its printed id") {
  std::ostringstream json_out;
  render::write_rules_json(json_out);
  nlohmann::json j = nlohmann::json::parse(json_out.str());
  CHECK(j["format"] == "backstride.rules/1");
  REQUIRE(j["rules"].size() == k_rule_count);
  for (const auto& rule : rule_table()) {
    INFO(rule.key);
    const auto& row = j["rules"][static_cast<std::size_t>(rule.id)];
    CHECK(row["id"] == std::string(rule.key));
    CHECK(row["basis"] == std::string(rule_basis_key(rule.basis)));
  }
  std::ostringstream text;
  render::write_rules_text(79, text);
  CHECK(text.str().rfind("RF-EMERG\n  When:   ", 0) == 0);
  CHECK(text.str().find("\nPACE-EASY\n") != std::string::npos);
}
