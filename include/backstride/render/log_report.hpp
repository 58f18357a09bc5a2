#pragma once

#include <ostream>
#include <string>

#include "backstride/assessment.hpp"
#include "backstride/history.hpp"

namespace backstride::render {

// What one `log` (or `run`) call wrote, and the decision the history now leads to.
struct LogReport {
  std::string history_file;
  bool appended = true;      // false: next-morning pain added to an entry already logged
  std::string session_note;  // how the session was chosen when --session was not given
  HistoryEntry entry;        // the entry as written
  Decision decision;
  ExitCode exit_code = ExitCode::ok;
  std::string next_morning_command;  // the command that adds next-morning pain; "" if none
};

// Writes the report as JSON ("format": "backstride.log/1"), two-space indented: the
// entry as in the history file, who chose its session ("given" by --session, "plan", or
// "logged" when next-morning pain was added), the decision and the exit code.
void write_log_json(const LogReport& report, std::ostream& out);

}  // namespace backstride::render
