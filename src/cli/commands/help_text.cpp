#include "commands/help_text.hpp"

#include <algorithm>
#include <vector>

#include "backstride/render/wrap.hpp"

namespace backstride::cli {
namespace {

// One line of help refitted: "  --name TYPE   description" keeps its description under
// itself (also on the line after a long label); any other indented line (an example)
// hangs two columns further in.
std::string fit_line(std::string_view line, std::size_t width, std::size_t column) {
  if (render::display_width(line) <= width) {
    return std::string(line) + "\n";
  }
  bool labelled = line.size() > column && line.starts_with("  ") && line[column - 1] == ' ' &&
                  line[column] != ' ' &&
                  line.substr(0, column).find_first_not_of(' ') != std::string_view::npos;
  if (labelled) {
    return render::wrap(line.substr(column), width, line.substr(0, column));
  }
  std::size_t indent = std::min(line.find_first_not_of(' '), line.size());
  bool description = indent >= column;  // a description under a label too long for its line
  return render::wrap(line.substr(indent), width, line.substr(0, indent),
                      indent == 0 || description ? indent : indent + 2);
}

// True when `line` is prose that `next` continues: both start at the margin, `line` is
// long (broken for its length, not for its sense) and ends no sentence, heading or
// description, and `next` is not CLI11's usage line.
bool continues(std::string_view line, std::string_view next) {
  constexpr std::size_t k_broken_for_length = 60;
  return !line.empty() && !next.empty() && line[0] != ' ' && next[0] != ' ' &&
         render::display_width(line) >= k_broken_for_length && !line.ends_with('.') &&
         !line.ends_with(':') && !line.ends_with(')') && !next.starts_with("Usage:");
}

}  // namespace

std::size_t help_column(std::size_t width) {
  constexpr std::size_t k_wide = 30;                              // CLI11's own
  return std::clamp<std::size_t>(width * 3 / 8 + 1, 16, k_wide);  // 79 columns: 30
}

std::string fit_help(std::string_view help, std::size_t width, std::size_t column) {
  std::vector<std::string_view> lines;
  while (!help.empty()) {
    std::size_t end = std::min(help.find('\n'), help.size());
    lines.push_back(help.substr(0, end));
    help.remove_prefix(std::min(end + 1, help.size()));
  }
  std::string out;
  for (std::size_t i = 0; i < lines.size();) {
    // A paragraph broken over lines (a description, a footer) is wrapped anew as a
    // whole when one of its lines is too long, so that it does not come out ragged.
    std::size_t end = i + 1;
    bool fits = render::display_width(lines[i]) <= width;
    for (; end < lines.size() && continues(lines[end - 1], lines[end]); ++end) {
      fits = fits && render::display_width(lines[end]) <= width;
    }
    if (end - i > 1 && !fits) {
      std::string joined(lines[i]);
      for (std::size_t k = i + 1; k < end; ++k) {
        joined += " " + std::string(lines[k]);
      }
      out += render::wrap(joined, width);
    } else {
      for (std::size_t k = i; k < end; ++k) {
        out += fit_line(lines[k], width, column);
      }
    }
    i = end;
  }
  return out;
}

}  // namespace backstride::cli
