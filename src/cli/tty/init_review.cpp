#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "backstride/render/wrap.hpp"
#include "backstride/text_util.hpp"
#include "tty/init_interview.hpp"

// The review of `backstride init`'s answers, shown before anything is written.
namespace backstride::cli {
namespace {

constexpr std::size_t k_number_width = 4;        // "  12"
constexpr std::size_t k_least_label_room = 20;   // narrower, each answer goes under its label
constexpr std::size_t k_least_answer_room = 16;  // columns an answer beside its label keeps
constexpr std::size_t k_longest_answer = 200;    // a longer answer is cut with "..."

std::size_t label_width() {
  std::size_t widest = 0;
  for (const auto& question : init_questions()) {
    widest = std::max(widest, question.label.size());
  }
  return widest;
}

// `text` wrapped to `width` columns, one string per line.
std::vector<std::string> wrapped_lines(std::string_view text, std::size_t width) {
  std::string wrapped = render::wrap(text, width);
  wrapped.pop_back();  // the last newline
  std::vector<std::string> lines;
  for (auto line : text_lines(wrapped)) {
    lines.emplace_back(line);
  }
  return lines;
}

// One answer's row: its number, then its label in a column `labels` wide with the answer
// beside it (each wrapped within its column), or, when `labels` is 0, the answer under
// the label.
std::string review_row(std::size_t number, std::string_view label, std::string_view answer,
                       std::size_t labels, std::size_t width) {
  std::string first = fmt::format("{:>{}}  ", number, k_number_width);
  std::string indent(first.size(), ' ');
  if (labels == 0) {
    return render::wrap(label, width, first) + render::wrap(answer, width, indent + "  ");
  }
  auto left = wrapped_lines(label, labels);
  auto right = wrapped_lines(answer, width - first.size() - labels - 2);
  std::string rows;
  for (std::size_t k = 0; k < std::max(left.size(), right.size()); ++k) {
    std::string row = k == 0 ? first : indent;
    std::string cell = k < left.size() ? left[k] : "";
    if (k < right.size()) {
      std::size_t used = std::min(render::display_width(cell), labels);  // (no label word is wider)
      row.append(cell).append(labels - used + 2, ' ').append(right[k]);
    } else {
      row.append(cell);
    }
    rows.append(row).append("\n");
  }
  return rows;
}

}  // namespace

std::string review_screen(const nlohmann::ordered_json& profile,
                          const nlohmann::ordered_json* before, std::string_view heading,
                          std::size_t width) {
  std::size_t fixed = k_number_width + 2 + 2 + k_least_answer_room;
  std::size_t labels = std::min(label_width(), width > fixed ? width - fixed : 0);
  labels = labels < k_least_label_room ? 0 : labels;
  std::string screen = render::wrap(heading, width);
  std::optional<InitPart> part;
  auto questions = init_questions();
  for (std::size_t i = 0; i < questions.size(); ++i) {
    const InitQuestion& question = questions[i];
    if (question.part != part) {
      part = question.part;
      screen += "\n" + render::wrap(init_part_label(question.part), width);
    }
    auto value = answer_at(profile, question.pointer);
    std::string answer = printable(shown_answer(question, value), k_longest_answer);
    if (before) {
      auto old = answer_at(*before, question.pointer);
      if (old != value) {
        answer.append("  (was: ")
            .append(printable(shown_answer(question, old), k_longest_answer))
            .append(")");
      }
    }
    screen += review_row(i + 1, question.label, answer, labels, width);
  }
  return screen;
}

}  // namespace backstride::cli
