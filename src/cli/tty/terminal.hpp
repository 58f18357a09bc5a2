#pragma once

#include <optional>
#include <string>

#include "backstride/cli/app.hpp"

namespace backstride::cli {

// Puts the terminal on stdin into single-key mode (no line editing, no echo) while
// it lives, and restores it on every path out. Does nothing when stdin is not a
// terminal. Ctrl-C, Ctrl-\, SIGTERM and SIGHUP set a flag (see interrupted) instead of
// killing the process, so the terminal is always restored; Ctrl-Z restores it (and
// shows the cursor when `screen`) before stopping, and sets it up again on fg.
class KeyReader {
 public:
  KeyReader(bool terminal, bool screen);
  ~KeyReader();
  KeyReader(const KeyReader&) = delete;
  KeyReader& operator=(const KeyReader&) = delete;

  // Waits up to `timeout_ms` for a key; nullopt when none came (or not a terminal).
  std::optional<char> key(int timeout_ms);

  // True once Ctrl-C, Ctrl-\ (SIGQUIT), SIGTERM or SIGHUP arrived.
  [[nodiscard]] static bool interrupted();

  // True once after the process was continued from Ctrl-Z: the screen must be redrawn.
  [[nodiscard]] static bool resumed();

 private:
  bool m_active = false;
};

// The columns text may fill on stdout (or stderr): one less than the terminal's width
// (COLUMNS when set to 20-1000, else the size of the terminal it writes to), so that no
// line reaches the last column, where some terminals wrap early and erasing to the end
// of the line wipes the last character; 79 when neither says (a pipe or a file).
std::size_t output_width(Io& io, bool to_stderr = false);

// True when the locale (LC_ALL, LC_CTYPE, LANG) says UTF-8.
bool locale_is_utf8(Io& io);

// Starts `espeak-ng TEXT` in the background with its output discarded; false when it
// cannot be started (not installed). Finished speakers are reaped on the next call.
bool speak(const std::string& text);

// Waits for every speaker started by speak().
void wait_for_speakers();

}  // namespace backstride::cli
