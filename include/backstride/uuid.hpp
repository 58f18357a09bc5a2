#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace backstride {

// SHA-1 digest of `data` (FIPS 180-4). Used only to derive name-based UUIDs.
std::array<std::uint8_t, 20> sha1(std::string_view data);

// A name-based (version 5) UUID of `name` in backstride's own namespace, in the
// usual 8-4-4-4-12 lower-case hex form. Same name, same UUID; reveals nothing.
std::string uuid_v5(std::string_view name);

}  // namespace backstride
