#pragma once

#include "backstride/render/audio.hpp"

namespace backstride::cli {

// The audio guide writer of the module backstride-audio.so (libespeak-ng, libmp3lame),
// loaded on first use from beside the program (build tree) or from its installed folder.
// Throws Error(software) naming the places looked in when the module is missing, is of
// another version, or will not load (naming the Debian package of a missing library:
// libespeak-ng1, libmp3lame0). The writer throws what write_audio_guide throws.
render::AudioWriter audio_module_writer();

}  // namespace backstride::cli
