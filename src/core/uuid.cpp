#include "backstride/uuid.hpp"

#include <uuid/uuid.h>

#include <algorithm>
#include <array>

namespace backstride {
namespace {

// backstride's UUID namespace (a fixed random UUID, chosen once).
constexpr std::array<unsigned char, 16> k_namespace = {
    0x6f, 0x1c, 0x2b, 0x9e, 0x4d, 0x53, 0x4a, 0x8b, 0x9c, 0x07, 0x3e, 0x51, 0xd2, 0x7a, 0x60, 0x14};

}  // namespace

std::string uuid_v5(std::string_view name) {
  uuid_t ns{};
  std::copy(k_namespace.begin(), k_namespace.end(), ns);
  uuid_t uuid{};
  uuid_generate_sha1(uuid, ns, name.data(), name.size());  // util-linux libuuid (RFC 4122 v5)
  std::array<char, 37> text{};                             // 36 characters and the NUL
  uuid_unparse_lower(uuid, text.data());
  return {text.data(), 36};
}

}  // namespace backstride
