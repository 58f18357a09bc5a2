#include "backstride/cli/run_timer.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include <fmt/format.h>

#include "backstride/date.hpp"
#include "backstride/render/describe.hpp"
#include "backstride/render/wrap.hpp"

namespace backstride::cli {
namespace {

struct Glyph {
  char symbol;
  std::array<std::string_view, 5> rows;
};

// clang-format off
constexpr std::array k_font = {
    Glyph{'A', {" ### ", "#   #", "#####", "#   #", "#   #"}},
    Glyph{'C', {" ####", "#    ", "#    ", "#    ", " ####"}},
    Glyph{'D', {"#### ", "#   #", "#   #", "#   #", "#### "}},
    Glyph{'E', {"#####", "#    ", "#### ", "#    ", "#####"}},
    Glyph{'G', {" ####", "#    ", "#  ##", "#   #", " ####"}},
    Glyph{'J', {"  ###", "    #", "    #", "#   #", " ### "}},
    Glyph{'K', {"#   #", "#  # ", "###  ", "#  # ", "#   #"}},
    Glyph{'L', {"#    ", "#    ", "#    ", "#    ", "#####"}},
    Glyph{'M', {"#   #", "## ##", "# # #", "#   #", "#   #"}},
    Glyph{'N', {"#   #", "##  #", "# # #", "#  ##", "#   #"}},
    Glyph{'O', {" ### ", "#   #", "#   #", "#   #", " ### "}},
    Glyph{'P', {"#### ", "#   #", "#### ", "#    ", "#    "}},
    Glyph{'R', {"#### ", "#   #", "#### ", "#  # ", "#   #"}},
    Glyph{'S', {" ####", "#    ", " ### ", "    #", "#### "}},
    Glyph{'U', {"#   #", "#   #", "#   #", "#   #", " ### "}},
    Glyph{'W', {"#   #", "#   #", "# # #", "## ##", "#   #"}},
    Glyph{'0', {" ### ", "#  ##", "# # #", "##  #", " ### "}},
    Glyph{'1', {"  #  ", " ##  ", "  #  ", "  #  ", " ### "}},
    Glyph{'2', {" ### ", "#   #", "  ## ", " #   ", "#####"}},
    Glyph{'3', {"#### ", "    #", " ### ", "    #", "#### "}},
    Glyph{'4', {"#   #", "#   #", "#####", "    #", "    #"}},
    Glyph{'5', {"#####", "#    ", "#### ", "    #", "#### "}},
    Glyph{'6', {" ### ", "#    ", "#### ", "#   #", " ### "}},
    Glyph{'7', {"#####", "    #", "   # ", "  #  ", "  #  "}},
    Glyph{'8', {" ### ", "#   #", " ### ", "#   #", " ### "}},
    Glyph{'9', {" ### ", "#   #", " ####", "    #", " ### "}},
    Glyph{':', {"   ", " # ", "   ", " # ", "   "}},
    Glyph{'-', {"     ", "     ", " ### ", "     ", "     "}},
};
// clang-format on

constexpr int k_bar_width = 40;  // cells, on a screen wide enough
constexpr int k_min_bar_width = 10;

std::string_view glyph_row(char symbol, std::size_t row) {
  for (const auto& glyph : k_font) {
    if (glyph.symbol == symbol) {
      return glyph.rows.at(row);
    }
  }
  return "     ";
}

std::string paint(const ScreenStyle& style, std::string_view code, std::string_view text) {
  return style.color ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : std::string(text);
}

// "  [####----]  40%  10:00 of 25:00", as wide as the screen allows (its cells fixed for
// the whole session: sized with the total in both places).
std::string progress_bar(const TimerState& state, const ScreenStyle& style) {
  std::string total = format_duration(state.total);
  int room =
      style.width - static_cast<int>(fmt::format("  [] 100%  {} of {}", total, total).size());
  int cells = std::clamp(room, k_min_bar_width, k_bar_width);
  int filled = state.total == 0 ? cells : state.elapsed * cells / state.total;
  std::string bar;
  for (int i = 0; i < cells; ++i) {
    bar += i < filled ? (style.unicode ? "█" : "#") : (style.unicode ? "░" : "-");
  }
  int percent = state.total == 0 ? 100 : state.elapsed * 100 / state.total;
  return fmt::format("  [{}] {:>3}%  {} of {}", bar, percent, format_duration(state.elapsed),
                     total);
}

// The word in block letters when it fits the screen, else on one plain line.
void add_banner(std::vector<std::string>& lines, std::string_view word, std::string_view color,
                const ScreenStyle& style) {
  auto rows = big_letters(word, style.unicode);
  int columns = static_cast<int>(word.size()) * 6;
  if (columns + 2 > style.width) {
    lines.push_back("  " + paint(style, color, word));
    return;
  }
  for (const auto& row : rows) {
    lines.push_back("  " + paint(style, color, row));
  }
}

}  // namespace

TimerState timer_state(const std::vector<Segment>& segments, double elapsed) {
  TimerState state;
  for (const auto& segment : segments) {
    state.total += segment.seconds;
  }
  double clamped = std::clamp(elapsed, 0.0, static_cast<double>(state.total));
  state.elapsed = static_cast<int>(std::floor(clamped));
  double start = 0;
  for (; state.segment < segments.size(); ++state.segment) {
    double end = start + segments[state.segment].seconds;
    if (clamped < end) {
      state.segment_left = static_cast<int>(std::ceil(end - clamped));
      return state;
    }
    start = end;
  }
  state.finished = true;
  return state;
}

std::vector<Segment> walk_only(const std::vector<Segment>& segments) {
  std::vector<Segment> walking;
  for (Segment segment : segments) {
    if (segment.kind == SegmentKind::jog) {
      segment.kind = SegmentKind::walk;
    }
    if (!walking.empty() && walking.back().kind == SegmentKind::walk &&
        segment.kind == SegmentKind::walk) {
      walking.back().seconds += segment.seconds;
    } else {
      walking.push_back(segment);
    }
  }
  return walking;
}

std::vector<std::string> big_letters(std::string_view word, bool unicode) {
  std::vector<std::string> rows(5);
  for (std::size_t row = 0; row < rows.size(); ++row) {
    for (std::size_t i = 0; i < word.size(); ++i) {
      std::string_view pixels = word[i] == ' ' ? "   " : glyph_row(word[i], row);
      for (char pixel : pixels) {
        rows[row] += pixel == '#' ? (unicode ? "█" : "#") : " ";
      }
      rows[row] += i + 1 < word.size() ? " " : "";
    }
  }
  return rows;
}

std::string_view segment_banner(SegmentKind kind) {
  switch (kind) {
    case SegmentKind::warmup:
      return "WARM-UP";
    case SegmentKind::walk:
      return "WALK";
    case SegmentKind::jog:
      return "JOG";
    case SegmentKind::cooldown:
      return "COOL-DOWN";
  }
  return "WALK";
}

std::string render_timer_screen(const std::vector<Segment>& segments, const TimerState& state,
                                bool paused, const ScreenText& text, const ScreenStyle& style) {
  std::vector<std::string> lines;
  auto width = static_cast<std::size_t>(std::max(style.width, 1));
  // `words` wrapped, after `label` (two spaces by default) and hanging under it.
  auto add_text = [&](std::string_view words, std::string_view label = "  ") {
    std::string wrapped = render::wrap(words, width, label);
    for (std::size_t start = 0, end = 0; (end = wrapped.find('\n', start)) != std::string::npos;
         start = end + 1) {
      lines.push_back(wrapped.substr(start, end - start));
    }
  };
  std::string title = "backstride run: " + text.title;
  std::string keys = "space pause, q stop";
  std::size_t title_width = render::display_width(title);
  if (title_width + 2 + keys.size() <= width) {
    lines.push_back(paint(style, "1", title) + std::string(width - title_width - keys.size(), ' ') +
                    keys);
  } else {  // too narrow for both: the title wrapped, the keys under it
    add_text(paint(style, "1", title), "");
    add_text(keys);
  }
  lines.emplace_back();
  if (state.finished) {
    add_banner(lines, "DONE", "1;32", style);
  } else if (paused) {
    add_banner(lines, "PAUSED", "1;36", style);
  } else {
    SegmentKind kind = segments[state.segment].kind;
    add_banner(lines, segment_banner(kind), kind == SegmentKind::jog ? "1;33" : "1;32", style);
  }
  lines.emplace_back();
  add_banner(lines, format_duration(state.segment_left), "1", style);
  lines.emplace_back();
  if (!state.finished) {
    const Segment& current = segments[state.segment];
    add_text(fmt::format("Part {} of {}: {} {}", state.segment + 1, segments.size(),
                         render::segment_kind_label(current.kind),
                         format_duration(current.seconds)));
  }
  lines.push_back(progress_bar(state, style));
  if (state.segment + 1 < segments.size()) {
    const Segment& next = segments[state.segment + 1];
    add_text(
        fmt::format("{} {}", render::segment_kind_label(next.kind), format_duration(next.seconds)),
        "  Next: ");
  } else if (!state.finished) {
    add_text("the end of the session", "  Next: ");
  }
  lines.emplace_back();
  add_text(text.stop_rule);
  std::string out;
  for (const auto& line : lines) {
    out += line + "\n";
  }
  return out;
}

}  // namespace backstride::cli
