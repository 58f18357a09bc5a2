#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "backstride/cli/completion.hpp"

namespace backstride::cli {
namespace {

// `text` in fish single quotes (only \\ and \' are escapes there).
std::string fish_quote(std::string_view text) {
  std::string quoted = "'";
  for (char c : text) {
    if (c == '\\' || c == '\'') {
      quoted += '\\';
    }
    quoted += c;
  }
  return quoted + "'";
}

std::string quoted_list(const std::vector<std::string>& words) {
  std::vector<std::string> quoted;
  for (const auto& word : words) {
    quoted.push_back(fish_quote(word));
  }
  return fmt::format("{}", fmt::join(quoted, " "));
}

// The `complete` arguments that offer what `hint` allows for a value.
std::string value_arguments(const ValueHint& hint, const std::string& fn) {
  std::string args;
  if (!hint.words.empty() && hint.delimiter != '\0') {
    std::vector<std::string> words{std::string(1, hint.delimiter)};
    words.insert(words.end(), hint.words.begin(), hint.words.end());
    args = " -a " + fish_quote(fmt::format("({}_list {})", fn, quoted_list(words)));
  } else if (!hint.words.empty()) {
    args = " -a " + fish_quote(fmt::format("{}", fmt::join(hint.words, " ")));
  }
  if (hint.directories) {
    args += " -a '(__fish_complete_directories (commandline -ct))'";
  }
  return args + (hint.files ? " -F" : " -f");
}

void write_walker(const std::vector<CommandNode>& nodes, const std::string& fn, std::ostream& out) {
  out << "# Prints the command path (\"\", \"plan\", ...) the words before the cursor select, "
         "then\n"
      << "# how many positional arguments of that command they hold.\n"
      << "function " << fn << "_state\n"
      << "    set -l path ''\n    set -l count 0\n    set -l skip 0\n"
      << "    for word in (commandline -opc)[2..-1]\n"
      << "        if test $skip = 1\n            set skip 0\n            continue\n        end\n"
      << "        switch \"$path:$word\"\n";
  for (const auto& node : nodes) {
    std::vector<std::string> patterns;
    for (const auto* option : node.options) {
      if (takes_value(*option)) {
        for (const auto& spelling : option_spellings(*option)) {
          patterns.push_back(fish_quote(node.path + ":" + spelling));
        }
      }
    }
    if (!patterns.empty()) {
      out << "            case " << fmt::format("{}", fmt::join(patterns, " "))
          << "\n                set skip 1\n";
    }
    for (auto child : node.children) {
      std::vector<std::string> words;
      for (const auto& name : command_names(*nodes[child].app)) {
        words.push_back(fish_quote(node.path + ":" + name));
      }
      out << "            case " << fmt::format("{}", fmt::join(words, " "))
          << "\n                set path " << fish_quote(nodes[child].path)
          << "\n                set count 0\n";
    }
  }
  out << "            case '*:-?*'\n"
      << "            case '*'\n                set count (math $count + 1)\n"
      << "        end\n    end\n    printf '%s\\n' $path $count\nend\n\n";
}

}  // namespace

std::string fish_completion(const CLI::App& root) {
  auto nodes = command_tree(root);
  auto fn = "_" + function_prefix(root);
  const auto& name = root.get_name();
  std::ostringstream out;
  out << "# fish completion for " << name << ", written by `" << name
      << " completion fish` from its command\n# definitions. Install it as " << name
      << ".fish in ~/.config/fish/completions, or load it with:\n# " << name
      << " completion fish | source\n\n";
  write_walker(nodes, fn, out);
  out << "# Succeeds when the words before the cursor select command path $argv[1] (and, when\n"
      << "# given, hold at least $argv[2] of its positional arguments).\n"
      << "function " << fn << "_at\n    set -l state (" << fn << "_state)\n"
      << "    test \"$state[1]\" = \"$argv[1]\"\n    or return 1\n"
      << "    test (count $argv) -lt 2; or test $state[2] -ge $argv[2]\nend\n\n"
      << "# Completes the last item of a list: $argv[1] is the separator, the rest the items.\n"
      << "function " << fn << "_list\n"
      << "    set -l prefix (string replace -r -- '[^'$argv[1]']*$' '' (commandline -ct))\n"
      << "    set -q prefix[1]; or set prefix ''\n"
      << "    printf '%s\\n' $prefix$argv[2..-1]\nend\n\n"
      << "complete -c " << name << " -f\n";
  for (const auto& node : nodes) {
    auto condition =
        fmt::format("-n {}", fish_quote(fmt::format("{}_at {}", fn, fish_quote(node.path))));
    for (auto child : node.children) {
      const auto& sub = *nodes[child].app;
      for (const auto& word : command_names(sub)) {
        out << fmt::format("complete -c {} {} -a {} -d {}\n", name, condition, fish_quote(word),
                           fish_quote(first_line(sub.get_description())));
      }
    }
    for (const auto* option : node.options) {
      std::string names;
      for (const auto& sname : option->get_snames()) {
        names += " -s " + fish_quote(sname);
      }
      for (const auto& lname : option->get_lnames()) {
        names += " -l " + fish_quote(lname);
      }
      std::string value =
          takes_value(*option) ? " -r" + value_arguments(value_hint(*option), fn) : "";
      out << fmt::format("complete -c {} {}{}{} -d {}\n", name, condition, names, value,
                         fish_quote(first_line(option->get_description())));
    }
    for (std::size_t i = 0; i < node.positionals.size(); ++i) {
      const auto& positional = *node.positionals[i];
      // A positional completes while no later one has started; the last list takes the rest.
      auto at = fmt::format("{}_at {} {}", fn, fish_quote(node.path), i);
      if (!(i + 1 == node.positionals.size() && repeatable(positional))) {
        at += fmt::format("; and not {}_at {} {}", fn, fish_quote(node.path), i + 1);
      }
      out << fmt::format("complete -c {} -n {}{} -d {}\n", name, fish_quote(at),
                         value_arguments(value_hint(positional), fn),
                         fish_quote(first_line(positional.get_description())));
    }
  }
  return out.str();
}

}  // namespace backstride::cli
