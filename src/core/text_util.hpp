#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace backstride {

// Makes text safe for a one-line message: control characters and invalid UTF-8
// become "?", and anything past `limit` characters is cut with "...".
std::string printable(std::string_view text, std::size_t limit = 80);

// Length of the valid UTF-8 sequence starting at text[at], or 0 if invalid.
std::size_t utf8_sequence_length(std::string_view text, std::size_t at);

// Number of UTF-8 code points (invalid bytes count one each).
std::size_t utf8_length(std::string_view text);

// The first control character in UTF-8 text other than tab, CR and LF (C0, DEL, C1),
// as a code point; nullopt when there is none.
std::optional<char32_t> find_control_character(std::string_view text);

}  // namespace backstride
