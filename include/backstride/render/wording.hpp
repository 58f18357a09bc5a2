#pragma once

#include <string_view>

#include "backstride/assessment.hpp"

namespace backstride::render {

// Title-case words for statuses, zones and actions, shared by every format (all from
// the wording catalogue).
std::string_view screening_status_title(ScreeningStatus status);

// "GREEN", "AMBER" or "RED".
std::string_view zone_title(Zone zone);

// "start", "continue", ... as a person reads it ("Start", "Continue the stage", ...).
std::string_view action_title(Action action);

// The one-line headline of a withheld plan (emergency, refer or pause).
std::string_view withheld_headline(Action action);

// What to do now when the plan is withheld, in plain words (a few lines).
std::string_view withheld_advice(Action action);

// The one safety note every output of the tool carries.
std::string_view safety_note();

}  // namespace backstride::render
