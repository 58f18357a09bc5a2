#pragma once

#include <string>
#include <string_view>

namespace backstride {

// A name-based (version 5, SHA-1) UUID of `name` in backstride's own namespace, in the
// usual 8-4-4-4-12 lower-case hex form (util-linux libuuid). Same name, same UUID;
// reveals nothing.
std::string uuid_v5(std::string_view name);

}  // namespace backstride
