#pragma once

#include <string_view>

#include "audio/pcm.hpp"

// Speech by libespeak-ng, in-process but for one fork() per utterance. espeak-ng keeps
// global state that carries from one utterance to the next (its pitch flutter and glottal
// phase are function statics no call resets), so the same words would come out a little
// different depending on what was said before. The process initialises espeak-ng once and
// never speaks; each utterance is spoken by a forked child that starts from that same state
// and sends its samples back through a pipe: the same voice and words, the same samples, in
// any order and from any thread. Calls are serialised by one mutex.
namespace backstride::audio {

// `words` (UTF-8) spoken by espeak-ng's `voice` at 165 words a minute: 22050 Hz samples,
// with espeak-ng's own silence at either end. Initialises espeak-ng on first use. Throws
// Error(software) naming the Debian package espeak-ng-data when espeak-ng cannot load its
// data (or when the speaking child fails), Error(usage) when it has no voice `voice`.
Samples speak(std::string_view voice, std::string_view words);

}  // namespace backstride::audio
