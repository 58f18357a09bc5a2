#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace backstride {

// An image embedded in a handout (never fetched).
struct Logo {
  std::string mime;   // "image/png" or "image/svg+xml"
  std::string bytes;  // the file's content
};

// Who hands out the plan (a clinic file, --clinic): shown on every handout page.
struct Clinic {
  std::string name;
  std::vector<std::string> address;  // lines
  std::string phone;
  std::string clinician;       // the clinician's name, may be empty
  std::string clinician_role;  // e.g. "Physiotherapist", may be empty
  std::string logo_file;       // as written in the file (relative to it); empty: none
  std::optional<Logo> logo;    // filled in by load_logo()
  bool signature = true;       // print a signature and date line
};

// Largest logo embedded, in bytes.
inline constexpr std::size_t k_max_logo_bytes = 256 * 1024;

// Parses and checks a clinic file (schema data/schema/clinic.schema.json; text free
// of control and bidi characters). Throws Error(data_error) with a located message.
Clinic parse_clinic(std::string_view text, std::string_view source);

// Checks a logo's bytes (PNG by its signature, SVG by its root element, with no
// script or external reference) and returns it typed. Throws Error(data_error).
Logo check_logo(std::string bytes, std::string_view source);

// The clinic JSON Schema text (draft 7), as `backstride schema clinic` prints it.
std::string_view clinic_schema_text();

}  // namespace backstride
