#include "tty/prompt.hpp"

#include <istream>

#include <fmt/format.h>

#include "backstride/error.hpp"
#include "backstride/render/wrap.hpp"

namespace backstride::cli {
namespace {

std::string trimmed(std::string_view text) {
  auto first = text.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) {
    return "";
  }
  return std::string(text.substr(first, text.find_last_not_of(" \t\r") - first + 1));
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
    m_say << answer << "\n";
  }
  return answer;
}

std::string indented(std::string_view text, std::size_t width) {
  std::string wrapped = render::wrap(text, width, "  ");
  wrapped.pop_back();
  return wrapped;
}

}  // namespace backstride::cli
