#include "audio/frame_grid.hpp"

#include <algorithm>
#include <cstring>
#include <string>

namespace backstride::audio {

std::string_view silent_frame() {
  static const std::string frame = [] {
    std::string bytes(k_frame_bytes, '\0');
    std::memcpy(bytes.data(), k_frame_header.data(), k_frame_header.size());
    return bytes;
  }();
  return frame;
}

bool is_grid_frame(std::string_view frame) {
  return frame.size() == static_cast<std::size_t>(k_frame_bytes) &&
         std::memcmp(frame.data(), k_frame_header.data(), k_frame_header.size()) == 0;
}

std::int64_t session_frames(int total_seconds) {
  std::int64_t samples = static_cast<std::int64_t>(std::max(total_seconds, 0)) * k_sample_rate;
  return (samples + k_frame_samples / 2) / k_frame_samples;
}

GridSpot grid_spot(std::int64_t sample) {
  std::int64_t start = sample - k_codec_delay;
  if (start <= 0) {
    return {0, 0};
  }
  return {start / k_frame_samples, static_cast<int>(start % k_frame_samples)};
}

std::int64_t ending_frame(std::int64_t clip_frames, std::int64_t total_frames) {
  return std::max<std::int64_t>(total_frames - clip_frames, 0);
}

std::vector<Span> fit_spans(std::vector<Span> wanted, std::int64_t total_frames) {
  for (std::size_t i = 1; i < wanted.size(); ++i) {
    wanted[i].first = std::max(wanted[i].first, wanted[i - 1].first);
  }
  for (std::size_t i = 0; i < wanted.size(); ++i) {
    std::int64_t limit = i + 1 < wanted.size() ? wanted[i + 1].first : total_frames;
    limit = std::min(limit, total_frames);
    wanted[i].count = std::clamp<std::int64_t>(limit - wanted[i].first, 0, wanted[i].count);
  }
  return wanted;
}

}  // namespace backstride::audio
