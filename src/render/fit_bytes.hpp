#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// The FIT record layer (no profile knowledge): fields with a base type, messages that
// get a definition message whenever their layout changes, the file header and CRC.
namespace backstride::render::fit {

// FIT base types (the byte a field definition carries).
enum class BaseType : std::uint8_t {
  enum_ = 0x00,
  uint8 = 0x02,
  uint16 = 0x84,
  uint32 = 0x86,
  string = 0x07,
  uint32z = 0x8C,
};

// One field of a data message: its number in the profile, base type and raw bytes.
struct Field {
  std::uint8_t number = 0;
  BaseType type = BaseType::uint8;
  std::string bytes;  // little-endian value, or a NUL-terminated string
};

// A field of an unsigned integer type (enum, uint8, uint16, uint32, uint32z).
Field integer(std::uint8_t number, BaseType type, std::uint32_t value);

// A string field: `text` (already cut to size) and its terminating NUL.
Field string(std::uint8_t number, std::string_view text);

// Writes the records of one FIT file and, at the end, the header and CRC around them.
class FileWriter {
 public:
  // Appends a data message of `global` number as local message `local` (0-15), first
  // writing its definition when that local message had none or another layout.
  void message(std::uint8_t local, std::uint16_t global, const std::vector<Field>& fields);

  // The whole file: 14-byte header (with its CRC), the records, the file CRC.
  [[nodiscard]] std::string finish() const;

 private:
  std::string m_records;
  std::vector<std::string> m_layouts = std::vector<std::string>(16);
};

}  // namespace backstride::render::fit
