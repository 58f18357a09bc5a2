#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "backstride/cli/completion.hpp"

namespace backstride::cli {
namespace {

// Backslash-escapes the characters in `specials` (and backslash itself).
std::string escaped(const std::string& text, std::string_view specials) {
  std::string out;
  for (char c : text) {
    if (c == '\\' || specials.find(c) != std::string_view::npos) {
      out += '\\';
    }
    out += c;
  }
  return out;
}

// The function that completes the arguments of one command: _backstride, _backstride__plan.
std::string node_function(const std::string& fn, const CommandNode& node) {
  std::string name = fn;
  if (!node.path.empty()) {
    name += "__";
    for (char c : node.path) {
      bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      name += word ? c : '_';
    }
  }
  return name;
}

// The _arguments action that completes values `hint` allows.
std::string action(const ValueHint& hint, const std::string& type, const std::string& fn) {
  std::vector<std::string> words;
  for (const auto& word : hint.words) {
    words.push_back(escaped(word, " ()[]:'\"$`"));
  }
  auto list = fmt::format("{}", fmt::join(words, " "));
  if (!words.empty() && hint.delimiter != '\0') {
    return fmt::format("_values -s {} {} {}", escaped(std::string(1, hint.delimiter), " ,;|&"),
                       escaped(type, " ()[]:'\"$`"), list);
  }
  if (!words.empty() && hint.files) {
    return fn + "_words_or_files " + list;
  }
  if (!words.empty()) {
    return "(" + list + ")";
  }
  if (hint.directories) {
    return "_files -/";
  }
  return hint.files ? "_files" : " ";
}

// One _arguments spec per spelling of a named option.
std::vector<std::string> option_specs(const CLI::Option& option, bool excludes_all,
                                      const std::string& fn) {
  auto spellings = option_spellings(option);
  std::string exclusion;
  if (excludes_all) {
    exclusion = "(- *)";
  } else if (repeatable(option)) {
    exclusion = "*";
  } else if (spellings.size() > 1) {
    exclusion = fmt::format("({})", fmt::join(spellings, " "));
  }
  auto description = escaped(first_line(option.get_description()), "[]");
  std::vector<std::string> specs;
  for (const auto& spelling : spellings) {
    if (!takes_value(option)) {
      specs.push_back(fmt::format("{}{}[{}]", exclusion, spelling, description));
      continue;
    }
    auto type = value_type_name(option);
    specs.push_back(fmt::format("{}{}{}[{}]:{}:{}", exclusion, spelling,
                                spelling.size() == 2 ? "+" : "=", description, escaped(type, ":"),
                                action(value_hint(option), type, fn)));
  }
  return specs;
}

void write_node(const std::vector<CommandNode>& nodes, const CommandNode& node,
                const std::string& name, const std::string& fn, std::ostream& out) {
  std::vector<std::string> specs;
  for (const auto* option : node.options) {
    bool excludes_all = option == node.app->get_help_ptr() || option == node.app->get_version_ptr();
    auto more = option_specs(*option, excludes_all, fn);
    specs.insert(specs.end(), more.begin(), more.end());
  }
  for (std::size_t i = 0; i < node.positionals.size(); ++i) {
    const auto& positional = *node.positionals[i];
    bool rest = i + 1 == node.positionals.size() && repeatable(positional);
    auto type = positional.get_name();
    specs.push_back(fmt::format("{}:{}:{}", rest ? "*" : "", escaped(type, ":"),
                                action(value_hint(positional), type, fn)));
  }
  if (!node.children.empty()) {
    specs.emplace_back("(-): :->command");
    specs.emplace_back("(-)*:: :->argument");
  }
  out << "# Completes `" << name << (node.path.empty() ? "" : " ") << node.path << "`.\n"
      << node_function(fn, node) << "() {\n"
      << "  local curcontext=\"$curcontext\" state state_descr line ret=1\n"
      << "  typeset -A opt_args\n  _arguments -C -S";
  for (const auto& spec : specs) {
    out << " \\\n    " << shell_quote(spec);
  }
  out << " && ret=0\n";
  if (!node.children.empty()) {
    out << "  case $state in\n    command)\n      local -a commands=(\n";
    for (auto child : node.children) {
      const auto& sub = *nodes[child].app;
      for (const auto& word : command_names(sub)) {
        out << "        "
            << shell_quote(escaped(word, ":") + ":" + first_line(sub.get_description())) << "\n";
      }
    }
    out << "      )\n      _describe -t commands " << shell_quote(name + " command")
        << " commands && ret=0\n      ;;\n    argument)\n      case $words[1] in\n";
    for (auto child : node.children) {
      auto names = command_names(*nodes[child].app);
      for (auto& word : names) {
        word = shell_quote(word);
      }
      out << fmt::format("        {}) {} && ret=0 ;;\n", fmt::join(names, " | "),
                         node_function(fn, nodes[child]));
    }
    out << "      esac\n      ;;\n  esac\n";
  }
  out << "  return ret\n}\n\n";
}

}  // namespace

std::string zsh_completion(const CLI::App& root) {
  auto nodes = command_tree(root);
  auto fn = function_prefix(root);
  const auto& name = root.get_name();
  std::ostringstream out;
  out << "#compdef " << name << "\n"
      << "# zsh completion for " << name << ", written by `" << name
      << " completion zsh` from its command\n# definitions. Install it as " << fn
      << " in a directory of $fpath, or load it with:\n# source <(" << name
      << " completion zsh)\n\n"
      << "# Completes the words given, or a file name.\n"
      << fn << "_words_or_files() {\n  local -a choices=(\"$@\")\n"
      << "  _alternative 'choices:value:compadd -a choices' 'files:file:_files'\n}\n\n";
  for (const auto& node : nodes) {
    write_node(nodes, node, name, fn, out);
  }
  out << "if [[ $funcstack[1] == " << fn << " ]]; then\n  " << fn << " \"$@\"\nelse\n  compdef "
      << fn << " " << name << "\nfi\n";
  return out.str();
}

}  // namespace backstride::cli
