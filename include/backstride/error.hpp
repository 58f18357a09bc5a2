#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace backstride {

// Process exit codes; stable, documented in README.md and DESIGN.md.
enum class ExitCode : int {
  ok = 0,
  clearance_needed = 10,
  emergency = 11,
  usage = 64,
  data_error = 65,
  no_input = 66,
  software = 70,
  cant_create = 73,
  io_error = 74,
};

// The one error type for bad input or failed I/O: carries its exit code and a
// located, one-line message ("FILE: /json/pointer: problem (allowed: ...)"), or one
// such line per problem.
class Error : public std::runtime_error {
 public:
  // `message` is kept with control and bidi characters shown escaped (terminal_safe).
  Error(ExitCode code, const std::string& message);

  // Several problems at once: each line kept safe as above, joined by newlines.
  Error(ExitCode code, const std::vector<std::string>& lines);

  // The exit code the CLI should return for this error.
  [[nodiscard]] ExitCode code() const noexcept {
    return m_code;
  }

 private:
  ExitCode m_code;
};

// `text` for a terminal: C0 and C1 controls (tab aside), DEL, bidi controls and invalid
// UTF-8 shown as \xHH or \uHHHH, so no escape sequence in a file name or value runs.
std::string terminal_safe(std::string_view text);

// Builds "source: pointer: problem", leaving out empty parts.
std::string located(std::string_view source, std::string_view pointer, std::string_view problem);

// Throws Error(data_error) located at source and pointer.
[[noreturn]] void throw_data_error(std::string_view source, std::string_view pointer,
                                   std::string_view problem);

}  // namespace backstride
