#include "backstride/render/wording.hpp"

namespace backstride::render {

std::string_view screening_status_title(ScreeningStatus status) {
  switch (status) {
    case ScreeningStatus::clear:
      return "clear";
    case ScreeningStatus::clearance_needed:
      return "SEE A CLINICIAN FIRST";
    case ScreeningStatus::urgent:
      return "URGENT";
  }
  return "URGENT";
}

std::string_view zone_title(Zone zone) {
  switch (zone) {
    case Zone::green:
      return "GREEN";
    case Zone::amber:
      return "AMBER";
    case Zone::red:
      return "RED";
  }
  return "RED";
}

std::string_view action_title(Action action) {
  switch (action) {
    case Action::start:
      return "Start";
    case Action::continue_stage:
      return "Continue";
    case Action::progress:
      return "Progress";
    case Action::repeat:
      return "Repeat";
    case Action::regress:
      return "Go back a stage";
    case Action::rest:
      return "Rest";
    case Action::review:
      return "Check in with your clinician";
    case Action::pause:
      return "Pause";
    case Action::refer:
      return "See a clinician first";
    case Action::emergency:
      return "EMERGENCY";
  }
  return "EMERGENCY";
}

std::string_view withheld_headline(Action action) {
  switch (action) {
    case Action::emergency:
      return "Stop. Seek emergency care now.";
    case Action::pause:
      return "Paused: see a doctor or physiotherapist before going on.";
    default:
      return "No running plan yet: see a doctor or physiotherapist first.";
  }
}

std::string_view withheld_advice(Action action) {
  switch (action) {
    case Action::emergency:
      return "Go to an emergency department or call your local emergency number now. These signs "
             "can mean a problem with the nerves at the base of the spine, a fracture, or the "
             "heart, and need checking within hours. Do not start or continue any exercise plan. "
             "No plan was produced.";
    case Action::pause:
      return "Pain has held the plan back for too long. Keep walking gently as comfort allows, "
             "and book a doctor or physiotherapist. When they clear you to go on, add a "
             "\"clearance\" block (dated that day) to your profile and plan again.";
    default:
      return "Something in your answers needs a doctor or physiotherapist to look at it before "
             "you start running. No running plan was produced. Book an appointment (urgently "
             "for fever, weight loss, a history of cancer or weakness). When you are cleared, "
             "add a \"clearance\" block to your profile (see `backstride schema`) and plan again.";
  }
}

}  // namespace backstride::render
