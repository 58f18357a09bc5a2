#pragma once

#include <cstddef>
#include <ostream>

#include "backstride/assessment.hpp"
#include "backstride/profile.hpp"

namespace backstride::render {

// Writes `backstride check` as text: the screening status, each finding with its rule
// (and who lifted it, or what to do), and the safety note, wrapped to `width` columns.
void write_check_text(const Profile& profile, const Screening& screening, std::size_t width,
                      std::ostream& out);

// Writes `backstride check` as JSON ("format": "backstride.check/1"): the exit code and
// the screening with its findings, two-space indented.
void write_check_json(const Profile& profile, const Screening& screening, std::ostream& out);

}  // namespace backstride::render
