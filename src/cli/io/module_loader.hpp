#pragma once

#include <string>
#include <string_view>

namespace backstride::cli {

// One of the program's modules (backstride-pdf.so, backstride-audio.so): its file, its two
// C symbols (render/pdf_module.hpp, render/audio_module.hpp) and how errors name it.
struct ModuleSpec {
  const char* file;            // "backstride-pdf.so"
  const char* version_symbol;  // `const char* f()` returning the version it was built as
  const char* write_symbol;    // the function the program calls
  std::string_view option;     // "-f pdf": what the user asked for, starting each error
  std::string_view name;       // "PDF": "the PDF module is missing"
  // What to do when dlopen fails with `why` (a missing library it needs, say); empty: reinstall.
  std::string (*fix)(std::string_view why) = nullptr;
};

// Loads the module from beside the program, then from its installed folder relative to it,
// checks its version, and returns its write symbol; the handle stays open for the life of
// the process. Throws Error(software) naming the places looked in, the loader's error or
// the foreign file.
void* load_module(const ModuleSpec& spec);

}  // namespace backstride::cli
