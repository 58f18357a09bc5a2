#pragma once
// valijson, straight: validates a document against one of the schemas `backstride schema`
// prints (the embedded text), for the tests of every JSON output (test_json_schemas.cpp).

#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
// valijson's json_pointer.hpp trips GCC 12's false -Wrestrict (bug 105329) in Release.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wrestrict"
#endif
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "backstride/schemas.hpp"

namespace schema_check {

// The schema `name` (plan, next, profile, program, clinic) as printed, parsed.
inline const nlohmann::json& schema_json(const std::string& name) {
  static std::map<std::string, nlohmann::json> parsed;
  auto found = parsed.find(name);
  if (found == parsed.end()) {
    auto text = backstride::json_schema_text(name);
    if (!text) {
      throw std::logic_error(std::string("no schema ").append(name));
    }
    found = parsed.emplace(name, nlohmann::json::parse(*text)).first;
  }
  return found->second;
}

// The schema `name` compiled by valijson (once per name).
inline const valijson::Schema& compiled(const std::string& name) {
  static std::map<std::string, std::unique_ptr<valijson::Schema>> schemas;
  auto& slot = schemas[name];
  if (!slot) {
    slot = std::make_unique<valijson::Schema>();
    valijson::SchemaParser parser;
    valijson::adapters::NlohmannJsonAdapter adapter(schema_json(name));
    parser.populateSchema(adapter, *slot);
  }
  return *slot;
}

// What valijson finds wrong with `document` against schema `name`, one line each
// ("<root> [weeks] [0]: ..."); empty when the document is valid.
inline std::vector<std::string> problems(const std::string& name, const nlohmann::json& document) {
  valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter target(document);
  std::vector<std::string> found;
  if (validator.validate(compiled(name), target, &results)) {
    return found;
  }
  valijson::ValidationResults::Error error;
  while (results.popError(error)) {
    std::string where;
    for (const auto& part : error.context) {
      where.append(part).append(" ");
    }
    found.push_back(where.append(": ").append(error.description));
  }
  if (found.empty()) {
    found.emplace_back("invalid (valijson gave no detail)");
  }
  return found;
}

// The first few problems as one text, for a failed CHECK's message.
inline std::string summary(const std::vector<std::string>& found) {
  std::string text;
  for (std::size_t i = 0; i < found.size() && i < 5; ++i) {
    text.append(found[i]).append("\n");
  }
  return text;
}

}  // namespace schema_check
