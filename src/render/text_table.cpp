#include "backstride/render/text_table.hpp"

#include <algorithm>
#include <array>
#include <numeric>

namespace backstride::render {
namespace {

constexpr std::size_t k_min_wrapped_width = 10;

// The characters of one kind of border line: left, fill, join, right.
struct BorderChars {
  std::string_view left, fill, join, right;
};

struct BoxChars {
  BorderChars top, middle, bottom;
  std::string_view vertical;
};

constexpr BoxChars k_unicode_box{
    {"┌", "─", "┬", "┐"}, {"├", "─", "┼", "┤"}, {"└", "─", "┴", "┘"}, "│"};
constexpr BoxChars k_ascii_box{
    {"+", "-", "+", "+"}, {"+", "-", "+", "+"}, {"+", "-", "+", "+"}, "|"};

std::string border(const BorderChars& chars, const std::vector<std::size_t>& widths,
                   std::string_view indent) {
  std::string line(indent);
  line += chars.left;
  for (std::size_t i = 0; i < widths.size(); ++i) {
    for (std::size_t k = 0; k < widths[i] + 2; ++k) {
      line += chars.fill;
    }
    line += i + 1 < widths.size() ? chars.join : chars.right;
  }
  return line + "\n";
}

// `cell` wrapped to `width` columns, without the final newline.
std::string wrapped(std::string_view cell, std::size_t width) {
  std::string text = wrap(cell, width);
  text.pop_back();
  return text;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t end = text.find('\n'); end != std::string::npos; end = text.find('\n', start)) {
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  lines.push_back(text.substr(start));
  return lines;
}

std::string draw_row(const std::vector<std::string>& cells, const TextTable& table,
                     const std::vector<std::size_t>& widths, const BoxChars& box,
                     std::string_view indent) {
  std::vector<std::vector<std::string>> lines;
  std::size_t height = 1;
  for (std::size_t i = 0; i < widths.size(); ++i) {
    std::string cell = i < cells.size() ? cells[i] : "";
    lines.push_back(table.columns[i].wraps ? split_lines(wrapped(cell, widths[i]))
                                           : std::vector<std::string>{cell});
    height = std::max(height, lines.back().size());
  }
  std::string out;
  for (std::size_t row = 0; row < height; ++row) {
    out += std::string(indent) + std::string(box.vertical);
    for (std::size_t i = 0; i < widths.size(); ++i) {
      std::string text = row < lines[i].size() ? lines[i][row] : "";
      std::size_t used = display_width(text);
      out += " " + text + std::string(widths[i] > used ? widths[i] - used : 0, ' ') + " ";
      out += box.vertical;
    }
    out += "\n";
  }
  return out;
}

// The display width of the longest word of `text`.
std::size_t longest_word(std::string_view text) {
  std::size_t longest = 0;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = std::min(text.find(' ', start), text.size());
    longest = std::max(longest, display_width(text.substr(start, end - start)));
    start = end + 1;
  }
  return longest;
}

// The table for a screen too narrow for its boxes: each row (the titles first) on lines
// of its own, its cells two spaces apart, later lines four columns further in.
std::string stacked(const TextTable& table, std::size_t width, std::string_view indent) {
  auto row_text = [](const std::vector<std::string>& cells) {
    std::string text;
    for (const auto& cell : cells) {
      text.append(text.empty() ? "" : "  ").append(cell);
    }
    return text;
  };
  std::size_t hang = display_width(indent) + 4;
  std::string out;
  if (table.header) {
    std::vector<std::string> titles;
    for (const auto& column : table.columns) {
      titles.push_back(column.title);
    }
    out += wrap(row_text(titles), width, indent, hang);
  }
  for (const auto& row : table.rows) {
    out += wrap(row_text(row), width, indent, hang);
  }
  return out;
}

}  // namespace

std::string draw_table(const TextTable& table, bool unicode, std::size_t width,
                       std::string_view indent) {
  const BoxChars& box = unicode ? k_unicode_box : k_ascii_box;
  std::vector<std::size_t> widths;
  std::vector<std::size_t> narrowest;  // a wrapping column keeps its longest word whole
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    std::size_t most = table.header ? display_width(table.columns[i].title) : 0;
    std::size_t word = std::max(k_min_wrapped_width, longest_word(table.columns[i].title));
    for (const auto& row : table.rows) {
      most = std::max(most, i < row.size() ? display_width(row[i]) : 0);
      word = std::max(word, i < row.size() ? longest_word(row[i]) : 0);
    }
    widths.push_back(std::max<std::size_t>(most, 1));
    narrowest.push_back(word);
  }
  std::size_t total = indent.size() + 1 +
                      std::accumulate(widths.begin(), widths.end(), std::size_t{0},
                                      [](std::size_t sum, std::size_t w) { return sum + w + 3; });
  std::size_t excess = total > width ? total - width : 0;
  while (excess > 0) {
    std::size_t widest = widths.size();
    for (std::size_t i = 0; i < widths.size(); ++i) {
      if (table.columns[i].wraps && widths[i] > narrowest[i] &&
          (widest == widths.size() || widths[i] > widths[widest])) {
        widest = i;
      }
    }
    if (widest == widths.size()) {
      return stacked(table, width, indent);  // nothing left to narrow: too wide for boxes
    }
    --widths[widest];
    --excess;
  }
  std::string out = border(box.top, widths, indent);
  if (table.header) {
    std::vector<std::string> titles;
    for (const auto& column : table.columns) {
      titles.push_back(column.title);
    }
    out += draw_row(titles, table, widths, box, indent) + border(box.middle, widths, indent);
  }
  for (const auto& row : table.rows) {
    out += draw_row(row, table, widths, box, indent);
  }
  return out + border(box.bottom, widths, indent);
}

}  // namespace backstride::render
