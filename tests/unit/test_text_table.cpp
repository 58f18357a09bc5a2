#include <catch2/catch.hpp>

#include "backstride/render/text_table.hpp"

using namespace backstride::render;

TEST_CASE("display width skips colour codes and counts wide characters twice") {
  CHECK(display_width("GREEN") == 5);
  CHECK(display_width("\x1b[32mGREEN\x1b[0m") == 5);
  CHECK(display_width("山田 太郎") == 9);
  CHECK(display_width("Zoë") == 3);
  CHECK(display_width("e\xcc\x81") == 1);  // e + combining acute accent
  CHECK(display_width("\xff") == 1);       // an invalid byte still takes a column
}

TEST_CASE("cells wrap at spaces and cut words longer than the column") {
  CHECK(wrap_cell("one two three", 7) == "one two\nthree");
  CHECK(wrap_cell("abcdefghij", 4) == "abcd\nefgh\nij");
  CHECK(wrap_cell("山田太郎", 5) == "山田\n太郎");
  CHECK(wrap_cell("  spaced   out ", 20) == "spaced out");
}

TEST_CASE("tables draw with boxes or ASCII and shrink wrapping columns to the width") {
  TextTable table{{{"Id"}, {"What", true}},
                  {{"S01-1", "warm-up 5:00 | 6 x (jog 1:00, walk 1:30) | cool-down 5:00"}}};
  CHECK(draw_table(table, false, 200) ==
        "  +-------+-----------------------------------------------------------+\n"
        "  | Id    | What                                                      |\n"
        "  +-------+-----------------------------------------------------------+\n"
        "  | S01-1 | warm-up 5:00 | 6 x (jog 1:00, walk 1:30) | cool-down 5:00 |\n"
        "  +-------+-----------------------------------------------------------+\n");
  CHECK(draw_table(table, true, 40) ==
        "  ┌───────┬────────────────────────────┐\n"
        "  │ Id    │ What                       │\n"
        "  ├───────┼────────────────────────────┤\n"
        "  │ S01-1 │ warm-up 5:00 | 6 x (jog    │\n"
        "  │       │ 1:00, walk 1:30) |         │\n"
        "  │       │ cool-down 5:00             │\n"
        "  └───────┴────────────────────────────┘\n");
  // Columns that may not wrap stay whole even when the screen is too narrow.
  TextTable fixed{{{"A"}, {"B"}}, {{"0123456789", "0123456789"}}, false};
  CHECK(draw_table(fixed, false, 10, "") ==
        "+------------+------------+\n"
        "| 0123456789 | 0123456789 |\n"
        "+------------+------------+\n");
}
