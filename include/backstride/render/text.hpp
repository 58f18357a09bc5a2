#pragma once

#include <ostream>
#include <span>

#include "backstride/plan.hpp"
#include "backstride/program.hpp"
#include "backstride/render/wrap.hpp"

namespace backstride::render {

// How text output may decorate itself.
struct TextStyle {
  bool color = false;      // ANSI colours (only when writing to a terminal)
  bool unicode = false;    // box-drawing and block characters (a UTF-8 locale)
  std::size_t width = 79;  // columns to fill: one less than the terminal's, else 79
};

// Writes the plan as a readable terminal table with a weekly jog-minutes chart.
void write_plan_text(const Plan& plan, const TextStyle& style, std::ostream& out);

// Writes the warning signs (SAFETY-SIGNS) under a heading, wrapped to the width.
void write_safety_signs(const SafetySigns& signs, const TextStyle& style, std::ostream& out);

// Writes the list of programs and their stages, wrapped to `width` columns.
void write_programs_text(std::span<const Program> programs, std::size_t width, std::ostream& out);

}  // namespace backstride::render
