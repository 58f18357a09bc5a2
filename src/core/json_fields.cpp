#include "json_fields.hpp"

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

void FieldReader::fail(const std::string& pointer, const std::string& problem) const {
  throw_data_error(source, prefix + pointer, problem);
}

}  // namespace backstride
