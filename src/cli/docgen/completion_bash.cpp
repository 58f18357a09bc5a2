#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "backstride/cli/completion.hpp"

namespace backstride::cli {
namespace {

// The completion function; @FN@ is the function prefix, @NAME@ the command.
constexpr const char* k_main_function =
    R"SH(# Completes the word under the cursor: a subcommand, an option, or a value.
@FN@() {
  local cur="${COMP_WORDS[COMP_CWORD]}" end=$COMP_CWORD node="" npos=0 i word child
  local option="" prefix="" options="" commands=""
  COMPREPLY=()
  # "=" breaks words in bash, so --format=js arrives as "--format" "=" "js".
  if [[ $cur == "=" ]] && ((COMP_CWORD >= 2)); then
    option="${COMP_WORDS[COMP_CWORD - 1]}" cur="" end=$((COMP_CWORD - 1))
  elif ((COMP_CWORD >= 3)) && [[ ${COMP_WORDS[COMP_CWORD - 1]} == "=" ]]; then
    option="${COMP_WORDS[COMP_CWORD - 2]}" end=$((COMP_CWORD - 2))
  elif [[ $cur == --*=* ]]; then
    option="${cur%%=*}" prefix="${cur%%=*}=" cur="${cur#*=}"
  fi
  for ((i = 1; i < end; i++)); do
    word="${COMP_WORDS[i]}"
    if [[ $word == -?* ]]; then  # an option; a lone "-" (stdin) is an argument
      if [[ ${COMP_WORDS[i + 1]:-} == "=" ]]; then
        i=$((i + 2))
      elif @FN@_takes_value "$node" "$word"; then
        if [[ -z $option ]] && ((i + 1 == end)); then
          option="$word"
        fi
        i=$((i + 1))
      fi
      continue
    fi
    child="$(@FN@_child "$node" "$word")"
    if [[ -n $child ]]; then
      node="$child" npos=0
    else
      npos=$((npos + 1))
    fi
  done
  if [[ -n $option ]]; then
    @FN@_values "$node" "$option" "$cur"
    if [[ -n $prefix ]]; then
      COMPREPLY=("${COMPREPLY[@]/#/$prefix}")
    fi
    return 0
  fi
  @FN@_words "$node"
  if [[ $cur == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
    return 0
  fi
  @FN@_values "$node" "#$npos" "$cur"
  mapfile -t -O "${#COMPREPLY[@]}" COMPREPLY < <(compgen -W "$commands" -- "$cur")
  return 0
}

complete -F @FN@ @NAME@
)SH";

// The case pattern "path:word" for every word, joined with " | ".
std::string patterns(const std::string& path, const std::vector<std::string>& words) {
  std::vector<std::string> quoted;
  for (const auto& word : words) {
    quoted.push_back(shell_quote(path + ":" + word));
  }
  return fmt::format("{}", fmt::join(quoted, " | "));
}

std::string joined(const std::vector<std::string>& words) {
  return shell_quote(fmt::format("{}", fmt::join(words, " ")));
}

// The body of one case branch that fills COMPREPLY with the values `hint` allows.
std::string value_branch(const ValueHint& hint) {
  std::string body;
  std::string prefix;
  std::string cur = "\"$cur\"";
  if (hint.delimiter != '\0') {
    std::string sep(1, hint.delimiter);
    body += fmt::format("      [[ $cur == *{0}* ]] && prefix=\"${{cur%{0}*}}{0}\"\n", sep);
    prefix = "-P \"$prefix\" ";
    cur = fmt::format("\"${{cur##*{}}}\"", sep);
  }
  if (hint.files || hint.directories) {
    body += "      compopt -o filenames 2>/dev/null\n";
  }
  if (!hint.words.empty()) {
    body += fmt::format(
        "      mapfile -t -O \"${{#COMPREPLY[@]}}\" COMPREPLY < <(compgen {}-W {} -- {})\n", prefix,
        joined(hint.words), cur);
  }
  if (hint.files || hint.directories) {
    body += fmt::format(
        "      mapfile -t -O \"${{#COMPREPLY[@]}}\" COMPREPLY < <(compgen {}{} -- {})\n", prefix,
        hint.directories ? "-d" : "-f", cur);
  }
  return body.empty() ? "      :\n" : body;
}

void write_tables(const std::vector<CommandNode>& nodes, const std::string& fn, std::ostream& out) {
  out << "# Prints the command path that word $2 selects under command path $1, if any.\n"
      << fn << "_child() {\n  case \"$1:$2\" in\n";
  for (const auto& node : nodes) {
    for (auto child : node.children) {
      const auto& sub = nodes[child];
      out << fmt::format("    {}) printf '%s\\n' {} ;;\n",
                         patterns(node.path, command_names(*sub.app)), shell_quote(sub.path));
    }
  }
  out << "  esac\n}\n\n";

  out << "# Succeeds when option $2 of command path $1 takes a value.\n"
      << fn << "_takes_value() {\n  case \"$1:$2\" in\n";
  for (const auto& node : nodes) {
    std::vector<std::string> spellings;
    for (const auto* option : node.options) {
      if (takes_value(*option)) {
        auto names = option_spellings(*option);
        spellings.insert(spellings.end(), names.begin(), names.end());
      }
    }
    if (!spellings.empty()) {
      out << fmt::format("    {}) return 0 ;;\n", patterns(node.path, spellings));
    }
  }
  out << "  esac\n  return 1\n}\n\n";

  out << "# Prints the options and the subcommands of command path $1.\n"
      << fn << "_words() {\n  case \"$1\" in\n";
  for (const auto& node : nodes) {
    std::vector<std::string> options;
    std::vector<std::string> commands;
    for (const auto* option : node.options) {
      auto names = option_spellings(*option);
      options.insert(options.end(), names.begin(), names.end());
    }
    for (auto child : node.children) {
      auto names = command_names(*nodes[child].app);
      commands.insert(commands.end(), names.begin(), names.end());
    }
    out << fmt::format("    {}) options={} commands={} ;;\n", shell_quote(node.path),
                       joined(options), joined(commands));
  }
  out << "  esac\n}\n\n";

  out << "# Adds to COMPREPLY the values of option $2 (or of positional #N) of command path $1\n"
      << "# that start with $3.\n"
      << fn << "_values() {\n  local cur=\"$3\" prefix=\"\"\n  case \"$1:$2\" in\n";
  for (const auto& node : nodes) {
    for (const auto* option : node.options) {
      if (takes_value(*option)) {
        out << fmt::format("    {})\n{}      ;;\n", patterns(node.path, option_spellings(*option)),
                           value_branch(value_hint(*option)));
      }
    }
    for (std::size_t i = 0; i < node.positionals.size(); ++i) {
      const auto* positional = node.positionals[i];
      bool last_list = i + 1 == node.positionals.size() && repeatable(*positional);
      auto pattern =
          shell_quote(fmt::format("{}:#{}", node.path, last_list ? "" : std::to_string(i)));
      out << fmt::format("    {}{})\n{}      ;;\n", pattern, last_list ? "*" : "",
                         value_branch(value_hint(*positional)));
    }
  }
  out << "  esac\n}\n\n";
}

}  // namespace

std::string bash_completion(const CLI::App& root) {
  auto nodes = command_tree(root);
  auto fn = function_prefix(root);
  std::ostringstream out;
  out << "# bash completion for " << root.get_name() << ", written by `" << root.get_name()
      << " completion bash` from its\n# command definitions. Load it with: source <("
      << root.get_name() << " completion bash)\n\n";
  write_tables(nodes, fn, out);
  std::string main_function = k_main_function;
  for (std::string_view key : {"@FN@", "@NAME@"}) {
    const std::string& value = key == "@FN@" ? fn : root.get_name();
    for (auto at = main_function.find(key); at != std::string::npos;
         at = main_function.find(key, at + value.size())) {
      main_function.replace(at, key.size(), value);
    }
  }
  out << main_function;
  return out.str();
}

}  // namespace backstride::cli
