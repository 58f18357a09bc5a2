#pragma once

#include <array>
#include <vector>

#include "backstride/render/handout.hpp"

// Geometry shared by the SVG (HTML) and cairo (PDF) charts, so both draw the same chart.
namespace backstride::render {

// A bar placed in chart coordinates (y grows downwards, as in SVG and cairo).
struct PlacedBar {
  const Bar* bar = nullptr;
  double x = 0;
  double y = 0;
  double width = 0;
  double height = 0;
  bool labelled = false;  // crowded charts label only every few bars
};

// A reference line placed in chart coordinates.
struct PlacedMarker {
  const Marker* marker = nullptr;
  double y = 0;
};

// Where everything of a chart goes inside a width x height box.
struct ChartFrame {
  double plot_left = 0;
  double plot_top = 0;
  double plot_width = 0;
  double plot_height = 0;
  int scale_max = 0;  // the value at the top of the plot
  std::vector<PlacedBar> bars;
  std::vector<PlacedMarker> markers;
};

// Lays out a bar chart in a box of the given size (points or pixels).
ChartFrame place_chart(const BarChart& chart, double width, double height);

// The colour of a tone as 0-255 red, green, blue.
std::array<int, 3> tone_rgb(Tone tone);

}  // namespace backstride::render
