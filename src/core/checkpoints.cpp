#include "checkpoints.hpp"

#include <fmt/format.h>

namespace backstride {
namespace {

constexpr int k_form_cue_seconds = 300;
constexpr double k_shoe_check_km = 500;
constexpr int k_shoe_check_days = 182;

Checkpoint make(RuleId rule, std::string_view when, Words text) {
  return {rule, std::string(when), std::move(text), false};
}

std::string number(double value) {
  return fmt::format("{:.0f}", value);
}

Checkpoint before(const PainLimits& limits, bool jogging) {
  return make(RuleId::chk_before, "before",
              {jogging ? "chk_before_jog" : "chk_before_walk",
               {{"limit", number(limits.usual + k_before_extra_points)},
                {"usual", number(limits.usual)},
                {"extra", number(k_before_extra_points)}}});
}

Checkpoint during(const Profile& profile, const PainLimits& limits, bool jogging) {
  bool leg_pain = profile.back_pain.leg_symptoms == LegSymptoms::below_knee_one_side;
  std::string id = jogging ? (leg_pain ? "chk_during_jog_leg" : "chk_during_jog")
                           : (leg_pain ? "chk_during_walk_leg" : "chk_during_walk");
  return make(RuleId::chk_stop, "during", {std::move(id), {{"limit", number(limits.red_above)}}});
}

Checkpoint after() {
  return make(RuleId::chk_after, "after", {"chk_after", {}});
}

Checkpoint next_morning(const PainLimits& limits) {
  return make(RuleId::chk_after, "next_morning",
              {"chk_next_morning", {{"usual", number(limits.usual)}}});
}

Checkpoint pace() {
  return make(RuleId::pace_easy, "pace", {"chk_pace", {}});
}

Checkpoint form() {
  return make(RuleId::form_cadence, "form", {"chk_form", {}});
}

Checkpoint weekly_gate() {
  return make(RuleId::chk_weekly, "weekly", {"chk_weekly", {}});
}

}  // namespace

std::vector<Checkpoint> plan_checkpoints(const Profile& profile, const PainLimits& limits,
                                         bool jogging, bool long_jogs) {
  std::vector<Checkpoint> list;
  Checkpoint clearance = make(RuleId::chk_clearance, "before_week_1", {"chk_clearance", {}});
  if (profile.clearance) {
    clearance.done = true;
    clearance.text = {
        "chk_clearance_done",
        {{"by", profile.clearance->by}, {"date", format_date(profile.clearance->date)}}};
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
  list.push_back(make(RuleId::shoe_check, "shoes", {"chk_shoes", {}}));
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
      Words text{"chk_shoes_worn", {{"name", shoes.name}, {"km", number(shoes.km)}}};
      if (shoes.bought) {
        text.id = "chk_shoes_worn_bought";
        text.args.emplace_back("date", format_date(*shoes.bought));
      }
      list.push_back(make(RuleId::shoe_check, "shoes", std::move(text)));
    }
  }
  return list;
}

SafetySigns safety_signs() {
  return {RuleId::safety_signs,
          {"signs_emergency_heading", {}},
          {{"sign_saddle", {}},
           {"sign_bladder_bowel", {}},
           {"sign_both_legs", {}},
           {"sign_chest_pain", {}},
           {"sign_fainting", {}}},
          {"signs_soon_heading", {}},
          {{"sign_fever", {}},
           {"sign_night_pain", {}},
           {"sign_leg_spreading", {}},
           {"sign_one_leg", {}},
           {"sign_breathless", {}}}};
}

std::vector<Checkpoint> program_limits(const Program& program) {
  if (!program.jogging) {
    return {};
  }
  if (program.max_increase <= 0) {
    return {make(RuleId::prog_no_limits, "program",
                 {"chk_program_no_limits", {{"program", program.name}}})};
  }
  return {make(RuleId::prog_jog_total, "program",
               {"chk_program_jog_total",
                {{"percent", number(program.max_increase * 100)},
                 {"percent_two", number(program.max_increase * 200)}}}),
          make(RuleId::prog_jog_longest, "program", {"chk_program_jog_longest", {}})};
}

}  // namespace backstride
