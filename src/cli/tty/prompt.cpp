#include "tty/prompt.hpp"

#include <istream>

#include <fmt/format.h>

#include "backstride/error.hpp"
#include "backstride/render/wrap.hpp"

namespace backstride::cli {
namespace {

constexpr std::size_t k_answer_room = 14;  // columns kept free for a typed answer
constexpr std::string_view k_indent = "  ";

std::string trimmed(std::string_view text) {
  auto first = text.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) {
    return "";
  }
  return std::string(text.substr(first, text.find_last_not_of(" \t\r") - first + 1));
}

// The columns taken by the last line of `text`.
std::size_t last_line_width(std::string_view text) {
  auto newline = text.rfind('\n');
  return render::display_width(newline == std::string_view::npos ? text : text.substr(newline + 1));
}

}  // namespace

std::string LinePrompter::ask(std::string_view prompt, std::string_view command,
                              std::string_view question, std::string_view lost) {
  m_say << prompt << std::flush;
  std::string line;
  if (!std::getline(m_io.in, line)) {
    m_say << "\n";
    throw Error(ExitCode::no_input,
                fmt::format("{}: the answers ended before \"{}\"; {}", command, question, lost));
  }
  std::string answer = trimmed(line);
  if (!m_io.in_is_terminal) {
    echo(prompt, answer);
  }
  return answer;
}

void LinePrompter::echo(std::string_view prompt, std::string_view answer) {
  if (last_line_width(prompt) + render::display_width(answer) <= m_width) {
    m_say << answer << "\n";
  } else {
    m_say << "\n" << render::wrap(answer, m_width, "    ");
  }
}

std::string question_prompt(std::string_view text, std::size_t width, std::string_view end) {
  std::string wrapped = render::wrap(text, width, k_indent);
  wrapped.pop_back();
  std::size_t start = wrapped.rfind('\n') + 1;  // 0 when it is one line
  std::size_t space = wrapped.rfind(' ');
  bool crowded = last_line_width(wrapped) + end.size() + k_answer_room > width;
  if (crowded && space != std::string::npos && space >= start + k_indent.size()) {
    wrapped.replace(space, 1, std::string("\n").append(k_indent));
  }
  return wrapped + std::string(end);
}

}  // namespace backstride::cli
