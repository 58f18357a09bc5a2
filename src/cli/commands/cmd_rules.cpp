#include <memory>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "backstride/render/text.hpp"
#include "backstride/rules.hpp"
#include "commands/common.hpp"

namespace backstride::cli {
namespace {

constexpr std::size_t k_rules_width = 79;

// "  Label:  text", wrapped with later lines under the text.
std::string field(std::string_view label, std::string_view text) {
  std::string prefix = fmt::format("  {:<8}", std::string(label) + ":");
  std::string wrapped = render::wrap_text(text, k_rules_width - prefix.size());
  std::string out = prefix;
  for (std::size_t i = 0; i < wrapped.size(); ++i) {
    out += wrapped[i];
    if (wrapped[i] == '\n' && i + 1 < wrapped.size()) {
      out += std::string(prefix.size(), ' ');
    }
  }
  return out;
}

void write_rules_text(std::ostream& out) {
  bool first = true;
  for (const auto& rule : rule_table()) {
    out << (first ? "" : "\n") << rule.id << "\n"
        << field("When", rule.statement) << field("Then", rule.action)
        << field("Basis", rule_basis_key(rule.basis)) << field("Source", rule.source);
    first = false;
  }
}

void write_rules_json(std::ostream& out) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const auto& rule : rule_table()) {
    list.push_back({{"id", rule.id},
                    {"statement", rule.statement},
                    {"action", rule.action},
                    {"basis", rule_basis_key(rule.basis)},
                    {"source", rule.source}});
  }
  out << nlohmann::ordered_json{{"format", "backstride.rules/1"}, {"rules", list}}.dump(2) << "\n";
}

}  // namespace

void add_rules_command(CLI::App& app, Io& io, std::vector<Command>& commands) {
  auto format = std::make_shared<std::string>("text");
  auto* cmd = app.add_subcommand(
      "rules", "List every rule backstride applies: id, when, what it does, its basis and source");
  cmd->add_option("-f,--format", *format, "text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  cmd->footer(
      "Basis: published (a guideline or trial applied as written), adapted (a published\n"
      "model changed for back pain; the source says what changed) or design (our own\n"
      "threshold or convention). Sources name publications by author and year.");
  commands.push_back({cmd, [format, &io] {
                        std::ostringstream out;
                        if (*format == "json") {
                          write_rules_json(out);
                        } else {
                          write_rules_text(out);
                        }
                        emit("", out.str(), false, io);
                        return 0;
                      }});
}

}  // namespace backstride::cli
