#include "json_schema.hpp"

#include <algorithm>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>
// valijson's json_pointer.hpp trips GCC 12's false -Wrestrict (bug 105329) once inlined
// here in a Release build; the code is not ours to change.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wrestrict"
#endif
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "backstride/error.hpp"
#include "backstride/text_util.hpp"
#include "schema_explain.hpp"

namespace backstride {
namespace {

using nlohmann::json;

// Turns valijson's context ("<root>", "[key]", "[3]") into path tokens.
std::vector<std::string> context_tokens(const std::vector<std::string>& context) {
  std::vector<std::string> tokens;
  for (const auto& part : context) {
    if (part.size() >= 2 && part.front() == '[' && part.back() == ']') {
      tokens.push_back(part.substr(1, part.size() - 2));
    }
  }
  return tokens;
}

}  // namespace

struct SchemaValidator::Impl {
  json schema_json;
  valijson::Schema schema;
};

SchemaValidator::SchemaValidator(json schema) : m_impl(std::make_unique<Impl>()) {
  m_impl->schema_json = std::move(schema);
  try {
    valijson::SchemaParser parser;
    valijson::adapters::NlohmannJsonAdapter adapter(m_impl->schema_json);
    parser.populateSchema(adapter, m_impl->schema);
  } catch (const std::exception& e) {
    throw Error(ExitCode::software, fmt::format("embedded schema is invalid: {}", e.what()));
  }
}

SchemaValidator::~SchemaValidator() = default;

namespace {

// The violations at `tokens` in `document`, explained from the schema (every problem of
// an object of its own); for a value that is not a leaf of the failures (its children
// fail too), only its own problems, if any.
std::vector<SchemaViolation> violations_at(const json& schema_json, const json& document,
                                           const std::vector<std::string>& tokens,
                                           const std::string& description, bool leaf) {
  // Walk the document to the offending value, building the JSON pointer as we go.
  const json* value = &document;
  std::string pointer;
  for (const auto& token : tokens) {
    if (value->is_array()) {
      value = &value->at(std::stoul(token));
    } else {
      value = &value->at(token);
    }
    pointer += "/" + pointer_token(token);
  }
  std::vector<Explanation> found;
  if (const json* schema = schema_at(schema_json, tokens)) {
    if (auto explained = explain(*value, *schema)) {
      auto own = value->is_object() ? object_problems(*value, *schema) : std::vector<Explanation>{};
      bool all_own = !own.empty() && own.front().key == explained->key &&
                     own.front().problem == explained->problem;
      found = all_own ? std::move(own) : std::vector<Explanation>{*explained};
    }
  }
  if (found.empty() && leaf) {
    found.emplace_back(printable(description, 300));
  }
  std::vector<SchemaViolation> violations;
  for (const auto& explanation : found) {
    std::string at = explanation.key ? pointer + "/" + pointer_token(*explanation.key) : pointer;
    // Keys may hold control characters: the message must stay one safe line.
    violations.push_back({printable(at), explanation.problem});
  }
  return violations;
}

// valijson caches compiled "pattern" regexes in its Validator; keep one per schema and
// thread so a history of thousands of lines compiles each regex once. Keyed by address:
// every SchemaValidator is a function-local static that lives as long as the process.
valijson::Validator& validator_for(const void* schema) {
  thread_local std::unordered_map<const void*, valijson::Validator> validators;
  return validators[schema];
}

}  // namespace

std::optional<SchemaViolation> SchemaValidator::check(const json& document) const {
  valijson::Validator& validator = validator_for(m_impl.get());
  valijson::adapters::NlohmannJsonAdapter target(document);
  if (validator.validate(m_impl->schema, target, nullptr)) {
    return std::nullopt;
  }
  valijson::ValidationResults results;
  validator.validate(m_impl->schema, target, &results);
  std::vector<std::string> deepest;
  std::string description;
  for (const auto& error : results) {
    auto tokens = context_tokens(error.context);
    if (description.empty() || tokens.size() > deepest.size()) {
      deepest = tokens;
      description = error.description;
    }
  }
  return violations_at(m_impl->schema_json, document, deepest, description, true).front();
}

std::vector<SchemaViolation> SchemaValidator::check_all(const json& document,
                                                        std::size_t most) const {
  valijson::Validator& validator = validator_for(m_impl.get());
  valijson::adapters::NlohmannJsonAdapter target(document);
  valijson::ValidationResults results;
  if (validator.validate(m_impl->schema, target, &results)) {
    return {};
  }
  std::vector<std::pair<std::vector<std::string>, std::string>> failed;  // path, description
  for (const auto& error : results) {
    auto tokens = context_tokens(error.context);
    if (std::ranges::find(failed, tokens, [](const auto& f) { return f.first; }) == failed.end()) {
      failed.emplace_back(std::move(tokens), error.description);
    }
  }
  std::vector<SchemaViolation> violations;
  for (const auto& failure : failed) {
    const auto& tokens = failure.first;  // (a lambda may not capture a structured binding)
    bool leaf = std::ranges::none_of(failed, [&](const auto& other) {
      return other.first.size() > tokens.size() &&
             std::equal(tokens.begin(), tokens.end(), other.first.begin());
    });
    for (auto& violation :
         violations_at(m_impl->schema_json, document, tokens, failure.second, leaf)) {
      bool seen = std::ranges::any_of(
          violations, [&](const SchemaViolation& v) { return v.pointer == violation.pointer; });
      if (!seen && violations.size() < most) {
        violations.push_back(std::move(violation));
      }
    }
  }
  return violations;
}

}  // namespace backstride
