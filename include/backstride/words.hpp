#pragma once

#include <string>
#include <utility>
#include <vector>

namespace backstride {

// A sentence the core means, for the renderers to say in the reader's language: a
// catalogue message id and its named arguments ({"chk_next_morning", {{"usual", "3"}}}).
struct Words {
  std::string id;
  std::vector<std::pair<std::string, std::string>> args;

  bool operator==(const Words&) const = default;
};

}  // namespace backstride
