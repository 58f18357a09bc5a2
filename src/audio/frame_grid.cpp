#include "audio/frame_grid.hpp"

#include <algorithm>
#include <cstring>
#include <string>

namespace backstride::audio {

namespace {

constexpr std::size_t k_side_info_bytes = 9;  // MPEG-2, mono

// `value` as 4 big-endian bytes at `at`.
void put_be32(std::string& bytes, std::size_t at, std::uint32_t value) {
  for (std::size_t i = 0; i < 4; ++i) {
    bytes[at + i] = static_cast<char>((value >> (24 - 8 * i)) & 0xFFU);
  }
}

}  // namespace

std::string_view silent_frame() {
  static const std::string frame = [] {
    std::string bytes(k_silent_frame_bytes, '\0');
    std::memcpy(bytes.data(), k_silent_header.data(), k_silent_header.size());
    return bytes;
  }();
  return frame;
}

SeekTable seek_table(const std::vector<std::uint64_t>& frame_starts, std::uint64_t file_bytes) {
  SeekTable table{};
  if (frame_starts.empty() || file_bytes == 0) {
    return table;
  }
  for (std::size_t i = 0; i < table.size(); ++i) {
    std::uint64_t start = frame_starts[i * frame_starts.size() / table.size()];
    table[i] = static_cast<std::uint8_t>(std::min<std::uint64_t>(start * 256 / file_bytes, 255));
  }
  return table;
}

std::string info_frame(std::int64_t frames, std::uint64_t file_bytes, const SeekTable& table) {
  std::string bytes(k_info_frame_bytes, '\0');
  std::memcpy(bytes.data(), k_info_header.data(), k_info_header.size());
  std::size_t at = k_info_header.size() + k_side_info_bytes;
  bytes.replace(at, 4, "Xing");
  put_be32(bytes, at + 4, 7);  // frame count, byte count and seek table present
  put_be32(bytes, at + 8, static_cast<std::uint32_t>(frames));
  put_be32(bytes, at + 12, static_cast<std::uint32_t>(file_bytes));
  std::memcpy(bytes.data() + at + 16, table.data(), table.size());
  return bytes;
}

bool is_sound_frame(std::string_view frame) {
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
