#pragma once

#include <chrono>
#include <ostream>

#include "backstride/render/handout.hpp"

namespace backstride::render {

// What a PDF handout needs besides its content.
struct PdfOptions {
  Paper paper = Paper::a4;
  std::chrono::sys_seconds created{};  // written as the creation date: same input, same bytes
};

// Writes the handout as a paged PDF (cairo + pango, DejaVu Sans embedded as subsets; fontconfig falls back
// to other installed fonts, e.g. WenQuanYi for CJK),
// with page numbers. Throws Error(software) if cairo fails.
void write_handout_pdf(const Handout& handout, const PdfOptions& options, std::ostream& out);

}  // namespace backstride::render
