#include "tty/run_loop.hpp"

#include <chrono>
#include <ostream>

#include <fmt/format.h>

#include "backstride/date.hpp"
#include "backstride/render/wrap.hpp"
#include "tty/terminal.hpp"

namespace backstride::cli {
namespace {

using Clock = std::chrono::steady_clock;

constexpr int k_tick_ms = 50;

// Moves home and draws the frame over the previous one, clearing what is left.
void draw(std::ostream& out, const std::string& frame) {
  out << "\x1b[H";
  for (char c : frame) {
    if (c == '\n') {
      out << "\x1b[K";
    }
    out << c;
  }
  out << "\x1b[J" << std::flush;
}

// Says each cue when its time comes: a bell on a terminal (at a change of segment), a line
// when stdout is not one, and the spoken words with --speak.
class Announcer {
 public:
  Announcer(const std::vector<render::Cue>& cues, const LiveOptions& options, Io& io)
      : m_cues(cues), m_options(options), m_io(io) {}

  // Announces, in order, every cue due by `state` (cues a late tick jumped over too: a
  // loaded machine or a high --time-scale loses none).
  void catch_up(const TimerState& state) {
    for (; m_next < m_cues.size(); ++m_next) {
      const render::Cue& cue = m_cues[m_next];
      bool due = cue.kind == render::CueKind::done ? state.finished : cue.at <= state.elapsed;
      if (!due) {
        return;
      }
      announce(cue);
    }
  }

 private:
  void announce(const render::Cue& cue) {
    if (m_options.screen) {
      if (cue.tone) {
        m_io.out << '\a';
      }
    } else {  // stamped with when the plan says, not with the clock's jitter
      m_io.out << render::wrap(cue.words, static_cast<std::size_t>(m_options.style.width),
                               fmt::format("[{}] ", format_duration(cue.at)))
               << std::flush;
    }
    if (m_options.speak && m_can_speak && !speak(cue.words)) {
      m_can_speak = false;
      m_io.err << render::wrap(
          "--speak: espeak-ng could not be started (is it installed? apt "
          "install espeak-ng); the bell only",
          m_io.err_width == 0 ? 79 : m_io.err_width, "backstride: ");
    }
  }

  const std::vector<render::Cue>& m_cues;
  const LiveOptions& m_options;
  Io& m_io;
  std::size_t m_next = 0;
  bool m_can_speak = true;
};

}  // namespace

TimerOutcome run_live_timer(const std::vector<Segment>& segments,
                            const std::vector<render::Cue>& cues, const ScreenText& text,
                            const LiveOptions& options, Io& io) {
  KeyReader keys(io.in_is_terminal, options.screen);
  Announcer announcer(cues, options, io);
  TimerOutcome outcome;
  Clock::time_point start = Clock::now();
  Clock::duration paused_for{};
  bool paused = false;
  Clock::time_point paused_since{};
  std::string last_frame;
  if (options.screen) {
    io.out << "\x1b[2J\x1b[?25l";  // clear the screen, hide the cursor
  }
  for (;;) {
    Clock::time_point now = Clock::now();
    Clock::duration running =
        now - start - paused_for - (paused ? now - paused_since : Clock::duration{});
    double elapsed = std::chrono::duration<double>(running).count() * options.time_scale;
    TimerState state = timer_state(segments, elapsed);
    outcome.elapsed = state.elapsed;
    announcer.catch_up(state);
    if (KeyReader::resumed()) {
      last_frame.clear();  // the screen was cleared on fg: draw all of it again
    }
    if (options.screen) {
      std::string frame = render_timer_screen(segments, state, paused, text, options.style);
      if (frame != last_frame) {
        draw(io.out, frame);
        last_frame = std::move(frame);
      }
    }
    if (state.finished || KeyReader::interrupted()) {
      outcome.finished = state.finished;
      outcome.interrupted = !state.finished;
      break;
    }
    auto key = keys.key(k_tick_ms);
    if (key == 'q' || key == 'Q') {
      outcome.stopped = true;
      break;
    }
    if (key == ' ') {
      if (paused) {
        paused_for += Clock::now() - paused_since;
      }
      paused_since = Clock::now();
      paused = !paused;
    }
  }
  if (options.screen) {
    io.out << "\x1b[?25h\n" << std::flush;  // show the cursor again
  }
  if (options.speak) {
    wait_for_speakers();
  }
  return outcome;
}

}  // namespace backstride::cli
