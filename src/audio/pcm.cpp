#include "audio/pcm.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <numbers>

namespace backstride::audio {
namespace {

constexpr int k_up = 160;    // 24000 / 150
constexpr int k_down = 147;  // 22050 / 150
constexpr int k_lobes = 4;   // Lanczos a: 2a taps per output sample

using Kernel = std::array<std::array<double, 2 * k_lobes>, k_up>;

double lanczos(double x) {
  if (x == 0.0) {
    return 1.0;
  }
  if (std::abs(x) >= k_lobes) {
    return 0.0;
  }
  double pi_x = std::numbers::pi * x;
  return k_lobes * std::sin(pi_x) * std::sin(pi_x / k_lobes) / (pi_x * pi_x);
}

// kernel[phase][tap]: the weight of input sample floor(x) - a + 1 + tap for an output at
// x = floor(x) + phase / 160, each phase's weights summing to 1.
const Kernel& kernel() {
  static const Kernel table = [] {
    Kernel weights{};
    for (std::size_t phase = 0; phase < weights.size(); ++phase) {
      auto& row = weights[phase];
      double sum = 0;
      for (std::size_t tap = 0; tap < row.size(); ++tap) {
        double distance =
            static_cast<double>(phase) / k_up - (static_cast<double>(tap) - k_lobes + 1);
        row[tap] = lanczos(distance);
        sum += row[tap];
      }
      for (auto& weight : row) {
        weight /= sum;
      }
    }
    return weights;
  }();
  return table;
}

std::int16_t clamp16(double value) {
  return static_cast<std::int16_t>(std::clamp(std::lround(value), -32768L, 32767L));
}

}  // namespace

Samples tone(int rate) {
  const int length = rate * k_tone_ms / 1000;
  const int fade = rate * k_tone_fade_ms / 1000;
  Samples out(static_cast<std::size_t>(length));
  for (int i = 0; i < length; ++i) {
    double gain = 1.0;
    int edge = std::min(i, length - 1 - i);
    if (edge < fade) {
      gain = 0.5 - 0.5 * std::cos(std::numbers::pi * edge / fade);
    }
    double phase = 2 * std::numbers::pi * k_tone_hz * i / rate;
    out[static_cast<std::size_t>(i)] = clamp16(32767.0 * k_tone_level * gain * std::sin(phase));
  }
  return out;
}

std::size_t resampled_length(std::size_t input_samples) {
  return (input_samples * k_up + k_down - 1) / k_down;
}

Samples resample_to_guide(const Samples& input) {
  const Kernel& weights = kernel();
  const auto size = static_cast<std::int64_t>(input.size());
  Samples out(resampled_length(input.size()));
  for (std::size_t n = 0; n < out.size(); ++n) {
    std::int64_t position = static_cast<std::int64_t>(n) * k_down;
    std::int64_t base = position / k_up;
    auto phase = static_cast<std::size_t>(position % k_up);
    double value = 0;
    for (int tap = 0; tap < 2 * k_lobes; ++tap) {
      std::int64_t at = base - k_lobes + 1 + tap;
      if (at >= 0 && at < size) {
        value +=
            weights[phase][static_cast<std::size_t>(tap)] * input[static_cast<std::size_t>(at)];
      }
    }
    out[n] = clamp16(value);
  }
  return out;
}

Samples trim_silence(const Samples& samples) {
  auto loud = [](std::int16_t sample) { return std::abs(static_cast<int>(sample)) > k_quiet; };
  auto first = std::find_if(samples.begin(), samples.end(), loud);
  if (first == samples.end()) {
    return {};
  }
  auto last = std::find_if(samples.rbegin(), samples.rend(), loud).base();
  return {first, last};
}

}  // namespace backstride::audio
