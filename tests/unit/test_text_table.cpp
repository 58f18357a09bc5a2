#include <catch2/catch.hpp>

#include "backstride/render/text_table.hpp"

using namespace backstride::render;

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
  // Too narrow for boxes even with the wrapping columns narrowed: rows as wrapped text.
  TextTable fixed{{{"A"}, {"B", true}}, {{"0123456789", "one two three four"}}};
  CHECK(draw_table(fixed, false, 24) ==
        "  A  B\n"
        "  0123456789  one two\n"
        "      three four\n");
}
