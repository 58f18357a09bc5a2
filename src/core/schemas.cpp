#include "backstride/schemas.hpp"

#include <array>

#include <fmt/format.h>

#include "backstride/embedded.hpp"
#include "backstride/error.hpp"

namespace backstride {
namespace {

constexpr std::array k_schemas{
    SchemaInfo{"plan", "plan.schema.json", "what plan -f json prints (backstride.plan/1)"},
    SchemaInfo{"next", "next.schema.json", "what next -f json prints (backstride.next/2)"},
    SchemaInfo{"check", "check.schema.json", "what check -f json prints (backstride.check/1)"},
    SchemaInfo{"rules", "rules.schema.json", "what rules -f json prints (backstride.rules/1)"},
    SchemaInfo{"programs", "programs.schema.json",
               "what programs -f json prints (backstride.programs/1)"},
    SchemaInfo{"review", "review.schema.json", "what review -f json prints (backstride.review/1)"},
    SchemaInfo{"profile", "profile.schema.json", "a profile and its history entries (input)"},
    SchemaInfo{"program", "program.schema.json", "a program for --program FILE (input)"},
    SchemaInfo{"clinic", "clinic.schema.json", "a clinic for --clinic FILE (input)"},
};

}  // namespace

std::span<const SchemaInfo> json_schemas() {
  return k_schemas;
}

std::optional<std::string_view> json_schema_text(std::string_view name) {
  for (const auto& schema : k_schemas) {
    if (schema.name != name) {
      continue;
    }
    for (const auto& file : embedded::files()) {
      if (file.group == "schema" && file.name == schema.file) {
        return file.content;
      }
    }
    throw Error(ExitCode::software, fmt::format("{} is not embedded in this build", schema.file));
  }
  return std::nullopt;
}

}  // namespace backstride
