// The PDF module's two entry points (render/pdf_module.hpp): the only symbols it exports.
#include <cstdio>
#include <exception>
#include <type_traits>

#include "backstride/error.hpp"
#include "backstride/render/pdf_module.hpp"
#include "backstride/version.hpp"

namespace {

int failed(int code, const char* what, char* message, std::size_t message_size) {
  std::snprintf(message, message_size, "%s", what);
  return code;
}

}  // namespace

extern "C" __attribute__((visibility("default"))) const char* backstride_pdf_version() {
  return backstride::k_version;
}

extern "C" __attribute__((visibility("default"))) int backstride_pdf_write(
    const backstride::render::Handout* handout, const backstride::render::PdfOptions* options,
    std::ostream* out, char* message, std::size_t message_size) {
  try {
    backstride::render::write_handout_pdf(*handout, *options, *out);
    return 0;
  } catch (const backstride::Error& error) {
    return failed(static_cast<int>(error.code()), error.what(), message, message_size);
  } catch (const std::exception& error) {
    return failed(static_cast<int>(backstride::ExitCode::software), error.what(), message,
                  message_size);
  }
}

static_assert(std::is_same_v<decltype(&backstride_pdf_write), backstride::render::PdfModuleWrite>,
              "the module's write function has the signature the program calls");
