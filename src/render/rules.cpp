#include "backstride/render/rules.hpp"

#include <string>
#include <string_view>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "backstride/render/wrap.hpp"
#include "backstride/rules.hpp"

namespace backstride::render {
namespace {

// "  Label:  text", wrapped with later lines under the text.
std::string field(std::string_view label, std::string_view text, std::size_t width) {
  return wrap(text, width, fmt::format("  {:<8}", std::string(label) + ":"));
}

}  // namespace

void write_rules_text(std::size_t width, std::ostream& out) {
  bool first = true;
  for (const auto& rule : rule_table()) {
    out << (first ? "" : "\n") << rule.key << "\n"
        << field("When", rule.statement, width) << field("Then", rule.action, width)
        << field("Basis", rule_basis_key(rule.basis), width) << field("Source", rule.source, width);
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
