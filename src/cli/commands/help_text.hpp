#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace backstride::cli {

// The column CLI11 starts option and command descriptions at for a screen of `width`
// columns: 30 on a wide screen, less on a narrow one, so descriptions keep some room.
std::size_t help_column(std::size_t width);

// CLI11's help text `help` (descriptions from `column` on) refitted to `width` columns:
// a line too long is wrapped, an option's description under itself, a paragraph of
// prose as a whole, an example two columns further in. What fits stays as it is.
std::string fit_help(std::string_view help, std::size_t width, std::size_t column);

}  // namespace backstride::cli
