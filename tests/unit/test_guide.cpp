#include <catch2/catch.hpp>

#include "backstride/render/catalogue.hpp"
#include "backstride/render/guide.hpp"

using namespace backstride;
using namespace backstride::render;

namespace {

// 5 min warm-up, 6 x (1 min jog, 90 s walk), 5 min cool-down: 25 minutes.
std::vector<Segment> jog_session() {
  std::vector<Segment> segments{{SegmentKind::warmup, 300}};
  for (int i = 0; i < 6; ++i) {
    segments.push_back({SegmentKind::jog, 60});
    segments.push_back({SegmentKind::walk, 90});
  }
  segments.push_back({SegmentKind::cooldown, 300});
  return segments;
}

}  // namespace

TEST_CASE("cues say what to do and for how long") {
  CHECK(segment_cue({SegmentKind::warmup, 300}) == "Warm up: brisk walk for 5 minutes");
  CHECK(segment_cue({SegmentKind::jog, 60}) == "Jog for 1 minute");
  CHECK(segment_cue({SegmentKind::walk, 90}) == "Walk for 90 seconds");
  CHECK(segment_cue({SegmentKind::walk, 150}) == "Walk for 2 minutes and 30 seconds");
  CHECK(segment_cue({SegmentKind::cooldown, 45}) == "Cool down: easy walk for 45 seconds");
  CHECK(spoken_duration(1) == "1 second");
  CHECK(step_name(SegmentKind::jog) == "Jog");
  CHECK(step_name(SegmentKind::cooldown) == "Cool down");
}

TEST_CASE("a session has a toned cue at every change then the markers and done") {
  std::vector<Segment> segments = jog_session();
  std::vector<Cue> cues = session_cues(segments, "Stop if it hurts.");
  std::vector<Cue> changes;
  std::copy_if(cues.begin(), cues.end(), std::back_inserter(changes),
               [](const Cue& cue) { return cue.kind == CueKind::change; });
  REQUIRE(changes.size() == segments.size());
  int start = 0;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    CHECK(changes[i].at == start);
    CHECK(changes[i].tone);
    CHECK(changes[i].segment == i);
    start += segments[i].seconds;
  }
  CHECK(changes.front().words == "Warm up: brisk walk for 5 minutes. Stop if it hurts.");
  // Halfway (750 s) is the fourth jog's start: said with it.
  CHECK(changes[7].words == "Halfway. Jog for 1 minute");
  CHECK(std::none_of(cues.begin(), cues.end(),
                     [](const Cue& cue) { return cue.kind == CueKind::halfway; }));
  auto minute = std::find_if(cues.begin(), cues.end(),
                             [](const Cue& cue) { return cue.kind == CueKind::minute_left; });
  REQUIRE(minute != cues.end());
  CHECK((minute->at == 1440 && minute->segment == segments.size() - 1));
  CHECK(cues.back().kind == CueKind::done);
  CHECK((cues.back().at == 1500 && cues.back().ends_at));
  CHECK(cues.back().words == "Done. Tomorrow morning, note how your back feels.");
  CHECK(std::is_sorted(cues.begin(), cues.end(),
                       [](const Cue& a, const Cue& b) { return a.at < b.at; }));
}

TEST_CASE("a marker far from a change is said on its own") {
  // Halfway at 600 s is 300 s into the jog; 8 s from a change it would be joined.
  std::vector<Cue> cues = session_cues({{SegmentKind::warmup, 300}, {SegmentKind::jog, 900}}, "");
  REQUIRE(cues.size() == 5);
  CHECK(cues[0].words == "Warm up: brisk walk for 5 minutes");
  CHECK((cues[2].kind == CueKind::halfway && cues[2].at == 600 && cues[2].segment == 1));
  CHECK((!cues[2].tone && cues[2].words == "Halfway"));
  std::vector<Cue> near = session_cues({{SegmentKind::warmup, 592}, {SegmentKind::jog, 608}}, "");
  CHECK(near[1].words == "Halfway. Jog for 10 minutes and 8 seconds");
  // A session under two minutes has no markers.
  std::vector<Cue> short_cues = session_cues({{SegmentKind::walk, 90}}, "");
  REQUIRE(short_cues.size() == 2);
  CHECK(short_cues[1].kind == CueKind::done);
}

TEST_CASE("repeats fold into runs") {
  std::vector<SegmentRun> runs = fold_repeats(jog_session());
  REQUIRE(runs.size() == 3);
  CHECK((runs[0].count == 1 && runs[0].pattern.size() == 1));
  CHECK((runs[1].count == 6 && runs[1].pattern.size() == 2));
  CHECK(runs[1].pattern[1] == Segment{SegmentKind::walk, 90});
  CHECK(runs[2].pattern.front().kind == SegmentKind::cooldown);
}

TEST_CASE("the spoken stop rule is the session's during checkpoint") {
  std::vector<Checkpoint> checkpoints{{RuleId::chk_after, "after", {"chk_after", {}}, false},
                                      {RuleId::chk_stop, "during", {"chk_pace", {}}, false}};
  CHECK(spoken_stop_rule(checkpoints) == say({"chk_pace", {}}));
  CHECK(spoken_stop_rule({}) == "Stop and walk home if anything feels wrong.");
}
