#include "backstride/render/rules.hpp"

#include <string>
#include <string_view>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "backstride/render/text.hpp"
#include "backstride/rules.hpp"

namespace backstride::render {
namespace {

constexpr std::size_t k_rules_width = 79;

// "  Label:  text", wrapped with later lines under the text.
std::string field(std::string_view label, std::string_view text) {
  std::string prefix = fmt::format("  {:<8}", std::string(label) + ":");
  std::string wrapped = wrap_text(text, k_rules_width - prefix.size());
  std::string out = prefix;
  for (std::size_t i = 0; i < wrapped.size(); ++i) {
    out += wrapped[i];
    if (wrapped[i] == '\n' && i + 1 < wrapped.size()) {
      out += std::string(prefix.size(), ' ');
    }
  }
  return out;
}

}  // namespace

void write_rules_text(std::ostream& out) {
  bool first = true;
  for (const auto& rule : rule_table()) {
    out << (first ? "" : "\n") << rule.key << "\n"
        << field("When", rule.statement) << field("Then", rule.action)
        << field("Basis", rule_basis_key(rule.basis)) << field("Source", rule.source);
    first = false;
  }
}

void write_rules_json(std::ostream& out) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const auto& rule : rule_table()) {
    list.push_back({{"id", rule.key},
                    {"statement", rule.statement},
                    {"action", rule.action},
                    {"basis", rule_basis_key(rule.basis)},
                    {"source", rule.source}});
  }
  out << nlohmann::ordered_json{{"format", "backstride.rules/1"}, {"rules", list}}.dump(2) << "\n";
}

}  // namespace backstride::render
