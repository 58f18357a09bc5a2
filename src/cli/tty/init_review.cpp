#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "backstride/render/wrap.hpp"
#include "backstride/text_util.hpp"
#include "tty/init_interview.hpp"

// The review of `backstride init`'s answers, shown before anything is written.
namespace backstride::cli {
namespace {

constexpr std::size_t k_number_width = 4;  // "  12"

std::size_t label_width() {
  std::size_t widest = 0;
  for (const auto& question : init_questions()) {
    widest = std::max(widest, question.label.size());
  }
  return widest;
}

}  // namespace

std::string review_screen(const nlohmann::ordered_json& profile,
                          const nlohmann::ordered_json* before, std::string_view heading,
                          std::size_t width) {
  std::size_t labels = label_width();
  std::size_t answer_column = k_number_width + 2 + labels + 2;
  std::size_t room = width > answer_column + 10 ? width - answer_column : 10;
  std::string screen = render::wrap(heading, width);
  std::optional<InitPart> part;
  auto questions = init_questions();
  for (std::size_t i = 0; i < questions.size(); ++i) {
    const InitQuestion& question = questions[i];
    if (question.part != part) {
      part = question.part;
      screen += fmt::format("\n{}\n", init_part_label(question.part));
    }
    auto value = answer_at(profile, question.pointer);
    std::string line = fmt::format("{:>{}}  {:<{}}  {}", i + 1, k_number_width, question.label,
                                   labels, printable(shown_answer(question, value), room));
    if (before) {
      auto old = answer_at(*before, question.pointer);
      if (old != value) {
        std::string was = fmt::format("(was: {})", printable(shown_answer(question, old), room));
        bool fits = utf8_length(line) + 2 + utf8_length(was) <= width;
        line += fits ? "  " + was : "\n" + std::string(answer_column, ' ') + was;
      }
    }
    screen += line + "\n";
  }
  return screen;
}

}  // namespace backstride::cli
