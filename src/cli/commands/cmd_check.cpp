#include <memory>
#include <sstream>

#include "backstride/assessment.hpp"
#include "backstride/render/check.hpp"
#include "commands/common.hpp"

namespace backstride::cli {
namespace {

struct CheckOptions {
  std::string profile;
  std::string format = "text";
  std::string today;
};

int run_check(const CheckOptions& options, Io& io) {
  LoadedProfile loaded = load_profile(options.profile, io);
  Screening screening = screen_profile(loaded.profile, resolve_today(options.today, io));
  std::ostringstream out;
  if (options.format == "json") {
    render::write_check_json(loaded.profile, screening, out);
  } else {
    render::write_check_text(loaded.profile, screening, stdout_width(io), out);
  }
  emit("", out.str(), false, io);
  return static_cast<int>(exit_code_for(screening));
}

}  // namespace

void add_check_command(CLI::App& app, Io& io, std::vector<Command>& commands) {
  auto options = std::make_shared<CheckOptions>();
  auto* cmd = app.add_subcommand("check",
                                 "Screen a profile for red flags and pre-exercise risks (no plan)");
  cmd->add_option("PROFILE", options->profile, "Profile JSON file, or - for stdin")->required();
  cmd->add_option("-f,--format", options->format, "text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  add_today_option(*cmd, options->today);
  cmd->footer(
      "Example: backstride check me.json\n"
      "A \"clearance\" block in the profile (who, when) lifts 'see a clinician first'\n"
      "findings once its date has come; nothing lifts an emergency.\n"
      "Exit code: 0 clear, 10 see a clinician first, 11 seek emergency care now.");
  commands.push_back({cmd, [options, &io] { return run_check(*options, io); }});
}

}  // namespace backstride::cli
