#pragma once

#include <cstddef>
#include <ostream>

#include "backstride/render/pdf.hpp"

// The boundary between the program and its PDF module (backstride-pdf.so), which alone
// links cairo and pango: two C functions, found with dlsym. Exceptions never cross it.
namespace backstride::render {

// The module's file name, beside the program in the build tree.
inline constexpr const char* k_pdf_module_file = "backstride-pdf.so";

// Symbol of `const char* f()`: the version the module was built as (PROJECT_VERSION).
inline constexpr const char* k_pdf_module_version_symbol = "backstride_pdf_version";

// Symbol of PdfModuleWrite.
inline constexpr const char* k_pdf_module_write_symbol = "backstride_pdf_write";

// Writes the handout; returns 0, or an exit code with a message copied into `message`.
using PdfModuleWrite = int (*)(const Handout* handout, const PdfOptions* options, std::ostream* out,
                               char* message, std::size_t message_size);

}  // namespace backstride::render
