#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "backstride/render/audio.hpp"

// The boundary between the program and its audio module (backstride-audio.so), which alone
// links libespeak-ng and libmp3lame: two C functions, found with dlsym. Exceptions never
// cross it.
namespace backstride::render {

// The module's file name, beside the program in the build tree.
inline constexpr const char* k_audio_module_file = "backstride-audio.so";

// Symbol of `const char* f()`: the version the module was built as (PROJECT_VERSION).
inline constexpr const char* k_audio_module_version_symbol = "backstride_audio_version";

// Symbol of AudioModuleWrite.
inline constexpr const char* k_audio_module_write_symbol = "backstride_audio_write";

// Renders the guide into `mp3`; returns 0, or an exit code with a message copied into
// `message`.
using AudioModuleWrite = int (*)(const std::vector<Cue>* cues, int total_seconds,
                                 const AudioOptions* options, std::string* mp3, char* message,
                                 std::size_t message_size);

}  // namespace backstride::render
