#include "entry_point.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

namespace backstride {
namespace {

int first_week_jog_seconds(const Stage& stage) {
  int total = 0;
  for (const auto& session : stage.sessions) {
    total += seconds_of(session, SegmentKind::jog);
  }
  return total;
}

// The first walk-base reason, if any rule sends this person to walking first.
std::optional<EntryPoint> walking_entry(const Profile& profile, const Screening& screening) {
  for (const auto& finding : screening.findings) {
    if (finding.effect == RuleEffect::walk_only && !finding.lifted) {
      return EntryPoint{
          &required_program("walk-base"),
          0,
          finding.rule,
          rule_words("walking only until a clinician clears you for jogging: {finding}", {},
                     {{"finding", finding.message}}),
          {},
          finding.rule};
    }
  }
  for (const auto& rule : rule_table()) {
    if (rule.effect != RuleEffect::walk_base || rule.on_profile == nullptr) {
      continue;
    }
    if (auto reasons = rule.on_profile(profile); !reasons.empty()) {
      // A clinician's "no running" holds until a new clearance says otherwise.
      std::optional<RuleId> lock;
      if (rule.id == RuleId::clr_walk) {
        lock = rule.id;
      }
      return EntryPoint{
          &required_program("walk-base"),
          0,
          rule.id,
          rule_words("start with brisk walking: {reason}", {}, {{"reason", reasons.front()}}),
          {},
          lock};
    }
  }
  return std::nullopt;
}

// CLR-STAGE1: a lifted heart, long-term condition, dizziness, supervision or age
// finding (ACSM: after clearance, light to moderate first).
const Finding* cleared_for_light_start(const Screening& screening) {
  static constexpr std::array k_rules = {RuleId::scr_heart, RuleId::scr_chronic, RuleId::scr_dizzy,
                                         RuleId::scr_supervised, RuleId::scr_age45};
  for (const auto& finding : screening.findings) {
    if (finding.lifted && std::ranges::find(k_rules, finding.rule) != k_rules.end()) {
      return &finding;
    }
  }
  return nullptr;
}

}  // namespace

const Program& required_program(std::string_view id) {
  if (const Program* program = find_builtin_program(id)) {
    return *program;
  }
  throw Error(ExitCode::software, fmt::format("built-in program {} is missing", id));
}

EntryPoint choose_entry_point(const Profile& profile, const Screening& screening,
                              const Program& requested) {
  if (auto walking = walking_entry(profile, screening)) {
    return *walking;
  }
  EntryPoint entry{&requested,
                   0,
                   RuleId::entry_start,
                   rule_words("no reason to hold back: start at stage 1"),
                   {},
                   std::nullopt};
  if (!requested.jogging) {
    return entry;
  }
  auto runner = find_rule(RuleId::entry_lapsed).on_profile(profile);
  if (const Finding* cleared = cleared_for_light_start(screening); cleared && !runner.empty()) {
    entry.rule = RuleId::clr_stage1;
    entry.reason = rule_words(
        "cleared after {finding} ({rule}): start at stage 1, light to "
        "moderate first",
        {{"rule", std::string(rule_key(cleared->rule))}}, {{"finding", cleared->message}});
  } else if (!runner.empty()) {
    entry.stage_index = requested.stages.size() / 4;
    entry.rule = RuleId::entry_lapsed;
    entry.reason = rule_words("{reason}: start a quarter of the way in, at {stage}",
                              {{"stage", requested.stages.at(entry.stage_index).id}},
                              {{"reason", runner.front()}});
  }
  if (auto reasons = find_rule(RuleId::entry_bmi).on_profile(profile); !reasons.empty()) {
    const Program* program = entry.program;
    std::size_t stage = entry.stage_index;
    while (stage > 0 &&
           first_week_jog_seconds(program->stages.at(stage)) > k_high_bmi_week1_jog_seconds) {
      --stage;
    }
    if (first_week_jog_seconds(program->stages.at(stage)) > k_high_bmi_week1_jog_seconds) {
      program = &required_program("back-care");
      stage = 0;
    }
    if (program != entry.program || stage != entry.stage_index) {
      entry.rule = RuleId::entry_bmi;
      entry.reason = rule_words(
          "{reason}: week-1 jogging kept under about 3 km, so start at {stage} of {program}",
          {{"stage", program->stages.at(stage).id}, {"program", program->id}},
          {{"reason", reasons.front()}});
      entry.program = program;
      entry.stage_index = stage;
    } else {
      entry.notes.push_back(rule_words(
          "ENTRY-BMI: {reason}; the first week already stays under about 3 km of jogging", {},
          {{"reason", reasons.front()}}));
    }
  }
  return entry;
}

}  // namespace backstride
