#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "backstride/words.hpp"

// The wording of every output, in one catalogue keyed by message id: English in the code
// (catalogue_*_en.cpp), each translation a gettext catalogue (po/<language>.po, msgctxt =
// the id). Messages use named fmt placeholders ("{minutes}") and may have a plural form.
// The language is chosen per call, not per process: a LanguageScope on this thread.
namespace backstride::render {

// While it lives, say() and message() on this thread speak `language` (scopes nest, so
// each batch job, in its own thread, writes its patient's language). Throws
// Error(usage) for a language without a catalogue.
class LanguageScope {
 public:
  explicit LanguageScope(std::string_view language);
  ~LanguageScope();
  LanguageScope(const LanguageScope&) = delete;
  LanguageScope& operator=(const LanguageScope&) = delete;

 private:
  const void* previous_;
};

// The language say() speaks on this thread now: "en" outside every LanguageScope.
std::string_view current_language();

// The message `id` for `count` (its plural form, by the language's plural rule), in the
// current language. Throws Error(software) for an unknown id (a bug).
std::string_view message(std::string_view id, long count = 1);

// A program's own words (its name, finale or a stage title) in the current language, or
// as the program wrote them when the catalogue has no translation (a clinic's program).
std::string_view program_words(std::string_view text);

// A sentence the core names (a checkpoint, a warning sign), said in the current language;
// empty for Words without an id (a default-made plan's).
std::string say(const Words& words);

// Each of a list of sentences, said in the current language.
std::vector<std::string> say_each(const std::vector<Words>& list);

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
