#pragma once

#include <string>

#include "audio/pcm.hpp"

// A clip of sound encoded by libmp3lame onto the frame grid (audio/frame_grid.hpp).
namespace backstride::audio {

// `samples` (24000 Hz mono) encoded by a fresh LAME encoder with the grid's settings (CBR
// 32 kbit/s, no bit reservoir, no Xing/LAME or ID3 tag, quality 7), flushed: whole sound
// frames (k_frame_bytes, k_frame_header), input sample 0 decoding k_codec_delay samples
// after the first frame starts. The encoder's own state is all it uses (thread-safe for
// LAME 3.100 once lame_init has run; callers still serialise it). Throws Error(software)
// when LAME fails or writes a frame off the grid.
std::string encode_clip(const Samples& samples);

}  // namespace backstride::audio
