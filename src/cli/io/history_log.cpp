#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "backstride/cli/completion.hpp"
#include "backstride/error.hpp"
#include "backstride/generate.hpp"
#include "backstride/render/catalogue.hpp"
#include "backstride/render/log_report.hpp"
#include "backstride/render/wording.hpp"
#include "backstride/render/wrap.hpp"
#include "backstride/session_day.hpp"
#include "backstride/text_util.hpp"
#include "commands/common.hpp"
#include "io/history_append.hpp"

// What `log` and `run` share: appending an entry to the history under its lock, with the
// history validated and the limits checked there, and the report printed after it.
namespace backstride::cli {

void check_history_size(const std::string& path, std::size_t bytes) {
  if (bytes > k_max_history_bytes) {
    throw Error(ExitCode::data_error,
                located(path, "",
                        fmt::format("the history would grow to {} bytes: nothing was logged "
                                    "(allowed: at most {} bytes)",
                                    bytes, k_max_history_bytes)));
  }
}

HistoryFile history_for_logging(const LoadedProfile& loaded) {
  if (loaded.history_path.empty()) {
    throw Error(ExitCode::data_error,
                located(loaded.source, "/history_file",
                        "is needed to log sessions (allowed: a file name next to the profile, "
                        "such as \"me.history.jsonl\")"));
  }
  if (loaded.profile.history.size() >= k_max_history_entries) {  // (checked again when logging)
    throw Error(ExitCode::data_error,
                located(loaded.history_path, "",
                        fmt::format("the history already holds {} entries: nothing was logged "
                                    "(allowed: at most {} entries)",
                                    loaded.profile.history.size(), k_max_history_entries)));
  }
  return history_file_of(loaded);
}

void append_entry_locked(LoadedProfile& loaded, const HistoryEntry& entry) {
  HistoryFile file = history_for_logging(loaded);
  std::string line = format_history_line(entry);
  auto check = [&](const std::string& current) {
    if (current.size() > k_max_history_bytes) {  // (read up to one byte past the limit)
      throw Error(ExitCode::data_error,
                  located(loaded.source, "/history_file",
                          fmt::format("{}: file is larger than {} bytes (allowed: at most {} "
                                      "bytes)",
                                      file.path, k_max_history_bytes, k_max_history_bytes)));
    }
    merge_history(loaded, current);
    std::size_t entries = loaded.profile.history.size();
    if (entries >= k_max_history_entries) {
      throw Error(ExitCode::data_error,
                  located(file.path, "",
                          fmt::format("the history already holds {} entries: nothing was logged "
                                      "(allowed: at most {} entries)",
                                      entries, k_max_history_entries)));
    }
    bool needs_newline = !current.empty() && current.back() != '\n';
    check_history_size(file.path, current.size() + (needs_newline ? 1 : 0) + line.size() + 1);
  };
  append_line_locked(file, line, check);
}

namespace {

// The exact command that adds the entry's next-morning pain (PAIN-PENDING), or "" when
// it has one already.
std::string next_morning_command(const LoadedProfile& loaded, const HistoryEntry& entry) {
  if (entry.pain_next_morning) {
    return "";
  }
  bool shared_day = std::ranges::count_if(loaded.profile.history, [&](const HistoryEntry& e) {
                      return e.date == entry.date && e.session != entry.session;
                    }) > 0;
  return fmt::format("backstride log {} --date {}{} --pain-next-morning N",
                     shell_word(loaded.source), format_date(entry.date),
                     shared_day ? " --session " + entry.session : "");
}

// A command to copy, two spaces in: wrapped to `width` with " \\" ending each line but
// the last, so that it still pastes into a shell as one command.
std::string shell_lines(const std::string& command, std::size_t width) {
  std::string wrapped = render::wrap(command, width > 4 ? width - 2 : width, "  ", 4);
  std::string lines;
  for (std::string_view line : text_lines(wrapped)) {
    if (!line.empty()) {
      lines.append(lines.empty() ? "" : " \\\n").append(line);
    }
  }
  return lines + "\n";
}

void write_log_text(const render::LogReport& report, Date today, std::size_t width,
                    std::ostream& out) {
  const HistoryEntry& entry = report.entry;
  std::string file = terminal_safe(report.history_file);
  if (!report.session_note.empty()) {
    out << render::wrap(report.session_note, width, "", 2);
  }
  out << render::wrap(report.appended ? fmt::format("Logged {} on {} to {}.", entry.session,
                                                    format_date(entry.date), file)
                                      : fmt::format("Added next-morning pain {} to {} on {} in {}.",
                                                    entry.pain_next_morning.value_or(0),
                                                    entry.session, format_date(entry.date), file),
                      width, "", 2);
  out << render::wrap(
      fmt::format("{} ({}): {}", render::action_title(report.decision.action),
                  rule_key(report.decision.rule), render::say(report.decision.reason)),
      width, "Decision: ");
  if (withholds_plan(report.decision.action)) {
    out << "\n"
        << render::wrap(render::withheld_headline(report.decision.action), width)
        << render::wrap(render::withheld_advice(report.decision.action), width);
  } else if (!report.next_morning_command.empty()) {
    out << render::wrap(
               fmt::format("{}, log how your back feels, 0 to 10 (for N):",
                           next_morning_has_come(entry.date, today) ? "Add the next morning's pain"
                                                                    : "Tomorrow morning"),
               width)
        << shell_lines(terminal_safe(report.next_morning_command), width);
  }
}

}  // namespace

int report_logged_entry(LoadedProfile& loaded, const HistoryEntry& entry, const Program& program,
                        Date today, Io& io, const LogOutput& output) {
  if (output.appended) {
    loaded.profile.history.push_back(entry);
  }
  Assessment assessment = assess(loaded.profile, program, today);
  render::LogReport report{loaded.history_path,
                           output.appended,
                           output.session_note,
                           entry,
                           assessment.decision,
                           exit_code_for(assessment),
                           ""};
  if (!assessment.withheld()) {
    report.next_morning_command = next_morning_command(loaded, entry);
  }
  if (output.json) {
    render::write_log_json(report, io.out);
  } else {
    write_log_text(report, today, stdout_width(io), io.out);
  }
  // The entry is written either way; 10/11 tell a script that the person must stop.
  return static_cast<int>(report.exit_code);
}

}  // namespace backstride::cli
