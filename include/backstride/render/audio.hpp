#pragma once

#include <functional>
#include <string>
#include <vector>

#include "backstride/render/guide.hpp"

// The spoken audio guide of one session: an MP3 the length of the session, a short tone at
// every change of segment and the cues of session_cues() spoken by espeak-ng.
namespace backstride::render {

// What an audio guide needs besides its cues.
struct AudioOptions {
  std::string voice;  // an espeak-ng voice name; empty: the voice of the plan's language
};

// Renders a session's cues (session_cues) over `total_seconds` to MP3 bytes:
// write_audio_guide itself, or the CLI's call into the audio module.
using AudioWriter = std::function<std::string(const std::vector<Cue>& cues, int total_seconds,
                                              const AudioOptions& options)>;

// The MP3 (MPEG-2 layer III, mono, 24000 Hz; 32 kbit/s where there is sound, 8 kbit/s
// silence; a Xing frame with the frame count and a seek table first, no ID3 tag) of a session:
// total_seconds long to the frame (24 ms), each toned cue's tone starting at its `at` (the
// first no earlier than 46 ms, MP3's delay), the `ends_at` cue's words ending at the end;
// a cue's words that would run into the next cue are cut where it starts. The same cues,
// voice and espeak-ng version give the same bytes. Thread-safe (speech is serialised; clips are
// cached by voice and words). Throws Error(usage) for a voice espeak-ng does not have,
// Error(software) naming the Debian package when espeak-ng or its data is missing. Defined in
// backstride_audio, which the program loads as a module when an audio guide is asked for.
std::string write_audio_guide(const std::vector<Cue>& cues, int total_seconds,
                              const AudioOptions& options);

}  // namespace backstride::render
