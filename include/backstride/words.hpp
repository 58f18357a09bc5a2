#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace backstride {

struct NestedWords;

// Named arguments of a sentence: {placeholder, value} ({"usual", "3"}).
using WordArgs = std::vector<std::pair<std::string, std::string>>;

// A sentence the core means, for the renderers to say in the reader's language. Either a
// catalogue message id ({"chk_next_morning", {{"usual", "3"}}}) or, for the rule engine's
// own sentences, their English template (rule_words()), which is the gettext msgid.
struct Words {
  Words() = default;
  // A catalogue message and its arguments.
  Words(std::string message_id, WordArgs named = {});

  std::string id;       // a catalogue message id; empty for a rule-engine sentence
  std::string english;  // a rule-engine sentence: its English template with {placeholders}
  WordArgs args;
  std::vector<NestedWords> nested;  // arguments that are sentences themselves

  // True for no sentence at all.
  [[nodiscard]] bool empty() const {
    return id.empty() && english.empty();
  }
};

// A named argument that is a sentence itself ("{reason}: seek emergency care now").
struct NestedWords {
  std::string name;
  Words words;
};

// Defined here, where NestedWords is complete (clang needs it for `nested`'s clean-up).
inline Words::Words(std::string message_id, WordArgs named)
    : id(std::move(message_id)), args(std::move(named)) {}

// A rule-engine sentence by its English template (xgettext's keyword: po/backstride.pot
// takes every template from src/core), with its named arguments.
inline Words rule_words(std::string_view english, WordArgs args = {},
                        std::vector<NestedWords> nested = {}) {
  Words words(std::string(), std::move(args));
  words.english = english;
  words.nested = std::move(nested);
  return words;
}

// Marks a rule-engine template chosen before rule_words() is called (xgettext's keyword too).
constexpr std::string_view rule_template(std::string_view english) {
  return english;
}

}  // namespace backstride
