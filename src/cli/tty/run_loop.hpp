#pragma once

#include <vector>

#include "backstride/cli/app.hpp"
#include "backstride/cli/run_timer.hpp"
#include "backstride/program.hpp"
#include "backstride/render/guide.hpp"

namespace backstride::cli {

// How the live timer runs.
struct LiveOptions {
  double time_scale = 1;  // session seconds per real second (tests use 600)
  bool speak = false;     // announce each part with espeak-ng
  bool screen = false;    // redraw a full screen (stdout is a terminal) or print a line per part
  ScreenStyle style;
};

// How a timed session ended.
struct TimerOutcome {
  bool finished = false;     // every part ran to the end
  bool stopped = false;      // q was pressed
  bool interrupted = false;  // Ctrl-C, SIGTERM or SIGHUP: nothing is logged
  int elapsed = 0;           // session seconds done
};

// Runs the session's parts in real time (scaled): the live screen, each of `cues` when
// due (a bell at each change), space to pause, q to stop.
TimerOutcome run_live_timer(const std::vector<Segment>& segments,
                            const std::vector<render::Cue>& cues, const ScreenText& text,
                            const LiveOptions& options, Io& io);

}  // namespace backstride::cli
