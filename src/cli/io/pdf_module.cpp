#include "io/pdf_module.hpp"

#include <dlfcn.h>

#include <array>
#include <filesystem>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "backstride/error.hpp"
#include "backstride/render/pdf_module.hpp"
#include "backstride/version.hpp"

namespace backstride::cli {
namespace {

namespace fs = std::filesystem;

// Where the module may be: beside the program, then the installed folder relative to it.
std::vector<fs::path> module_candidates() {
  std::error_code failed;
  fs::path program = fs::read_symlink("/proc/self/exe", failed);
  fs::path folder = failed ? fs::path(".") : program.parent_path();
  return {
      folder / render::k_pdf_module_file,
      (folder / BACKSTRIDE_PDF_MODULE_FROM_BINDIR / render::k_pdf_module_file).lexically_normal()};
}

[[noreturn]] void unavailable(const std::string& why) {
  throw Error(
      ExitCode::software,
      fmt::format("-f pdf: {}; reinstall backstride (the other formats work without it)", why));
}

// Loads the module once; the handle stays open for the life of the process.
render::PdfModuleWrite load_module() {
  std::vector<std::string> tried;
  for (const auto& candidate : module_candidates()) {
    std::error_code failed;
    if (!fs::exists(candidate, failed)) {
      tried.push_back(candidate.string());
      continue;
    }
    void* handle = dlopen(candidate.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
      unavailable(
          fmt::format("the PDF module {} will not load: {}", candidate.string(), dlerror()));
    }
    auto* version =
        reinterpret_cast<const char* (*)()>(dlsym(handle, render::k_pdf_module_version_symbol));
    auto* write =
        reinterpret_cast<render::PdfModuleWrite>(dlsym(handle, render::k_pdf_module_write_symbol));
    if (version == nullptr || write == nullptr || std::string(version()) != k_version) {
      unavailable(
          fmt::format("{} is not the PDF module of backstride {}", candidate.string(), k_version));
    }
    return write;
  }
  unavailable(fmt::format("the PDF module is missing (looked for {})", fmt::join(tried, " and ")));
}

}  // namespace

render::PdfWriter pdf_module_writer() {
  static const render::PdfModuleWrite write = load_module();
  return [](const render::Handout& handout, const render::PdfOptions& options, std::ostream& out) {
    std::array<char, 1024> message{};
    int code = write(&handout, &options, &out, message.data(), message.size());
    if (code != 0) {
      throw Error(static_cast<ExitCode>(code), message.data());
    }
  };
}

}  // namespace backstride::cli
