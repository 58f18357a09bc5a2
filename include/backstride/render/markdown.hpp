#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "backstride/render/handout.hpp"

namespace backstride::render {

// Writes the handout as CommonMark with GitHub-style tables and task lists.
void write_handout_markdown(const Handout& handout, std::ostream& out);

// Escapes text so Markdown shows it literally (no markup, links or HTML), on one line.
std::string markdown_escape(std::string_view text);

}  // namespace backstride::render
