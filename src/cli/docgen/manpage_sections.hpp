#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "backstride/cli/manpage.hpp"

namespace backstride::cli {

// Writes text as filled roff lines; its own line breaks separate nothing, blank lines
// start a new paragraph.
void write_filled(std::string_view text, std::ostream& out);

// `text` with a full stop added when it ends without one.
std::string sentence(std::string_view text);

// `text` in capitals (ASCII).
std::string upper(std::string_view text);

// The paragraphs of DESCRIPTION after the program's own description.
void write_description_notes(const std::string& name, std::ostream& out);

// EXIT STATUS, ENVIRONMENT, FILES, EXAMPLES and SEE ALSO.
void write_fixed_sections(const std::string& name, const ManPageInfo& info, std::ostream& out);

}  // namespace backstride::cli
