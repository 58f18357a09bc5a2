#include <filesystem>
#include <memory>
#include <optional>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "backstride/assessment.hpp"
#include "backstride/error.hpp"
#include "backstride/render/catalogue.hpp"
#include "backstride/render/text.hpp"
#include "commands/common.hpp"
#include "commands/date_option.hpp"
#include "io/files.hpp"

namespace backstride::cli {
namespace {

using nlohmann::ordered_json;

struct ClearOptions {
  std::string profile;
  std::string by;
  std::string date = "today";
  bool no_running = false;
  std::optional<int> max_pain;
  std::optional<std::string> notes;
  std::string today;
};

ordered_json clearance_json(const ClearOptions& options, Date date) {
  ordered_json clearance{{"by", options.by}, {"date", format_date(date)}};
  if (options.max_pain) {
    clearance["max_pain_during"] = *options.max_pain;
  }
  clearance["allow_running"] = !options.no_running;
  if (options.notes) {
    clearance["notes"] = *options.notes;
  }
  return clearance;
}

// The profile with `clearance` in place of its old one, or after "screening" when it had
// none: every other key stays where it was.
ordered_json with_clearance(const ordered_json& profile, ordered_json clearance) {
  if (profile.contains("clearance")) {
    ordered_json updated = profile;
    updated["clearance"] = std::move(clearance);
    return updated;
  }
  ordered_json updated = ordered_json::object();
  for (const auto& [key, value] : profile.items()) {
    updated[key] = value;
    if (key == "screening") {
      updated["clearance"] = clearance;
    }
  }
  if (!updated.contains("clearance")) {
    updated["clearance"] = std::move(clearance);
  }
  return updated;
}

// What changed for the person, in plain words, with each rule named, in `width` columns.
std::string report(const std::string& source, const Profile& before, const Profile& after,
                   const Screening& was, const Screening& now, std::size_t width) {
  const Clearance& clearance = *after.clearance;
  std::ostringstream out;
  auto line = [&](std::string_view text, std::string_view label = "") {
    out << render::wrap(text, width, label);
  };
  line(fmt::format("{} now holds the clearance given by {} on {}{}.", source, clearance.by,
                   format_date(clearance.date),
                   before.clearance
                       ? fmt::format(" (it replaces the one of {} by {})",
                                     format_date(before.clearance->date), before.clearance->by)
                       : ""));
  std::vector<std::string> lifted;
  std::vector<std::string> urgent;
  for (std::size_t i = 0; i < now.findings.size(); ++i) {
    const Finding& finding = now.findings[i];
    bool lifted_before =
        i < was.findings.size() && was.findings[i].rule == finding.rule && was.findings[i].lifted;
    if (finding.lifted && !lifted_before) {
      lifted.push_back(
          fmt::format("{} ({})", render::say(finding.message), rule_key(finding.rule)));
    }
    if (finding.effect == RuleEffect::emergency && !finding.lifted) {
      urgent.push_back(
          fmt::format("{} ({})", render::say(finding.message), rule_key(finding.rule)));
    }
  }
  line(lifted.empty() ? "It lifts nothing new: no finding was waiting for a clearance."
                      : "It lifts:");
  for (const auto& item : lifted) {
    line(item, "  - ");
  }
  line(clearance.allow_running ? "Running: allowed, built up step by step."
                               : "Running: not allowed; the plan keeps to walking (CLR-WALK).");
  if (clearance.max_pain_during) {
    line(fmt::format("Pain during a session: at most {} out of 10 (CLR-CAP).",
                     *clearance.max_pain_during));
  }
  if (!urgent.empty()) {
    out << "\n";
    line("A clearance never lifts these. Seek medical care now:");
    for (const auto& item : urgent) {
      line(item, "  - ");
    }
  }
  if (urgent.empty()) {
    line(fmt::format("Next: backstride plan {}", source));
  }
  return out.str();
}

int run_clear(const ClearOptions& options, Io& io) {
  if (options.profile == "-") {
    throw Error(ExitCode::usage,
                "clear: PROFILE must be a file (the clearance is written into it)");
  }
  Date today = resolve_today(options.today, io);
  Date date = parse_day_option("--date", options.date, today);
  Input input = read_input(options.profile, io, k_max_profile_bytes);
  Profile before = parse_profile(input.text, input.name);  // a bad file is left as it was
  ordered_json document = ordered_json::parse(input.text);
  std::string text = with_clearance(document, clearance_json(options, date)).dump(2) + "\n";
  Profile after;
  try {
    after = parse_profile(text, input.name);
  } catch (const Error& error) {
    throw Error(ExitCode::usage, fmt::format("clear: {}", error.what()));
  }
  replace_file_in_place(options.profile, text);
  Screening now = screen_profile(after, today);
  io.out << report(input.name, before, after, screen_profile(before, today), now, stdout_width(io));
  return static_cast<int>(exit_code_for(now));
}

}  // namespace

void add_clear_command(CLI::App& app, Io& io, std::vector<Command>& commands) {
  auto options = std::make_shared<ClearOptions>();
  auto* cmd = app.add_subcommand(
      "clear",
      "Record a clinician's okay to start (the profile's clearance) and say what it lifts");
  cmd->add_option("PROFILE", options->profile, "Profile JSON file to write the clearance into")
      ->required();
  cmd->add_option("--by", options->by, "Who gave the clearance, e.g. \"Dr Sam Lee (physio)\"")
      ->required();
  cmd->add_option("--date", options->date,
                  "When it was given: YYYY-MM-DD, today or yesterday (default: today)")
      ->type_name("DATE");
  cmd->add_flag("--no-running", options->no_running,
                "Running is not allowed: the plan keeps to walking");
  cmd->add_option("--max-pain", options->max_pain,
                  "The highest pain (0-5) allowed during a session; above it is RED")
      ->check(CLI::Range(0, 5));
  cmd->add_option("--notes", options->notes, "The clinician's notes, kept with the clearance");
  add_today_option(*cmd, options->today);
  cmd->footer(
      "Writes (or replaces) the \"clearance\" block of the profile, atomically, keeping the\n"
      "file's mode and the order of its keys, then lists the findings it now lifts. A\n"
      "clearance never lifts an urgent red flag: then the exit code is 11.\n"
      "The block it writes, which you may also write by hand:\n"
      "  \"clearance\": {\"by\": \"Dr Sam Lee (physio)\", \"date\": \"2026-11-02\",\n"
      "                \"max_pain_during\": 4, \"allow_running\": true, \"notes\": \"\"}\n"
      "Exit code: 0 written, 11 written but an urgent red flag remains, 64 bad option,\n"
      "65 invalid profile (nothing written), 66 unreadable, 73/74 cannot write.");
  commands.push_back({cmd, [options, &io] { return run_clear(*options, io); }});
}

}  // namespace backstride::cli
