#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "backstride/render/handout.hpp"

namespace backstride::render {

// Writes the handout as one self-contained HTML file: inline CSS (print layout for
// the given paper size), inline SVG charts, no scripts and no external resources.
void write_handout_html(const Handout& handout, Paper paper, std::ostream& out);

// Writes the clinic's block (logo, name, address and phone) as one <div class="clinic">.
void write_clinic(const Clinic& clinic, std::ostream& out);

// Escapes text for HTML content and attribute values (& < > " ').
std::string html_escape(std::string_view text);

}  // namespace backstride::render
