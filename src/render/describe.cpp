#include "backstride/render/describe.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "backstride/date.hpp"
#include "backstride/render/catalogue.hpp"
#include "backstride/render/text.hpp"
#include "backstride/render/wording.hpp"

namespace backstride::render {
namespace {

constexpr std::size_t k_max_period = 4;

std::string segment_text(const Segment& segment) {
  return fmt::format("{} {}", segment_kind_label(segment.kind), format_duration(segment.seconds));
}

// How many times segments[at, at+period) repeats back to back from `at`.
std::size_t repeats(const std::vector<Segment>& segments, std::size_t at, std::size_t period) {
  std::size_t count = 1;
  while (at + (count + 1) * period <= segments.size()) {
    for (std::size_t k = 0; k < period; ++k) {
      if (!(segments[at + k] == segments[at + count * period + k])) {
        return count;
      }
    }
    ++count;
  }
  return count;
}

}  // namespace

std::string_view segment_kind_label(SegmentKind kind) {
  return message(fmt::format("label_{}", segment_kind_key(kind)));
}

namespace {

// Folds repeats of `segments` into "N x (a, b)" parts, each segment worded by `word`,
// the parts joined by `separator`.
template <typename Word>
std::string fold_segments(const std::vector<Segment>& segments, Word word, std::string_view times,
                          std::string_view separator) {
  std::vector<std::string> parts;
  std::size_t at = 0;
  while (at < segments.size()) {
    std::size_t best_period = 1;
    std::size_t best_count = 1;
    for (std::size_t period = 1; period <= k_max_period; ++period) {
      std::size_t count = repeats(segments, at, period);
      if (count >= 2 && count * period > best_count * best_period) {
        best_period = period;
        best_count = count;
      }
    }
    if (best_count == 1) {
      parts.push_back(word(segments[at]));
      at += 1;
      continue;
    }
    std::vector<std::string> inner;
    for (std::size_t k = 0; k < best_period; ++k) {
      inner.push_back(word(segments[at + k]));
    }
    parts.push_back(best_period == 1
                        ? fmt::format("{}{}{}", best_count, times, inner.front())
                        : fmt::format("{}{}({})", best_count, times, fmt::join(inner, ", ")));
    at += best_count * best_period;
  }
  return fmt::format("{}", fmt::join(parts, separator));
}

}  // namespace

std::string describe_segments(const std::vector<Segment>& segments) {
  return fold_segments(segments, segment_text, " x ", " | ");
}

std::string describe_for_reader(const std::vector<Segment>& segments) {
  auto word = [](const Segment& segment) {
    return say(fmt::format("segment_{}", segment_kind_key(segment.kind)),
               fmt::arg("time", readable_duration(segment.seconds)));
  };
  return fold_segments(segments, word, " \u00d7 ", message("segment_then"));
}

std::string session_summary(const PlannedSession& session) {
  std::string length = readable_duration(total_seconds(session.segments));
  std::vector<int> jogs;
  for (const auto& segment : session.segments) {
    if (segment.kind == SegmentKind::jog) {
      jogs.push_back(segment.seconds);
    }
  }
  if (jogs.empty()) {
    return say("cal_session_walking", fmt::arg("length", length));
  }
  bool same = std::ranges::all_of(jogs, [&](int seconds) { return seconds == jogs.front(); });
  std::string jog_text =
      jogs.size() == 1 ? say("cal_jog_once", fmt::arg("time", readable_duration(jogs.front())))
      : same           ? say("cal_jogs_same", fmt::arg("n", jogs.size()),
                             fmt::arg("time", readable_duration(jogs.front())))
                       : say("cal_jogs_mixed", fmt::arg("n", jogs.size()),
                             fmt::arg("time",
                                      readable_duration(seconds_of(session.segments, SegmentKind::jog))));
  return say("cal_session", fmt::arg("length", length), fmt::arg("jogs", jog_text));
}

std::string session_days_text(const Plan& plan) {
  std::vector<std::string_view> days;
  for (auto day : plan.session_days) {
    days.push_back(weekday_title(day));
  }
  return fmt::format("{}", fmt::join(days, ", "));
}

std::string session_description(const Plan& plan, const PlannedSession& session) {
  return say("cal_for", fmt::arg("name", plan.profile_name))
      .append("\n")
      .append(session_details(plan, session));
}

std::string session_details(const Plan& plan, const PlannedSession& session) {
  std::string text;
  if (plan.clearance) {
    text +=
        say("cal_cleared", fmt::arg("by", plan.clearance->by),
            fmt::arg("date", format_date(plan.clearance->date)),
            fmt::arg("notes", plan.clearance->notes.empty() ? "" : ": " + plan.clearance->notes)) +
        "\n";
  }
  text += say("cal_stage", fmt::arg("stage", session.stage_id),
              fmt::arg("title", session.stage_title)) +
          "\n" + say("cal_intervals", fmt::arg("intervals", describe_segments(session.segments))) +
          "\n";
  for (const auto& checkpoint : session.checkpoints) {
    text += fmt::format("- {} ({})\n", checkpoint.text, rule_key(checkpoint.rule));
  }
  for (const auto& limit : plan.program_limits) {
    text += fmt::format("{} ({})\n", limit.text, rule_key(limit.rule));
  }
  text += safety_signs_text(plan.safety_signs);
  text += safety_note();
  return text;
}

std::string safety_signs_text(const SafetySigns& signs) {
  std::string text = say("cal_signs", fmt::arg("rule", rule_key(signs.rule)),
                         fmt::arg("heading", signs.emergency_heading)) +
                     "\n";
  for (const auto& sign : signs.emergency) {
    text += fmt::format("- {}\n", sign);
  }
  text += signs.soon_heading + "\n";
  for (const auto& sign : signs.soon) {
    text += fmt::format("- {}\n", sign);
  }
  return text;
}

}  // namespace backstride::render
