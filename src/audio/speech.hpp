#pragma once

#include <string_view>

#include "audio/pcm.hpp"

// Speech by libespeak-ng, in-process. espeak-ng keeps global state and is not thread-safe:
// every call here holds one mutex.
namespace backstride::audio {

// `words` (UTF-8) spoken by espeak-ng's `voice` at 165 words a minute: 22050 Hz samples,
// with espeak-ng's own silence at either end. Initialises espeak-ng on first use. Throws
// Error(software) naming the Debian package espeak-ng-data when espeak-ng cannot load its
// data, Error(usage) when it has no voice called `voice`.
Samples speak(std::string_view voice, std::string_view words);

}  // namespace backstride::audio
