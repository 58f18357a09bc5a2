#pragma once
// Enum <-> JSON name tables, each written once with NLOHMANN_JSON_SERIALIZE_ENUM: the
// core parses with `.get<Enum>()` (after the schema has checked the name, so an unknown
// name never reaches these tables) and the public *_key() functions name values with
// json_name(). Private to the core: it needs the whole of nlohmann/json.hpp.

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "backstride/assessment.hpp"
#include "backstride/history.hpp"
#include "backstride/profile.hpp"
#include "backstride/program.hpp"
#include "backstride/rules.hpp"

namespace backstride {

NLOHMANN_JSON_SERIALIZE_ENUM(Symptom, {
                                          {Symptom::new_leg_pain, "new_leg_pain"},
                                          {Symptom::numbness, "numbness"},
                                          {Symptom::tingling, "tingling"},
                                          {Symptom::leg_weakness, "leg_weakness"},
                                          {Symptom::saddle_numbness, "saddle_numbness"},
                                          {Symptom::bladder_bowel_change, "bladder_bowel_change"},
                                          {Symptom::chest_pain, "chest_pain"},
                                          {Symptom::dizziness, "dizziness"},
                                          {Symptom::limp, "limp"},
                                          {Symptom::sharp_pain, "sharp_pain"},
                                          {Symptom::night_pain, "night_pain"},
                                          {Symptom::fever, "fever"},
                                      })

NLOHMANN_JSON_SERIALIZE_ENUM(Zone, {
                                       {Zone::green, "green"},
                                       {Zone::pending, "pending"},
                                       {Zone::amber, "amber"},
                                       {Zone::red, "red"},
                                   })

NLOHMANN_JSON_SERIALIZE_ENUM(Action, {
                                         {Action::start, "start"},
                                         {Action::continue_stage, "continue"},
                                         {Action::progress, "progress"},
                                         {Action::repeat, "repeat"},
                                         {Action::regress, "regress"},
                                         {Action::rest, "rest"},
                                         {Action::review, "review"},
                                         {Action::pause, "pause"},
                                         {Action::refer, "refer"},
                                         {Action::emergency, "emergency"},
                                     })

NLOHMANN_JSON_SERIALIZE_ENUM(ScreeningStatus,
                             {
                                 {ScreeningStatus::clear, "clear"},
                                 {ScreeningStatus::clearance_needed, "clearance_needed"},
                                 {ScreeningStatus::urgent, "urgent"},
                             })

NLOHMANN_JSON_SERIALIZE_ENUM(RuleBasis, {
                                            {RuleBasis::published, "published"},
                                            {RuleBasis::adapted, "adapted"},
                                            {RuleBasis::design, "design"},
                                        })

NLOHMANN_JSON_SERIALIZE_ENUM(SegmentKind, {
                                              {SegmentKind::warmup, "warmup"},
                                              {SegmentKind::walk, "walk"},
                                              {SegmentKind::jog, "jog"},
                                              {SegmentKind::cooldown, "cooldown"},
                                          })

NLOHMANN_JSON_SERIALIZE_ENUM(RunningHistory, {
                                                 {RunningHistory::none, "none"},
                                                 {RunningHistory::lapsed, "lapsed"},
                                                 {RunningHistory::current, "current"},
                                             })

NLOHMANN_JSON_SERIALIZE_ENUM(LegSymptoms,
                             {
                                 {LegSymptoms::none, "none"},
                                 {LegSymptoms::above_knee, "above_knee"},
                                 {LegSymptoms::below_knee_one_side, "below_knee_one_side"},
                                 {LegSymptoms::both_legs, "both_legs"},
                             })

// The JSON name of `value` from its table above. `Last` is the enum's last enumerator
// (they run from 0 to it): the names are built once, so the view stays valid.
template <auto Last>
std::string_view json_name(decltype(Last) value) {
  using Enum = decltype(Last);
  constexpr auto count = static_cast<std::size_t>(Last) + 1;
  static const std::array<std::string, count> names = [] {
    std::array<std::string, count> all;
    for (std::size_t i = 0; i < count; ++i) {
      all[i] = nlohmann::json(static_cast<Enum>(i)).template get<std::string>();
    }
    return all;
  }();
  return names.at(static_cast<std::size_t>(value));
}

}  // namespace backstride
