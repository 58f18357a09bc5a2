#pragma once

#include <cstdint>
#include <vector>

// Sound as 16-bit mono samples, made without espeak-ng or LAME: the tone, the resampler that
// brings espeak-ng's 22050 Hz to the guide's 24000 Hz, and trimming. Pure and deterministic.
namespace backstride::audio {

using Samples = std::vector<std::int16_t>;

inline constexpr int k_speech_rate = 22050;   // espeak-ng's sample rate
inline constexpr int k_tone_hz = 880;         // the tone at every change of segment
inline constexpr int k_tone_ms = 250;         // its length
inline constexpr int k_tone_fade_ms = 10;     // raised-cosine fade in and out
inline constexpr double k_tone_level = 0.25;  // of full scale: -12 dBFS, 5-6 dB over speech
inline constexpr int k_quiet = 100;           // |sample| at or below this counts as silence

// The tone at `rate` samples per second: k_tone_ms of a k_tone_hz sine, faded in and out.
Samples tone(int rate);

// The number of samples resample_to_guide() makes of `input_samples`: ceil(n * 160 / 147).
std::size_t resampled_length(std::size_t input_samples);

// 22050 Hz to 24000 Hz (160/147) by windowed-sinc interpolation (Lanczos, a = 4, one table
// per 1/160 phase): speech keeps its top octave, unlike linear interpolation, at a cost that
// does not matter because clips are cached. Rounded and clamped to 16 bits.
Samples resample_to_guide(const Samples& input);

// `samples` without the silence (|sample| <= k_quiet) at either end; empty if all silent.
Samples trim_silence(const Samples& samples);

}  // namespace backstride::audio
