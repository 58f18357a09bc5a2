#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <memory>
#include <thread>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "backstride/cli/completion.hpp"
#include "backstride/error.hpp"
#include "backstride/render/wrap.hpp"
#include "commands/common.hpp"
#include "io/batch.hpp"
#include "io/batch_update.hpp"
#include "io/files.hpp"
#include "io/pdf_module.hpp"
#include "tty/terminal.hpp"

namespace backstride::cli {
namespace {

struct BatchOptions {
  std::vector<std::string> inputs;
  std::string output_dir;
  std::vector<std::string> formats{"pdf"};
  unsigned jobs = 0;
  bool force = false;
  bool update = false;
  bool morning_check = false;
  std::string today;
  std::string program = "back-care";
  std::string timezone;
  std::string paper = "a4";
  std::string audience = "both";
  std::string clinic;
  std::string voice;
  std::string lang;
};

// One batch at a time per output folder: an exclusive flock on the folder, taken before
// anything is written into it and held for the whole run.
class OutputDirLock {
 public:
  explicit OutputDirLock(const std::string& dir)
      : m_fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)) {
    if (m_fd < 0) {
      throw Error(ExitCode::cant_create,
                  fmt::format("{}: cannot open: {}", dir, std::strerror(errno)));
    }
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
      int saved = errno;
      ::close(m_fd);
      throw Error(ExitCode::cant_create,
                  saved == EWOULDBLOCK
                      ? fmt::format("{}: another batch is writing to this folder; nothing was "
                                    "written (allowed: one batch at a time per output folder)",
                                    dir)
                      : fmt::format("{}: cannot lock: {}", dir, std::strerror(saved)));
    }
  }
  ~OutputDirLock() {
    ::close(m_fd);
  }
  OutputDirLock(const OutputDirLock&) = delete;
  OutputDirLock& operator=(const OutputDirLock&) = delete;
  OutputDirLock(OutputDirLock&&) = delete;
  OutputDirLock& operator=(OutputDirLock&&) = delete;

 private:
  int m_fd;
};

// Outputs never go where profiles are read from: a plan written as <id>.json could
// replace a profile, and summary.json would be read as one next time.
void refuse_input_directory(const std::string& output_dir, const std::vector<std::string>& inputs) {
  std::error_code ec;
  auto out = std::filesystem::weakly_canonical(output_dir, ec);
  for (const auto& input : inputs) {
    auto parent = std::filesystem::weakly_canonical(input, ec).parent_path();
    if (!ec && parent == out) {
      throw Error(ExitCode::usage,
                  fmt::format("-o {}: also holds the input {} (allowed: a directory without "
                              "profiles, so no profile can be replaced)",
                              output_dir, input));
    }
  }
}

// The exit code that matters more: an internal error, then I/O, output, input, data.
int worse_exit_code(int current, int candidate) {
  auto rank = [](int code) {
    switch (static_cast<ExitCode>(code)) {
      case ExitCode::software:
        return 5;
      case ExitCode::io_error:
        return 4;
      case ExitCode::cant_create:
        return 3;
      case ExitCode::no_input:
        return 2;
      case ExitCode::data_error:
      case ExitCode::usage:  // (TZ that names no zone, for a profile that needs it)
        return 1;
      default:
        return 0;
    }
  };
  return rank(candidate) > rank(current) ? candidate : current;
}

std::vector<render::Format> parse_formats(const std::vector<std::string>& names) {
  std::vector<render::Format> formats;
  for (const auto& name : names) {
    render::Format format = render::parse_format_name(name);
    if (std::find(formats.begin(), formats.end(), format) == formats.end()) {
      formats.push_back(format);
    }
  }
  return formats;
}

int run_batch_command(const BatchOptions& options, Io& io) {
  BatchRequest request;
  request.output_dir = options.output_dir;
  request.formats = parse_formats(options.formats);
  request.jobs =
      options.jobs > 0 ? options.jobs : std::max(1U, std::thread::hardware_concurrency());
  request.force = options.force;
  request.update = options.update;
  request.today = resolve_today(options.today, io);
  Program program = resolve_program(options.program, io);
  request.program = &program;
  if (!options.timezone.empty()) {
    request.timezone = resolve_timezone(options.timezone, Profile{}, io);
  }
  request.render = {
      .text = {false, locale_is_utf8(io), 79},
      .formula_guard = true,
      .paper = resolve_paper(options.paper),
      .generated = generation_time(io),
      .handout = resolve_handout_options(options.audience, options.clinic, io),
      .pdf = std::ranges::find(request.formats, render::Format::pdf) != request.formats.end()
                 ? pdf_module_writer()
                 : nullptr,
      .ics = {.previous = {}, .morning_check = options.morning_check, .log_profile = {}},
      .audio = nullptr,
      .audio_options = {}};
  std::tie(request.render.audio, request.render.audio_options) =
      resolve_audio(request.formats, options.voice);
  try {  // profiles without a zone of their own use the machine's
    request.machine_zone = resolve_timezone("", Profile{}, io);
  } catch (const Error& error) {
    request.machine_zone_error = error;
  }
  request.language = options.lang;
  request.settings = batch_settings(request);
  auto inputs = batch_inputs(options.inputs);
  refuse_input_directory(options.output_dir, inputs);
  make_private_dir(options.output_dir);
  OutputDirLock lock(options.output_dir);  // held until the summary is written
  auto summary_csv = std::filesystem::path(options.output_dir) / "summary.csv";
  auto summary_json = std::filesystem::path(options.output_dir) / "summary.json";
  if (options.update) {
    request.previous_hashes = previous_hashes(summary_json.string(), io);
  }
  for (const auto& summary : {summary_csv, summary_json}) {
    if (!options.force && !options.update &&
        std::filesystem::exists(std::filesystem::symlink_status(summary))) {
      throw Error(ExitCode::cant_create,
                  fmt::format("{}: already exists (use --force to replace the batch's outputs)",
                              summary.string()));
    }
  }
  BatchSummary summary(request);
  int exit_code = 0;
  std::vector<std::string> errors;  // reported once the progress line is done
  run_batch(
      request, inputs,
      [&](const BatchResult& result) {
        summary.add(result);
        if (result.status == "error") {
          errors.push_back(result.error);
          exit_code = worse_exit_code(exit_code, result.exit_code);
        }
      },
      io);
  for (const auto& error : errors) {
    print_error(io, error);
  }
  // Written last, after the inputs' errors are reported (on a full disk they may fail too)
  // and after one sync of every output: a summary on disk means its outputs are too.
  sync_filesystem(options.output_dir);
  summary.write(summary_csv.string(), summary_json.string(), options.force || options.update);
  io.out << render::wrap(
      fmt::format("{}; {} file{} written to {}{} (see {})", summary.closing_line(), summary.files(),
                  summary.files() == 1 ? "" : "s", terminal_safe(options.output_dir),
                  options.update ? fmt::format(", {} kept as they were", summary.kept()) : "",
                  terminal_safe(summary_csv.string())),
      stdout_width(io), "batch: ");
  for (const auto& person : summary.emergencies()) {
    io.out << render::wrap(terminal_safe(person), stdout_width(io), "  emergency, seek care now: ");
  }
  return exit_code;
}

}  // namespace

void add_batch_command(CLI::App& app, Io& io, std::vector<Command>& commands) {
  auto options = std::make_shared<BatchOptions>();
  auto* cmd = app.add_subcommand(
      "batch", "Write handouts (or any format) for many profiles at once, with a summary");
  cmd->add_option("INPUT", options->inputs,
                  "Profile files, or directories whose *.json files are profiles")
      ->required();
  cmd->add_option("-o,--output-dir", options->output_dir,
                  "Directory for the outputs (created with mode 0700 if missing)")
      ->type_name(k_type_directory)
      ->required();
  cmd->add_option("-f,--format", options->formats,
                  fmt::format("Comma-separated formats to write for each profile ({})",
                              render::format_names()))
      ->delimiter(',')
      ->type_name(k_type_format)
      ->capture_default_str();
  cmd->add_option("-j,--jobs", options->jobs, "Profiles planned at once (default: every core)")
      ->check(CLI::Range(1U, 256U));
  auto* force =
      cmd->add_flag("--force", options->force, "Replace outputs and summaries that already exist");
  cmd->add_flag("--update", options->update,
                "Rewrite only the outputs of profiles (or histories) changed since the last "
                "summary; keep the rest")
      ->excludes(force);
  cmd->add_flag("--morning-check", options->morning_check,
                "ICS: add a short event with a reminder the morning after each session (08:00)");
  add_today_option(*cmd, options->today);
  cmd->add_option("--program", options->program,
                  "Built-in program id (see `backstride programs`) or a program JSON file")
      ->type_name(k_type_program)
      ->capture_default_str();
  cmd->add_option("--timezone", options->timezone,
                  "Zone of the session times: an IANA name, or a city that names one (default: "
                  "each profile's schedule.timezone, else this machine's zone)")
      ->type_name("ZONE");
  add_paper_option(*cmd, options->paper);
  add_handout_options(*cmd, options->audience, options->clinic);
  add_voice_option(*cmd, options->voice);
  add_lang_option(*cmd, options->lang);
  cmd->footer(
      "Each profile's outputs are named from its id: OUTDIR/<id>.pdf, <id>.html, <id>.md, ...\n"
      "With -f fit or mp3, a folder per profile: OUTDIR/<id>/S01-1.fit, S01-1.mp3, ... (a\n"
      "watch workout or a spoken audio guide per session; none for a withheld plan).\n"
      "OUTDIR/summary.csv and summary.json list every input: id, name, status (planned,\n"
      "clearance_needed, urgent or error), today's decision, the files written or the error.\n"
      "A bad input is reported and skipped; the others are still written. Profiles that share\n"
      "an id are all skipped. Nothing is replaced without --force. A replaced <id>.ics is read\n"
      "first: its events the new plan drops are written again as cancelled.\n"
      "Exit code: 0 when every input was planned (withheld plans included), else the gravest\n"
      "error met: 70 internal, 74 I/O, 73 output exists, 66 unreadable input, 65 bad profile.\n"
      "Example:\n  backstride batch patients/ -o handouts -f pdf,html --today 2026-12-01");
  commands.push_back({cmd, [options, &io] { return run_batch_command(*options, io); }});
}

}  // namespace backstride::cli
