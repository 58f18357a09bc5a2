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

// A message without a plural form. The name is xgettext's keyword (msgctxt = id), so the
// template po/backstride.pot is extracted from these tables.
constexpr Message msg(std::string_view id, std::string_view text) {
  return {id, text};
}

// A message with a plural form ({n} is the count); xgettext's msgid_plural.
constexpr Message msg_n(std::string_view id, std::string_view one, std::string_view other) {
  return {id, one, other};
}

// The wording of the handouts, calendars, sheets, audio and terminal (catalogue_en.cpp).
std::span<const Message> handout_messages();

// The wording of the clinic review (`backstride review`).
std::span<const Message> review_messages();

// The wording of the safety checks and warning signs the core names (Checkpoint, SafetySigns).
std::span<const Message> checkpoint_messages();

}  // namespace backstride::render
