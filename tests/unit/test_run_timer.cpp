#include <catch2/catch.hpp>

#include "backstride/cli/run_timer.hpp"

using namespace backstride;
using namespace backstride::cli;

namespace {

const std::vector<Segment> k_session = {{SegmentKind::warmup, 300},
                                        {SegmentKind::jog, 60},
                                        {SegmentKind::walk, 90},
                                        {SegmentKind::jog, 60},
                                        {SegmentKind::cooldown, 300}};

}  // namespace

TEST_CASE("timer state follows the segments") {
  TimerState start = timer_state(k_session, 0);
  REQUIRE((start.segment == 0 && start.segment_left == 300 && start.total == 810));
  TimerState mid = timer_state(k_session, 330.5);
  REQUIRE((mid.segment == 1 && mid.segment_left == 30 && mid.elapsed == 330));
  // A segment boundary belongs to the next segment.
  REQUIRE(timer_state(k_session, 360).segment == 2);
  TimerState end = timer_state(k_session, 5000);
  REQUIRE((end.finished && end.segment == k_session.size() && end.elapsed == 810));
  REQUIRE(timer_state(k_session, -3).elapsed == 0);
}

TEST_CASE("walk only turns jogs into walks and merges them, keeping the length") {
  auto walking = walk_only(k_session);
  REQUIRE(walking == std::vector<Segment>{{SegmentKind::warmup, 300},
                                          {SegmentKind::walk, 210},
                                          {SegmentKind::cooldown, 300}});
  REQUIRE(timer_state(walking, 0).total == timer_state(k_session, 0).total);
}

TEST_CASE("block letters are five rows, six columns a letter") {
  auto ascii = big_letters("JOG", false);
  REQUIRE(ascii.size() == 5);
  REQUIRE(ascii[0] == "  ###  ###   ####");
  REQUIRE(ascii[4] == " ###   ###   ####");
  auto blocks = big_letters("1:05", true);
  REQUIRE(blocks[1].find("█") != std::string::npos);
  REQUIRE(blocks[1].find('#') == std::string::npos);
}

TEST_CASE("the live screen shows the part, its countdown, progress and what is next") {
  ScreenText text{"S01-1 for Ann", "Stop if it hurts (CHK-STOP)."};
  std::string frame =
      render_timer_screen(k_session, timer_state(k_session, 330), false, text, ScreenStyle{});
  CHECK_THAT(frame, Catch::Contains("backstride run: S01-1 for Ann"));
  CHECK_THAT(frame, Catch::Contains("\n    ###  ###   ####\n"));  // top row of J O G
  CHECK_THAT(frame, Catch::Contains("Part 2 of 5: jog 1:00"));
  CHECK_THAT(frame,
             Catch::Contains("[################------------------------]  40%  5:30 of 13:30"));
  CHECK_THAT(frame, Catch::Contains("Next: walk 1:30"));
  CHECK_THAT(frame, Catch::Contains("Stop if it hurts (CHK-STOP)."));
  CHECK(frame.find("\x1b[") == std::string::npos);

  std::string paused = render_timer_screen(k_session, timer_state(k_session, 330), true, text,
                                           ScreenStyle{true, true, 80});
  CHECK_THAT(paused, Catch::Contains("\x1b[1;36m████"));
  CHECK_THAT(paused, Catch::Contains("░"));

  // Too narrow for block letters: the word on one line.
  std::string narrow = render_timer_screen(k_session, timer_state(k_session, 0), false, text,
                                           ScreenStyle{false, false, 30});
  CHECK_THAT(narrow, Catch::Contains("\n  WARM-UP\n"));

  std::string done =
      render_timer_screen(k_session, timer_state(k_session, 900), false, text, ScreenStyle{});
  CHECK_THAT(done, Catch::Contains("100%  13:30 of 13:30"));
  CHECK(done.find("Next:") == std::string::npos);
}
