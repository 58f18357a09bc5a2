#pragma once

#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

namespace backstride::cli {

// What the man page says besides the command tree.
struct ManPageInfo {
  std::string version;       // "0.1.0"
  std::string date;          // YYYY-MM-DD for the page footer; empty leaves it out
  std::string examples_dir;  // where the example profiles are installed, under the prefix
};

// `text` made safe for a roff text line: backslashes, quotes, a leading dot,
// word-initial hyphens as \- (option names), other non-ASCII as \[uXXXX].
std::string roff_escape(std::string_view text);

// backstride(1) in man(7) roff, made from the command tree under `root`: NAME,
// SYNOPSIS, DESCRIPTION, OPTIONS, COMMANDS (each with its options and help footer),
// EXIT STATUS, ENVIRONMENT, FILES, EXAMPLES and SEE ALSO. Same input, same bytes.
std::string man_page(const CLI::App& root, const ManPageInfo& info);

}  // namespace backstride::cli
