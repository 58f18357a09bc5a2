#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "backstride/date.hpp"

namespace backstride {

// Reads checked values out of a schema-valid document, reporting semantic
// problems located at a JSON pointer within `source`.
struct FieldReader {
  const nlohmann::json& root;
  std::string_view source;
  std::string prefix;  // pointer of `root` within the source document

  // The date at `pointer`; fails if it names a day that does not exist.
  [[nodiscard]] Date date(const std::string& pointer) const;

  // The text at `pointer`; fails if it holds a control character other than tab, CR or
  // LF (printed, one could rewrite a terminal's screen).
  [[nodiscard]] std::string text(const std::string& pointer) const;

  // Throws Error(data_error) "source: prefix+pointer: problem".
  [[noreturn]] void fail(const std::string& pointer, const std::string& problem) const;
};

// Checks every string in `node` (keys too) as FieldReader::text does; fails at the
// first one with a control or bidi character, at its JSON pointer within `source`.
void check_all_text(const nlohmann::json& node, std::string_view source,
                    const std::string& pointer = "");

}  // namespace backstride
