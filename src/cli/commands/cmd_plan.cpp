#include <memory>

#include <fmt/format.h>

#include "backstride/cli/completion.hpp"
#include "backstride/error.hpp"
#include "backstride/generate.hpp"
#include "commands/common.hpp"
#include "io/pdf_module.hpp"

namespace backstride::cli {
namespace {

struct PlanOptions {
  std::string profile;
  std::string format;
  std::string output;
  std::string today;
  std::string program = "back-care";
  std::string color = "auto";
  std::string timezone;
  std::string paper = "a4";
  std::string audience = "both";
  std::string clinic;
  bool force = false;
  bool no_formula_guard = false;
};

int run_plan(const PlanOptions& options, Io& io) {
  render::Format format = resolve_format(options.format, options.output);
  Date today = resolve_today(options.today, io);
  LoadedProfile loaded = load_profile(options.profile, io);
  Program program = resolve_program(options.program, io);
  std::string timezone = resolve_timezone(options.timezone, loaded.profile, io);
  Plan plan = build_plan(loaded.profile, program, today, loaded.source, timezone);
  bool to_stdout = options.output.empty() || options.output == "-";
  if (format == render::Format::pdf && to_stdout && io.out_is_terminal) {
    throw Error(ExitCode::usage,
                "-f pdf: will not write a binary PDF to a terminal (give -o FILE.pdf or redirect)");
  }
  std::string rendered =
      render::PlanRenderer(
          plan, {.text = text_style(options.color, options.output, io),
                 .formula_guard = !options.no_formula_guard,
                 .paper = resolve_paper(options.paper),
                 .generated = render::needs_timestamp(format) ? generation_time(io)
                                                              : std::chrono::sys_seconds{},
                 .handout = resolve_handout_options(options.audience, options.clinic, io),
                 .pdf = format == render::Format::pdf ? pdf_module_writer() : nullptr})
          .render(format);
  emit(options.output, rendered, options.force, io);
  return static_cast<int>(plan.exit_code);
}

}  // namespace

void add_plan_command(CLI::App& app, Io& io, std::vector<Command>& commands) {
  auto options = std::make_shared<PlanOptions>();
  auto* cmd = app.add_subcommand("plan", "Print a dated walk/jog plan for a profile");
  cmd->add_option("PROFILE", options->profile, "Profile JSON file, or - for stdin")->required();
  cmd->add_option(
         "-f,--format", options->format,
         "Output format: text (default), json, ics (calendar), csv (spreadsheet), gcal-csv "
         "(Google Calendar import), or a handout: markdown, html, pdf")
      ->type_name(k_type_format);
  cmd->add_option("-o,--output", options->output,
                  "Write to FILE instead of stdout (format inferred from .txt .json .ics .csv "
                  ".gcal.csv .md .html .pdf)")
      ->type_name(k_type_file);
  cmd->add_flag("--force", options->force, "Replace FILE if it already exists");
  add_today_option(*cmd, options->today);
  cmd->add_option("--program", options->program,
                  "Built-in program id (see `backstride programs`) or a program JSON file")
      ->type_name(k_type_program)
      ->capture_default_str();
  add_color_option(*cmd, options->color);
  add_paper_option(*cmd, options->paper);
  add_handout_options(*cmd, options->audience, options->clinic);
  cmd->add_option("--timezone", options->timezone,
                  "Zone of the session times: an IANA name, or a city that names one (default: "
                  "schedule.timezone, else this machine's zone)")
      ->type_name("ZONE");
  cmd->add_flag("--no-formula-guard", options->no_formula_guard,
                "csv, gcal-csv: do not prefix cells starting with = + - @, tab or CR with an "
                "apostrophe");
  cmd->footer(
      "Example:\n  backstride plan examples/beginner-chronic.json --today 2026-12-01\n"
      "  backstride plan me.json -o plan.json\n"
      "  backstride plan me.json -o handout.pdf --paper letter\n"
      "Exit code 10: a clinician must clear you first (no jog sessions); 11: seek care now.");
  commands.push_back({cmd, [options, &io] { return run_plan(*options, io); }});
}

}  // namespace backstride::cli
