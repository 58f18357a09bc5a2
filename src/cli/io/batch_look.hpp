#pragma once

#include <string>

#include "backstride/cli/app.hpp"

namespace backstride::cli {

// What batch's first pass notes about an input, without the full checks (they run
// later): for naming outputs and finding clashes before anything is written.
struct QuickLook {
  std::string id;       // the top-level "id" string, or "" when there is none
  std::string history;  // the history file's identity (device:inode, else its path), or ""
};

// Reads the profile at `path` only as far as QuickLook needs; a bad input gives {}.
QuickLook quick_look(const std::string& path, Io& io);

}  // namespace backstride::cli
