#pragma once

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "backstride/assessment.hpp"
#include "backstride/cli/app.hpp"
#include "backstride/cli/init_questions.hpp"
#include "tty/prompt.hpp"

namespace backstride::cli {

// How the questionnaire ended: with the answers to write, or with the answers that need
// emergency care now (then nothing may be written).
struct InterviewEnd {
  nlohmann::ordered_json profile;
  std::vector<Finding> emergencies;
};

// The questionnaire of `backstride init`: every question of init_questions() in turn,
// where `back` (or `<`) returns to the previous one, then a review of all the answers by
// part, where any answer can be changed by its number before anything is written.
class Interview {
 public:
  // Questions go to `say`, wrapped to `width` columns; answers come from `io.in`.
  Interview(Io& io, std::ostream& say, InitContext context, std::size_t width)
      : m_prompter(io, say, width), m_say(say), m_context(std::move(context)), m_width(width) {}

  // Asks every question starting from `profile`: the skeleton for a new profile, or an
  // existing profile (`edit`), whose answers are then the defaults and whose other keys
  // stay as they are. `heading` opens the review (where the answers will go).
  // Throws Error(no_input) when the answers end first.
  InterviewEnd run(nlohmann::ordered_json profile, bool edit, std::string_view heading);

 private:
  enum class Step { answered, back };

  Step ask(std::size_t index);
  [[nodiscard]] std::string fallback(std::size_t index) const;
  [[nodiscard]] std::vector<Finding> emergencies() const;
  void show_part(std::size_t index);
  // A note under the question (a refusal, how an answer was taken), four spaces in.
  void say(std::string_view text);

  LinePrompter m_prompter;
  std::ostream& m_say;
  InitContext m_context;
  std::size_t m_width;
  nlohmann::ordered_json m_profile;
  std::vector<bool> m_answered;  // by question: the profile holds a real answer to it
  std::vector<bool> m_asked;     // by question: answered in this run
  std::optional<InitPart> m_shown_part;
};

// The review screen: a heading, then each part's answers numbered as the questions are
// (1 = the first question), with what an answer was in `before` when it has changed (an
// edit). Lines of at most `width` columns, each ending in a newline.
std::string review_screen(const nlohmann::ordered_json& profile,
                          const nlohmann::ordered_json* before, std::string_view heading,
                          std::size_t width);

// The value at `pointer` in `profile`; null when it is not there.
nlohmann::ordered_json answer_at(const nlohmann::ordered_json& profile, std::string_view pointer);

}  // namespace backstride::cli
