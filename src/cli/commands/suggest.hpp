#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

namespace backstride::cli {

// Letters to change, add, drop or swap (side by side) to turn `a` into `b`.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidates closest to `typed` and close enough to be a typo of it, best first
// (at most two).
std::vector<std::string> closest(std::string_view typed,
                                 const std::vector<std::string>& candidates);

// "a, b or c": the first `most` items, then " or N more" for the rest.
std::string or_list(const std::vector<std::string>& items, std::size_t most = 6);

// For a command line that did not parse: a message naming the mistyped command or option
// and what it may have meant ("unknown command "pln"; did you mean `plan`?"), walking
// `app`'s own command tree; nullopt when no word of `args` looks mistyped.
std::optional<std::string> explain_mistyped(const CLI::App& app,
                                            const std::vector<std::string>& args);

}  // namespace backstride::cli
