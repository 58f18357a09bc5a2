#include "json_fields.hpp"

#include <cstdint>

#include <fmt/format.h>

#include "backstride/error.hpp"
#include "backstride/text_util.hpp"

namespace backstride {

Date FieldReader::date(const std::string& pointer) const {
  const auto& text = root.at(nlohmann::json::json_pointer(pointer)).get_ref<const std::string&>();
  auto parsed = parse_date(text);
  if (!parsed) {
    fail(pointer, "is not a real calendar date (allowed: an existing day, YYYY-MM-DD)");
  }
  return *parsed;
}

std::string FieldReader::text(const std::string& pointer) const {
  const auto& text = root.at(nlohmann::json::json_pointer(pointer)).get_ref<const std::string&>();
  if (auto control = find_control_character(text)) {
    fail(pointer, fmt::format("contains the control character U+{:04X} (allowed: text without "
                              "control characters; tabs and line breaks are fine)",
                              static_cast<std::uint32_t>(*control)));
  }
  return text;
}

void check_all_text(const nlohmann::json& node, std::string_view source,
                    const std::string& pointer) {
  if (node.is_string()) {
    static_cast<void>(FieldReader{node, source, pointer}.text(""));
  } else if (node.is_array()) {
    for (std::size_t i = 0; i < node.size(); ++i) {
      check_all_text(node[i], source, fmt::format("{}/{}", pointer, i));
    }
  } else if (node.is_object()) {
    for (const auto& [key, value] : node.items()) {
      std::string where = fmt::format("{}/{}", pointer, printable(key));
      if (find_control_character(key)) {
        throw_data_error(source, where, "the key contains a control character");
      }
      check_all_text(value, source, where);
    }
  }
}

void FieldReader::fail(const std::string& pointer, const std::string& problem) const {
  throw_data_error(source, prefix + pointer, problem);
}

}  // namespace backstride
