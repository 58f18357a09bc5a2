#pragma once

#include <string>
#include <string_view>
#include <utility>

#include <fmt/format.h>

// The wording of the handouts, in one catalogue keyed by message id (English; a
// translation adds a catalogue rather than touching the renderers). Messages use
// named fmt placeholders ("{minutes}") and may have a plural form.
namespace backstride::render {

// The message `id` for `count` (its plural form when count != 1). Throws
// Error(software) for an unknown id (a bug).
std::string_view message(std::string_view id, long count = 1);

// The message `id` with its placeholders filled: say("week_sessions", fmt::arg("n", 2)).
template <typename... Args>
std::string say(std::string_view id, Args&&... args) {
  return fmt::format(fmt::runtime(message(id)), std::forward<Args>(args)...);
}

// The plural-aware message `id` for `count`, with {n} = count and the other placeholders.
template <typename... Args>
std::string say_n(std::string_view id, long count, Args&&... args) {
  return fmt::format(fmt::runtime(message(id, count)), fmt::arg("n", count),
                     std::forward<Args>(args)...);
}

// A length of time as people say it: "45 s", "25 min", "1 min 30 s", "1 h 12 min"
// (an hour or more to the nearest minute; nothing at all is "0 min").
std::string readable_duration(int seconds);

}  // namespace backstride::render
