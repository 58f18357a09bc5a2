#pragma once

#include <chrono>
#include <functional>
#include <ostream>

#include "backstride/render/handout.hpp"

namespace backstride::render {

// What a PDF handout needs besides its content.
struct PdfOptions {
  Paper paper = Paper::a4;
  std::chrono::sys_seconds created{};  // written as the creation date: same input, same bytes
};

// Writes a PDF handout: write_handout_pdf itself, or the CLI's call into the PDF module.
using PdfWriter = std::function<void(const Handout&, const PdfOptions&, std::ostream&)>;

// Writes the handout as a paged PDF with page numbers (cairo + pango; DejaVu Sans embedded
// as subsets, other installed fonts such as WenQuanYi for CJK as fontconfig falls back).
// Throws Error(software) if cairo fails. Defined in backstride_pdf (the only target that
// links cairo and pango), which the program loads as a module when a PDF is asked for.
void write_handout_pdf(const Handout& handout, const PdfOptions& options, std::ostream& out);

}  // namespace backstride::render
