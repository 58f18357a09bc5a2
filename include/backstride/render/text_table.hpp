#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace backstride::render {

// One column of a text table.
struct TextColumn {
  std::string title;
  bool wraps = false;  // may be narrowed (its text wrapped) to fit the width
};

// A table for the terminal: rows of cells (UTF-8, may hold ANSI colour codes).
struct TextTable {
  std::vector<TextColumn> columns;
  std::vector<std::vector<std::string>> rows;
  bool header = true;  // draw the column titles as a first row
};

// Draws the table with box-drawing characters (or +, - and | when `unicode` is
// false), each line starting with `indent`, within `width` columns when the
// wrapping columns can shrink that far (never below 10 columns each).
std::string draw_table(const TextTable& table, bool unicode, std::size_t width,
                       std::string_view indent = "  ");

// The columns a UTF-8 string takes on a terminal: ANSI escape sequences take none,
// East Asian wide characters two, everything else one.
std::size_t display_width(std::string_view text);

// Wraps words into lines of at most `width` display columns; a word longer than a
// line is cut. Lines are joined with "\n", without a final newline.
std::string wrap_cell(std::string_view text, std::size_t width);

}  // namespace backstride::render
