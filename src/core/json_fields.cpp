#include "json_fields.hpp"

#include <cstdint>

#include <fmt/format.h>

#include "backstride/error.hpp"
#include "text_util.hpp"

namespace backstride {

Date FieldReader::date(const std::string& pointer) const {
  const auto& text = root.at(nlohmann::json::json_pointer(pointer)).get_ref<const std::string&>();
  auto parsed = parse_date(text);
  if (!parsed) {
    fail(pointer, fmt::format("\"{}\" is not a real calendar date (allowed: an existing day, "
                              "YYYY-MM-DD)",
                              printable(text)));
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

void FieldReader::fail(const std::string& pointer, const std::string& problem) const {
  throw_data_error(source, prefix + pointer, problem);
}

}  // namespace backstride
