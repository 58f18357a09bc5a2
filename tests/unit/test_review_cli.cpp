// `backstride review` run in-process over the golden patients (tests/golden/review-text):
// its JSON validates against `backstride schema review`, every status appears, and the
// README's review table names every patient field.
#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "cli_runner.hpp"
#include "schema_check.hpp"

using nlohmann::json;

namespace {

const std::string k_patients =
    std::string(BACKSTRIDE_SOURCE_DIR) + "/tests/golden/review-text/patients";

}  // namespace

TEST_CASE("review json validates against its schema and covers every status", "[review]") {
  auto result = cli_runner::run_cli({"review", k_patients, "-f", "json", "--today", "2026-12-01"});
  INFO(result.err);
  REQUIRE(result.code == 10);
  json document = json::parse(result.out);
  auto found = schema_check::problems("review", document);
  INFO(schema_check::summary(found));
  CHECK(found.empty());
  std::set<std::string> statuses;
  for (const auto& patient : document.at("patients")) {
    statuses.insert(patient.at("status").get<std::string>());
  }
  const json& schema = schema_check::schema_json("review");
  for (const auto& status : schema.at("properties")
                                .at("patients")
                                .at("items")
                                .at("properties")
                                .at("status")
                                .at("enum")) {
    INFO(status);
    CHECK(statuses.count(status.get<std::string>()) == 1);
  }
  json broken = document;
  broken["patients"][0]["status"] = "fine";
  CHECK_FALSE(schema_check::problems("review", broken).empty());
}

TEST_CASE("review exits 0 when nobody needs action and refuses other formats", "[review]") {
  auto calm = cli_runner::run_cli({"review", k_patients + "/p09-on-track.json",
                                   k_patients + "/p12-not-started.json", "--today", "2026-12-01"});
  CHECK(calm.code == 0);
  CHECK(calm.out.find("On track") != std::string::npos);
  auto ics = cli_runner::run_cli({"review", k_patients, "-o", "x.ics"});
  CHECK(ics.code == 64);
}

TEST_CASE("the README's review table names every patient field", "[review]") {
  std::ifstream in(std::string(BACKSTRIDE_SOURCE_DIR) + "/README.md");
  std::ostringstream text;
  text << in.rdbuf();
  const std::string readme = text.str();
  const json& schema = schema_check::schema_json("review");
  for (const auto& [key, value] :
       schema.at("properties").at("patients").at("items").at("properties").items()) {
    INFO("README.md has no table row | `" << key << "` | (review)");
    CHECK(readme.find(std::string("| `").append(key).append("` |")) != std::string::npos);
  }
}
