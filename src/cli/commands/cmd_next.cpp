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
  std::string lang;
};

// The screen `next` prints: labels of 10 columns, in the plan's language.
void write_text(const Plan& plan, const PlannedSession* next, std::size_t width,
                std::ostream& out) {
  render::LanguageScope language(plan.language);
  auto line = [&](std::string_view label_id, std::string_view text) {
    std::string label = label_id.empty() ? "" : fmt::format("  {:<10}", render::message(label_id));
    out << render::wrap(text, width, label);
  };
  line("", render::say("next_title", fmt::arg("name", plan.profile_name),
                       fmt::arg("id", plan.profile_id), fmt::arg("date", format_date(plan.today))));
  line("txt_label_decision",
       fmt::format("{} ({}): {}", render::action_title(plan.decision.action),
                   rule_key(plan.decision.rule), render::decision_reason(plan)));
  for (const auto& finding : plan.screening.findings) {
    if (finding.rule == RuleId::clr_future) {
      line("txt_label_note",
           fmt::format("{} ({})", render::say(finding.message), rule_key(finding.rule)));
    }
  }
  if (plan.withheld) {
    out << "\n";
    line("", render::withheld_headline(plan.decision.action));
    line("", render::withheld_advice(plan.decision.action));
  } else if (next && next->date == plan.today) {
    line("txt_label_today", session_line(*next));
    for (const auto& checkpoint : next->checkpoints) {
      out << render::wrap(
          fmt::format("{} ({})", render::say(checkpoint.text), rule_key(checkpoint.rule)), width,
          "            - ");
    }
  } else if (next) {
    bool resting = plan.decision.action == Action::rest;
    line("txt_label_today", render::message(resting ? "next_rest_red" : "next_rest_day"));
    line("txt_label_next", session_line(*next));
  } else {
    line("txt_label_today",
         render::say("next_finished", fmt::arg("finale", render::program_words(plan.finale))));
  }
  render::write_safety_signs(plan.safety_signs, render::TextStyle{false, false, width}, out);
  out << "\n";
  line("", render::safety_note());
}

int run_next(const NextOptions& options, Io& io) {
  Date today = resolve_today(options.today, io);
  LoadedProfile loaded = load_profile(options.profile, io);
  apply_lang(loaded.profile, options.lang);
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
  return render::say(
      "next_session_line", fmt::arg("day", render::day_words(weekday_of(session.date))),
      fmt::arg("date", format_date(session.date)),
      fmt::arg("time", format_time_of_day(session.start_minutes)), fmt::arg("id", session.id),
      fmt::arg("length", format_duration(total_seconds(session.segments))),
      fmt::arg("segments", render::describe_segments(session.segments)));
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
  add_lang_option(*cmd, options->lang);
  cmd->footer(
      "Example: backstride next me.json\n"
      "Exit code: 0 go ahead, 10 see a clinician first, 11 seek emergency care now.");
  commands.push_back({cmd, [options, &io] { return run_next(*options, io); }});
}

}  // namespace backstride::cli
