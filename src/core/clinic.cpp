#include "backstride/clinic.hpp"

#include <algorithm>
#include <regex>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "backstride/embedded.hpp"
#include "backstride/error.hpp"
#include "json_fields.hpp"
#include "json_schema.hpp"

namespace backstride {
namespace {

using nlohmann::json;

const SchemaValidator& clinic_validator() {
  static const SchemaValidator validator(json::parse(clinic_schema_text()));
  return validator;
}

std::string lower(std::string_view text) {
  std::string out(text);
  std::ranges::transform(out, out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

}  // namespace

std::string_view clinic_schema_text() {
  for (const auto& file : embedded::files()) {
    if (file.group == "schema" && file.name == "clinic.schema.json") {
      return file.content;
    }
  }
  throw Error(ExitCode::software, "the clinic schema is not embedded in this build");
}

Clinic parse_clinic(std::string_view text, std::string_view source) {
  json document = parse_json_text(text, source);
  if (auto violation = clinic_validator().check(document)) {
    throw_data_error(source, violation->pointer, violation->problem);
  }
  FieldReader at{document, source, ""};
  Clinic clinic;
  clinic.name = at.text("/name");
  if (document.contains("address")) {
    for (std::size_t i = 0; i < document.at("address").size(); ++i) {
      clinic.address.push_back(at.text(fmt::format("/address/{}", i)));
    }
  }
  clinic.phone = document.contains("phone") ? at.text("/phone") : "";
  if (document.contains("clinician")) {
    clinic.clinician = at.text("/clinician/name");
    clinic.clinician_role =
        document.at("clinician").contains("role") ? at.text("/clinician/role") : "";
  }
  if (document.contains("logo")) {
    clinic.logo_file = at.text("/logo");
    if (clinic.logo_file.find('/') != std::string::npos || clinic.logo_file.starts_with(".")) {
      at.fail("/logo",
              "is not a file name beside the clinic file (allowed: a plain name such "
              "as logo.png)");
    }
  }
  clinic.signature = document.value("signature", true);
  return clinic;
}

Logo check_logo(std::string bytes, std::string_view source) {
  if (bytes.size() > k_max_logo_bytes) {
    throw_data_error(source, "",
                     fmt::format("the logo is {} bytes (allowed: at most {} KiB)", bytes.size(),
                                 k_max_logo_bytes / 1024));
  }
  static constexpr std::string_view k_png_signature = "\x89PNG\r\n\x1a\n";
  if (bytes.starts_with(k_png_signature)) {
    return {"image/png", std::move(bytes)};
  }
  std::string text = lower(bytes);
  if (text.find("<svg") == std::string::npos) {
    throw_data_error(source, "", "is neither a PNG nor an SVG image (allowed: PNG or SVG)");
  }
  // An embedded image must not run anything or reach out: no scripts, no event
  // handlers, no entities, no references outside the file (the SVG namespaces aside).
  std::string checked =
      std::regex_replace(text, std::regex("\"http://www\\.w3\\.org/[^\"]*\""), "\"\"");
  static const std::regex k_banned(
      R"(<script|javascript:|<foreignobject|<!entity|\son[a-z]+\s*=|(href|src)\s*=\s*['"](?!#)|https?:)");
  if (std::regex_search(checked, k_banned)) {
    throw_data_error(source, "",
                     "the SVG logo contains a script, an event handler or an external reference "
                     "(allowed: a plain drawing with none of these)");
  }
  return {"image/svg+xml", std::move(bytes)};
}

}  // namespace backstride
