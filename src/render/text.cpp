#include "backstride/render/text.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "backstride/render/describe.hpp"

namespace backstride::render {
namespace {

constexpr int k_chart_width = 40;

// Wraps `text` in an ANSI style when colour is on.
std::string styled(const TextStyle& style, std::string_view code, std::string_view text) {
  if (!style.color) {
    return std::string(text);
  }
  return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
}

std::string days_text(const Plan& plan) {
  std::vector<std::string_view> days;
  for (auto day : plan.session_days) {
    days.push_back(weekday_title(day));
  }
  return fmt::format("{}", fmt::join(days, ", "));
}

void write_header(const Plan& plan, const TextStyle& style, std::ostream& out) {
  out << styled(style, "1", fmt::format("backstride plan for {} ({})", plan.profile_name,
                                        plan.profile_id))
      << "\n";
  out << fmt::format("  Program    {}: {}\n", plan.program_id, plan.program_name);
  out << fmt::format("  Today      {} ({})\n", format_date(plan.today),
                     weekday_title(weekday_of(plan.today)));
  if (!plan.weeks.empty() && !plan.weeks.front().sessions.empty()) {
    const auto& first = plan.weeks.front().sessions.front();
    out << fmt::format("  Starts     {} {} at {}\n", weekday_title(weekday_of(first.date)),
                       format_date(first.date), format_time_of_day(first.start_minutes));
    out << fmt::format("  Days       {}\n", days_text(plan));
  }
  out << "  Screening  " << styled(style, "33", "NOT ASSESSED")
      << ": this version does not yet screen for red flags or\n"
         "             pre-exercise risks. Check with a clinician before you start.\n";
  out << "  History    " << styled(style, "33", "NOT ASSESSED")
      << ": logged pain is not yet used to adjust this plan.\n";
}

void write_week(const PlanWeek& week, const TextStyle& style, std::ostream& out) {
  Totals totals = totals_of(week);
  std::string heading = fmt::format("Week {}  {} to {}", week.number, format_date(week.first_day),
                                    format_date(add_days(week.first_day, 6)));
  out << "\n"
      << styled(style, "1", heading)
      << fmt::format("{:>{}}\n",
                     fmt::format("{} sessions  jog {}  total {}", totals.sessions,
                                 format_duration(totals.jog_seconds),
                                 format_duration(totals.seconds)),
                     std::max<std::size_t>(1, 78 - heading.size()));
  if (week.sessions.empty()) {
    out << "  (no sessions: unavailable dates)\n";
  }
  for (const auto& session : week.sessions) {
    out << fmt::format("  [ ] {} {} {}  {:<6} {:>5}  {}\n", weekday_title(weekday_of(session.date)),
                       format_date(session.date), format_time_of_day(session.start_minutes),
                       session.id, format_duration(total_seconds(session.segments)),
                       describe_segments(session.segments));
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

}  // namespace

void write_plan_text(const Plan& plan, const TextStyle& style, std::ostream& out) {
  write_header(plan, style, out);
  for (const auto& week : plan.weeks) {
    write_week(week, style, out);
  }
  Totals totals = totals_of(plan);
  out << fmt::format("\n{} sessions over {} weeks: jog {}, total {}.\n", totals.sessions,
                     plan.weeks.size(), format_duration(totals.jog_seconds),
                     format_duration(totals.seconds));
  if (!plan.finale.empty()) {
    out << "After the last stage: " << plan.finale << "\n";
  }
  write_chart(plan, out);
  out << "\n" << k_safety_note << "\n";
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
