#include "schema_explain.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "backstride/text_util.hpp"

namespace backstride {
namespace {

using nlohmann::json;

// A float without a fraction (JSON text such as 16.0, 1e20 or 18446744073709551616).
bool is_whole(const json& value) {
  double number = value.get<double>();
  return std::isfinite(number) && std::trunc(number) == number;
}

std::string json_type_name(const json& value) {
  switch (value.type()) {
    case json::value_t::null:
      return "null";
    case json::value_t::boolean:
      return "true or false";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
      return "an integer";
    case json::value_t::number_float:
      // 16.0 and 1e20 have no fraction, but are not written as whole numbers.
      return is_whole(value) ? "a number with a decimal point or exponent"
                             : "a number with a fraction";
    case json::value_t::string:
      return "text";
    case json::value_t::array:
      return "a list";
    case json::value_t::object:
      return "an object";
    default:
      return "an unknown value";
  }
}

bool type_matches(const json& value, const std::string& type) {
  if (type == "integer") {
    return value.is_number_integer();
  }
  if (type == "number") {
    return value.is_number();
  }
  if (type == "string") {
    return value.is_string();
  }
  if (type == "boolean") {
    return value.is_boolean();
  }
  if (type == "array") {
    return value.is_array();
  }
  if (type == "object") {
    return value.is_object();
  }
  return value.is_null();
}

std::string join_values(const json& values) {
  std::string out;
  for (const auto& v : values) {
    out += out.empty() ? "" : ", ";
    out += v.is_string() ? v.get<std::string>() : v.dump();
  }
  return out;
}

std::string number_text(const json& n) {
  return n.is_number_float() ? fmt::format("{}", n.get<double>()) : n.dump();
}

// What the schema allows at this node, for the "(allowed: ...)" part of a message.
std::string allowed_text(const json& schema) {
  if (schema.contains("enum")) {
    return join_values(schema.at("enum"));
  }
  std::string type = schema.value("type", "");
  if (type == "integer" || type == "number") {
    std::string what = type == "integer" ? "a whole number" : "a number";
    if (schema.contains("minimum") && schema.contains("maximum")) {
      return fmt::format("{} from {} to {}", what, number_text(schema.at("minimum")),
                         number_text(schema.at("maximum")));
    }
    return what;
  }
  if (type == "object") {
    return "a JSON object; see `backstride schema`";
  }
  if (schema.contains("description")) {
    return schema.at("description").get<std::string>();
  }
  if (type == "boolean") {
    return "true or false";
  }
  if (type == "string") {
    return "text";
  }
  if (type == "array") {
    return schema.contains("maxItems")
               ? fmt::format("a list of at most {} items", schema.at("maxItems").get<std::size_t>())
               : "a list";
  }
  return type.empty() ? "see backstride schema" : "a value of type " + type;
}

std::string with_allowed(const std::string& problem, const json& schema) {
  return fmt::format("{} (allowed: {})", problem, allowed_text(schema));
}

}  // namespace

const json* schema_at(const json& root, const std::vector<std::string>& path) {
  const json* node = &root;
  auto resolve = [&root](const json* n) {
    for (int hops = 0; n && n->is_object() && n->contains("$ref") && hops < 8; ++hops) {
      std::string ref = n->at("$ref").get<std::string>();
      n = ref.starts_with("#/") ? &root.at(json::json_pointer(ref.substr(1))) : nullptr;
    }
    return n;
  };
  node = resolve(node);
  for (const auto& token : path) {
    if (!node || !node->is_object()) {
      return nullptr;
    }
    if (node->contains("items")) {
      node = &node->at("items");
    } else if (node->contains("properties") && node->at("properties").contains(token)) {
      node = &node->at("properties").at(token);
    } else {
      return nullptr;
    }
    node = resolve(node);
  }
  return node;
}

std::vector<Explanation> object_problems(const json& value, const json& schema) {
  std::vector<Explanation> problems;
  std::vector<std::string> known;
  if (schema.contains("properties")) {
    for (const auto& [key, sub] : schema.at("properties").items()) {
      known.push_back(key);
    }
  }
  if (!schema.value("additionalProperties", true)) {
    for (const auto& [key, sub] : value.items()) {
      if (std::ranges::find(known, key) == known.end()) {
        problems.emplace_back(key,
                              fmt::format("unknown key (allowed: {})", fmt::join(known, ", ")));
      }
    }
  }
  for (const auto& key : schema.value("required", json::array())) {
    const auto& name = key.get_ref<const std::string&>();
    if (!value.contains(name)) {
      const auto& properties = schema.value("properties", json::object());
      problems.emplace_back(name, properties.contains(name)
                                      ? with_allowed("is required but missing", properties.at(name))
                                      : "is required but missing");
    }
  }
  if (schema.contains("minProperties") &&
      value.size() < schema.at("minProperties").get<std::size_t>()) {
    problems.push_back(with_allowed("is empty", schema));
  }
  if (schema.contains("maxProperties") &&
      value.size() > schema.at("maxProperties").get<std::size_t>()) {
    problems.push_back(with_allowed("has too many keys", schema));
  }
  return problems;
}

std::optional<Explanation> explain(const json& value, const json& schema) {
  if (schema.contains("type") && !type_matches(value, schema.at("type").get<std::string>())) {
    auto type = schema.at("type").get<std::string>();
    // A whole number too large for an integer (1e20, 2^64) is read as a float.
    if (type == "integer" && value.is_number_float() && is_whole(value)) {
      double number = value.get<double>();
      if ((schema.contains("minimum") && number < schema.at("minimum").get<double>()) ||
          (schema.contains("maximum") && number > schema.at("maximum").get<double>())) {
        return with_allowed("is out of range", schema);
      }
    }
    return with_allowed(fmt::format("expected {}, found {}",
                                    type == "integer"  ? "a whole number"
                                    : type == "object" ? "an object"
                                                       : type,
                                    json_type_name(value)),
                        schema);
  }
  if (schema.contains("enum") &&
      std::ranges::find(schema.at("enum"), value) == schema.at("enum").end()) {
    return with_allowed("is not one of the choices", schema);
  }
  if (value.is_number()) {
    double number = value.get<double>();
    if ((schema.contains("minimum") && number < schema.at("minimum").get<double>()) ||
        (schema.contains("maximum") && number > schema.at("maximum").get<double>())) {
      return with_allowed("is out of range", schema);
    }
  }
  if (value.is_string()) {
    auto length = utf8_length(value.get_ref<const std::string&>());
    if (schema.contains("minLength") && length < schema.at("minLength").get<std::size_t>()) {
      return length == 0 ? "must not be empty"
                         : fmt::format("is too short (at least {} characters)",
                                       schema.at("minLength").get<std::size_t>());
    }
    if (schema.contains("maxLength") && length > schema.at("maxLength").get<std::size_t>()) {
      return fmt::format("is too long: {} characters (allowed: at most {})", length,
                         schema.at("maxLength").get<std::size_t>());
    }
    if (schema.contains("pattern")) {
      return with_allowed("has the wrong form", schema);
    }
  }
  if (value.is_array()) {
    if (schema.contains("minItems") && value.size() < schema.at("minItems").get<std::size_t>()) {
      return with_allowed(
          fmt::format("has {} item{}, needs at least {}", value.size(),
                      value.size() == 1 ? "" : "s", schema.at("minItems").get<std::size_t>()),
          schema);
    }
    if (schema.contains("maxItems") && value.size() > schema.at("maxItems").get<std::size_t>()) {
      return with_allowed(fmt::format("has {} items, at most {} are allowed", value.size(),
                                      schema.at("maxItems").get<std::size_t>()),
                          schema);
    }
    if (schema.value("uniqueItems", false)) {
      for (std::size_t i = 0; i < value.size(); ++i) {
        for (std::size_t j = i + 1; j < value.size(); ++j) {
          if (value[i] == value[j]) {
            return fmt::format("items {} and {} are the same (each item may appear once)", i, j);
          }
        }
      }
    }
  }
  if (value.is_object()) {
    if (auto problems = object_problems(value, schema); !problems.empty()) {
      return problems.front();
    }
  }
  return std::nullopt;
}

}  // namespace backstride
