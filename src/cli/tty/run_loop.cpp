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

// Says what starts now: a bell on a terminal, a line when stdout is not one, and
// the spoken words with --speak.
class Announcer {
 public:
  Announcer(const LiveOptions& options, Io& io) : m_options(options), m_io(io) {}

  void announce(const TimerState& state, const std::vector<Segment>& segments) {
    std::string words =
        state.finished ? "Session done. Well done." : segment_announcement(segments[state.segment]);
    if (m_options.screen) {
      m_io.out << '\a';
    } else {
      int starts_at = 0;  // when this part starts by the plan, not by the clock's jitter
      for (std::size_t i = 0; i < state.segment; ++i) {
        starts_at += segments[i].seconds;
      }
      m_io.out << render::wrap(words, static_cast<std::size_t>(m_options.style.width),
                               fmt::format("[{}] ", format_duration(starts_at)))
               << std::flush;
    }
    if (m_options.speak && m_can_speak && !speak(words)) {
      m_can_speak = false;
      m_io.err << render::wrap(
          "--speak: espeak-ng could not be started (is it installed? apt "
          "install espeak-ng); the bell only",
          m_io.err_width == 0 ? 79 : m_io.err_width, "backstride: ");
    }
  }

 private:
  const LiveOptions& m_options;
  Io& m_io;
  bool m_can_speak = true;
};

}  // namespace

TimerOutcome run_live_timer(const std::vector<Segment>& segments, const ScreenText& text,
                            const LiveOptions& options, Io& io) {
  KeyReader keys(io.in_is_terminal, options.screen);
  Announcer announcer(options, io);
  TimerOutcome outcome;
  Clock::time_point start = Clock::now();
  Clock::duration paused_for{};
  bool paused = false;
  Clock::time_point paused_since{};
  std::size_t announced = segments.size() + 1;
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
    if (state.segment != announced) {
      // Parts a late tick jumped over (a loaded machine, a high --time-scale) are
      // announced too, in order: none is lost.
      for (std::size_t k = announced > segments.size() ? 0 : announced + 1; k < state.segment;
           ++k) {
        TimerState skipped = state;
        skipped.segment = k;
        skipped.finished = false;
        announcer.announce(skipped, segments);
      }
      announced = state.segment;
      announcer.announce(state, segments);
    }
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
