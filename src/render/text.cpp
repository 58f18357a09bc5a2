#include "backstride/render/text.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "backstride/render/catalogue.hpp"
#include "backstride/render/describe.hpp"
#include "backstride/render/text_table.hpp"
#include "backstride/render/wording.hpp"

namespace backstride::render {
namespace {

constexpr std::size_t k_chart_width = 40;
constexpr std::size_t k_narrowest = 20;  // narrower than this, lines may run over

// `prefix` then `text` wrapped to the width, later lines indented under the text.
std::string hanging(std::string_view prefix, std::string_view text, const TextStyle& style) {
  return wrap(text, std::max(style.width, k_narrowest), prefix);
}

// Wraps `text` in an ANSI style when colour is on.
std::string styled(const TextStyle& style, std::string_view code, std::string_view text) {
  if (!style.color) {
    return std::string(text);
  }
  return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
}

std::string_view zone_color(Zone zone) {
  switch (zone) {
    case Zone::green:
      return "32";
    case Zone::pending:
      return "36";
    case Zone::amber:
      return "33";
    case Zone::red:
      break;
  }
  return "31";
}

// A header label from the catalogue, padded to the header's value column.
std::string label(std::string_view id) {
  return fmt::format("  {:<11}", message(id));
}

void write_screening(const Plan& plan, const TextStyle& style, std::ostream& out) {
  auto status = plan.screening.status;
  std::string_view color = status == ScreeningStatus::clear              ? "32"
                           : status == ScreeningStatus::clearance_needed ? "33"
                                                                         : "31";
  out << label("txt_label_screening") << styled(style, color, screening_status_title(status))
      << "\n";
  for (const auto& finding : plan.screening.findings) {
    out << hanging("             - ",
                   fmt::format("{} ({}){}", say(finding.message), rule_key(finding.rule),
                               finding.lifted && plan.clearance
                                   ? say("txt_lifted_by", fmt::arg("by", plan.clearance->by))
                                   : ""),
                   style);
  }
}

void write_header(const Plan& plan, const TextStyle& style, std::ostream& out) {
  out << hanging("",
                 styled(style, "1",
                        say("txt_plan_for", fmt::arg("name", plan.profile_name),
                            fmt::arg("id", plan.profile_id))),
                 style);
  out << label("txt_label_today")
      << fmt::format("{} ({})\n", format_date(plan.today), day_words(weekday_of(plan.today)));
  write_screening(plan, style, out);
  out << hanging(label("txt_label_decision"),
                 fmt::format("{} ({}): {}", styled(style, "1", action_title(plan.decision.action)),
                             rule_key(plan.decision.rule), decision_reason(plan)),
                 style);
  if (plan.withheld) {
    return;
  }
  out << hanging(label("txt_label_program"),
                 fmt::format("{}: {}", plan.program_id, program_words(plan.program_name)), style);
  for (const auto& limit : plan.program_limits) {
    out << hanging(label("txt_label_limits"),
                   fmt::format("{} ({})", say(limit.text), rule_key(limit.rule)), style);
  }
  if (!plan.weeks.empty() && !plan.weeks.front().sessions.empty()) {
    const auto& first = plan.weeks.front().sessions.front();
    out << hanging(
        label("txt_label_next"),
        say("txt_next", fmt::arg("day", day_words(weekday_of(first.date))),
            fmt::arg("date", format_date(first.date)),
            fmt::arg("time", format_time_of_day(first.start_minutes)), fmt::arg("id", first.id)),
        style);
    out << hanging(label("txt_label_days"),
                   fmt::format("{} ({})", session_days_text(plan),
                               message(totals_of(plan).jog_seconds > 0 ? "txt_days_rest"
                                                                       : "txt_days_walking")),
                   style);
  }
  for (const auto& note : say_each(plan.notes)) {
    out << hanging(label("txt_label_note"), note, style);
  }
}

void write_trail(const Plan& plan, const TextStyle& style, std::ostream& out) {
  if (plan.trail.empty()) {
    return;
  }
  out << "\n" << hanging("", styled(style, "1", message("txt_trail")), style);
  TextTable table{{{say("txt_col_date")},
                   {say("txt_col_session")},
                   {say("txt_col_zone")},
                   {say("txt_col_rule")},
                   {say("txt_col_happened"), true}},
                  {}};
  for (const auto& step : plan.trail) {
    std::string zone =
        step.zone ? styled(style, zone_color(*step.zone), zone_title(*step.zone)) : "-";
    std::string effect = step.warning.empty()
                             ? say(step.effect)
                             : say("txt_effect_note", fmt::arg("effect", say(step.effect)),
                                   fmt::arg("warning", say(step.warning)));
    table.rows.push_back({format_date(step.date), step.session.empty() ? "-" : step.session, zone,
                          std::string(rule_key(step.rule)), effect});
  }
  out << draw_table(table, style.unicode, style.width);
}

void write_checkpoints(const Plan& plan, const TextStyle& style, std::ostream& out) {
  if (plan.checkpoints.empty()) {
    return;
  }
  out << "\n" << hanging("", styled(style, "1", message("txt_checkpoints")), style);
  for (const auto& checkpoint : plan.checkpoints) {
    out << hanging(checkpoint.done ? "  [x] " : "  [ ] ",
                   fmt::format("{} ({})", say(checkpoint.text), rule_key(checkpoint.rule)), style);
  }
}

void write_week(const PlanWeek& week, const TextStyle& style, std::ostream& out) {
  Totals totals = totals_of(week);
  std::string heading =
      say("txt_week", fmt::arg("n", week.number), fmt::arg("from", format_date(week.first_day)),
          fmt::arg("to", format_date(add_days(week.first_day, 6))));
  std::string summary = say_n("txt_week_summary", totals.sessions,
                              fmt::arg("jog", readable_duration(totals.jog_seconds)),
                              fmt::arg("total", readable_duration(totals.seconds)));
  std::size_t room = std::max(style.width, k_narrowest);
  out << "\n" << styled(style, "1", heading);
  if (heading.size() + 2 + summary.size() <= room) {
    out << fmt::format("{:>{}}\n", summary, room - heading.size());
  } else {
    out << "\n" << hanging("  ", summary, style);  // too narrow for both on one line
  }
  if (week.sessions.empty()) {
    out << hanging("  ", message("txt_no_sessions"), style);
  }
  TextTable table{{{"", true}, {""}, {""}, {"", true}}, {}, false};
  for (const auto& session : week.sessions) {
    table.rows.push_back(
        {fmt::format("[ ] {} {} {}", day_words(weekday_of(session.date)), format_date(session.date),
                     format_time_of_day(session.start_minutes)),
         session.id, format_duration(total_seconds(session.segments)),
         describe_segments(session.segments)});
  }
  if (!table.rows.empty()) {
    out << draw_table(table, style.unicode, style.width);
  }
  for (const auto& checkpoint : week.checkpoints) {
    if (checkpoint.when == "shoes") {
      out << hanging("  ", fmt::format("{} ({})", say(checkpoint.text), rule_key(checkpoint.rule)),
                     style);
    }
  }
}

// A bar of `eighths` eighth-cells: full blocks and one partial block, or #s.
std::string bar_of(std::size_t eighths, bool unicode) {
  static constexpr std::array<std::string_view, 8> k_partial = {"",  "▏", "▎", "▍",
                                                                "▌", "▋", "▊", "▉"};
  if (!unicode) {
    return std::string((eighths + 7) / 8, '#');
  }
  std::string bar;
  for (std::size_t i = 0; i < eighths / 8; ++i) {
    bar += "█";
  }
  return bar + std::string(k_partial.at(eighths % 8));
}

void write_chart(const Plan& plan, const TextStyle& style, std::ostream& out) {
  int most = 0;
  for (const auto& week : plan.weeks) {
    most = std::max(most, totals_of(week).jog_seconds);
  }
  if (most == 0) {
    return;
  }
  std::size_t cells = std::min(k_chart_width, std::max(style.width, k_narrowest) - 14);
  out << "\n" << hanging("", styled(style, "1", message("txt_chart")), style);
  for (const auto& week : plan.weeks) {
    int jog = totals_of(week).jog_seconds;
    auto eighths =
        (static_cast<std::size_t>(jog) * cells * 8 + static_cast<std::size_t>(most) - 1) /
        static_cast<std::size_t>(most);
    out << fmt::format("  W{:<3} {:>4} {}\n", week.number, (jog + 30) / 60,
                       bar_of(eighths, style.unicode));
  }
}

void write_withheld(const Plan& plan, const TextStyle& style, std::ostream& out) {
  out << "\n" << hanging("", styled(style, "1;31", withheld_headline(plan.decision.action)), style);
  out << hanging("", withheld_advice(plan.decision.action), style);
}

}  // namespace

void write_safety_signs(const SafetySigns& signs, const TextStyle& style, std::ostream& out) {
  out << "\n"
      << hanging("", styled(style, "1", say("txt_signs", fmt::arg("rule", rule_key(signs.rule)))),
                 style);
  out << hanging("  ", styled(style, "1;31", say(signs.emergency_heading)), style);
  for (const auto& sign : say_each(signs.emergency)) {
    out << hanging("    - ", sign, style);
  }
  out << hanging("  ", styled(style, "1", say(signs.soon_heading)), style);
  for (const auto& sign : say_each(signs.soon)) {
    out << hanging("    - ", sign, style);
  }
}

void write_plan_text(const Plan& plan, const TextStyle& style, std::ostream& out) {
  write_header(plan, style, out);
  write_trail(plan, style, out);
  if (plan.withheld) {
    write_withheld(plan, style, out);
    write_safety_signs(plan.safety_signs, style, out);
    out << "\n" << hanging("", safety_note(), style);
    return;
  }
  write_safety_signs(plan.safety_signs, style, out);
  write_checkpoints(plan, style, out);
  for (const auto& week : plan.weeks) {
    write_week(week, style, out);
  }
  Totals totals = totals_of(plan);
  out << "\n"
      << hanging("",
                 say_n("txt_plan_summary", totals.sessions, fmt::arg("weeks", plan.weeks.size()),
                       fmt::arg("jog", readable_duration(totals.jog_seconds)),
                       fmt::arg("total", readable_duration(totals.seconds))),
                 style);
  if (!plan.next_program.empty()) {
    out << hanging("", say("txt_then", fmt::arg("program", plan.next_program)), style);
  } else if (!plan.finale.empty()) {
    out << hanging("", say("txt_finale", fmt::arg("finale", program_words(plan.finale))), style);
  }
  write_chart(plan, style, out);
  out << "\n" << hanging("", safety_note(), style);
}

void write_programs_text(std::span<const Program> programs, std::size_t width, std::ostream& out) {
  // Each line of `text` wrapped under its own indent.
  auto lines = [&](std::string_view text) {
    for (std::size_t end = 0; !text.empty(); text.remove_prefix(std::min(end + 1, text.size()))) {
      end = std::min(text.find('\n'), text.size());
      std::string_view line = text.substr(0, end);
      std::size_t indent = std::min(line.find_first_not_of(' '), line.size());
      out << wrap(line.substr(indent), width, line.substr(0, indent));
    }
  };
  bool first = true;
  for (const auto& program : programs) {
    out << (first ? "" : "\n");
    first = false;
    out << wrap(
        say_n("txt_program", static_cast<long>(program.stages.size()), fmt::arg("id", program.id),
              fmt::arg("name", program.name),
              fmt::arg("kind", message(program.jogging ? "cal_kind_jogging" : "txt_walking_only"))),
        width, "", 2);
    lines(say("txt_program_about", fmt::arg("summary", program.summary),
              fmt::arg("source", program.source)));
    if (program.jogging) {
      lines(program.max_increase > 0
                ? say("txt_limits_declared", fmt::arg("total", program.max_increase * 100),
                      fmt::arg("two", program.max_increase * 200))
                : say("txt_limits_none"));
      out << wrap(say("txt_col_main"), width,
                  fmt::format("  {:<5} {:>7} {:>8}  ", say("txt_col_stage"), say("txt_col_jog"),
                              say("txt_col_longest")));
    }
    for (const auto& stage : program.stages) {
      if (!program.jogging) {
        out << wrap(stage.title, width, fmt::format("  {}  ", stage.id));
        continue;
      }
      JogLoad load = stage_jog_load(stage);
      out << wrap(stage.title, width,
                  fmt::format("  {:<5} {:>7} {:>8}  ", stage.id, format_duration(load.total),
                              format_duration(load.longest)));
    }
  }
}

}  // namespace backstride::render
