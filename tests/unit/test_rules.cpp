// The rule table: well-formed, and every rule exercised by the scenario suite, so that
// removing or breaking any rule makes a test fail (issue 3, "Done when").
#include <catch2/catch.hpp>

#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "backstride/error.hpp"
#include "backstride/render/catalogue.hpp"
#include "backstride/render/text.hpp"
#include "scenarios.hpp"

using namespace backstride;
using namespace scenarios;

namespace {

// Where each rule id was seen, for the failure message.
using Observed = std::map<std::string, std::string>;

void observe(Observed& seen, const std::string& rule, const std::string& where) {
  seen.emplace(rule, where);
}

void observe(Observed& seen, RuleId rule, const std::string& where) {
  observe(seen, std::string(rule_key(rule)), where);
}

void observe_checkpoints(Observed& seen, const std::vector<Checkpoint>& list,
                         const std::string& where) {
  for (const auto& c : list) {
    observe(seen, c.rule, where + " checkpoint " + c.when);
  }
}

void observe_plan(Observed& seen, const Plan& plan, const std::string& where) {
  observe(seen, plan.decision.rule, where + " decision");
  for (const auto& f : plan.screening.findings) {
    observe(seen, f.rule, where + " finding");
  }
  for (const auto& step : plan.trail) {
    observe(seen, step.rule, where + " trail");
  }
  observe_checkpoints(seen, plan.checkpoints, where + " plan");
  observe_checkpoints(seen, plan.program_limits, where + " program limits");
  observe(seen, plan.safety_signs.rule, where + " safety signs");
  for (const auto& week : plan.weeks) {
    observe_checkpoints(seen, week.checkpoints, where + " week");
    for (const auto& session : week.sessions) {
      observe_checkpoints(seen, session.checkpoints, where + " session " + session.id);
    }
  }
}

// Rule ids cited in the rendered text plan, e.g. "(REST-DAY)". (The JSON plan carries
// the same ids as the structures observed above, plus finding sources that mention
// evidence labels, so only the text is scanned.)
void observe_rendered(Observed& seen, const Plan& plan, const std::string& where) {
  static const std::set<std::string> ids = [] {
    std::set<std::string> all;
    for (const auto& rule : rule_table()) {
      all.emplace(rule.key);
    }
    return all;
  }();
  std::ostringstream text;
  render::write_plan_text(plan, render::TextStyle{}, text);
  const std::string out = text.str();
  auto is_id_char = [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
  };
  std::size_t i = 0;
  while (i < out.size()) {
    if (!is_id_char(out[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < out.size() && is_id_char(out[j])) {
      ++j;
    }
    std::string token = out.substr(i, j - i);
    if (ids.contains(token)) {
      observe(seen, token, where + " rendered text");
    }
    i = j;
  }
}

Profile base_with(const Mutation& mutate) {
  Profile p = base_profile();
  mutate(p);
  return p;
}

}  // namespace

TEST_CASE("rule table: ids are unique and every rule has a statement, action and source") {
  auto rules = rule_table();
  REQUIRE_FALSE(rules.empty());
  std::set<std::string_view> ids;
  static const std::regex id_shape(R"([A-Z][A-Z0-9]*(-[A-Z0-9]+)+)");
  for (const auto& rule : rules) {
    INFO("rule " << rule.key);
    CHECK(ids.insert(rule.key).second);
    CHECK(std::regex_match(std::string(rule.key), id_shape));
    CHECK(rule_key(rule.id) == rule.key);
    CHECK(rule_id_from_key(rule.key) == rule.id);
    CHECK_FALSE(rule.statement.empty());
    CHECK_FALSE(rule.action.empty());
    CHECK_FALSE(rule.source.empty());
    CHECK(&find_rule(rule.id) == &rule);
    // A rule that screens or judges must say how.
    bool screens = rule.effect == RuleEffect::emergency || rule.effect == RuleEffect::refer ||
                   rule.effect == RuleEffect::walk_only || rule.effect == RuleEffect::walk_base;
    if (screens) {
      CHECK((rule.on_profile != nullptr || rule.on_entry != nullptr));
    }
    if (rule.effect == RuleEffect::red || rule.effect == RuleEffect::amber) {
      CHECK(rule.on_entry != nullptr);
    }
  }
}

TEST_CASE("rule table: RuleId indexes the table, and an unknown printed id is no rule") {
  auto rules = rule_table();
  REQUIRE(rules.size() == k_rule_count);
  for (std::size_t i = 0; i < rules.size(); ++i) {
    CHECK(static_cast<std::size_t>(rules[i].id) == i);
  }
  CHECK(rule_key(RuleId::pain_amber) == "PAIN-AMBER");
  CHECK(rule_key(RuleId::rf_emerg) == "RF-EMERG");
  CHECK(rule_key(RuleId::pace_easy) == "PACE-EASY");
  CHECK(rule_id_from_key("PROG-ONE-A-DAY") == RuleId::prog_one_a_day);
  CHECK_FALSE(rule_id_from_key("NO-SUCH-RULE").has_value());
  CHECK_FALSE(rule_id_from_key("pain-amber").has_value());  // printed ids are exact
  CHECK_FALSE(rule_id_from_key("").has_value());
}

TEST_CASE("rule table: the documented ids are all present") {
  for (const char* id :
       {"RF-EMERG",       "RF-URGENT",    "SCR-HEART",     "SCR-DIZZY",   "SCR-CHRONIC",
        "SCR-SUPERVISED", "SCR-SPINE",    "SCR-PREGNANT",  "SCR-INPLAN",  "SCR-AGE45",
        "CLR-LIFT",       "CLR-WALK",     "CLR-CAP",       "ENTRY-ACUTE", "ENTRY-LEG",
        "ENTRY-WALK30",   "ENTRY-BMI",    "ENTRY-LAPSED",  "ENTRY-START", "PAIN-RED",
        "PAIN-AMBER",     "PAIN-GREEN",   "PROG-2",        "PAUSE-2RED",  "PAUSE-RESTRICTED",
        "GAP-14",         "GAP-28",       "WALK-GRADUATE", "HIST-FUTURE", "REST-DAY",
        "CHK-CLEARANCE",  "CHK-BEFORE",   "CHK-STOP",      "CHK-AFTER",   "CHK-WEEKLY",
        "SHOE-CHECK",     "FORM-CADENCE", "PACE-EASY"}) {
    INFO(id);
    CHECK(rule_id_from_key(id).has_value());
  }
}

TEST_CASE("rule table: pain limits default to 3/5 and a clearance cap replaces both") {
  Profile p = base_profile();
  PainLimits limits = pain_limits_for(p);
  CHECK(limits.green_max == 3);
  CHECK(limits.red_above == 5);
  CHECK(limits.usual == 3);
  for (int cap = 0; cap <= 5; ++cap) {
    p.clearance = Clearance{"Dr Test", day("2026-11-20"), cap, true, ""};
    limits = pain_limits_for(p);
    INFO("cap " << cap);
    CHECK(limits.green_max == cap);
    CHECK(limits.red_above == cap);
    CHECK(limits.capped);
  }
}

TEST_CASE("every rule in the table is observed by the scenario suite") {
  Observed seen;
  for (const auto& row : table()) {
    Outcome out = run(row);
    const Assessment& a = out.assessment;
    observe(seen, a.decision.rule, row.name + ": decision");
    for (const auto& f : a.screening.findings) {
      observe(seen, f.rule, row.name + ": finding");
    }
    for (const auto& step : a.trail) {
      observe(seen, step.rule, row.name + ": trail");
    }
    for (const auto& note : render::say_each(a.notes)) {
      // Notes start with the rule id ("ENTRY-BMI: ...").
      observe(seen, note.substr(0, note.find(':')), row.name + ": note");
    }
    observe_plan(seen, out.plan, row.name);
    observe_rendered(seen, out.plan, row.name);
  }

  // Plans with checkpoints worth seeing: old shoes, walking only, long jogs, a clearance.
  struct Extra {
    std::string name;
    Profile profile;
    std::string program;
  };
  std::vector<Extra> extras = {
      {"shoes over 500 km", base_with([](Profile& p) {
         p.shoes = Shoes{"Old pair", 650, std::nullopt};
       }),
       "back-care"},
      {"shoes bought 8 months ago", base_with([](Profile& p) {
         p.shoes = Shoes{"Old pair", 100, day("2026-04-01")};
       }),
       "back-care"},
      {"walk-only profile",
       base_with([](Profile& p) { p.activity.brisk_walk_minutes_pain_free = 10; }), "back-care"},
      {"long jogs (c25k-classic from S05)", base_with(lapsed()), "c25k-classic"},
      {"cleared, with a pain cap", base_with(cleared("2026-11-20", 4)), "back-care"},
      {"lapsed-runner example",
       parse_profile(read_example("lapsed-runner.json"), "lapsed-runner.json"), "back-care"},
  };
  for (const auto& extra : extras) {
    Plan plan = build_plan(extra.profile, program(extra.program), day("2026-12-01"), extra.name);
    observe_plan(seen, plan, extra.name);
    observe_rendered(seen, plan, extra.name);
  }

  // Every cited id is a real rule ...
  for (const auto& [id, where] : seen) {
    INFO(id << " cited by " << where);
    CHECK(rule_id_from_key(id).has_value());
  }
  // ... and every rule is cited somewhere.
  std::size_t observed = 0;
  for (const auto& rule : rule_table()) {
    INFO("rule " << rule.key << " is never cited by any scenario, plan or checkpoint");
    bool found = seen.contains(std::string(rule.key));
    CHECK(found);
    observed += found ? 1 : 0;
  }
  CHECK(observed == rule_table().size());
}

TEST_CASE("rule table: every rule names its basis and cites publications, never our files") {
  static const std::regex file_name(R"([A-Za-z0-9_-]+\.(md|json|jsonl|txt|cpp|hpp)\b)");
  for (const auto& rule : rule_table()) {
    INFO("rule " << rule.key << ": " << rule.source);
    std::string source(rule.source);
    CHECK_FALSE(std::regex_search(source, file_name));
    CHECK(source.find("clinical-evidence") == std::string::npos);
    CHECK(source.find("DESIGN") == std::string::npos);
    CHECK(source.find("PROG-1") == std::string::npos);  // a design-proposal label
    std::string_view basis = rule_basis_key(rule.basis);
    CHECK((basis == "published" || basis == "adapted" || basis == "design"));
    if (rule.basis == RuleBasis::adapted) {
      CHECK(source.find("Changed:") != std::string::npos);  // says what changed
    }
  }
  // Rules our clinical notes mark as design proposals are never called published.
  for (const char* id : {"ENTRY-ACUTE", "CLR-CAP", "GAP-14", "GAP-28", "PAUSE-2RED",
                         "PROG-JOG-TOTAL", "PROG-JOG-LONGEST", "CHK-BEFORE", "REVIEW-AMBER"}) {
    INFO(id);
    auto rule = rule_id_from_key(id);
    REQUIRE(rule.has_value());
    CHECK(find_rule(*rule).basis == RuleBasis::design);
  }
}
