#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace backstride {

// Makes text safe for a one-line message: control and bidi characters and invalid UTF-8
// become "?", and anything past `limit` characters is cut with "...".
std::string printable(std::string_view text, std::size_t limit = 80);

// Length of the valid UTF-8 sequence starting at text[at], or 0 if invalid.
std::size_t utf8_sequence_length(std::string_view text, std::size_t at);

// Number of UTF-8 code points (invalid bytes count one each).
std::size_t utf8_length(std::string_view text);

// True for what must never reach a terminal raw: C0 and C1 controls, DEL, and the bidi
// controls U+202A-U+202E and U+2066-U+2069.
bool is_terminal_control(char32_t code);

// The first such character in UTF-8 text other than tab, CR and LF, as a code point;
// nullopt when there is none.
std::optional<char32_t> find_control_character(std::string_view text);

// `text` in lower case with each run of spaces, tabs, hyphens or underscores as one
// underscore, none at either end: "Sharp pain" and "new-York" meet "sharp_pain" and
// "new_york".
std::string loose_spelling(std::string_view text);

// The lines of `text` (split at '\n'; one empty line for empty text).
std::vector<std::string_view> text_lines(std::string_view text);

}  // namespace backstride
