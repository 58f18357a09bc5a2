#include <algorithm>
#include <memory>
#include <sstream>

#include <fmt/format.h>

#include "backstride/cli/completion.hpp"
#include "backstride/error.hpp"
#include "backstride/render/review.hpp"
#include "backstride/review.hpp"
#include "commands/common.hpp"
#include "io/batch.hpp"

namespace backstride::cli {
namespace {

struct ReviewOptions {
  std::vector<std::string> inputs;
  std::string output;
  std::string format;
  std::string today;
  std::string program = "back-care";
  std::string clinic;
  std::string paper = "a4";
  std::string color = "auto";
  bool force = false;
};

// The formats review writes: text, csv, json and html (from -f, else the -o extension).
render::Format review_format(const ReviewOptions& options) {
  render::Format format = resolve_format(options.format, options.output);
  if (format != render::Format::text && format != render::Format::csv &&
      format != render::Format::json && format != render::Format::html) {
    throw Error(ExitCode::usage,
                fmt::format("review: cannot write {} (allowed: text, csv, json, html)",
                            render::format_name(format)));
  }
  return format;
}

// One patient's row; a profile or log that cannot be read is a row with its error.
ReviewRow read_row(const std::string& input, const Program& program, Date today,
                   const std::string& machine_zone, Io& io) {
  try {
    LoadedProfile loaded = load_profile(input, io);
    const Profile& profile = loaded.profile;
    std::string zone = profile.schedule.timezone ? *profile.schedule.timezone : machine_zone;
    ReviewRow row = review_row(profile, program, today, loaded.source, zone);
    row.input = input;
    return row;
  } catch (const Error& error) {
    return review_error_row(input, error.what());
  }
}

int run_review(const ReviewOptions& options, Io& io) {
  render::Format format = review_format(options);
  Date today = resolve_today(options.today, io);
  Program program = resolve_program(options.program, io);
  std::optional<Clinic> clinic;
  if (!options.clinic.empty()) {
    clinic = resolve_handout_options("clinician", options.clinic, io).clinic;
  }
  std::string machine_zone = "UTC";  // session dates, not times, matter here
  try {
    machine_zone = machine_timezone(io);
  } catch (const Error&) {  // a TZ no zone names: the profiles' own zones still count
  }
  if (std::ranges::find(options.inputs, "-") != options.inputs.end()) {
    throw Error(ExitCode::usage, "review: profiles come from files, not standard input (-)");
  }
  std::vector<ReviewRow> rows;
  for (const auto& input : batch_inputs(options.inputs)) {
    rows.push_back(read_row(input, program, today, machine_zone, io));
  }
  sort_review_rows(rows);
  std::ostringstream out;
  switch (format) {
    case render::Format::csv:
      render::write_review_csv(rows, true, out);
      break;
    case render::Format::json:
      render::write_review_json(rows, today, out);
      break;
    case render::Format::html:
      render::write_review_html(rows, today, clinic, resolve_paper(options.paper), out);
      break;
    default:
      render::write_review_text(rows, today, text_style(options.color, options.output, io), out);
      break;
  }
  emit(options.output, out.str(), options.force, io);
  return count_needing_action(rows) > 0 ? static_cast<int>(ExitCode::clearance_needed) : 0;
}

}  // namespace

void add_review_command(CLI::App& app, Io& io, std::vector<Command>& commands) {
  auto options = std::make_shared<ReviewOptions>();
  auto* cmd = app.add_subcommand(
      "review", "A clinic's morning view: one row per patient, the most urgent first");
  cmd->add_option("INPUT", options->inputs,
                  "Profile files, or directories whose *.json files are profiles")
      ->required();
  cmd->add_option("-f,--format", options->format,
                  "text, csv, json or html (default: from the -o extension, else text)")
      ->check(CLI::IsMember({"text", "csv", "json", "html"}))
      ->type_name(k_type_format);
  cmd->add_option("-o,--output", options->output,
                  "Write to this file (mode 0600, atomically) instead of stdout")
      ->type_name(k_type_file);
  cmd->add_flag("--force", options->force, "Replace the output file if it exists");
  add_today_option(*cmd, options->today);
  cmd->add_option("--program", options->program,
                  "Built-in program id (see `backstride programs`) or a program JSON file")
      ->type_name(k_type_program)
      ->capture_default_str();
  cmd->add_option("--clinic", options->clinic,
                  "Clinic file (JSON: name, address, phone, logo) shown atop the HTML page")
      ->type_name(k_type_file);
  add_paper_option(*cmd, options->paper);
  add_color_option(*cmd, options->color);
  cmd->footer(
      "Statuses, most urgent first: emergency, urgent (see a clinician first), paused, red\n"
      "(a RED session in the last 7 days), review (persistent AMBER), error (the profile or\n"
      "its log cannot be read), stalled (no log for 14 days), pending (next-morning pain\n"
      "missing), on_track, finished, not_started. A bad input is a row, never a stop.\n"
      "Exit code: 0, or 10 when any patient needs action (emergency, urgent, paused, red,\n"
      "review); 64 usage, 66 unreadable folder, 73 output exists, 74 I/O error.\n"
      "Example:\n  backstride review patients/ --today 2026-12-01 -o today.html");
  commands.push_back({cmd, [options, &io] { return run_review(*options, io); }});
}

}  // namespace backstride::cli
