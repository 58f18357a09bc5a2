#pragma once

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>

namespace backstride::cli {

// Everything a command may touch outside the pure core, so tests can run the CLI
// in-process with string streams and a fixed environment.
struct Io {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  bool out_is_terminal = false;
  // Reads an environment variable (nullopt when unset).
  std::function<std::optional<std::string>(const char*)> getenv;
  // Seconds since the Unix epoch, now.
  std::function<long long()> now;
  bool err_is_terminal = false;  // progress lines go to stderr only on a terminal
  bool in_is_terminal = false;   // a person is typing (init and run read keys or lines)
  int in_fd = -1;                // the descriptor behind `in`, checked before reading "-"
  bool in_closed = false;        // the process started with standard input closed
  // Columns text may fill on stdout and on stderr; 0 until run() works them out once
  // (output_width in tty/terminal.hpp): COLUMNS, else the terminal's size, else 79.
  std::size_t width = 0;
  std::size_t err_width = 0;
};

// Runs backstride with the given arguments; returns the process exit code.
// The only place where errors become exit codes and messages.
int run(int argc, const char* const* argv, Io& io);

// Runs backstride against the real process environment and standard streams.
int main_entry(int argc, const char* const* argv);

}  // namespace backstride::cli
