#include "io/pdf_module.hpp"

#include <array>

#include "backstride/error.hpp"
#include "backstride/render/pdf_module.hpp"
#include "io/module_loader.hpp"

namespace backstride::cli {

render::PdfWriter pdf_module_writer() {
  static const auto write = reinterpret_cast<render::PdfModuleWrite>(
      load_module({render::k_pdf_module_file, render::k_pdf_module_version_symbol,
                   render::k_pdf_module_write_symbol, "-f pdf", "PDF"}));
  return [](const render::Handout& handout, const render::PdfOptions& options, std::ostream& out) {
    std::array<char, 1024> message{};
    int code = write(&handout, &options, &out, message.data(), message.size());
    if (code != 0) {
      throw Error(static_cast<ExitCode>(code), message.data());
    }
  };
}

}  // namespace backstride::cli
