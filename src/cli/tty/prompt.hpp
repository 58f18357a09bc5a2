#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

#include "backstride/cli/app.hpp"

namespace backstride::cli {

// Asks questions on `say` and reads one answer per line from the input: typed at a
// terminal, or scripted from a pipe (then each answer is echoed so that the
// transcript reads like a session, on the prompt's line when it fits in `width`
// columns, else on the next line four spaces in).
class LinePrompter {
 public:
  LinePrompter(Io& io, std::ostream& say, std::size_t width)
      : m_io(io), m_say(say), m_width(width) {}

  // Prints `prompt` (as given, without a newline) and returns the trimmed answer.
  // Throws Error(no_input) naming `command` and `question` when the input ends.
  std::string ask(std::string_view prompt, std::string_view command, std::string_view question,
                  std::string_view lost);

  // The stream questions go to.
  [[nodiscard]] std::ostream& say() const {
    return m_say;
  }

 private:
  void echo(std::string_view prompt, std::string_view answer);

  Io& m_io;
  std::ostream& m_say;
  std::size_t m_width;
};

// `text` two spaces in, wrapped to `width` columns (render::wrap), then `end` (such as
// ": "), without a newline. Its last line keeps room for the answer typed after it: when
// fewer than 14 columns would be left, its last word moves down to a line of its own.
std::string question_prompt(std::string_view text, std::size_t width, std::string_view end);

}  // namespace backstride::cli
