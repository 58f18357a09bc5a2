#include "checkpoints.hpp"

#include <fmt/format.h>

namespace backstride {
namespace {

constexpr int k_form_cue_seconds = 300;
constexpr double k_shoe_check_km = 500;
constexpr int k_shoe_check_days = 182;

Checkpoint make(RuleId rule, std::string_view when, std::string text) {
  return {rule, std::string(when), std::move(text), false};
}

Checkpoint before(const PainLimits& limits, bool jogging) {
  return make(RuleId::chk_before, "before",
              fmt::format("Before you start: if today's pain is above {} (your usual {} + {}) or "
                          "anything new has appeared, {}.",
                          limits.usual + k_before_extra_points, limits.usual, k_before_extra_points,
                          jogging ? "walk only today" : "take a shorter, easier walk today"));
}

Checkpoint during(const Profile& profile, const PainLimits& limits, bool jogging) {
  bool leg_pain = profile.back_pain.leg_symptoms == LegSymptoms::below_knee_one_side;
  return make(
      RuleId::chk_stop, "during",
      fmt::format("{} if pain goes above {}, turns sharp or makes you limp; if {}; or if you "
                  "feel chest pain, dizziness or unusual breathlessness.",
                  jogging ? "Stop jogging and walk home" : "Stop, rest, and head home slowly",
                  limits.red_above,
                  leg_pain ? "your leg pain spreads further down the leg, or new numbness or "
                             "weakness appears (such as a foot that slaps or drags)"
                           : "new leg pain, numbness or tingling appears"));
}

Checkpoint after() {
  return make(RuleId::chk_after, "after",
              "Afterwards: note your pain before, during and after the session.");
}

Checkpoint next_morning(const PainLimits& limits) {
  return make(
      RuleId::chk_after, "next_morning",
      fmt::format("Next morning: note how your back feels; it should be back to {} or less.",
                  limits.usual));
}

Checkpoint pace() {
  return make(RuleId::pace_easy, "pace",
              "Jog at an easy, conversational pace (you can talk in full sentences), on flat "
              "ground at first.");
}

Checkpoint form() {
  return make(RuleId::form_cadence, "form",
              "On jogs of 5 minutes or more, try slightly quicker, shorter steps: about 5 % more "
              "steps per minute.");
}

Checkpoint weekly_gate() {
  return make(RuleId::chk_weekly, "weekly",
              "End of each week: two GREEN sessions move you on a stage; AMBER repeats it; RED "
              "means 48 hours of relative rest, then one stage back.");
}

}  // namespace

std::vector<Checkpoint> plan_checkpoints(const Profile& profile, const PainLimits& limits,
                                         bool jogging, bool long_jogs) {
  std::vector<Checkpoint> list;
  Checkpoint clearance = make(RuleId::chk_clearance, "before_week_1",
                              "Before week 1: get the okay from a doctor or physiotherapist.");
  if (profile.clearance) {
    clearance.done = true;
    clearance.text = fmt::format("Before week 1: done, cleared by {} on {}.", profile.clearance->by,
                                 format_date(profile.clearance->date));
  }
  list.push_back(std::move(clearance));
  list.push_back(before(limits, jogging));
  list.push_back(during(profile, limits, jogging));
  list.push_back(after());
  list.push_back(next_morning(limits));
  list.push_back(weekly_gate());
  if (jogging) {
    list.push_back(pace());
  }
  if (long_jogs) {
    list.push_back(form());
  }
  list.push_back(make(RuleId::shoe_check, "shoes",
                      "Shoes: wear a comfortable, light pair; check them at 500-800 km or 6 "
                      "months old (a convention, not evidence)."));
  return list;
}

std::vector<Checkpoint> session_checkpoints(const PlannedSession& session, const Profile& profile,
                                            const PainLimits& limits) {
  bool jogging = seconds_of(session.segments, SegmentKind::jog) > 0;
  std::vector<Checkpoint> list{before(limits, jogging), during(profile, limits, jogging), after(),
                               next_morning(limits)};
  if (jogging) {
    list.push_back(pace());
  }
  if (longest_jog_seconds(session.segments) >= k_form_cue_seconds) {
    list.push_back(form());
  }
  return list;
}

std::vector<Checkpoint> week_checkpoints(const PlanWeek& week, const Profile& profile,
                                         bool& shoes_flagged) {
  std::vector<Checkpoint> list{weekly_gate()};
  if (profile.shoes && !shoes_flagged) {
    const Shoes& shoes = *profile.shoes;
    Date week_end = add_days(week.first_day, 6);
    bool old = shoes.bought && days_between(*shoes.bought, week_end) >= k_shoe_check_days;
    if (shoes.km >= k_shoe_check_km || old) {
      shoes_flagged = true;
      list.push_back(
          make(RuleId::shoe_check, "shoes",
               fmt::format("Check your shoes ({}: {:.0f} km{}); at 500-800 km or 6 "
                           "months old, consider new ones (a convention, not evidence).",
                           shoes.name, shoes.km,
                           shoes.bought ? ", bought " + format_date(*shoes.bought) : "")));
    }
  }
  return list;
}

SafetySigns safety_signs() {
  return {RuleId::safety_signs,
          "Stop and get emergency care now (call your emergency number or go to the emergency "
          "department) if you have:",
          {"numbness or tingling between your legs or around your bottom (the saddle area)",
           "a new change in your bladder or bowels: trouble passing urine, leaking, or not "
           "feeling when you need to go",
           "weakness, numbness or tingling in both legs", "chest pain", "fainting"},
          "Stop, and see a doctor or physiotherapist soon (within a day or two) if you have:",
          {"a fever, or you feel generally unwell, with your back pain",
           "night pain that does not ease when you rest or change position",
           "pain spreading further down a leg",
           "new numbness or weakness in one leg, or a foot that slaps or drags",
           "breathlessness that is unusual for you"}};
}

std::vector<Checkpoint> program_limits(const Program& program) {
  if (!program.jogging) {
    return {};
  }
  if (program.max_increase <= 0) {
    return {make(RuleId::prog_no_limits, "program",
                 fmt::format("This plan follows the {} schedule as its source wrote it. It does "
                             "not keep back-care's limits on how fast jogging grows, and some "
                             "weeks jump sharply; back-care builds up more gently.",
                             program.name))};
  }
  return {
      make(RuleId::prog_jog_total, "program",
           fmt::format("From one stage to the next, your total jog time rises by at most {:.0f} "
                       "% (and by at most {:.0f} % over two stages).",
                       program.max_increase * 100, program.max_increase * 200)),
      make(RuleId::prog_jog_longest, "program",
           "Your longest single jog rises by at most 2 minutes or a quarter, whichever is "
           "more.")};
}

}  // namespace backstride
