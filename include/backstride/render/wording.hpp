#pragma once

#include <chrono>

#include <string>
#include <string_view>

#include "backstride/assessment.hpp"
#include "backstride/plan.hpp"

namespace backstride::render {

// Title-case words for statuses, zones and actions, shared by every format (all from
// the wording catalogue).
std::string_view screening_status_title(ScreeningStatus status);

// "GREEN", "AMBER" or "RED".
std::string_view zone_title(Zone zone);

// A day's short name as the page says it, in the current language ("Tue"; "mar").
std::string_view day_words(std::chrono::weekday day);

// "start", "continue", ... as a person reads it ("Start", "Continue the stage", ...).
std::string_view action_title(Action action);

// The one-line headline of a withheld plan (emergency, refer or pause).
std::string_view withheld_headline(Action action);

// What to do now when the plan is withheld, in plain words (a few lines).
std::string_view withheld_advice(Action action);

// The one safety note every output of the tool carries.
std::string_view safety_note();

// Today's decision in one plain sentence for the patient ("Start at stage 1: ...").
std::string decision_sentence(const Plan& plan);

// Why the decision was made, beside its rule id: the rule engine's terse reason in English
// (as the screens always showed it), the patient's fuller sentence in another language.
std::string decision_reason(const Plan& plan);

}  // namespace backstride::render
