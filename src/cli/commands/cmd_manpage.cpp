#include <chrono>
#include <memory>

#include <fmt/format.h>

#include "backstride/cli/manpage.hpp"
#include "backstride/version.hpp"
#include "commands/common.hpp"

namespace backstride::cli {
namespace {

// The page's date from SOURCE_DATE_EPOCH, or none (an undated page), so builds repeat.
std::string page_date(Io& io) {
  if (!io.getenv("SOURCE_DATE_EPOCH")) {
    return "";
  }
  std::chrono::year_month_day day{std::chrono::floor<std::chrono::days>(generation_time(io))};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(day.year()),
                     static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
}

}  // namespace

void add_manpage_command(CLI::App& app, Io& io, std::vector<Command>& commands) {
  auto examples = std::make_shared<std::string>();
  // Hidden (no group): the build runs it to write backstride(1); users read the result.
  auto* cmd = app.add_subcommand("manpage", "Print the man page backstride(1) in roff")->group("");
  cmd->add_option("EXAMPLES_DIR", *examples, "Where the example profiles are installed");
  commands.push_back({cmd, [examples, &app, &io] {
                        ManPageInfo info{k_version, page_date(io), *examples};
                        emit("", man_page(app, info), false, io);
                        return 0;
                      }});
}

}  // namespace backstride::cli
