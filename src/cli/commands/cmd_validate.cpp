#include <memory>

#include <fmt/format.h>

#include "backstride/error.hpp"
#include "backstride/render/wrap.hpp"
#include "commands/common.hpp"

namespace backstride::cli {
namespace {

// Validates every profile; reports each on its own line and keeps going.
int run_validate(const std::vector<std::string>& paths, Date today, Io& io) {
  int worst = 0;
  for (const auto& path : paths) {
    try {
      LoadedProfile loaded = load_profile(path, io);
      io.out << render::wrap(
          fmt::format("{}: ok ({} history entries)", terminal_safe(loaded.source),
                      loaded.profile.history.size()),
          stdout_width(io), "", 2);
      const auto& clearance = loaded.profile.clearance;
      if (clearance && days_between(today, clearance->date) > 0) {
        io.out << render::wrap(
            fmt::format("{}: note: the clearance is dated {}, after today ({}): it lifts "
                        "nothing until then (CLR-FUTURE)",
                        loaded.source, format_date(clearance->date), format_date(today)),
            stdout_width(io), "", 2);
      }
    } catch (const Error& error) {
      print_error(io, error.what());
      int code = static_cast<int>(error.code());
      // A missing file outranks bad content, so scripts can tell the two apart.
      worst = std::max(worst, code == static_cast<int>(ExitCode::no_input) ? 66 : code);
    }
  }
  return worst;
}

}  // namespace

void add_validate_command(CLI::App& app, Io& io, std::vector<Command>& commands) {
  auto paths = std::make_shared<std::vector<std::string>>();
  auto today = std::make_shared<std::string>();
  auto* cmd = app.add_subcommand(
      "validate", "Check profiles against the schema and the rules a schema cannot express");
  cmd->add_option("PROFILE", *paths, "Profile JSON files (- for stdin)")->required();
  add_today_option(*cmd, *today);
  cmd->footer(
      "Prints \"FILE: ok\" for each valid profile; errors go to stderr.\n"
      "Exit code: 0 all valid, 65 some invalid, 66 some missing or unreadable.");
  commands.push_back(
      {cmd, [paths, today, &io] { return run_validate(*paths, resolve_today(*today, io), io); }});
}

}  // namespace backstride::cli
