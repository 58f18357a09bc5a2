#include "backstride/render/json.hpp"

#include <nlohmann/json.hpp>

#include "backstride/render/catalogue.hpp"
#include "backstride/render/describe.hpp"
#include "backstride/render/text.hpp"
#include "backstride/render/wording.hpp"
#include "backstride/rules.hpp"
#include "backstride/timezone.hpp"
#include "backstride/version.hpp"
#include "findings_json.hpp"

namespace backstride::render {
namespace {

using ordered_json = nlohmann::ordered_json;

ordered_json segments_json(const std::vector<Segment>& segments) {
  ordered_json list = ordered_json::array();
  for (const auto& segment : segments) {
    list.push_back({{"kind", segment_kind_key(segment.kind)}, {"seconds", segment.seconds}});
  }
  return list;
}

ordered_json totals_json(const Totals& totals) {
  return {{"sessions", totals.sessions},
          {"seconds", totals.seconds},
          {"jog_seconds", totals.jog_seconds},
          {"walk_seconds", totals.walk_seconds}};
}

ordered_json checkpoints_json(const std::vector<Checkpoint>& checkpoints) {
  ordered_json list = ordered_json::array();
  for (const auto& c : checkpoints) {
    ordered_json j{{"rule", rule_key(c.rule)}, {"when", c.when}, {"text", say(c.text)}};
    if (c.when == "before_week_1") {
      j["done"] = c.done;
    }
    list.push_back(std::move(j));
  }
  return list;
}

ordered_json safety_signs_json(const SafetySigns& signs) {
  return {{"rule", rule_key(signs.rule)},
          {"emergency",
           {{"heading", say(signs.emergency_heading)}, {"signs", say_each(signs.emergency)}}},
          {"soon", {{"heading", say(signs.soon_heading)}, {"signs", say_each(signs.soon)}}}};
}

// One session as plan and next both write it (the "session" of plan.schema.json).
ordered_json session_json(const PlannedSession& session) {
  ordered_json j;
  j["id"] = session.id;
  j["date"] = format_date(session.date);
  j["weekday"] = weekday_name(weekday_of(session.date));
  j["time"] = format_time_of_day(session.start_minutes);
  j["start_utc"] = format_utc_iso(session.start_utc);
  j["summary"] = render::session_summary(session);
  j["stage"] = session.stage_id;
  j["stage_number"] = session.stage_number;
  j["title"] = program_words(session.stage_title);
  j["intervals"] = describe_segments(session.segments);
  j["segments"] = segments_json(session.segments);
  j["totals"] = {{"seconds", total_seconds(session.segments)},
                 {"jog_seconds", seconds_of(session.segments, SegmentKind::jog)},
                 {"longest_jog_seconds", longest_jog_seconds(session.segments)}};
  j["checkpoints"] = checkpoints_json(session.checkpoints);
  return j;
}

ordered_json trail_json(const Plan& plan) {
  ordered_json trail = ordered_json::array();
  for (const auto& step : plan.trail) {
    ordered_json j;
    j["date"] = format_date(step.date);
    j["session"] = step.session;
    j["zone"] = step.zone ? ordered_json(zone_key(*step.zone)) : ordered_json(nullptr);
    j["rule"] = rule_key(step.rule);
    j["effect"] = say(step.effect);
    j["stage"] = step.stage;
    if (!step.warning.empty()) {
      j["warning"] = say(step.warning);
    }
    trail.push_back(std::move(j));
  }
  return trail;
}

ordered_json weeks_json(const Plan& plan) {
  ordered_json weeks = ordered_json::array();
  for (const auto& week : plan.weeks) {
    ordered_json w;
    w["week"] = week.number;
    w["first_day"] = format_date(week.first_day);
    w["sessions"] = ordered_json::array();
    for (const auto& session : week.sessions) {
      w["sessions"].push_back(session_json(session));
    }
    w["totals"] = totals_json(totals_of(week));
    w["checkpoints"] = checkpoints_json(week.checkpoints);
    weeks.push_back(std::move(w));
  }
  return weeks;
}

// Adds what plan and next share: exit code, screening, decision and trail.
void add_assessment(const Plan& plan, ordered_json& j) {
  j["exit_code"] = static_cast<int>(plan.exit_code);
  j["screening"] = screening_json(plan.screening);
  j["decision"] = {{"action", action_key(plan.decision.action)},
                   {"rule", rule_key(plan.decision.rule)},
                   {"reason", say(plan.decision.reason)}};
  j["trail"] = trail_json(plan);
  j["safety_signs"] = safety_signs_json(plan.safety_signs);
}

ordered_json plan_to_json(const Plan& plan) {
  ordered_json j;
  j["format"] = "backstride.plan/1";
  j["generator"] = std::string("backstride ") + k_version;
  j["today"] = format_date(plan.today);
  j["profile"] = {{"id", plan.profile_id}, {"name", plan.profile_name}};
  add_assessment(plan, j);
  j["notes"] = say_each(plan.notes);
  j["withheld"] = plan.withheld;
  if (plan.withheld) {
    j["weeks"] = ordered_json::array();
    j["safety_note"] = safety_note();
    return j;
  }
  j["program"] = {{"id", plan.program_id},
                  {"name", program_words(plan.program_name)},
                  {"source", plan.program_source},
                  {"next_program", plan.next_program},
                  {"finale", program_words(plan.finale)}};
  j["program_limits"] = checkpoints_json(plan.program_limits);
  j["limits"] = {{"green_max", plan.limits.green_max},
                 {"red_above", plan.limits.red_above},
                 {"usual", plan.limits.usual},
                 {"capped", plan.limits.capped}};
  j["timezone"] = plan.timezone;
  j["first_day"] = format_date(plan.first_day);
  j["session_days"] = ordered_json::array();
  for (auto day : plan.session_days) {
    j["session_days"].push_back(weekday_name(day));
  }
  j["checkpoints"] = checkpoints_json(plan.checkpoints);
  j["weeks"] = weeks_json(plan);
  j["totals"] = totals_json(totals_of(plan));
  j["safety_note"] = safety_note();
  return j;
}

void write(const ordered_json& document, std::ostream& out) {
  out << document.dump(2) << '\n';
}

}  // namespace

void write_plan_json(const Plan& plan, std::ostream& out) {
  write(plan_to_json(plan), out);
}

void write_next_json(const Plan& plan, const PlannedSession* next, std::ostream& out) {
  bool today = next && next->date == plan.today && !plan.withheld;
  ordered_json j;
  j["format"] = "backstride.next/2";
  j["today"] = format_date(plan.today);
  j["profile"] = {{"id", plan.profile_id}, {"name", plan.profile_name}};
  add_assessment(plan, j);
  j["session_today"] = today ? session_json(*next) : ordered_json(nullptr);
  j["next_session"] = next && !plan.withheld ? session_json(*next) : ordered_json(nullptr);
  j["safety_note"] = safety_note();
  write(j, out);
}

void write_programs_json(std::span<const Program> programs, std::ostream& out) {
  ordered_json list = ordered_json::array();
  for (const auto& program : programs) {
    ordered_json p;
    p["id"] = program.id;
    p["name"] = program.name;
    p["summary"] = program.summary;
    p["source"] = program.source;
    p["activity"] = program.jogging ? "run" : "walk";
    if (program.max_increase > 0) {
      p["max_increase"] = program.max_increase;
    }
    p["next_program"] = program.next_program;
    p["finale"] = program.finale;
    p["stages"] = ordered_json::array();
    for (const auto& stage : program.stages) {
      ordered_json sessions = ordered_json::array();
      for (const auto& session : stage.sessions) {
        sessions.push_back(segments_json(session));
      }
      JogLoad load = stage_jog_load(stage);
      p["stages"].push_back({{"id", stage.id},
                             {"title", stage.title},
                             {"jog_seconds", load.total},
                             {"longest_jog_seconds", load.longest},
                             {"sessions", sessions}});
    }
    list.push_back(std::move(p));
  }
  write({{"format", "backstride.programs/1"}, {"programs", list}}, out);
}

}  // namespace backstride::render
