#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "backstride/plan.hpp"
#include "backstride/program.hpp"

// What a session's guides say and when: one schedule for `run`, the spoken audio guide
// and the watch workout, so the three never disagree. Words come from the catalogue.
namespace backstride::render {

// Why something is said.
enum class CueKind { change, halfway, minute_left, done };

// One thing said during a session.
struct Cue {
  int at = 0;                      // seconds from the start
  CueKind kind = CueKind::change;  // a change of segment, or a marker
  bool tone = false;               // a short tone first (every change of segment)
  bool ends_at = false;            // the words end at `at` (the last one) rather than start
  std::size_t segment = 0;         // the segment that is under way (or starts) then
  std::string words;               // "Jog for 1 minute", "Halfway. Walk for 90 seconds"
};

// A run of segments that repeats back to back: `count` times `pattern`.
struct SegmentRun {
  std::vector<Segment> pattern;
  std::size_t count = 1;
};

// A session's segments with back-to-back repeats folded (periods up to 4 segments):
// warm-up, 6 × (jog 1:00, walk 1:30), cool-down.
std::vector<SegmentRun> fold_repeats(const std::vector<Segment>& segments);

// A length of time as it is said: "90 seconds", "5 minutes", "2 minutes and 30 seconds".
std::string spoken_duration(int seconds);

// What is said when a segment starts: "Warm up: brisk walk for 5 minutes".
std::string segment_cue(const Segment& segment);

// A step's short name on a watch: "Warm up", "Jog", "Walk", "Cool down".
std::string_view step_name(SegmentKind kind);

// Every cue of a session, in time order: a toned cue at each segment's start (the first
// followed by `stop_rule`, a sentence in plain words, when not empty), "Halfway" and "One
// minute left" (joined to a change within 10 s of them), and "Done" ending at the end.
std::vector<Cue> session_cues(const std::vector<Segment>& segments, std::string_view stop_rule);

// The stop rule of a session in plain words, without its rule id (the "during" checkpoint),
// or a general one.
std::string spoken_stop_rule(const std::vector<Checkpoint>& checkpoints);

}  // namespace backstride::render
