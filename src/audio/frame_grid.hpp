#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// The MP3 stream of an audio guide as a grid of frames of 576 samples (24 ms): MPEG-2
// layer III, mono, 24000 Hz, no padding, no CRC, bit reservoir off, so every frame stands
// alone in the bit stream. Sound is LAME's 32 kbit/s frames (96 bytes), encoded clip by clip
// and dropped onto the grid; silence is a made 8 kbit/s frame (24 bytes), a quarter of the
// size; a Xing frame first gives players the frame count, hence the exact length of this
// variable-rate stream, and a seek table, so a player's position bar and skips land where
// they should. Pure: no espeak-ng, no LAME.
namespace backstride::audio {

inline constexpr int k_sample_rate = 24000;      // samples per second
inline constexpr int k_frame_samples = 576;      // samples per frame (one MPEG-2 granule)
inline constexpr int k_frame_bytes = 96;         // a sound frame: 72 * 32000 / 24000
inline constexpr int k_silent_frame_bytes = 24;  // a silent frame: 72 * 8000 / 24000
// LAME's encoder delay (576) plus the decoder's (529): input sample 0 of a clip encoded from
// a fresh encoder is output sample 1105 when its first frame is decoded (measured with
// ffmpeg: the tones' first samples come out within 10 samples of their cue).
inline constexpr int k_codec_delay = 1105;

// The 4 header bytes of a sound frame (LAME's for these settings: 32 kbit/s, "original").
inline constexpr std::array<unsigned char, 4> k_frame_header = {0xFF, 0xF3, 0x44, 0xC4};

// The 4 header bytes of a silent frame: the same but 8 kbit/s.
inline constexpr std::array<unsigned char, 4> k_silent_header = {0xFF, 0xF3, 0x14, 0xC4};

// The Xing frame's size and header: 64 kbit/s, the smallest rate with room for its table.
inline constexpr int k_info_frame_bytes = 192;  // 72 * 64000 / 24000
inline constexpr std::array<unsigned char, 4> k_info_header = {0xFF, 0xF3, 0x84, 0xC4};

// A Xing seek table: entry i is where, in 256ths of the file, i % of the frames have played.
using SeekTable = std::array<std::uint8_t, 100>;

// The seek table of a stream whose frame k (after the Xing frame) starts at byte
// `frame_starts[k]` of a file of `file_bytes`.
SeekTable seek_table(const std::vector<std::uint64_t>& frame_starts, std::uint64_t file_bytes);

// One 8 kbit/s frame that decodes to 576 samples of silence: the header, all-zero side
// information (no main data, big_values 0) and zero bytes.
std::string_view silent_frame();

// The Xing frame that starts a guide: k_info_header, zero side information, "Xing", flags 7
// and, big-endian, the number of frames after it and the bytes of the whole file, then the
// seek table. Decoders that know it skip it; others hear 24 ms of silence.
std::string info_frame(std::int64_t frames, std::uint64_t file_bytes, const SeekTable& table);

// Whether `frame` is a sound frame: k_frame_bytes long, starting with k_frame_header.
bool is_sound_frame(std::string_view frame);

// The frames of a session `total_seconds` long: seconds / 0.024, rounded to the nearest.
std::int64_t session_frames(int total_seconds);

// Where a clip goes so that its sample 0 decodes at output sample `sample`: the frame it
// starts at and the silent samples to put before sample 0 (0-575). Before the codec delay
// (the first 46 ms) it starts at frame 0 with no lead, as early as MP3 allows.
struct GridSpot {
  std::int64_t frame = 0;
  int lead = 0;
};

// The GridSpot for a clip whose sample 0 should be heard at output sample `sample`.
GridSpot grid_spot(std::int64_t sample);

// The frame a clip of `clip_frames` frames starts at so that its last frame is the last of
// a stream of `total_frames` (at 0 if it is longer): for the cue that ends at the end.
std::int64_t ending_frame(std::int64_t clip_frames, std::int64_t total_frames);

// A run of frames: a clip's first frame in the stream and how many of its frames are used.
struct Span {
  std::int64_t first = 0;
  std::int64_t count = 0;
};

// Spans that fit the stream, in the order given: each starts no earlier than the one before
// (moved later when it would), and is cut where the next one starts and at `total_frames`;
// a clip that does not fit at all gets count 0.
std::vector<Span> fit_spans(std::vector<Span> wanted, std::int64_t total_frames);

}  // namespace backstride::audio
