#include "backstride/cli/manpage.hpp"

#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "backstride/cli/completion.hpp"
#include "docgen/manpage_sections.hpp"

namespace backstride::cli {
namespace {

// A name to type (option, command): every hyphen a minus sign (no line break there).
std::string name_escape(std::string_view text) {
  std::string out;
  for (const auto c : roff_escape(text)) {
    out += c;
    if (c == '-' && out.size() > 1 && out[out.size() - 2] != '\\') {
      out.insert(out.size() - 1, "\\");
    }
  }
  return out;
}

std::string bold(std::string_view text) {
  return "\\fB" + name_escape(text) + "\\fR";
}

std::string italic(std::string_view text) {
  return "\\fI" + name_escape(text) + "\\fR";
}

// "..." after a repeatable item; \& keeps roff from ending a sentence there.
constexpr const char* k_more = "...\\&";

// "-f FORMAT" for a synopsis: the first spelling, then the value's type name.
std::string synopsis_item(const CLI::Option& option) {
  if (!option.nonpositional()) {
    auto item = italic(option.get_name()) + (repeatable(option) ? k_more : "");
    return option.get_required() ? item : "[" + item + "]";
  }
  auto item = bold(option_spellings(option).front());
  if (takes_value(option)) {
    item += "\\ " + italic(value_type_name(option));  // no line break inside an item
  }
  if (repeatable(option)) {
    item += k_more;
  }
  return option.get_required() ? item : "[" + item + "]";
}

// The tag of an option's entry: "\fB\-f\fR, \fB\-\-format\fR \fIFORMAT\fR".
std::string option_tag(const CLI::Option& option) {
  if (!option.nonpositional()) {
    return italic(option.get_name()) + (repeatable(option) ? k_more : "");
  }
  std::vector<std::string> names;
  for (const auto& spelling : option_spellings(option)) {
    names.push_back(bold(spelling));
  }
  auto tag = fmt::format("{}", fmt::join(names, ", "));
  return takes_value(option) ? tag + " " + italic(value_type_name(option)) : tag;
}

// The sentences after an option's description: its values, its default, whether required.
std::string option_notes(const CLI::Option& option) {
  std::vector<std::string> notes;
  auto hint = value_hint(option);
  if (!hint.words.empty() && !hint.files) {
    auto words = fmt::format("{}", fmt::join(hint.words, ", "));
    notes.push_back(hint.delimiter == '\0'
                        ? "One of: " + words + "."
                        : fmt::format("A list joined by \"{}\" of: {}.", hint.delimiter, words));
  }
  auto fallback = option.get_default_str();
  if (fallback.size() > 1 && fallback.front() == '[' && fallback.back() == ']') {
    fallback = fallback.substr(1, fallback.size() - 2);
  }
  if (!fallback.empty()) {
    notes.push_back("Default: " + fallback + ".");
  }
  if (option.get_required() && option.nonpositional()) {
    notes.emplace_back("Required.");
  }
  return fmt::format("{}", fmt::join(notes, " "));
}

void write_options(const std::vector<const CLI::Option*>& options, std::ostream& out) {
  for (const auto* option : options) {
    out << ".TP\n" << option_tag(*option) << "\n";
    write_filled(sentence(option->get_description()), out);
    auto notes = option_notes(*option);
    if (!notes.empty()) {
      write_filled(notes, out);
    }
  }
}

void write_command(const CommandNode& node, const std::string& name, std::ostream& out) {
  // CLI11 gives a subcommand its parent's footer unless it sets its own; say it once.
  auto footer = node.app->get_footer();
  if (node.app->get_parent() != nullptr && footer == node.app->get_parent()->get_footer()) {
    footer.clear();
  }
  out << ".SS " << bold(name + " " + node.path) << "\n";
  write_filled(sentence(node.app->get_description()), out);
  std::vector<const CLI::Option*> entries = node.positionals;
  entries.insert(entries.end(), node.options.begin(), node.options.end());
  write_options(entries, out);
  if (!footer.empty()) {
    out << ".PP\n.nf\n";
    std::istringstream lines(footer);
    for (std::string line; std::getline(lines, line);) {
      out << (line.empty() ? "\\&" : roff_escape(line)) << "\n";
    }
    out << ".fi\n";
  }
}

void write_synopsis(const std::vector<CommandNode>& nodes, const std::string& name,
                    std::ostream& out) {
  out << ".SH SYNOPSIS\n";
  for (const auto& node : nodes) {
    if (node.path.empty()) {
      out << ".SY " << roff_escape(name) << "\n"
          << italic("COMMAND") << " [" << italic("OPTIONS") << "]\n.YS\n.SY " << roff_escape(name)
          << "\n";
      std::vector<std::string> items;
      for (const auto* option : node.options) {
        items.push_back(bold(option_spellings(*option).back()));
      }
      out << fmt::format("{}", fmt::join(items, " | ")) << "\n.YS\n";
      continue;
    }
    out << ".SY " << roff_escape(name) << "\n" << bold(node.path) << "\n";
    for (const auto* option : node.options) {
      if (option != node.app->get_help_ptr()) {
        out << synopsis_item(*option) << "\n";
      }
    }
    for (const auto* positional : node.positionals) {
      out << synopsis_item(*positional) << "\n";
    }
    out << ".YS\n";
  }
}

}  // namespace

std::string man_page(const CLI::App& root, const ManPageInfo& info) {
  auto nodes = command_tree(root);
  const auto& name = root.get_name();
  std::ostringstream out;
  out << ".\\\" " << name << "(1), written by backstride-manpage from the command definitions.\n"
      << ".TH " << roff_escape(upper(name)) << " 1 \"" << roff_escape(info.date) << "\" \""
      << roff_escape(name + " " + info.version) << "\" \"User Commands\"\n"
      << ".nh\n";
  // The description's first line is "name: summary."; the rest says more.
  auto description = root.get_description();
  auto summary = first_line(description);
  if (summary.rfind(name + ": ", 0) == 0) {
    summary = summary.substr(name.size() + 2);
  }
  if (!summary.empty() && summary.back() == '.') {
    summary.pop_back();
  }
  out << ".SH NAME\n" << roff_escape(name) << " \\- " << roff_escape(summary) << "\n";
  write_synopsis(nodes, name, out);
  out << ".SH DESCRIPTION\n" << bold(name) << " is " << roff_escape(summary) << ".\n";
  auto rest = description.find('\n');
  write_filled(rest == std::string::npos ? "" : description.substr(rest + 1), out);
  write_description_notes(name, out);
  out << ".SH OPTIONS\n";
  write_options(nodes.front().options, out);
  out << ".SH COMMANDS\n";
  for (std::size_t i = 1; i < nodes.size(); ++i) {
    write_command(nodes[i], name, out);
  }
  write_fixed_sections(name, info, out);
  return out.str();
}

}  // namespace backstride::cli
