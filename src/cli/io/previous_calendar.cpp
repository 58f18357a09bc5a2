#include "io/previous_calendar.hpp"

#include <filesystem>

#include "io/files.hpp"

namespace backstride::cli {

std::vector<render::PreviousEvent> read_previous_calendar(const std::string& path, Io& io) {
  Input input = read_input(path, io, k_max_calendar_bytes);
  return render::parse_previous_ics(input.text, input.name);
}

bool replaces_regular_file(const std::string& path, bool replace) {
  std::error_code ec;
  return replace && !path.empty() && path != "-" && std::filesystem::is_regular_file(path, ec);
}

}  // namespace backstride::cli
