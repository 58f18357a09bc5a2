#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace backstride {

// One JSON Schema (draft 7) carried in the binary: what `backstride schema NAME` prints.
struct SchemaInfo {
  std::string_view name;     // "plan", "next", "profile", "program", "clinic"
  std::string_view file;     // its file in data/schema/, e.g. "plan.schema.json"
  std::string_view summary;  // what the schema describes, in a few plain words
};

// Every schema `backstride schema` prints, in the order the help lists them.
std::span<const SchemaInfo> json_schemas();

// The text of the schema called `name` exactly as embedded at build time, or nullopt
// for a name that is not in json_schemas(). Throws Error(software) if a listed schema
// is missing from the build.
std::optional<std::string_view> json_schema_text(std::string_view name);

}  // namespace backstride
