#include <memory>
#include <regex>

#include <fmt/format.h>

#include "backstride/error.hpp"
#include "backstride/generate.hpp"
#include "backstride/render/text.hpp"
#include "backstride/render/wording.hpp"
#include "common.hpp"
#include "completion.hpp"
#include "history_append.hpp"

namespace backstride::cli {
namespace {

struct LogOptions {
  std::string profile;
  std::string date;
  std::string session;
  bool completed = false;
  bool stopped_early = false;
  int pain_before = -1;
  int pain_during = -1;
  int pain_after = -1;
  std::optional<int> pain_next_morning;
  std::vector<std::string> symptoms;
  std::string note;
  std::string today;
  std::string program = "back-care";
};

// Builds the entry from the flags and checks it exactly as a history file line.
HistoryEntry entry_from(const LogOptions& options, Date today) {
  auto date = parse_date(options.date);
  if (!date) {
    throw Error(ExitCode::usage,
                fmt::format("--date: \"{}\" is not a real calendar date (allowed: YYYY-MM-DD)",
                            options.date));
  }
  if (days_between(today, *date) > 0) {
    throw Error(ExitCode::usage, fmt::format("--date: {} is after today ({}) (allowed: today or "
                                             "earlier)",
                                             options.date, format_date(today)));
  }
  static const std::regex k_session_id("[A-Za-z0-9._-]{1,32}");
  if (!std::regex_match(options.session, k_session_id)) {
    throw Error(ExitCode::usage,
                fmt::format("--session: \"{}\" is not a session id (allowed: the id from the plan, "
                            "such as S02-1)",
                            options.session));
  }
  HistoryEntry entry;
  entry.date = *date;
  entry.session = options.session;
  entry.completed = options.completed;
  entry.pain_before = options.pain_before;
  entry.pain_during = options.pain_during;
  entry.pain_after = options.pain_after;
  entry.pain_next_morning = options.pain_next_morning;
  entry.note = options.note;
  for (const auto& name : options.symptoms) {
    for (Symptom symptom : all_symptoms()) {
      if (symptom_key(symptom) == name) {
        entry.symptoms.push_back(symptom);
      }
    }
  }
  // Round-trip through the history parser: the flags pass the same checks as a file line.
  return parse_history_lines(format_history_line(entry), "command line").front();
}

std::vector<std::string> symptom_names() {
  std::vector<std::string> names;
  for (Symptom symptom : all_symptoms()) {
    names.emplace_back(symptom_key(symptom));
  }
  return names;
}

int run_log(const LogOptions& options, Io& io) {
  Date today = resolve_today(options.today, io);
  HistoryEntry entry = entry_from(options, today);
  Program program = resolve_program(options.program, io);
  LoadedProfile loaded = load_profile(options.profile, io, true);
  if (loaded.history_path.empty()) {
    throw Error(ExitCode::data_error,
                located(loaded.source, "/history_file",
                        "is needed to log sessions (allowed: a file name next to the profile, "
                        "such as \"me.history.jsonl\")"));
  }
  append_line_locked(loaded.history_path, format_history_line(entry));
  io.out << fmt::format("Logged {} on {} to {}.\n", entry.session, format_date(entry.date),
                        loaded.history_path);
  loaded.profile.history.push_back(entry);
  Assessment assessment = assess(loaded.profile, program, today);
  io.out << fmt::format("Decision: {} ({}): {}\n", render::action_title(assessment.decision.action),
                        assessment.decision.rule, assessment.decision.reason);
  if (assessment.withheld()) {
    io.out << "\n"
           << render::withheld_headline(assessment.decision.action) << "\n"
           << render::wrap_text(render::withheld_advice(assessment.decision.action), 78);
  }
  // The entry is written either way; 10/11 tell a script that the person must stop.
  return static_cast<int>(exit_code_for(assessment));
}

}  // namespace

void add_log_command(CLI::App& app, Io& io, std::vector<Command>& commands) {
  auto o = std::make_shared<LogOptions>();
  auto* cmd = app.add_subcommand("log", "Append one session's pain scores to the history file");
  cmd->add_option("PROFILE", o->profile, "Profile JSON file whose history_file receives the entry")
      ->required();
  cmd->add_option("--date", o->date, "Day of the session, YYYY-MM-DD")
      ->type_name("DATE")
      ->required();
  cmd->add_option("--session", o->session, "Session id from the plan, e.g. S02-1")->required();
  auto* completed = cmd->add_flag("--completed", o->completed, "The whole session was done");
  auto* stopped = cmd->add_flag("--stopped-early", o->stopped_early, "The session was cut short");
  completed->excludes(stopped);
  auto pain = CLI::Range(0, 10);
  cmd->add_option("--pain-before", o->pain_before, "Pain before, 0-10")->required()->check(pain);
  cmd->add_option("--pain-during", o->pain_during, "Worst pain during, 0-10")
      ->required()
      ->check(pain);
  cmd->add_option("--pain-after", o->pain_after, "Pain straight after, 0-10")
      ->required()
      ->check(pain);
  cmd->add_option("--pain-next-morning", o->pain_next_morning, "Pain the next morning, 0-10")
      ->check(pain);
  cmd->add_option("--symptom", o->symptoms, "A symptom noticed (repeatable)")
      ->check(CLI::IsMember(symptom_names()));
  cmd->add_option("--note", o->note, "A short note");
  add_today_option(*cmd, o->today);
  cmd->add_option("--program", o->program,
                  "Program used for the decision printed afterwards (as for plan)")
      ->type_name(k_type_program)
      ->capture_default_str();
  cmd->footer(
      "Exactly one of --completed or --stopped-early is required.\n"
      "Example: backstride log me.json --date 2026-12-02 --session S01-1 --completed \\\n"
      "           --pain-before 2 --pain-during 3 --pain-after 2");
  commands.push_back({cmd, [o, &io] {
                        if (o->completed == o->stopped_early) {
                          throw Error(ExitCode::usage,
                                      "log: give exactly one of --completed or --stopped-early");
                        }
                        return run_log(*o, io);
                      }});
}

}  // namespace backstride::cli
