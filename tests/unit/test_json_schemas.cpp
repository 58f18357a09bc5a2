// Every JSON output validates against the schema `backstride schema` prints for it
// (valijson here; tests/formats/json_schemas.sh checks the same with ajv), and a
// broken document fails.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "backstride/cli/app.hpp"
#include "backstride/render/json.hpp"
#include "cli_runner.hpp"
#include "scenarios.hpp"
#include "schema_check.hpp"

using namespace backstride;
using nlohmann::json;
using schema_check::problems;
using schema_check::schema_json;

namespace {

// Runs the CLI in-process (no environment, the clock at 2026-12-01T00:00:00Z); stdout.
std::string cli_out(std::vector<std::string> args, int& code) {
  auto result = cli_runner::run_cli(std::move(args));
  code = result.code;
  INFO(result.err);
  return result.out;
}

std::vector<std::string> example_profiles() {
  std::vector<std::string> paths;
  for (const auto& entry :
       std::filesystem::directory_iterator(std::string(BACKSTRIDE_SOURCE_DIR) + "/examples")) {
    if (entry.path().extension() == ".json") {
      paths.push_back(entry.path().string());
    }
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

json plan_json(const Plan& plan) {
  std::ostringstream out;
  render::write_plan_json(plan, out);
  return json::parse(out.str());
}

json next_json(const Plan& plan) {
  std::ostringstream out;
  render::write_next_json(plan, first_session(plan), out);
  return json::parse(out.str());
}

void check_valid(const std::string& schema, const json& document, const std::string& what) {
  auto found = problems(schema, document);
  INFO(what << " against " << schema << ".schema.json:\n" << schema_check::summary(found));
  CHECK(found.empty());
}

std::set<std::string> strings_of(const json& list) {
  std::set<std::string> names;
  for (const auto& item : list) {
    if (item.is_string()) {
      names.insert(item.get<std::string>());
    }
  }
  return names;
}

}  // namespace

TEST_CASE("json schemas: each is draft 7 and compiles in valijson") {
  for (const auto& schema : json_schemas()) {
    INFO(schema.name);
    const json& text = schema_json(std::string(schema.name));
    CHECK(text.at("$schema") == "http://json-schema.org/draft-07/schema#");
    CHECK(text.at("description").get<std::string>().size() > 20);
    CHECK_NOTHROW(schema_check::compiled(std::string(schema.name)));
  }
}

TEST_CASE("json schemas: plan and next and check of every example validate") {
  auto paths = example_profiles();
  REQUIRE(paths.size() >= 3);
  for (const auto& path : paths) {
    for (const char* command : {"plan", "next", "check"}) {
      int code = -1;
      std::string out = cli_out({command, path, "--today", "2026-12-01", "-f", "json"}, code);
      INFO(command << " " << path << " exit " << code);
      REQUIRE((code == 0 || code == 10 || code == 11));
      check_valid(command, json::parse(out), std::string(command) + " " + path);
    }
  }
}

TEST_CASE("json schemas: plan and next of every scenario row validate") {
  // The scenario table holds withheld, paused, finished and pending plans: check that it
  // still does, so this test keeps covering them.
  bool withheld = false;
  bool paused = false;
  bool finished = false;
  bool pending = false;
  bool no_session_today = false;
  for (const auto& row : scenarios::table()) {
    Plan plan = scenarios::run(row).plan;
    json p = plan_json(plan);
    json n = next_json(plan);
    check_valid("plan", p, row.name);
    check_valid("next", n, row.name);
    withheld = withheld || plan.withheld;
    paused = paused || plan.decision.action == Action::pause;
    finished = finished || (!plan.withheld && first_session(plan) == nullptr);
    no_session_today = no_session_today || n.at("session_today").is_null();
    for (const auto& step : plan.trail) {
      pending = pending || step.zone == Zone::pending;
    }
  }
  CHECK(withheld);
  CHECK(paused);
  CHECK(finished);
  CHECK(pending);
  CHECK(no_session_today);
}

TEST_CASE("json schemas: a broken plan or next fails valijson") {
  Plan plan = build_plan(scenarios::base_profile(), scenarios::program("back-care"),
                         scenarios::day("2026-12-01"), "base");
  const json good = plan_json(plan);
  REQUIRE(problems("plan", good).empty());
  auto broken = [&](const std::string& what, auto edit) {
    json bad = good;
    edit(bad);
    INFO(what);
    CHECK_FALSE(problems("plan", bad).empty());
  };
  broken("no format", [](json& d) { d.erase("format"); });
  broken("another format", [](json& d) { d["format"] = "backstride.plan/2"; });
  broken("an unknown key", [](json& d) { d["extra"] = 1; });
  broken("an unknown action", [](json& d) { d["decision"]["action"] = "sprint"; });
  broken("an unknown rule", [](json& d) { d["decision"]["rule"] = "PAIN-PURPLE"; });
  broken("a session without totals", [](json& d) { d["weeks"][0]["sessions"][0].erase("totals"); });
  broken("a segment kind",
         [](json& d) { d["weeks"][0]["sessions"][0]["segments"][0]["kind"] = "run"; });
  broken("a date", [](json& d) { d["today"] = "01/12/2026"; });
  broken("no limits on a plan", [](json& d) { d.erase("limits"); });
  broken("withheld with weeks", [](json& d) { d["withheld"] = true; });

  json next = next_json(plan);
  REQUIRE(problems("next", next).empty());
  next["session_today"] = json{{"id", "S01-1"}, {"seconds", 1500}};  // the old next/1 shape
  CHECK_FALSE(problems("next", next).empty());
  next = next_json(plan);
  next["trail"] = json::array({{{"date", "2026-11-30"},
                                {"session", "S01-1"},
                                {"zone", "purple"},
                                {"rule", "PAIN-GREEN"},
                                {"effect", "x"},
                                {"stage", "S01"}}});
  CHECK_FALSE(problems("next", next).empty());
}

TEST_CASE("json schemas: rules and programs validate") {
  for (const char* command : {"rules", "programs"}) {
    int code = -1;
    std::string out = cli_out({command, "-f", "json"}, code);
    REQUIRE(code == 0);
    check_valid(command, json::parse(out), command);
  }
}

TEST_CASE("json schemas: next and plan share one session object and its definitions") {
  // A definition of the same name is the same in every output schema (written once).
  const std::vector<std::string> outputs{"plan", "next", "check", "rules", "programs"};
  for (const auto& name : outputs) {
    for (const auto& [key, value] : schema_json(name).at("definitions").items()) {
      INFO(name << " definitions/" << key);
      REQUIRE(schema_json("plan").at("definitions").contains(key));
      CHECK(schema_json("plan").at("definitions").at(key) == value);
    }
  }
  CHECK(schema_json("next").at("definitions") == schema_json("plan").at("definitions"));
  Plan built = build_plan(scenarios::base_profile(), scenarios::program("back-care"),
                          scenarios::day("2026-12-01"), "base");
  CHECK(next_json(built).at("next_session") == plan_json(built).at("weeks")[0]["sessions"][0]);
}

TEST_CASE("json schemas: enums match the rule table and the code's names") {
  const json& d = schema_json("plan").at("definitions");
  std::set<std::string> rules;
  for (std::size_t i = 0; i < k_rule_count; ++i) {
    rules.insert(std::string(rule_key(static_cast<RuleId>(i))));
  }
  CHECK(strings_of(d.at("rule_id").at("enum")) == rules);
  std::set<std::string> actions;
  for (Action a :
       {Action::start, Action::continue_stage, Action::progress, Action::repeat, Action::regress,
        Action::rest, Action::review, Action::pause, Action::refer, Action::emergency}) {
    actions.insert(std::string(action_key(a)));
  }
  CHECK(strings_of(d.at("decision").at("properties").at("action").at("enum")) == actions);
  std::set<std::string> zones;
  for (Zone z : {Zone::green, Zone::pending, Zone::amber, Zone::red}) {
    zones.insert(std::string(zone_key(z)));
  }
  CHECK(strings_of(d.at("trail_step").at("properties").at("zone").at("enum")) == zones);
  std::set<std::string> kinds;
  for (SegmentKind k :
       {SegmentKind::warmup, SegmentKind::walk, SegmentKind::jog, SegmentKind::cooldown}) {
    kinds.insert(std::string(segment_kind_key(k)));
  }
  CHECK(strings_of(d.at("segment").at("properties").at("kind").at("enum")) == kinds);
}

TEST_CASE("json schemas: every field has a description") {
  for (const auto& schema : json_schemas()) {
    const json& root = schema_json(std::string(schema.name));
    if (schema.name == "profile" || schema.name == "program" || schema.name == "clinic") {
      continue;  // the input schemas are described where they were written
    }
    std::vector<std::pair<std::string, const json*>> todo{{"", &root}};
    while (!todo.empty()) {
      auto [where, node] = todo.back();
      todo.pop_back();
      if (!node->is_object()) {
        continue;
      }
      if (node->contains("properties")) {
        for (const auto& [key, value] : node->at("properties").items()) {
          bool described = value.contains("description") || value.contains("$ref");
          INFO(schema.name << ": " << where << "/" << key);
          CHECK(described);
        }
      }
      for (const auto& [key, value] : node->items()) {
        todo.emplace_back(where + "/" + key, &value);
      }
    }
  }
}

TEST_CASE("json schemas: the README's plan table names every plan and session field") {
  std::ifstream in(std::string(BACKSTRIDE_SOURCE_DIR) + "/README.md");
  std::ostringstream text;
  text << in.rdbuf();
  const std::string readme = text.str();
  const json& plan = schema_json("plan");
  auto listed = [&](const std::string& field) {
    INFO("README.md has no table row | `" << field << "` |");
    CHECK(readme.find(std::string("| `").append(field).append("` |")) != std::string::npos);
  };
  for (const auto& [key, value] : plan.at("properties").items()) {
    listed(key);
  }
  for (const auto& [key, value] : plan.at("properties").at("limits").at("properties").items()) {
    listed(std::string("limits.").append(key));
  }
  for (const auto& [key, value] : plan.at("definitions").at("session").at("properties").items()) {
    listed(key);
  }
}

TEST_CASE("json schemas: the input files validate and broken ones fail valijson") {
  auto read = [](const std::string& path) {
    std::ifstream in(std::string(BACKSTRIDE_SOURCE_DIR) + "/" + path);
    REQUIRE(in);
    return json::parse(in);
  };
  struct Input {
    std::string schema;
    std::string path;
    std::string broken;  // a JSON pointer to remove: a required field
  };
  const std::vector<Input> inputs{
      {"profile", "examples/beginner-chronic.json", "/screening/fever"},
      {"profile", "examples/lapsed-runner.json", "/schedule/days"},
      {"profile", "examples/walk-first.json", "/id"},
      {"program", "data/programs/back-care.json", "/stages"},
      {"program", "data/programs/walk-base.json", "/format"},
      {"clinic", "tests/formats/clinic/clinic.json", "/name"},
  };
  for (const auto& input : inputs) {
    json document = read(input.path);
    check_valid(input.schema, document, input.path);
    json::json_pointer pointer(input.broken);
    document[pointer.parent_pointer()].erase(pointer.back());
    INFO(input.path << " without " << input.broken);
    CHECK_FALSE(problems(input.schema, document).empty());
  }
}
