#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "backstride/render/wrap.hpp"

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
// false), each line starting with `indent`, within `width` columns by narrowing the
// wrapping columns (never below 10 columns, nor below their longest word); when even
// that is too wide, each row is written as wrapped text instead, cells two spaces apart.
std::string draw_table(const TextTable& table, bool unicode, std::size_t width,
                       std::string_view indent = "  ");

}  // namespace backstride::render
