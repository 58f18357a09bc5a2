#include "tty/init_interview.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

#include <fmt/format.h>

#include "backstride/error.hpp"
#include "backstride/profile.hpp"
#include "backstride/render/wrap.hpp"
#include "backstride/text_util.hpp"

namespace backstride::cli {
namespace {

using nlohmann::ordered_json;

constexpr const char* k_review_prompt =
    "Press Enter to save, or type a number to change that answer";

// The problem the profile has at `pointer` (or below it), if any; problems elsewhere
// are left for the questions that set those fields.
std::optional<std::string> problem_at(const ordered_json& profile, std::string_view pointer) {
  try {
    parse_profile(profile.dump(), "answer");
  } catch (const Error& error) {
    std::string prefix = fmt::format("answer: {}", pointer);
    for (const auto& line : text_lines(error.what())) {
      std::string_view message = line;
      if (message.starts_with(prefix + ": ") || message.starts_with(prefix + "/")) {
        message.remove_prefix(prefix.size());
        return std::string(message.substr(message.find(": ") + 2));
      }
    }
  }
  return std::nullopt;
}

void set(ordered_json& profile, std::string_view pointer,
         const std::optional<ordered_json>& value) {
  ordered_json::json_pointer where{std::string(pointer)};
  if (value) {
    profile[where] = *value;
  } else if (profile.contains(where)) {
    profile[where.parent_pointer()].erase(where.back());
  }
}

bool is_back(std::string_view answer) {
  return answer == "<" || (answer.size() == 4 && std::equal(answer.begin(), answer.end(), "back",
                                                            [](unsigned char a, char b) {
                                                              return std::tolower(a) == b;
                                                            }));
}

// The question number typed at the review (1-based), if it is one.
std::optional<std::size_t> review_number(std::string_view typed, std::size_t count) {
  std::size_t number = 0;
  auto [end, error] = std::from_chars(typed.data(), typed.data() + typed.size(), number);
  if (error != std::errc{} || end != typed.data() + typed.size() || number < 1 || number > count) {
    return std::nullopt;
  }
  return number;
}

}  // namespace

ordered_json answer_at(const ordered_json& profile, std::string_view pointer) {
  ordered_json::json_pointer where{std::string(pointer)};
  return profile.contains(where) ? profile.at(where) : ordered_json();
}

InterviewEnd Interview::run(ordered_json profile, bool edit, std::string_view heading) {
  auto questions = init_questions();
  m_profile = std::move(profile);
  const ordered_json before = m_profile;
  m_answered.assign(questions.size(), false);
  m_asked.assign(questions.size(), false);
  if (edit) {
    for (std::size_t i = 0; i < questions.size(); ++i) {
      m_answered[i] =
          questions[i].optional || !answer_at(m_profile, questions[i].pointer).is_null();
    }
  }
  std::vector<std::size_t> asked;  // the questions answered, in the order they were asked
  std::size_t next = 0;
  for (;;) {
    if (next < questions.size()) {
      show_part(next);
      if (ask(next) == Step::back) {
        if (asked.empty()) {
          say("There is no question before this one.");
        } else {
          next = asked.back();
          asked.pop_back();
        }
        continue;
      }
      asked.push_back(next);
      if (questions[next].part == InitPart::red_flags) {
        if (auto found = emergencies(); !found.empty()) {
          return {m_profile, found};
        }
      }
      ++next;
      continue;
    }
    m_say << "\n" << review_screen(m_profile, edit ? &before : nullptr, heading, m_width) << "\n";
    for (;;) {
      std::string typed = m_prompter.ask(question_prompt(k_review_prompt, m_width, ": "), "init",
                                         "Press Enter to save", "nothing was written");
      if (typed.empty()) {
        return {m_profile, {}};
      }
      if (is_back(typed)) {
        next = asked.back();
        asked.pop_back();
        break;
      }
      if (auto number = review_number(typed, questions.size())) {
        m_shown_part.reset();
        show_part(*number - 1);
        ask(*number - 1);  // `back` here returns to the review unchanged
        if (questions[*number - 1].part == InitPart::red_flags) {
          if (auto found = emergencies(); !found.empty()) {
            return {m_profile, found};
          }
        }
        break;
      }
      say(fmt::format("Not taken: type a number from 1 to {}, or just press Enter to save.",
                      questions.size()));
    }
    m_shown_part.reset();
  }
}

Interview::Step Interview::ask(std::size_t index) {
  const InitQuestion& question = init_questions()[index];
  for (;;) {
    std::string answer_default = fallback(index);
    std::string hint = answer_default.empty() ? "" : fmt::format(" [{}]", answer_default);
    if (question.optional) {
      hint = (answer_default.empty() ? " (press Enter to skip)" : " (none to leave it out)") + hint;
    }
    std::string prompt;
    if (question.choices.empty()) {
      std::string yes_no = question.kind == AnswerKind::yes_no ? " [y/n]" : "";
      prompt = question_prompt(std::string(question.prompt) + yes_no + hint, m_width, ": ");
    } else {
      prompt = render::wrap(question.prompt, m_width, "  ");
      for (std::size_t i = 0; i < question.choices.size(); ++i) {
        prompt += render::wrap(question.choices[i].label, m_width, fmt::format("    {}) ", i + 1));
      }
      prompt += question_prompt(fmt::format("Answer 1-{}{}", question.choices.size(), hint),
                                m_width, ": ");
    }
    std::string answer = m_prompter.ask(prompt, "init", question.prompt, "nothing was written");
    if (is_back(answer)) {
      return Step::back;
    }
    if (answer.empty()) {
      answer = answer_default;
    }
    ParsedAnswer parsed = parse_answer(question, answer, m_context.zone_names);
    std::string problem = parsed.problem;
    ordered_json candidate = m_profile;
    if (problem.empty()) {
      set(candidate, question.pointer, parsed.value);
      // The schema's message is a predicate without the value ("is out of range").
      if (auto schema_problem = problem_at(candidate, question.pointer)) {
        problem = "that answer " + *schema_problem;
      }
    }
    if (problem.empty()) {
      m_profile = std::move(candidate);
      m_answered[index] = true;
      m_asked[index] = true;
      if (question.kind == AnswerKind::zone && parsed.value != answer) {
        say(fmt::format("Taken as {}.", parsed.value->get<std::string>()));
      }
      return Step::answered;
    }
    say(fmt::format("Not taken: {}{} Please answer again.", problem,
                    problem.ends_with('?') ? "" : "."));
  }
}

std::string Interview::fallback(std::size_t index) const {
  const InitQuestion& question = init_questions()[index];
  if (m_answered[index]) {
    return typed_answer(question, answer_at(m_profile, question.pointer));
  }
  return default_answer(question, m_profile, m_context);
}

std::vector<Finding> Interview::emergencies() const {
  // Only answers given now count: an edited profile's old "yes" may be the mistake being
  // put right, so a warning sign not asked yet keeps the skeleton's "no".
  ordered_json answers = m_profile;
  ordered_json skeleton = init_profile_skeleton(m_context);
  auto questions = init_questions();
  for (std::size_t i = 0; i < questions.size(); ++i) {
    if (questions[i].part == InitPart::red_flags && !m_asked[i]) {
      set(answers, questions[i].pointer, answer_at(skeleton, questions[i].pointer));
    }
  }
  std::vector<Finding> found;
  for (auto& finding :
       screen_profile(parse_profile(answers.dump(), "answers"), m_context.today).findings) {
    if (finding.effect == RuleEffect::emergency) {
      found.push_back(std::move(finding));
    }
  }
  return found;
}

void Interview::say(std::string_view text) {
  m_say << render::wrap(text, m_width, "    ");
}

void Interview::show_part(std::size_t index) {
  InitPart part = init_questions()[index].part;
  if (part != m_shown_part) {
    m_shown_part = part;
    m_say << "\n" << render::wrap(init_part_title(part), m_width);
  }
}

}  // namespace backstride::cli
