#pragma once

#include "backstride/render/pdf.hpp"

namespace backstride::cli {

// The PDF writer of the module backstride-pdf.so, loaded on first use from beside the
// program (build tree) or from its installed folder. Throws Error(software) naming the
// places looked in when the module is missing, will not load, or is of another version.
render::PdfWriter pdf_module_writer();

}  // namespace backstride::cli
