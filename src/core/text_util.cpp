#include "backstride/text_util.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include <fmt/format.h>

namespace backstride {
std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
  auto byte = static_cast<unsigned char>(text[i]);
  std::size_t length = byte < 0x80           ? 1
                       : (byte >> 5) == 0x6  ? 2
                       : (byte >> 4) == 0xE  ? 3
                       : (byte >> 3) == 0x1E ? 4
                                             : 0;
  if (length == 0 || i + length > text.size()) {
    return 0;
  }
  for (std::size_t k = 1; k < length; ++k) {
    if ((static_cast<unsigned char>(text[i + k]) >> 6) != 0x2) {
      return 0;
    }
  }
  return length;
}

namespace {

// The code point of the valid sequence of `length` bytes at text[i].
char32_t decode(std::string_view text, std::size_t i, std::size_t length) {
  static constexpr std::array<unsigned, 5> k_lead_mask = {0, 0x7F, 0x1F, 0x0F, 0x07};
  char32_t code = static_cast<unsigned char>(text[i]) & k_lead_mask[length];
  for (std::size_t k = 1; k < length; ++k) {
    code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3FU);
  }
  return code;
}

}  // namespace

bool is_terminal_control(char32_t code) {
  return code < 0x20 || (code >= 0x7F && code <= 0x9F) || (code >= 0x202A && code <= 0x202E) ||
         (code >= 0x2066 && code <= 0x2069);
}

std::string terminal_safe(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = utf8_sequence_length(text, i);
    char32_t code = length == 0 ? 0 : decode(text, i, length);
    if (length == 0) {
      out += fmt::format("\\x{:02X}", static_cast<unsigned char>(text[i]));
    } else if (is_terminal_control(code) && code != '\t') {
      out += code < 0x100 ? fmt::format("\\x{:02X}", static_cast<unsigned>(code))
                          : fmt::format("\\u{:04X}", static_cast<unsigned>(code));
    } else {
      out.append(text.substr(i, length));
    }
    i += length == 0 ? 1 : length;
  }
  return out;
}

std::string printable(std::string_view text, std::size_t limit) {
  std::string out;
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (count == limit) {
      out += "...";
      break;
    }
    std::size_t length = utf8_sequence_length(text, i);
    if (length == 0 || is_terminal_control(decode(text, i, length))) {
      out += '?';
      i += length == 0 ? 1 : length;
    } else {
      out.append(text.substr(i, length));
      i += length;
    }
    ++count;
  }
  return out;
}

std::optional<char32_t> find_control_character(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) {  // (invalid UTF-8 is refused by the JSON parser before this)
      ++i;
      continue;
    }
    char32_t code = decode(text, i, length);
    if (is_terminal_control(code) && code != '\t' && code != '\n' && code != '\r') {
      return code;
    }
    i += length;
  }
  return std::nullopt;
}

std::size_t utf8_length(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++count) {
    std::size_t length = utf8_sequence_length(text, i);
    i += length == 0 ? 1 : length;
  }
  return count;
}

std::string loose_spelling(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '-' || c == '_') {
      if (!out.empty() && out.back() != '_') {
        out += '_';
      }
    } else {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  while (!out.empty() && out.back() == '_') {
    out.pop_back();
  }
  return out;
}

std::vector<std::string_view> text_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = std::min(text.find('\n', start), text.size());
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

}  // namespace backstride
