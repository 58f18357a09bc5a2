#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

namespace backstride::cli {

// Type names (`->type_name(...)`) that say what an option's value is; completion and
// the man page read them. Other type names (TEXT, DATE, ...) complete nothing.
inline constexpr const char* k_type_file = "FILE";
inline constexpr const char* k_type_directory = "DIR";
inline constexpr const char* k_type_format = "FORMAT";
inline constexpr const char* k_type_program = "PROGRAM";

// What completion may offer for one value of an option or positional.
struct ValueHint {
  std::vector<std::string> words;  // fixed choices: a CLI::IsMember set, formats, program ids
  bool files = false;              // file names (directories included, to walk into)
  bool directories = false;        // directory names only
  char delimiter = '\0';           // the value is a list joined by this, e.g. pdf,html
};

// One visible command of the tree; the root has an empty path.
struct CommandNode {
  const CLI::App* app = nullptr;
  std::string path;                             // "", "plan", "plan sub" ...
  std::vector<const CLI::Option*> options;      // named options and flags, --help first
  std::vector<const CLI::Option*> positionals;  // in order
  std::vector<std::size_t> children;            // indexes of the subcommands' nodes
};

// Every visible command (hidden ones, in an empty group, are left out): the root
// first, then depth first in the order they were added. Option groups are folded into
// the command that holds them.
std::vector<CommandNode> command_tree(const CLI::App& root);

// The words that select a subcommand: its name, then its aliases.
std::vector<std::string> command_names(const CLI::App& app);

// The spellings of a named option: "-f", "--format" (short names first).
std::vector<std::string> option_spellings(const CLI::Option& option);

// True when the option takes a value (it is not a flag).
bool takes_value(const CLI::Option& option);

// True when the option or positional may be given more than once (or takes a list).
bool repeatable(const CLI::Option& option);

// The option's type name without its validators: "FORMAT", "TEXT", "UINT" ...
std::string value_type_name(const CLI::Option& option);

// What a value may be: the option's IsMember choices (read from its validators'
// descriptions, "{a,b}"), or what its type name means (k_type_*). A positional
// without either is a file name.
ValueHint value_hint(const CLI::Option& option);

// The first line of a description (subcommand list entries, fish and zsh hints).
std::string first_line(const std::string& text);

// `text` in single quotes for bash and zsh ('it'\''s').
std::string shell_quote(std::string_view text);

// `text` (a path) as a shell word a person can paste: as it is when it needs no quoting,
// else shell_quote()d.
std::string shell_word(std::string_view text);

// The command name made safe for shell function names: "_backstride".
std::string function_prefix(const CLI::App& root);

// A bash script that completes the command tree; `complete -F _backstride backstride`.
std::string bash_completion(const CLI::App& root);

// A zsh script for `compdef` (or an fpath file named _backstride).
std::string zsh_completion(const CLI::App& root);

// A fish script of `complete -c backstride ...` lines.
std::string fish_completion(const CLI::App& root);

}  // namespace backstride::cli
