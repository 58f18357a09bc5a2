#pragma once
// Why a JSON value breaks its schema, in words a person can act on: the explanations
// behind SchemaValidator's messages. Private to the core.

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace backstride {

// A problem found at one node; `key` names the child it concerns, if any.
struct Explanation {
  std::optional<std::string> key;  // may be "", a key like any other
  std::string problem;
  Explanation(std::string text) : problem(std::move(text)) {}  // NOLINT: implicit on purpose
  Explanation(std::string child, std::string text)
      : key(std::move(child)), problem(std::move(text)) {}
};

// The schema node that describes the value at `path`, following properties, items and
// local "$ref"s; nullptr when the schema says nothing about it.
const nlohmann::json* schema_at(const nlohmann::json& root, const std::vector<std::string>& path);

// An object's own problems: each unknown key, each missing required key, too few or too
// many keys (a child's problems are the child's).
std::vector<Explanation> object_problems(const nlohmann::json& value, const nlohmann::json& schema);

// Explains why `value` breaks `schema` at this node only; nullopt if it does not.
std::optional<Explanation> explain(const nlohmann::json& value, const nlohmann::json& schema);

}  // namespace backstride
