#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace backstride::render {

// The columns a UTF-8 string takes on a terminal: ANSI escape sequences take none,
// combining accents none, East Asian wide characters two, everything else one.
std::size_t display_width(std::string_view text);

// The one text wrapper of every command: `label` then `text` in lines of at most `width`
// display columns, broken only at spaces; later lines start with `hang` spaces (by default
// as many as `label` is wide, so they line up under the text after "Note: " or "  - ").
// A word too long to follow the hang starts further out; only a word wider than the
// whole width is cut. A newline in `text` starts a new line (indented the same); runs of
// spaces inside a line are kept. Every line ends with "\n".
std::string wrap(std::string_view text, std::size_t width, std::string_view label = {},
                 std::optional<std::size_t> hang = std::nullopt);

}  // namespace backstride::render
