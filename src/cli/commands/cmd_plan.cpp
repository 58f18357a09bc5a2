#include <memory>

#include <fmt/format.h>

#include "backstride/cli/completion.hpp"
#include "backstride/error.hpp"
#include "backstride/generate.hpp"
#include "backstride/render/wording.hpp"
#include "commands/common.hpp"
#include "io/pdf_module.hpp"
#include "io/previous_calendar.hpp"
#include "io/session_folder.hpp"

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
  std::string cancel_from;
  std::string voice;
  std::string lang;
  bool force = false;
  bool no_formula_guard = false;
  bool morning_check = false;
};

// The calendar options: the old calendar's events (from --cancel-from, else the .ics that
// --force replaces), read before anything is written; the next-morning checks.
render::IcsOptions ics_options(const PlanOptions& options, render::Format format, Io& io) {
  render::IcsOptions ics;
  if (format != render::Format::ics) {
    if (!options.cancel_from.empty() || options.morning_check) {
      throw Error(ExitCode::usage,
                  fmt::format("{}: only for calendars (allowed: with -f ics or -o FILE.ics)",
                              options.morning_check ? "--morning-check" : "--cancel-from"));
    }
    return ics;
  }
  if (options.cancel_from == "-" && options.profile == "-") {
    throw Error(ExitCode::usage,
                "--cancel-from -: the profile is read from stdin already (allowed: a file)");
  }
  if (!options.cancel_from.empty()) {
    ics.previous = read_previous_calendar(options.cancel_from, io);
  } else if (replaces_regular_file(options.output, options.force)) {
    ics.previous = read_previous_calendar(options.output, io);
  }
  ics.morning_check = options.morning_check;
  ics.log_profile = options.profile == "-" ? "" : shell_word(options.profile);
  return ics;
}

// A per-session format (fit, mp3): one file per session into the folder -o names. A plan
// without sessions (withheld, or none left) writes nothing and says so on stderr.
int write_session_files(const Plan& plan, render::Format format, const PlanOptions& options,
                        render::RenderOptions render_options, Io& io) {
  render_options.generated = generation_time(io);
  auto files = render::PlanRenderer(plan, render_options).render_sessions(format);
  std::size_t removed = write_session_folder(
      options.output, files, render::format_extension(format), options.force, Durability::sync_now);
  std::string tidied = removed == 0 ? ""
                                    : fmt::format(" ({} session file{} of an earlier plan removed)",
                                                  removed, removed == 1 ? "" : "s");
  if (files.empty()) {
    std::string_view what = plan.withheld ? render::withheld_headline(plan.decision.action)
                                          : std::string_view("The plan has no sessions left.");
    print_error(
        io, fmt::format("-f {}: nothing written to {}{}: {} (backstride plan {} shows why)",
                        render::format_name(format), terminal_safe(options.output), tidied, what,
                        options.profile == "-" ? std::string("PROFILE")
                                               : terminal_safe(shell_word(options.profile))));
    return static_cast<int>(plan.exit_code);
  }
  io.out << fmt::format("{} {} file{} written to {}: {} to {}, one per session{}\n", files.size(),
                        render::format_name(format), files.size() == 1 ? "" : "s",
                        terminal_safe(options.output), files.front().name, files.back().name,
                        tidied);
  return static_cast<int>(plan.exit_code);
}

int run_plan(const PlanOptions& options, Io& io) {
  render::Format format = resolve_format(options.format, options.output);
  if (render::per_session(format) && (options.output.empty() || options.output == "-")) {
    throw Error(ExitCode::usage,
                fmt::format("-f {}: writes one file per session into a folder, not to stdout "
                            "(give -o FOLDER)",
                            render::format_name(format)));
  }
  render::RenderOptions session_options;  // mp3: the audio module, loaded before the plan
  std::tie(session_options.audio, session_options.audio_options) =
      resolve_audio({format}, options.voice);
  Date today = resolve_today(options.today, io);
  LoadedProfile loaded = load_profile(options.profile, io);
  apply_lang(loaded.profile, options.lang);
  Program program = resolve_program(options.program, io);
  std::string timezone = resolve_timezone(options.timezone, loaded.profile, io);
  Plan plan = build_plan(loaded.profile, program, today, loaded.source, timezone);
  render::IcsOptions ics = ics_options(options, format, io);
  if (render::per_session(format)) {
    return write_session_files(plan, format, options, std::move(session_options), io);
  }
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
                 .pdf = format == render::Format::pdf ? pdf_module_writer() : nullptr,
                 .ics = std::move(ics),
                 .audio = nullptr,
                 .audio_options = {}})
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
         "(Google Calendar import), a handout: markdown, html, pdf; or fit (watch workouts) "
         "and mp3 (spoken audio guides), one file per session into the folder -o names")
      ->type_name(k_type_format);
  cmd->add_option("-o,--output", options->output,
                  "Write to FILE instead of stdout (format inferred from .txt .json .ics .csv "
                  ".gcal.csv .md .html .pdf); with -f fit or mp3, the FOLDER for the session files")
      ->type_name(k_type_file);
  cmd->add_flag("--force", options->force,
                "Replace FILE if it already exists (an .ics: its events the new plan drops are "
                "written again as cancelled; -f fit or mp3: write into a folder that holds files)");
  cmd->add_option("--cancel-from", options->cancel_from,
                  "ICS: the calendar this one replaces; its events the new plan drops are "
                  "written as cancelled (STATUS:CANCELLED), the others updated")
      ->type_name(k_type_file);
  cmd->add_flag("--morning-check", options->morning_check,
                "ICS: add a short event with a reminder the morning after each session (08:00): "
                "how is your back? log it");
  add_today_option(*cmd, options->today);
  cmd->add_option("--program", options->program,
                  "Built-in program id (see `backstride programs`) or a program JSON file")
      ->type_name(k_type_program)
      ->capture_default_str();
  add_color_option(*cmd, options->color);
  add_paper_option(*cmd, options->paper);
  add_handout_options(*cmd, options->audience, options->clinic);
  add_voice_option(*cmd, options->voice);
  add_lang_option(*cmd, options->lang);
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
      "  backstride plan me.json -o plan.ics --force --morning-check\n"
      "  backstride plan me.json -f fit -o workouts   (then copy workouts/*.fit to\n"
      "                                               GARMIN/NewFiles on the watch)\n"
      "  backstride plan me.json -f mp3 -o audio      (a spoken guide per session)\n"
      "Exit code 10: a clinician must clear you first (no jog sessions); 11: seek care now.");
  commands.push_back({cmd, [options, &io] { return run_plan(*options, io); }});
}

}  // namespace backstride::cli
