#include "backstride/render/guide.hpp"

#include <algorithm>
#include <cstdlib>

#include "backstride/render/catalogue.hpp"

namespace backstride::render {
namespace {

constexpr std::size_t k_max_period = 4;
constexpr int k_join_window_seconds = 10;  // a marker this close to a change is said with it
constexpr int k_min_marker_session = 120;  // no "Halfway" or "One minute left" in shorter ones
constexpr int k_minute = 60;

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

// Adds a marker cue: joined to the change cue nearest to it within the window, else alone.
void add_marker(std::vector<Cue>& cues, CueKind kind, int at, std::size_t segment,
                std::string words) {
  Cue* nearest = nullptr;
  for (auto& cue : cues) {
    if (cue.kind == CueKind::change && std::abs(cue.at - at) <= k_join_window_seconds &&
        (nearest == nullptr || std::abs(cue.at - at) < std::abs(nearest->at - at))) {
      nearest = &cue;
    }
  }
  if (nearest != nullptr) {
    nearest->words = say("cue_joined", fmt::arg("marker", words), fmt::arg("cue", nearest->words));
    return;
  }
  cues.push_back({at, kind, false, false, segment, std::move(words)});
}

// The segment under way `at` seconds after the start.
std::size_t segment_at(const std::vector<Segment>& segments, int at) {
  int start = 0;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    start += segments[i].seconds;
    if (at < start) {
      return i;
    }
  }
  return segments.empty() ? 0 : segments.size() - 1;
}

}  // namespace

std::vector<SegmentRun> fold_repeats(const std::vector<Segment>& segments) {
  std::vector<SegmentRun> runs;
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
    auto first = segments.begin() + static_cast<std::ptrdiff_t>(at);
    runs.push_back({{first, first + static_cast<std::ptrdiff_t>(best_period)}, best_count});
    at += best_count * best_period;
  }
  return runs;
}

std::string spoken_duration(int seconds) {
  int minutes = seconds / k_minute;
  int rest = seconds % k_minute;
  if (minutes == 0 || (minutes == 1 && rest > 0)) {
    return say_n("cue_seconds", seconds);
  }
  std::string whole = say_n("cue_minutes", minutes);
  return rest == 0 ? whole
                   : say("cue_minutes_seconds", fmt::arg("minutes", whole),
                         fmt::arg("seconds", say_n("cue_seconds", rest)));
}

std::string segment_cue(const Segment& segment) {
  return say(fmt::format("cue_{}", segment_kind_key(segment.kind)),
             fmt::arg("time", spoken_duration(segment.seconds)));
}

std::string_view step_name(SegmentKind kind) {
  return message(fmt::format("step_{}", segment_kind_key(kind)));
}

std::vector<Cue> session_cues(const std::vector<Segment>& segments, std::string_view stop_rule) {
  std::vector<Cue> cues;
  int start = 0;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    std::string words = segment_cue(segments[i]);
    if (i == 0 && !stop_rule.empty()) {
      words = say("cue_with_stop_rule", fmt::arg("cue", words), fmt::arg("rule", stop_rule));
    }
    cues.push_back({start, CueKind::change, true, false, i, std::move(words)});
    start += segments[i].seconds;
  }
  int total = start;
  if (total >= k_min_marker_session) {
    add_marker(cues, CueKind::halfway, total / 2, segment_at(segments, total / 2),
               std::string(message("cue_halfway")));
    add_marker(cues, CueKind::minute_left, total - k_minute, segment_at(segments, total - k_minute),
               std::string(message("cue_minute_left")));
  }
  std::stable_sort(cues.begin(), cues.end(),
                   [](const Cue& a, const Cue& b) { return a.at < b.at; });
  cues.push_back(
      {total, CueKind::done, false, true, segments.size(), std::string(message("cue_done"))});
  return cues;
}

std::string spoken_stop_rule(const std::vector<Checkpoint>& checkpoints) {
  for (const auto& checkpoint : checkpoints) {
    if (checkpoint.when == "during") {
      return say(checkpoint.text);
    }
  }
  return std::string(message("cue_stop_rule_general"));
}

}  // namespace backstride::render
