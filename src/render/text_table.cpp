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

// The code point starting at `text[i]` and its length in bytes (invalid bytes count as one).
std::pair<char32_t, std::size_t> decode(std::string_view text, std::size_t i) {
  auto lead = static_cast<unsigned char>(text[i]);
  std::size_t length = lead < 0x80         ? 1
                       : lead >> 5 == 0x6  ? 2
                       : lead >> 4 == 0xe  ? 3
                       : lead >> 3 == 0x1e ? 4
                                           : 1;
  if (i + length > text.size()) {
    return {lead, 1};
  }
  char32_t code = length == 1 ? lead : lead & (0x7f >> length);
  for (std::size_t k = 1; k < length; ++k) {
    code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3f);
  }
  return {code, length};
}

bool is_wide(char32_t c) {
  return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf && c != 0x303f) ||
         (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
         (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
         (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1faff) ||
         (c >= 0x20000 && c <= 0x3fffd);
}

// Cuts a word too long for a line into pieces of at most `width` columns.
std::vector<std::string> cut_word(std::string_view word, std::size_t width) {
  std::vector<std::string> pieces(1);
  std::size_t used = 0;
  for (std::size_t i = 0; i < word.size();) {
    auto [code, length] = decode(word, i);
    std::size_t columns = is_wide(code) ? 2 : 1;
    if (used + columns > width && used > 0) {
      pieces.emplace_back();
      used = 0;
    }
    pieces.back().append(word.substr(i, length));
    used += columns;
    i += length;
  }
  return pieces;
}

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
    lines.push_back(table.columns[i].wraps ? split_lines(wrap_cell(cell, widths[i]))
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

}  // namespace

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '\x1b' && i + 1 < text.size() && text[i + 1] == '[') {
      i += 2;
      while (i < text.size() && (text[i] < 0x40 || text[i] > 0x7e)) {
        ++i;
      }
      ++i;
      continue;
    }
    auto [code, length] = decode(text, i);
    bool combining = code >= 0x300 && code <= 0x36f;
    width += combining ? 0U : is_wide(code) ? 2U : 1U;
    i += length;
  }
  return width;
}

std::string wrap_cell(std::string_view text, std::size_t width) {
  std::string out;
  std::size_t line = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t space = std::min(text.find(' ', start), text.size());
    std::string_view word = text.substr(start, space - start);
    start = space + 1;
    if (word.empty()) {
      continue;
    }
    for (const auto& piece : cut_word(word, width)) {
      std::size_t columns = display_width(piece);
      if (line > 0 && line + 1 + columns > width) {
        out += "\n";
        line = 0;
      } else if (line > 0) {
        out += ' ';
        ++line;
      }
      out += piece;
      line += columns;
    }
  }
  return out;
}

std::string draw_table(const TextTable& table, bool unicode, std::size_t width,
                       std::string_view indent) {
  const BoxChars& box = unicode ? k_unicode_box : k_ascii_box;
  std::vector<std::size_t> widths;
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    std::size_t most = table.header ? display_width(table.columns[i].title) : 0;
    for (const auto& row : table.rows) {
      most = std::max(most, i < row.size() ? display_width(row[i]) : 0);
    }
    widths.push_back(std::max<std::size_t>(most, 1));
  }
  std::size_t total = indent.size() + 1 +
                      std::accumulate(widths.begin(), widths.end(), std::size_t{0},
                                      [](std::size_t sum, std::size_t w) { return sum + w + 3; });
  std::size_t excess = total > width ? total - width : 0;
  while (excess > 0) {
    std::size_t widest = widths.size();
    for (std::size_t i = 0; i < widths.size(); ++i) {
      if (table.columns[i].wraps && widths[i] > k_min_wrapped_width &&
          (widest == widths.size() || widths[i] > widths[widest])) {
        widest = i;
      }
    }
    if (widest == widths.size()) {
      break;  // nothing left to narrow: the table is wider than the screen
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
