#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace backstride {

// Where a JSON document breaks its schema, in words a person can act on.
struct SchemaViolation {
  std::string pointer;  // JSON pointer of the offending value ("" for the root)
  std::string problem;  // "what is wrong (allowed: ...)"
};

// Validates JSON documents against one JSON Schema (draft 7) with valijson, then
// explains the first violation (or each of them) from the schema itself.
class SchemaValidator {
 public:
  // Parses the schema; throws Error(software) if the schema itself is broken.
  explicit SchemaValidator(nlohmann::json schema);
  ~SchemaValidator();
  SchemaValidator(const SchemaValidator&) = delete;
  SchemaValidator& operator=(const SchemaValidator&) = delete;

  // The first (deepest) violation, or nullopt when the document is valid.
  [[nodiscard]] std::optional<SchemaViolation> check(const nlohmann::json& document) const;

  // Every violation (at most `most`, one per offending value, in the order valijson
  // finds them); empty when the document is valid.
  [[nodiscard]] std::vector<SchemaViolation> check_all(const nlohmann::json& document,
                                                       std::size_t most) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

// Parses JSON text, rejecting syntax errors, duplicate keys and nesting deeper than
// 64 levels. Throws Error(data_error) naming `source` and the line and column.
nlohmann::json parse_json_text(std::string_view text, std::string_view source);

// Escapes a key for use in a JSON pointer ("~" -> "~0", "/" -> "~1").
std::string pointer_token(std::string_view key);

}  // namespace backstride
