#include <memory>
#include <regex>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

#include "backstride/cli/completion.hpp"
#include "backstride/error.hpp"
#include "backstride/generate.hpp"
#include "backstride/render/text.hpp"
#include "backstride/render/wording.hpp"
#include "backstride/session_day.hpp"
#include "commands/common.hpp"
#include "commands/date_option.hpp"
#include "commands/suggest.hpp"
#include "io/history_append.hpp"

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
  bool force = false;
  std::string format = "text";
};

// The --date of a log: a real date (or today, yesterday), not after today; when absent,
// today for a session and yesterday for next-morning pain.
Date parse_log_date(const std::string& text, Date today, const char* absent) {
  return parse_day_option("--date", text.empty() ? absent : text, today);
}

void check_session_id(const std::string& session) {
  static const std::regex k_session_id("[A-Za-z0-9._-]{1,32}");
  if (!std::regex_match(session, k_session_id)) {
    throw Error(ExitCode::usage,
                fmt::format("--session: \"{}\" is not a session id (allowed: the id from the plan, "
                            "such as S02-1)",
                            session));
  }
}

// A history file is JSON text, so a note must be UTF-8 (a terminal in another
// encoding, or stray bytes, would otherwise make the line unwritable).
void check_note(const std::string& note) {
  try {
    static_cast<void>(nlohmann::json(note).dump());
  } catch (const nlohmann::json::type_error&) {
    throw Error(ExitCode::usage, "--note: is not valid UTF-8 text (allowed: UTF-8 text)");
  }
}

// What the expected session is to the person: "today's planned session".
std::string planned_phrase(const ExpectedSession& expected, Date date, Date today) {
  if (!expected.on_day) {
    return fmt::format("the plan's next session, planned for {} {}",
                       weekday_title(weekday_of(expected.date)), format_date(expected.date));
  }
  return date == today ? std::string("today's planned session")
                       : fmt::format("the session planned for {}", format_date(date));
}

// The session of a new entry: --session when it names a session of the person's
// programs, else the plan's session for the day (`note` says so).
std::string session_for_entry(const LogOptions& o, const LoadedProfile& loaded,
                              const Program& program, Date date, Date today, std::string& note) {
  if (!o.session.empty()) {
    check_session_id(o.session);
  }
  DaySessions day = sessions_for_day(loaded.profile, program, date);
  if (o.session.empty()) {
    if (!day.expected) {
      throw Error(ExitCode::usage,
                  "log: the plan has no session left to log (it is withheld or finished): add "
                  "--session with the id of the session done");
    }
    note = fmt::format("Session {}: {} (add --session to name another).", day.expected->id,
                       planned_phrase(*day.expected, date, today));
    return day.expected->id;
  }
  if (std::ranges::find(day.known_ids, o.session) == day.known_ids.end()) {
    std::string expected = day.expected ? fmt::format("{} is {}; ", day.expected->id,
                                                      planned_phrase(*day.expected, date, today))
                                        : "";
    throw Error(ExitCode::usage,
                fmt::format("--session: \"{}\" is not a session of your plan ({}allowed: an id "
                            "from the plan, such as {})",
                            o.session, expected, day.expected ? day.expected->id : "S01-1"));
  }
  return o.session;
}

// Builds the entry from the flags and checks it exactly as a history file line.
HistoryEntry entry_from(const LogOptions& options, Date date) {
  check_note(options.note);
  HistoryEntry entry;
  entry.date = date;
  entry.session = options.session;
  entry.completed = options.completed;
  entry.pain_before = options.pain_before;
  entry.pain_during = options.pain_during;
  entry.pain_after = options.pain_after;
  entry.pain_next_morning = options.pain_next_morning;
  entry.note = options.note;
  for (const auto& name : options.symptoms) {
    if (auto symptom = symptom_from_words(name);
        symptom && std::ranges::find(entry.symptoms, *symptom) == entry.symptoms.end()) {
      entry.symptoms.push_back(*symptom);
    }
  }
  // Round-trip through the history parser: the flags pass the same checks as a file line.
  return parse_history_lines(format_history_line(entry), "command line").front();
}

// Only --date and --pain-next-morning (and perhaps --session): add the next-morning
// pain to a day already logged.
bool is_next_morning_update(const LogOptions& o) {
  return o.pain_next_morning && o.pain_before < 0 && o.pain_during < 0 && o.pain_after < 0 &&
         !o.completed && !o.stopped_early && o.symptoms.empty() && o.note.empty();
}

void require_whole_entry(const LogOptions& o) {
  std::vector<std::string_view> missing;
  for (auto [flag, absent] :
       {std::pair{"--completed or --stopped-early", o.completed == o.stopped_early},
        {"--pain-before", o.pain_before < 0},
        {"--pain-during", o.pain_during < 0},
        {"--pain-after", o.pain_after < 0}}) {
    if (absent) {
      missing.emplace_back(flag);
    }
  }
  if (!missing.empty()) {
    throw Error(ExitCode::usage,
                fmt::format("log: a new entry needs {} (to add next-morning pain to a day already "
                            "logged, give only --date and --pain-next-morning)",
                            fmt::join(missing, ", ")));
  }
}

// The history text with next-morning pain set on the entry next_morning_target picks
// (the last line logged for the day); its refusals become the errors below.
std::string with_next_morning(const std::string& content, const LogOptions& o, Date date,
                              const std::string& path, HistoryEntry& updated) {
  std::vector<std::string> lines;
  for (std::size_t start = 0; start < content.size();) {
    std::size_t end = content.find('\n', start);
    end = end == std::string::npos ? content.size() : end;
    lines.push_back(content.substr(start, end - start));
    start = end + 1;
  }
  std::vector<HistoryEntry> entries;
  std::vector<std::size_t> line_of;  // entries[k] is on lines[line_of[k]]
  for (std::size_t i = 0; i < lines.size(); ++i) {
    for (auto& entry : parse_history_lines(lines[i], fmt::format("{}:{}", path, i + 1))) {
      entries.push_back(std::move(entry));
      line_of.push_back(i);
    }
  }
  NextMorningTarget target = next_morning_target(entries, date, o.session, o.force);
  switch (target.refusal) {
    case NextMorningRefusal::no_session:
      throw Error(ExitCode::data_error,
                  fmt::format("{}: no session{} logged on {} (log the session first)", path,
                              o.session.empty() ? "" : " " + o.session, format_date(date)));
    case NextMorningRefusal::several_sessions:
      throw Error(ExitCode::usage,
                  fmt::format("log: {} has several sessions ({}); add --session", format_date(date),
                              fmt::join(target.sessions, ", ")));
    case NextMorningRefusal::already_logged: {
      const HistoryEntry& logged = entries.at(*target.index);
      throw Error(ExitCode::cant_create,
                  fmt::format("{}: {} on {} already has next-morning pain {} (add --force to "
                              "replace it)",
                              path, logged.session, format_date(date), *logged.pain_next_morning));
    }
    case NextMorningRefusal::none:
      break;
  }
  updated = entries.at(*target.index);
  updated.pain_next_morning = o.pain_next_morning;
  lines.at(line_of.at(*target.index)) = format_history_line(updated);
  std::string rewritten;
  for (const auto& line : lines) {
    rewritten += line + "\n";
  }
  return rewritten;
}

int run_next_morning(const LogOptions& options, Io& io) {
  Date today = resolve_today(options.today, io);
  Date date = parse_log_date(options.date, today, "yesterday");
  if (!options.session.empty()) {
    check_session_id(options.session);
  }
  if (!next_morning_has_come(date, today)) {
    throw Error(ExitCode::usage,
                fmt::format("--pain-next-morning: the morning after {} is {}; log it then",
                            format_date(date), format_date(add_days(date, 1))));
  }
  Program program = resolve_program(options.program, io);
  LoadedProfile loaded = load_profile(options.profile, io, HistoryLoad::later);
  HistoryFile file = history_for_logging(loaded);
  const std::string& path = file.path;
  HistoryEntry updated;
  update_history_locked(file, [&](const std::string& content) {
    merge_history(loaded, content);  // validated under the lock, as it is now
    std::string rewritten = with_next_morning(content, options, date, path, updated);
    check_history_size(path, rewritten.size());
    return rewritten;
  });
  LoadedProfile reloaded = load_profile(options.profile, io);
  return report_logged_entry(
      reloaded, updated, program, today, io,
      {.json = options.format == "json", .appended = false, .session_note = ""});
}

int run_log(const LogOptions& options, Io& io) {
  if (is_next_morning_update(options)) {
    return run_next_morning(options, io);
  }
  require_whole_entry(options);
  Date today = resolve_today(options.today, io);
  Date date = parse_log_date(options.date, today, "today");
  Program program = resolve_program(options.program, io);
  // Read (and checked) once before the lock; under it, only what was appended since.
  LoadedProfile loaded = load_profile(options.profile, io, HistoryLoad::if_present);
  LogOutput output{.json = options.format == "json", .appended = true, .session_note = ""};
  LogOptions resolved = options;
  resolved.session = session_for_entry(options, loaded, program, date, today, output.session_note);
  HistoryEntry entry = entry_from(resolved, date);
  append_entry_locked(loaded, entry);
  return report_logged_entry(loaded, entry, program, today, io, output);
}

}  // namespace

void add_log_command(CLI::App& app, Io& io, std::vector<Command>& commands) {
  auto o = std::make_shared<LogOptions>();
  auto* cmd = app.add_subcommand(
      "log", "Record a session's pain scores, or add next-morning pain to a logged day");
  cmd->add_option("PROFILE", o->profile, "Profile JSON file whose history_file receives the entry")
      ->required();
  cmd->add_option("--date", o->date,
                  "Day of the session: YYYY-MM-DD, today or yesterday (default: today; for "
                  "--pain-next-morning alone, yesterday)")
      ->type_name("DATE");
  cmd->add_option("--session", o->session,
                  "Session id from the plan, e.g. S02-1 (default: the plan's session for that "
                  "date, or its next one)");
  auto* completed = cmd->add_flag("--completed", o->completed, "The whole session was done");
  auto* stopped = cmd->add_flag("--stopped-early", o->stopped_early, "The session was cut short");
  completed->excludes(stopped);
  auto pain = CLI::Range(0, 10);
  cmd->add_option("--pain-before", o->pain_before, "Pain before, 0-10")->check(pain);
  cmd->add_option("--pain-during", o->pain_during, "Worst pain during, 0-10")->check(pain);
  cmd->add_option("--pain-after", o->pain_after, "Pain straight after, 0-10")->check(pain);
  cmd->add_option("--pain-next-morning", o->pain_next_morning, "Pain the next morning, 0-10")
      ->check(pain);
  cmd->add_flag("--force", o->force, "Replace next-morning pain already logged for the day");
  cmd->add_option("--symptom", o->symptoms,
                  fmt::format("A symptom noticed (repeatable), by name in any case, spaces "
                              "allowed: {}",
                              fmt::join(symptom_names(), ", ")))
      ->check(CLI::Validator(
          [](std::string& name) -> std::string {
            if (symptom_from_words(name)) {
              return "";
            }
            auto near = closest(symptom_spelling(name), symptom_names());
            return fmt::format(
                "\"{}\" is not a symptom backstride knows{} (allowed: {})", name,
                near.empty() ? "" : fmt::format("; did you mean {}?", fmt::join(near, " or ")),
                fmt::join(symptom_names(), ", "));
          },
          fmt::format("{{{}}}", fmt::join(symptom_names(), ","))));  // completion reads the set
  cmd->add_option("--note", o->note, "A short note");
  cmd->add_option("-f,--format", o->format,
                  "text, or json: the entry as written, the decision and the exit code")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  add_today_option(*cmd, o->today);
  cmd->add_option("--program", o->program,
                  "Program used for the decision printed afterwards (as for plan)")
      ->type_name(k_type_program)
      ->capture_default_str();
  cmd->footer(
      "A new entry needs one of --completed or --stopped-early and the three pain scores;\n"
      "the session is the plan's for that date unless --session names another:\n"
      "  backstride log me.json --completed --pain-before 2 --pain-during 3 --pain-after 2\n"
      "The next morning, add how the back feels to that day's entry (rewritten in place,\n"
      "atomically, under the same lock as appends):\n"
      "  backstride log me.json --date 2026-12-02 --pain-next-morning 2");
  commands.push_back({cmd, [o, &io] { return run_log(*o, io); }});
}

}  // namespace backstride::cli
