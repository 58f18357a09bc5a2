// The audio module's two entry points (render/audio_module.hpp): the only symbols it exports.
#include <cstdio>
#include <exception>
#include <type_traits>

#include "backstride/error.hpp"
#include "backstride/render/audio_module.hpp"
#include "backstride/version.hpp"

namespace {

int failed(int code, const char* what, char* message, std::size_t message_size) {
  std::snprintf(message, message_size, "%s", what);
  return code;
}

}  // namespace

extern "C" __attribute__((visibility("default"))) const char* backstride_audio_version() {
  return backstride::k_version;
}

extern "C" __attribute__((visibility("default"))) int backstride_audio_write(
    const std::vector<backstride::render::Cue>* cues, int total_seconds,
    const backstride::render::AudioOptions* options, std::string* mp3, char* message,
    std::size_t message_size) {
  try {
    *mp3 = backstride::render::write_audio_guide(*cues, total_seconds, *options);
    return 0;
  } catch (const backstride::Error& error) {
    return failed(static_cast<int>(error.code()), error.what(), message, message_size);
  } catch (const std::exception& error) {
    return failed(static_cast<int>(backstride::ExitCode::software), error.what(), message,
                  message_size);
  } catch (...) {
    return failed(static_cast<int>(backstride::ExitCode::software),
                  "the audio module failed (unknown error)", message, message_size);
  }
}

static_assert(
    std::is_same_v<decltype(&backstride_audio_write), backstride::render::AudioModuleWrite>,
    "the module's write function has the signature the program calls");
