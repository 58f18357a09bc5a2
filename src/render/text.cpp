#include "backstride/render/text.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "backstride/render/describe.hpp"
#include "backstride/render/wording.hpp"

namespace backstride::render {
namespace {

constexpr int k_chart_width = 40;
constexpr std::size_t k_line_width = 78;

// Wraps `text` in an ANSI style when colour is on.
std::string styled(const TextStyle& style, std::string_view code, std::string_view text) {
  if (!style.color) {
    return std::string(text);
  }
  return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
}

std::string_view zone_color(Zone zone) {
  return zone == Zone::green ? "32" : zone == Zone::amber ? "33" : "31";
}

void write_screening(const Plan& plan, const TextStyle& style, std::ostream& out) {
  auto status = plan.screening.status;
  std::string_view color = status == ScreeningStatus::clear              ? "32"
                           : status == ScreeningStatus::clearance_needed ? "33"
                                                                         : "31";
  out << "  Screening  " << styled(style, color, screening_status_title(status)) << "\n";
  for (const auto& finding : plan.screening.findings) {
    out << fmt::format("             - {} ({}){}\n", finding.message, finding.rule,
                       finding.lifted && plan.clearance
                           ? fmt::format(": lifted by {}'s clearance", plan.clearance->by)
                           : "");
  }
}

void write_header(const Plan& plan, const TextStyle& style, std::ostream& out) {
  out << styled(style, "1",
                fmt::format("backstride plan for {} ({})", plan.profile_name, plan.profile_id))
      << "\n";
  out << fmt::format("  Today      {} ({})\n", format_date(plan.today),
                     weekday_title(weekday_of(plan.today)));
  write_screening(plan, style, out);
  out << fmt::format("  Decision   {} ({}): {}\n",
                     styled(style, "1", action_title(plan.decision.action)), plan.decision.rule,
                     plan.decision.reason);
  if (plan.withheld) {
    return;
  }
  out << fmt::format("  Program    {}: {}\n", plan.program_id, plan.program_name);
  if (!plan.weeks.empty() && !plan.weeks.front().sessions.empty()) {
    const auto& first = plan.weeks.front().sessions.front();
    out << fmt::format("  Next       {} {} at {}, {}\n", weekday_title(weekday_of(first.date)),
                       format_date(first.date), format_time_of_day(first.start_minutes), first.id);
    out << fmt::format("  Days       {} (a rest day between sessions: REST-DAY)\n",
                       session_days_text(plan));
  }
  for (const auto& note : plan.notes) {
    out << "  Note       " << note << "\n";
  }
}

void write_trail(const Plan& plan, const TextStyle& style, std::ostream& out) {
  if (plan.trail.empty()) {
    return;
  }
  out << "\n" << styled(style, "1", "Logged sessions (replayed in date order)") << "\n";
  for (const auto& step : plan.trail) {
    std::string zone = step.zone ? styled(style, zone_color(*step.zone),
                                          fmt::format("{:<5}", zone_title(*step.zone)))
                                 : std::string("-    ");
    out << fmt::format("  {}  {:<6} {}  {:<16} {}\n", format_date(step.date),
                       step.session.empty() ? "-" : step.session, zone, step.rule, step.effect);
    if (!step.warning.empty()) {
      out << fmt::format("  {:<19}note: {}\n", "", step.warning);
    }
  }
}

void write_checkpoints(const Plan& plan, const TextStyle& style, std::ostream& out) {
  if (plan.checkpoints.empty()) {
    return;
  }
  out << "\n" << styled(style, "1", "Checkpoints") << "\n";
  for (const auto& checkpoint : plan.checkpoints) {
    out << fmt::format("  [{}] {} ({})\n", checkpoint.done ? "x" : " ", checkpoint.text,
                       checkpoint.rule);
  }
}

void write_week(const PlanWeek& week, const TextStyle& style, std::ostream& out) {
  Totals totals = totals_of(week);
  std::string heading = fmt::format("Week {}  {} to {}", week.number, format_date(week.first_day),
                                    format_date(add_days(week.first_day, 6)));
  std::string summary =
      fmt::format("{} sessions  jog {}  total {}", totals.sessions,
                  format_duration(totals.jog_seconds), format_duration(totals.seconds));
  out << "\n"
      << styled(style, "1", heading)
      << fmt::format("{:>{}}\n", summary,
                     std::max(summary.size() + 2, k_line_width - heading.size()));
  if (week.sessions.empty()) {
    out << "  (no sessions this week)\n";
  }
  for (const auto& session : week.sessions) {
    out << fmt::format("  [ ] {} {} {}  {:<6} {:>5}  {}\n", weekday_title(weekday_of(session.date)),
                       format_date(session.date), format_time_of_day(session.start_minutes),
                       session.id, format_duration(total_seconds(session.segments)),
                       describe_segments(session.segments));
  }
  for (const auto& checkpoint : week.checkpoints) {
    if (checkpoint.when == "shoes") {
      out << fmt::format("  {} ({})\n", checkpoint.text, checkpoint.rule);
    }
  }
}

void write_chart(const Plan& plan, std::ostream& out) {
  int most = 0;
  for (const auto& week : plan.weeks) {
    most = std::max(most, totals_of(week).jog_seconds);
  }
  if (most == 0) {
    return;
  }
  out << "\nWeekly jog minutes\n";
  for (const auto& week : plan.weeks) {
    int jog = totals_of(week).jog_seconds;
    auto bar = static_cast<std::size_t>((jog * k_chart_width + most - 1) / most);
    out << fmt::format("  W{:<3} {:>4} {}\n", week.number, (jog + 30) / 60, std::string(bar, '#'));
  }
}

void write_withheld(const Plan& plan, const TextStyle& style, std::ostream& out) {
  out << "\n" << styled(style, "1;31", withheld_headline(plan.decision.action)) << "\n";
  out << wrap_text(withheld_advice(plan.decision.action), k_line_width);
}

}  // namespace

std::string wrap_text(std::string_view text, std::size_t width) {
  std::string out;
  std::size_t line = 0;
  while (!text.empty()) {
    auto space = text.find(' ');
    std::string_view word = text.substr(0, space);
    if (line > 0 && line + 1 + word.size() > width) {
      out += "\n";
      line = 0;
    } else if (line > 0) {
      out += ' ';
      ++line;
    }
    out += word;
    line += word.size();
    text = space == std::string_view::npos ? std::string_view{} : text.substr(space + 1);
  }
  return out + "\n";
}

void write_plan_text(const Plan& plan, const TextStyle& style, std::ostream& out) {
  write_header(plan, style, out);
  write_trail(plan, style, out);
  if (plan.withheld) {
    write_withheld(plan, style, out);
    out << "\n" << wrap_text(k_safety_note, k_line_width);
    return;
  }
  write_checkpoints(plan, style, out);
  for (const auto& week : plan.weeks) {
    write_week(week, style, out);
  }
  Totals totals = totals_of(plan);
  out << fmt::format("\n{} sessions over {} weeks: jog {}, total {}.\n", totals.sessions,
                     plan.weeks.size(), format_duration(totals.jog_seconds),
                     format_duration(totals.seconds));
  if (!plan.next_program.empty()) {
    out << fmt::format("Then: {} follows once the last stage stays GREEN (WALK-GRADUATE).\n",
                       plan.next_program);
  } else if (!plan.finale.empty()) {
    out << "After the last stage: " << plan.finale << "\n";
  }
  write_chart(plan, out);
  out << "\n" << wrap_text(k_safety_note, k_line_width);
}

void write_programs_text(std::span<const Program> programs, std::ostream& out) {
  bool first = true;
  for (const auto& program : programs) {
    out << (first ? "" : "\n");
    first = false;
    out << fmt::format("{}  {} ({} stages, {})\n", program.id, program.name, program.stages.size(),
                       program.jogging ? "walk/jog" : "walking only");
    out << fmt::format("  {}\n  Source: {}\n", program.summary, program.source);
    for (const auto& stage : program.stages) {
      out << fmt::format("  {}  {}\n", stage.id, stage.title);
    }
  }
}

}  // namespace backstride::render
