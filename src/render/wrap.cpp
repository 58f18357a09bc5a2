#include "backstride/render/wrap.hpp"

#include <algorithm>
#include <utility>
#include <vector>

namespace backstride::render {
namespace {

// Later lines keep at least this many columns (or half the width) for their text,
// however deep the hang.
constexpr std::size_t k_min_room = 20;

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

// One unit of text that is never cut: an ANSI escape sequence or a code point, with the
// bytes it takes at `text[i]` and the columns it shows as.
std::pair<std::size_t, std::size_t> next_unit(std::string_view text, std::size_t i) {
  if (text[i] == '\x1b' && i + 1 < text.size() && text[i + 1] == '[') {
    std::size_t end = i + 2;
    while (end < text.size() && (text[end] < 0x40 || text[end] > 0x7e)) {
      ++end;
    }
    return {std::min(end + 1, text.size()) - i, 0};
  }
  auto [code, length] = decode(text, i);
  bool combining = code >= 0x300 && code <= 0x36f;
  return {length, combining ? 0U : is_wide(code) ? 2U : 1U};
}

// Builds the lines: words go on the current line while they fit, else on the next one.
class Wrapper {
 public:
  Wrapper(std::size_t width, std::string_view label, std::size_t hang)
      : m_width(width), m_hang(hang), m_out(label), m_column(display_width(label)) {}

  // Ends the current line; the next starts with the hang (written with its first word).
  void new_line() {
    end_line();
    m_out += '\n';
    m_column = 0;
    m_words = 0;
    m_indent_due = true;
  }

  // Puts `word` after `gap` (the spaces before it), breaking the line or the word as needed.
  void add(std::string_view gap, std::string_view word) {
    std::size_t columns = display_width(word);
    std::size_t start = m_indent_due ? m_hang : m_column;
    if (start + gap.size() + columns <= m_width) {
      place(gap, word, columns, m_hang);
    } else if (m_words > 0) {
      new_line();
      add("", word);
    } else if (columns > m_width) {
      cut(gap, word);  // wider than any line: cut, starting where it is
    } else {
      if (!m_indent_due && m_column > 0) {
        new_line();  // after a label it cannot share a line with
      }
      // On a line of its own, further out than the hang if it must be, to stay whole.
      place("", word, columns, std::min(m_hang, m_width - columns));
    }
  }

  std::string finish() {
    end_line();
    return std::move(m_out) + "\n";
  }

 private:
  // A label left without words keeps no trailing spaces.
  void end_line() {
    while (m_words == 0 && !m_indent_due && !m_out.empty() && m_out.back() == ' ') {
      m_out.pop_back();
    }
  }

  void place(std::string_view gap, std::string_view word, std::size_t columns, std::size_t indent) {
    if (m_indent_due) {
      m_out.append(indent, ' ');
      m_column = indent;
      m_indent_due = false;
    }
    m_out += gap;
    m_out += word;
    m_column += gap.size() + columns;
    ++m_words;
  }

  // A word wider than a whole line: as much as fits on each line (later pieces at the
  // hang), never inside a character or an escape sequence.
  void cut(std::string_view gap, std::string_view word) {
    for (;;) {
      std::size_t start = (m_indent_due ? m_hang : m_column) + gap.size();
      std::size_t room = std::max<std::size_t>(m_width - std::min(m_width, start), 1);
      std::size_t used = 0;
      std::size_t i = 0;
      while (i < word.size()) {
        auto [bytes, columns] = next_unit(word, i);
        if (used + columns > room && used > 0) {
          break;
        }
        used += columns;
        i += bytes;
      }
      place(gap, word.substr(0, i), used, m_hang);
      word.remove_prefix(i);
      if (word.empty()) {
        return;
      }
      new_line();
      gap = "";
    }
  }

  std::size_t m_width;
  std::size_t m_hang;
  std::string m_out;
  std::size_t m_column;
  std::size_t m_words = 0;
  bool m_indent_due = false;
};

}  // namespace

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    auto [bytes, columns] = next_unit(text, i);
    width += columns;
    i += bytes;
  }
  return width;
}

std::string wrap(std::string_view text, std::size_t width, std::string_view label,
                 std::optional<std::size_t> hang) {
  width = std::max<std::size_t>(width, 1);
  std::size_t indent =
      std::min(hang.value_or(display_width(label)), width - std::min(k_min_room, width / 2));
  Wrapper wrapper(width, label, indent);
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t word_start = text.find_first_not_of(' ', i);
    if (word_start == std::string_view::npos) {
      break;
    }
    std::string_view gap = text.substr(i, word_start - i);
    if (text[word_start] == '\n') {
      wrapper.new_line();
      i = word_start + 1;
      continue;
    }
    std::size_t word_end = std::min(text.find_first_of(" \n", word_start), text.size());
    wrapper.add(gap, text.substr(word_start, word_end - word_start));
    i = word_end;
  }
  return wrapper.finish();
}

}  // namespace backstride::render
