#include "backstride/cli/app.hpp"

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <iostream>

#include <cerrno>

#include <fcntl.h>
#include <unistd.h>

#include <fmt/format.h>

#include "backstride/error.hpp"
#include "backstride/version.hpp"
#include "commands/common.hpp"
#include "commands/help_text.hpp"
#include "commands/suggest.hpp"
#include "tty/terminal.hpp"

namespace backstride::cli {
namespace {

constexpr const char* k_description =
    "backstride: a couch-to-5K planner for people with back pain.\n"
    "It screens your profile (JSON) for reasons not to start, replays your pain log, and\n"
    "prints a dated walk/jog plan that builds up gently, naming the rule behind each decision.\n"
    "It does not diagnose; discuss the plan with your doctor or physiotherapist.";

constexpr const char* k_footer =
    "Getting started: backstride init (answers questions, writes me.json), then\n"
    "backstride plan me.json; after each outing backstride run me.json (a live timer) or\n"
    "backstride log me.json. Profiles can also be written by hand: see examples/*.json.\n"
    "Exit codes: 0 ok, 10 see a clinician first, 11 seek urgent care, 64 bad command line,\n"
    "65 invalid profile, 66 missing input, 70 internal error, 73 output exists, 74 I/O error.\n"
    "Run `backstride COMMAND --help` for the options of a command.";

}  // namespace

void configure_app(CLI::App& app, Io& io, std::vector<Command>& commands) {
  app.name("backstride");
  app.description(k_description);
  app.set_version_flag("--version", fmt::format("backstride {}", k_version));
  app.require_subcommand(1);
  app.footer(k_footer);
  add_init_command(app, io, commands);
  add_plan_command(app, io, commands);
  add_next_command(app, io, commands);
  add_check_command(app, io, commands);
  add_log_command(app, io, commands);
  add_clear_command(app, io, commands);
  add_run_command(app, io, commands);
  add_batch_command(app, io, commands);
  add_review_command(app, io, commands);
  add_validate_command(app, io, commands);
  add_schema_command(app, io, commands);
  add_programs_command(app, io, commands);
  add_rules_command(app, io, commands);
  add_completion_command(app, io, commands);
  add_manpage_command(app, io, commands);
}

int run(int argc, const char* const* argv, Io& io) {
  io.width = io.width == 0 ? output_width(io) : io.width;
  io.err_width = io.err_width == 0 ? output_width(io, true) : io.err_width;
  CLI::App app;
  std::vector<Command> commands;
  configure_app(app, io, commands);
  std::size_t column = help_column(std::min(io.width, io.err_width));
  app.get_formatter()->column_width(column);  // shared with every subcommand
  // The help of `topic` (or of what was parsed), fitted to `width` columns.
  auto help = [&app, column](std::size_t width, const CLI::App* topic = nullptr,
                             CLI::AppFormatMode mode = CLI::AppFormatMode::Normal) {
    std::string text = topic == nullptr ? app.help("", mode) : topic->help(app.get_name(), mode);
    return fit_help(text, width, column);
  };
  std::vector<std::string> args(argv + std::min(argc, 1), argv + argc);
  if (args.empty()) {  // bare `backstride`: what it can do, as a usage error
    io.err << help(io.err_width);
    return static_cast<int>(ExitCode::usage);
  }
  if (args[0] == "help") {  // `backstride help [COMMAND]`
    const CLI::App* topic = &app;
    if (args.size() > 1) {
      auto hint = explain_mistyped(app, {args[1]});
      if (hint || args.size() > 2) {
        print_error(io, "help: " + terminal_safe(hint.value_or("give at most one command")));
        return static_cast<int>(ExitCode::usage);
      }
      topic = app.get_subcommand(args[1]);
    }
    io.out << help(io.width, topic == &app ? nullptr : topic);
    return 0;
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    io.out << help(io.width);
    return 0;
  } catch (const CLI::CallForAllHelp&) {
    io.out << help(io.width, nullptr, CLI::AppFormatMode::All);
    return 0;
  } catch (const CLI::CallForVersion&) {
    io.out << "backstride " << k_version << "\n";
    return 0;
  } catch (const CLI::ParseError& error) {
    print_error(io, terminal_safe(explain_mistyped(app, args).value_or(error.what())));
    io.err << "Run with --help for more information.\n";
    return static_cast<int>(ExitCode::usage);
  }

  try {
    for (const auto& command : commands) {
      if (command.app->parsed()) {
        return command.run();
      }
    }
    return static_cast<int>(ExitCode::usage);
  } catch (const Error& error) {
    print_error(io, error.what());
    return static_cast<int>(error.code());
  } catch (const std::exception& error) {
    print_error(io, "internal error (please report it): " + terminal_safe(error.what()));
    return static_cast<int>(ExitCode::software);
  }
}

int main_entry(int argc, const char* const* argv) {
  std::ios::sync_with_stdio(false);
  // Past a file size limit (ulimit -f), write() then fails with EFBIG: reported as exit 74
  // with the partial write undone, instead of SIGXFSZ killing the process mid-write.
  std::signal(SIGXFSZ, SIG_IGN);
  Io io{std::cin,
        std::cout,
        std::cerr,
        ::isatty(STDOUT_FILENO) == 1,
        [](const char* name) -> std::optional<std::string> {
          const char* value = std::getenv(name);
          return value ? std::optional<std::string>(value) : std::nullopt;
        },
        [] {
          return static_cast<long long>(std::chrono::duration_cast<std::chrono::seconds>(
                                            std::chrono::system_clock::now().time_since_epoch())
                                            .count());
        }};
  io.err_is_terminal = ::isatty(STDERR_FILENO) == 1;
  io.in_is_terminal = ::isatty(STDIN_FILENO) == 1;
  io.in_fd = STDIN_FILENO;
  // A closed standard descriptor is filled with /dev/null, so no file opened later
  // takes its number (and health data never goes to a descriptor meant for stdout).
  for (int fd = STDIN_FILENO; fd <= STDERR_FILENO; ++fd) {
    if (::fcntl(fd, F_GETFD) < 0 && errno == EBADF) {
      io.in_closed = io.in_closed || fd == STDIN_FILENO;
      ::open("/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY);
    }
  }
  int code = run(argc, argv, io);
  std::cout.flush();
  if (!std::cout && code == 0) {
    std::cerr << "backstride: <stdout>: write failed\n";
    return static_cast<int>(ExitCode::io_error);
  }
  return code;
}

}  // namespace backstride::cli
