#pragma once

#include <span>
#include <string_view>

namespace backstride::embedded {

// One data file carried inside the binary (group is "schema", "program" or "catalogue": a compiled
// translation, "es.mo").
struct File {
  std::string_view group;
  std::string_view name;
  std::string_view content;
};

// All embedded data files, in a stable order (generated at build time).
std::span<const File> files();

}  // namespace backstride::embedded
