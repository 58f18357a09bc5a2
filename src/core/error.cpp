#include "backstride/error.hpp"

#include "backstride/text_util.hpp"

namespace backstride {

Error::Error(ExitCode code, const std::string& message)
    : std::runtime_error(terminal_safe(message)), m_code(code) {}

namespace {

std::string safe_lines(const std::vector<std::string>& lines) {
  std::string joined;
  for (const auto& line : lines) {
    joined.append(joined.empty() ? "" : "\n").append(terminal_safe(line));
  }
  return joined;
}

}  // namespace

Error::Error(ExitCode code, const std::vector<std::string>& lines)
    : std::runtime_error(safe_lines(lines)), m_code(code) {}

std::string located(std::string_view source, std::string_view pointer, std::string_view problem) {
  std::string message;
  for (std::string_view part : {source, pointer}) {
    if (!part.empty()) {
      message.append(part);
      message.append(": ");
    }
  }
  message.append(problem);
  return message;
}

void throw_data_error(std::string_view source, std::string_view pointer, std::string_view problem) {
  throw Error(ExitCode::data_error, located(source, pointer, problem));
}

}  // namespace backstride
