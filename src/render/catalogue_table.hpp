#pragma once

#include <span>
#include <string_view>

namespace backstride::render {

// One catalogue message: id, text, and the plural text when it differs ({n} is the count).
struct Message {
  std::string_view id;
  std::string_view one;
  std::string_view other = {};
};

// The wording of the clinic review (`backstride review`), searched after the handouts'.
std::span<const Message> review_messages();

}  // namespace backstride::render
