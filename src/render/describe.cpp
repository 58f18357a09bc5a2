#include "backstride/render/describe.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "backstride/date.hpp"
#include "backstride/render/catalogue.hpp"
#include "backstride/render/guide.hpp"
#include "backstride/render/text.hpp"
#include "backstride/render/wording.hpp"

namespace backstride::render {
namespace {

std::string segment_text(const Segment& segment) {
  return fmt::format("{} {}", segment_kind_label(segment.kind), format_duration(segment.seconds));
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
  for (const auto& run : fold_repeats(segments)) {
    std::vector<std::string> inner;
    for (const auto& segment : run.pattern) {
      inner.push_back(word(segment));
    }
    parts.push_back(run.count == 1 ? inner.front()
                    : inner.size() == 1
                        ? fmt::format("{}{}{}", run.count, times, inner.front())
                        : fmt::format("{}{}({})", run.count, times, fmt::join(inner, ", ")));
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
    days.push_back(day_words(day));
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
              fmt::arg("title", program_words(session.stage_title))) +
          "\n" + say("cal_intervals", fmt::arg("intervals", describe_segments(session.segments))) +
          "\n";
  for (const auto& checkpoint : session.checkpoints) {
    text += fmt::format("- {} ({})\n", say(checkpoint.text), rule_key(checkpoint.rule));
  }
  for (const auto& limit : plan.program_limits) {
    text += fmt::format("{} ({})\n", say(limit.text), rule_key(limit.rule));
  }
  text += safety_signs_text(plan.safety_signs);
  text += safety_note();
  return text;
}

std::string safety_signs_text(const SafetySigns& signs) {
  std::string text = say("cal_signs", fmt::arg("rule", rule_key(signs.rule)),
                         fmt::arg("heading", say(signs.emergency_heading))) +
                     "\n";
  for (const auto& sign : say_each(signs.emergency)) {
    text += fmt::format("- {}\n", sign);
  }
  text.append(say(signs.soon_heading)).append("\n");
  for (const auto& sign : say_each(signs.soon)) {
    text += fmt::format("- {}\n", sign);
  }
  return text;
}

}  // namespace backstride::render
