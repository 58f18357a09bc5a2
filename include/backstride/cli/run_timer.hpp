#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "backstride/program.hpp"

namespace backstride::cli {

// Where a running session is, `elapsed` seconds after it started.
struct TimerState {
  std::size_t segment = 0;  // index of the current segment (== count when finished)
  int segment_left = 0;     // whole seconds left in the current segment (rounded up)
  int elapsed = 0;          // whole seconds since the start
  int total = 0;            // seconds in the whole session
  bool finished = false;
};

// The state of a session of `segments` after `elapsed` seconds.
TimerState timer_state(const std::vector<Segment>& segments, double elapsed);

// The walking version of a session: every jog becomes a walk of the same length,
// and neighbouring walks merge (the pre-session check said walk only today).
std::vector<Segment> walk_only(const std::vector<Segment>& segments);

// How the live screen may draw itself.
struct ScreenStyle {
  bool unicode = false;  // box and block characters (UTF-8 locale) or plain ASCII
  bool color = false;    // ANSI colours
  int width = 79;        // columns to fill (one less than the terminal's)
};

// Everything the live screen shows besides the timer itself.
struct ScreenText {
  std::string title;      // "S03-2 for Alex Doe", or with "(walk only)"
  std::string stop_rule;  // the during-session stop rule, with its id
};

// One frame of the live screen: the segment in large letters, its countdown, a
// progress bar for the whole session and what comes next. Lines end with "\n".
std::string render_timer_screen(const std::vector<Segment>& segments, const TimerState& state,
                                bool paused, const ScreenText& text, const ScreenStyle& style);

// A word in 5-line block letters (A-Z, 0-9, ':', '-', ' '); other characters are blank.
std::vector<std::string> big_letters(std::string_view word, bool unicode);

// The upper-case name of a segment kind as the screen shows it ("WARM-UP", "JOG", ...).
std::string_view segment_banner(SegmentKind kind);

}  // namespace backstride::cli
