#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "backstride/cli/completion.hpp"
#include "backstride/program.hpp"
#include "backstride/render/plan_renderer.hpp"

namespace backstride::cli {
namespace {

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    auto end = text.find(separator, start);
    parts.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) {
      return parts;
    }
    start = end + 1;
  }
}

bool hidden(const CLI::Option* option) {
  return option->get_group().empty();
}

// Adds the options of `app` and of its option groups (nameless subcommands) to `node`.
void collect_options(const CLI::App& app, CommandNode& node) {
  for (const auto* option : app.get_options()) {
    if (hidden(option)) {
      continue;
    }
    if (option->nonpositional()) {
      node.options.push_back(option);
    } else {
      node.positionals.push_back(option);
    }
  }
  for (const auto* group : app.get_subcommands({})) {
    if (group->get_name().empty()) {
      collect_options(*group, node);
    }
  }
}

void add_node(const CLI::App& app, const std::string& path, std::vector<CommandNode>& nodes) {
  std::size_t index = nodes.size();
  nodes.push_back({&app, path, {}, {}, {}});
  collect_options(app, nodes[index]);
  for (const auto* sub : app.get_subcommands({})) {
    if (sub->get_name().empty() || sub->get_group().empty()) {
      continue;  // an option group, or a hidden command
    }
    nodes[index].children.push_back(nodes.size());
    add_node(*sub, path.empty() ? sub->get_name() : path + " " + sub->get_name(), nodes);
  }
}

}  // namespace

std::vector<CommandNode> command_tree(const CLI::App& root) {
  std::vector<CommandNode> nodes;
  add_node(root, "", nodes);
  return nodes;
}

std::vector<std::string> command_names(const CLI::App& app) {
  std::vector<std::string> names{app.get_name()};
  names.insert(names.end(), app.get_aliases().begin(), app.get_aliases().end());
  return names;
}

std::vector<std::string> option_spellings(const CLI::Option& option) {
  std::vector<std::string> spellings;
  for (const auto& name : option.get_snames()) {
    spellings.push_back("-" + name);
  }
  for (const auto& name : option.get_lnames()) {
    spellings.push_back("--" + name);
  }
  return spellings;
}

bool takes_value(const CLI::Option& option) {
  return option.get_items_expected_max() > 0;
}

bool repeatable(const CLI::Option& option) {
  return option.get_items_expected_max() > 1 || option.get_delimiter() != '\0';
}

std::string value_type_name(const CLI::Option& option) {
  return split(option.get_type_name(), ':').front();
}

ValueHint value_hint(const CLI::Option& option) {
  ValueHint hint;
  auto parts = split(option.get_type_name(), ':');
  for (std::size_t i = 1; i < parts.size(); ++i) {
    const auto& part = parts[i];
    // CLI::IsMember describes itself as "{a,b,c}" (CLI::detail::generate_set).
    if (hint.words.empty() && part.size() > 2 && part.front() == '{' && part.back() == '}') {
      hint.words = split(part.substr(1, part.size() - 2), ',');
    }
  }
  const auto& type = parts.front();
  if (type == k_type_file) {
    hint.files = true;
  } else if (type == k_type_directory) {
    hint.directories = true;
  } else if (type == k_type_format && hint.words.empty()) {
    hint.words = render::format_name_list();
  } else if (type == k_type_program) {
    for (const auto& program : builtin_programs()) {
      hint.words.push_back(program.id);
    }
    hint.files = true;
  }
  if (!option.nonpositional() && hint.words.empty() && !hint.directories) {
    hint.files = true;
  }
  hint.delimiter = option.get_delimiter();
  return hint;
}

std::string shell_quote(std::string_view text) {
  std::string quoted = "'";
  for (char c : text) {
    quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return quoted + "'";
}

std::string shell_word(std::string_view text) {
  bool plain = !text.empty() && std::ranges::all_of(text, [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 ||
           std::string_view("._/-+=:,@%").find(c) != std::string_view::npos;
  });
  return plain ? std::string(text) : shell_quote(text);
}

std::string function_prefix(const CLI::App& root) {
  std::string prefix = "_";
  for (char c : root.get_name()) {
    bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    prefix += word ? c : '_';
  }
  return prefix;
}

std::string first_line(const std::string& text) {
  return text.substr(0, text.find('\n'));
}

}  // namespace backstride::cli
