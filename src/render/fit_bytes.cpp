#include "fit_bytes.hpp"

#include "backstride/error.hpp"
#include "backstride/render/fit.hpp"

namespace backstride::render {

std::uint16_t fit_crc(std::string_view bytes, std::uint16_t crc) {
  for (char c : bytes) {
    crc ^= static_cast<std::uint8_t>(c);
    for (int bit = 0; bit < 8; ++bit) {
      crc = (crc & 1U) != 0 ? static_cast<std::uint16_t>((crc >> 1U) ^ 0xA001U)
                            : static_cast<std::uint16_t>(crc >> 1U);
    }
  }
  return crc;
}

namespace fit {
namespace {

constexpr std::uint8_t k_header_size = 14;
constexpr std::uint8_t k_protocol_version = 0x10;  // 1.0: no protocol 2.0 features used
constexpr std::uint16_t k_profile_version = 2140;  // 21.40
constexpr std::uint8_t k_definition_bit = 0x40;
constexpr std::uint8_t k_max_local = 15;

void put_le(std::string& out, std::uint32_t value, std::size_t bytes) {
  for (std::size_t i = 0; i < bytes; ++i) {
    out.push_back(static_cast<char>((value >> (8 * i)) & 0xFFU));
  }
}

std::size_t size_of(BaseType type) {
  switch (type) {
    case BaseType::enum_:
    case BaseType::uint8:
    case BaseType::string:
      return 1;
    case BaseType::uint16:
      return 2;
    case BaseType::uint32:
    case BaseType::uint32z:
      return 4;
  }
  return 1;
}

}  // namespace

Field integer(std::uint8_t number, BaseType type, std::uint32_t value) {
  Field field{number, type, {}};
  put_le(field.bytes, value, size_of(type));
  return field;
}

Field string(std::uint8_t number, std::string_view text) {
  Field field{number, BaseType::string, std::string(text)};
  field.bytes.push_back('\0');
  return field;
}

void FileWriter::message(std::uint8_t local, std::uint16_t global,
                         const std::vector<Field>& fields) {
  if (local > k_max_local || fields.size() > 255) {
    throw Error(ExitCode::software, "FIT: local message type or field count out of range");
  }
  std::string layout;      // the definition message's content after its record header
  layout.push_back('\0');  // reserved
  layout.push_back('\0');  // architecture: little-endian
  put_le(layout, global, 2);
  layout.push_back(static_cast<char>(fields.size()));
  for (const auto& field : fields) {
    if (field.bytes.empty() || field.bytes.size() > 255) {
      throw Error(ExitCode::software, "FIT: a field must hold 1 to 255 bytes");
    }
    layout.push_back(static_cast<char>(field.number));
    layout.push_back(static_cast<char>(field.bytes.size()));
    layout.push_back(static_cast<char>(field.type));
  }
  if (m_layouts[local] != layout) {
    m_records.push_back(static_cast<char>(k_definition_bit | local));
    m_records += layout;
    m_layouts[local] = std::move(layout);
  }
  m_records.push_back(static_cast<char>(local));
  for (const auto& field : fields) {
    m_records += field.bytes;
  }
}

std::string FileWriter::finish() const {
  std::string file;
  file.push_back(static_cast<char>(k_header_size));
  file.push_back(static_cast<char>(k_protocol_version));
  put_le(file, k_profile_version, 2);
  put_le(file, static_cast<std::uint32_t>(m_records.size()), 4);
  file.append(".FIT");
  put_le(file, fit_crc(file), 2);
  file += m_records;
  put_le(file, fit_crc(file), 2);
  return file;
}

}  // namespace fit
}  // namespace backstride::render
