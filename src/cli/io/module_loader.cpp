#include "io/module_loader.hpp"

#include <dlfcn.h>

#include <filesystem>
#include <vector>

#include <fmt/format.h>

#include "backstride/error.hpp"
#include "backstride/version.hpp"

namespace backstride::cli {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view k_reinstall = "reinstall backstride (the other formats work without it)";

// Where the module may be: beside the program, then the installed folder relative to it.
std::vector<fs::path> module_candidates(const char* file) {
  std::error_code failed;
  fs::path program = fs::read_symlink("/proc/self/exe", failed);
  fs::path folder = failed ? fs::path(".") : program.parent_path();
  return {folder / file, (folder / BACKSTRIDE_MODULES_FROM_BINDIR / file).lexically_normal()};
}

[[noreturn]] void unavailable(const ModuleSpec& spec, const std::string& why,
                              std::string_view fix = k_reinstall) {
  throw Error(ExitCode::software, fmt::format("{}: {}; {}", spec.option, why, fix));
}

}  // namespace

void* load_module(const ModuleSpec& spec) {
  std::vector<std::string> tried;
  for (const auto& candidate : module_candidates(spec.file)) {
    std::error_code failed;
    if (!fs::exists(candidate, failed)) {
      tried.push_back(candidate.string());
      continue;
    }
    void* handle = dlopen(candidate.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
      std::string why = dlerror();
      std::string fix = spec.fix == nullptr ? std::string() : spec.fix(why);
      unavailable(
          spec,
          fmt::format("the {} module {} will not load: {}", spec.name, candidate.string(), why),
          fix.empty() ? k_reinstall : std::string_view(fix));
    }
    auto* version = reinterpret_cast<const char* (*)()>(dlsym(handle, spec.version_symbol));
    void* write = dlsym(handle, spec.write_symbol);
    if (version == nullptr || write == nullptr || std::string(version()) != k_version) {
      unavailable(spec, fmt::format("{} is not the {} module of backstride {}", candidate.string(),
                                    spec.name, k_version));
    }
    return write;
  }
  unavailable(spec, fmt::format("the {} module is missing (looked for {})", spec.name,
                                fmt::join(tried, " and ")));
}

}  // namespace backstride::cli
