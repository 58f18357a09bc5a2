#pragma once

#include <cstddef>
#include <ostream>

namespace backstride::render {

// Writes every rule as text (`backstride rules`): its id, when, then, basis and source,
// wrapped to `width` columns.
void write_rules_text(std::size_t width, std::ostream& out);

// Writes every rule as JSON ("format": "backstride.rules/1"), two-space indented.
void write_rules_json(std::ostream& out);

}  // namespace backstride::render
