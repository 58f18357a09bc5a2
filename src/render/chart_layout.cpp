#include "backstride/render/chart_layout.hpp"

#include <algorithm>

namespace backstride::render {
namespace {

constexpr double k_left = 34;    // room for the scale
constexpr double k_top = 8;      // room for the value on the highest bar
constexpr double k_bottom = 18;  // room for the bar labels
constexpr double k_right = 70;   // room for marker labels
constexpr double k_label_room = 26;

// Rounds up to a multiple of 10 (at least 10) so the scale reads easily.
int nice_ceiling(int value) {
  return std::max((value + 9) / 10 * 10, 10);
}

}  // namespace

ChartFrame place_chart(const BarChart& chart, double width, double height) {
  ChartFrame frame;
  frame.plot_left = k_left;
  frame.plot_top = k_top;
  frame.plot_width = std::max(width - k_left - k_right, 1.0);
  frame.plot_height = std::max(height - k_top - k_bottom, 1.0);
  frame.scale_max = nice_ceiling(std::max(chart.max_value, 1));
  double slot = chart.bars.empty() ? frame.plot_width
                                   : frame.plot_width / static_cast<double>(chart.bars.size());
  auto every = static_cast<std::size_t>(std::max(1.0, k_label_room / slot + 0.999));
  double scale = frame.plot_height / frame.scale_max;
  for (std::size_t i = 0; i < chart.bars.size(); ++i) {
    const Bar& bar = chart.bars[i];
    double bar_height = std::clamp(bar.value, 0, frame.scale_max) * scale;
    frame.bars.push_back({&bar, frame.plot_left + slot * static_cast<double>(i) + slot * 0.15,
                          frame.plot_top + frame.plot_height - bar_height, slot * 0.7, bar_height,
                          i % every == 0});
  }
  for (const auto& marker : chart.markers) {
    if (marker.value <= frame.scale_max) {
      frame.markers.push_back({&marker, frame.plot_top + frame.plot_height - marker.value * scale});
    }
  }
  return frame;
}

std::array<int, 3> tone_rgb(Tone tone) {
  switch (tone) {
    case Tone::green:
      return {46, 139, 87};
    case Tone::amber:
      return {217, 164, 0};
    case Tone::red:
      return {192, 57, 43};
    case Tone::info:
      return {110, 110, 110};
    case Tone::plain:
      break;
  }
  return {74, 120, 181};
}

}  // namespace backstride::render
