#include "audio/mp3_clip.hpp"

#include <lame/lame.h>

#include <memory>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "audio/frame_grid.hpp"
#include "backstride/error.hpp"

namespace backstride::audio {
namespace {

constexpr int k_kbps = 32;
constexpr int k_quality = 7;  // LAME's "fast" end: plenty for speech at 32 kbit/s

struct Close {
  void operator()(lame_global_flags* flags) const {
    lame_close(flags);
  }
};

[[noreturn]] void lame_failed(std::string_view what, int code) {
  throw Error(ExitCode::software, fmt::format("libmp3lame: {} failed ({})", what, code));
}

std::unique_ptr<lame_global_flags, Close> grid_encoder() {
  std::unique_ptr<lame_global_flags, Close> flags(lame_init());
  if (!flags) {
    lame_failed("lame_init", -1);
  }
  lame_global_flags* gf = flags.get();
  lame_set_num_channels(gf, 1);
  lame_set_in_samplerate(gf, k_sample_rate);
  lame_set_out_samplerate(gf, k_sample_rate);
  lame_set_mode(gf, MONO);
  lame_set_VBR(gf, vbr_off);
  lame_set_brate(gf, k_kbps);
  lame_set_quality(gf, k_quality);
  lame_set_disable_reservoir(gf, 1);
  lame_set_bWriteVbrTag(gf, 0);
  lame_set_write_id3tag_automatic(gf, 0);
  lame_set_error_protection(gf, 0);
  lame_set_original(gf, 1);
  if (int code = lame_init_params(gf); code < 0) {
    lame_failed("lame_init_params", code);
  }
  return flags;
}

}  // namespace

std::string encode_clip(const Samples& samples) {
  auto encoder = grid_encoder();
  std::vector<unsigned char> buffer(samples.size() * 5 / 4 + 7200 + 4 * k_frame_bytes);
  // lame_encode_buffer takes non-const input; it does not write to it.
  std::vector<short> input(samples.begin(), samples.end());
  int written =
      lame_encode_buffer(encoder.get(), input.data(), nullptr, static_cast<int>(input.size()),
                         buffer.data(), static_cast<int>(buffer.size()));
  if (written < 0) {
    lame_failed("lame_encode_buffer", written);
  }
  int flushed = lame_encode_flush(encoder.get(), buffer.data() + written,
                                  static_cast<int>(buffer.size()) - written);
  if (flushed < 0) {
    lame_failed("lame_encode_flush", flushed);
  }
  std::string frames(reinterpret_cast<const char*>(buffer.data()),
                     static_cast<std::size_t>(written + flushed));
  if (frames.size() % k_frame_bytes != 0) {
    throw Error(ExitCode::software,
                fmt::format("libmp3lame wrote {} bytes, not whole {}-byte frames", frames.size(),
                            k_frame_bytes));
  }
  for (std::size_t at = 0; at < frames.size(); at += k_frame_bytes) {
    if (!is_sound_frame(std::string_view(frames).substr(at, k_frame_bytes))) {
      throw Error(ExitCode::software,
                  fmt::format("libmp3lame wrote a frame off the grid at byte {}", at));
    }
  }
  return frames;
}

}  // namespace backstride::audio
