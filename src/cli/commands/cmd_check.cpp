#include <memory>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "backstride/assessment.hpp"
#include "backstride/render/text.hpp"
#include "backstride/render/wording.hpp"
#include "commands/common.hpp"

namespace backstride::cli {
namespace {

struct CheckOptions {
  std::string profile;
  std::string format = "text";
  std::string today;
};

ExitCode exit_code_for(const Screening& screening) {
  switch (screening.status) {
    case ScreeningStatus::clear:
      return ExitCode::ok;
    case ScreeningStatus::clearance_needed:
      return ExitCode::clearance_needed;
    case ScreeningStatus::urgent:
      return ExitCode::emergency;
  }
  return ExitCode::emergency;
}

void write_text(const Profile& profile, const Screening& screening, std::ostream& out) {
  out << fmt::format("backstride check for {} ({})\n", profile.name, profile.id);
  out << fmt::format("  Screening  {}\n", render::screening_status_title(screening.status));
  if (screening.findings.empty()) {
    out << "  No red flags or pre-exercise screening findings.\n";
  }
  for (const auto& finding : screening.findings) {
    out << fmt::format("  - {} ({}){}\n", finding.message, finding.rule,
                       finding.lifted
                           ? fmt::format(": lifted by {}'s clearance of {}", profile.clearance->by,
                                         format_date(profile.clearance->date))
                           : "");
    if (!finding.lifted) {
      out << fmt::format("    {}\n", find_rule(finding.rule).action);
    }
  }
  if (screening.status == ScreeningStatus::urgent) {
    out << "\n"
        << render::withheld_headline(Action::emergency) << "\n"
        << render::withheld_advice(Action::emergency) << "\n";
  }
  out << "\n" << render::wrap_text(render::safety_note(), 78);
}

void write_json(const Profile& profile, const Screening& screening, std::ostream& out) {
  nlohmann::ordered_json findings = nlohmann::ordered_json::array();
  for (const auto& finding : screening.findings) {
    const Rule& rule = find_rule(finding.rule);
    findings.push_back({{"rule", finding.rule},
                        {"message", finding.message},
                        {"basis", rule_basis_key(rule.basis)},
                        {"source", rule.source},
                        {"lifted", finding.lifted}});
  }
  nlohmann::ordered_json j{
      {"format", "backstride.check/1"},
      {"profile", {{"id", profile.id}, {"name", profile.name}}},
      {"exit_code", static_cast<int>(exit_code_for(screening))},
      {"screening", {{"status", screening_status_key(screening.status)}, {"findings", findings}}},
      {"safety_note", render::safety_note()}};
  out << j.dump(2) << "\n";
}

int run_check(const CheckOptions& options, Io& io) {
  LoadedProfile loaded = load_profile(options.profile, io);
  Screening screening = screen_profile(loaded.profile, resolve_today(options.today, io));
  std::ostringstream out;
  if (options.format == "json") {
    write_json(loaded.profile, screening, out);
  } else {
    write_text(loaded.profile, screening, out);
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
