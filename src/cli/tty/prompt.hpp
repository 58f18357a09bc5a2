#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "backstride/cli/app.hpp"

namespace backstride::cli {

// Asks questions on `say` and reads one answer per line from the input: typed at a
// terminal, or scripted from a pipe (then each answer is echoed so that the
// transcript reads like a session).
class LinePrompter {
 public:
  LinePrompter(Io& io, std::ostream& say) : m_io(io), m_say(say) {}

  // Prints `prompt` (as given, without a newline) and returns the trimmed answer.
  // Throws Error(no_input) naming `command` and `question` when the input ends.
  std::string ask(std::string_view prompt, std::string_view command, std::string_view question,
                  std::string_view lost);

  // The stream questions go to.
  [[nodiscard]] std::ostream& say() const {
    return m_say;
  }

 private:
  Io& m_io;
  std::ostream& m_say;
};

// `text` two spaces in, wrapped to `width` columns (render::wrap), without the final newline.
std::string indented(std::string_view text, std::size_t width);

}  // namespace backstride::cli
