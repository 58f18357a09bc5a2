#include <memory>
#include <sstream>

#include <fmt/format.h>

#include "backstride/cli/completion.hpp"
#include "backstride/generate.hpp"
#include "backstride/render/catalogue.hpp"
#include "backstride/render/describe.hpp"
#include "backstride/render/json.hpp"
#include "backstride/render/text.hpp"
#include "backstride/render/wording.hpp"
#include "backstride/render/wrap.hpp"
#include "commands/common.hpp"

namespace backstride::cli {
namespace {

struct NextOptions {
  std::string profile;
  std::string format = "text";
  std::string today;
  std::string program = "back-care";
};

void write_text(const Plan& plan, const PlannedSession* next, std::size_t width,
                std::ostream& out) {
  auto line = [&](std::string_view label, std::string_view text) {
    out << render::wrap(text, width, label);
  };
  line("", fmt::format("backstride next for {} ({}), {}", plan.profile_name, plan.profile_id,
                       format_date(plan.today)));
  line("  Decision  ", fmt::format("{} ({}): {}", render::action_title(plan.decision.action),
                                   rule_key(plan.decision.rule), plan.decision.reason));
  for (const auto& finding : plan.screening.findings) {
    if (finding.rule == RuleId::clr_future) {
      line("  Note      ", fmt::format("{} ({})", finding.message, rule_key(finding.rule)));
    }
  }
  if (plan.withheld) {
    out << "\n";
    line("", render::withheld_headline(plan.decision.action));
    line("", render::withheld_advice(plan.decision.action));
  } else if (next && next->date == plan.today) {
    line("  Today     ", session_line(*next));
    for (const auto& checkpoint : next->checkpoints) {
      line("            - ",
           fmt::format("{} ({})", render::say(checkpoint.text), rule_key(checkpoint.rule)));
    }
  } else if (next) {
    bool resting = plan.decision.action == Action::rest;
    line("  Today     ", resting ? "relative rest: walking and daily activity are fine, no "
                                   "jogging (PAIN-RED)"
                                 : "no session: a rest day (REST-DAY)");
    line("  Next      ", session_line(*next));
  } else {
    line("  Today     ", "no sessions left in this program. " + plan.finale);
  }
  render::write_safety_signs(plan.safety_signs, render::TextStyle{false, false, width}, out);
  out << "\n";
  line("", render::safety_note());
}

int run_next(const NextOptions& options, Io& io) {
  Date today = resolve_today(options.today, io);
  LoadedProfile loaded = load_profile(options.profile, io);
  Program program = resolve_program(options.program, io);
  Plan plan = build_plan(loaded.profile, program, today, loaded.source,
                         resolve_timezone("", loaded.profile, io));
  const PlannedSession* next = first_session(plan);
  std::ostringstream out;
  if (options.format == "json") {
    render::write_next_json(plan, next, out);
  } else {
    write_text(plan, next, stdout_width(io), out);
  }
  emit("", out.str(), false, io);
  return static_cast<int>(plan.exit_code);
}

}  // namespace

std::string session_line(const PlannedSession& session) {
  return fmt::format("{} {} at {}: {} ({}), {}", weekday_title(weekday_of(session.date)),
                     format_date(session.date), format_time_of_day(session.start_minutes),
                     session.id, format_duration(total_seconds(session.segments)),
                     render::describe_segments(session.segments));
}

void add_next_command(CLI::App& app, Io& io, std::vector<Command>& commands) {
  auto options = std::make_shared<NextOptions>();
  auto* cmd = app.add_subcommand("next", "Say what to do today (session or rest) and why");
  cmd->add_option("PROFILE", options->profile, "Profile JSON file, or - for stdin")->required();
  cmd->add_option("-f,--format", options->format, "text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  add_today_option(*cmd, options->today);
  cmd->add_option("--program", options->program, "Built-in program id or a program JSON file")
      ->type_name(k_type_program)
      ->capture_default_str();
  cmd->footer(
      "Example: backstride next me.json\n"
      "Exit code: 0 go ahead, 10 see a clinician first, 11 seek emergency care now.");
  commands.push_back({cmd, [options, &io] { return run_next(*options, io); }});
}

}  // namespace backstride::cli
