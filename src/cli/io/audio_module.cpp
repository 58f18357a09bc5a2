#include "io/audio_module.hpp"

#include <array>

#include <fmt/format.h>

#include "backstride/error.hpp"
#include "backstride/render/audio_module.hpp"
#include "io/module_loader.hpp"

namespace backstride::cli {
namespace {

// The Debian package of a library the module links, when the loader could not find it.
std::string missing_package(std::string_view why) {
  if (why.find("libespeak-ng") != std::string_view::npos) {
    return "install the Debian package libespeak-ng1 (speech) with espeak-ng-data";
  }
  if (why.find("libmp3lame") != std::string_view::npos) {
    return "install the Debian package libmp3lame0 (MP3 encoding)";
  }
  return {};
}

}  // namespace

render::AudioWriter audio_module_writer() {
  static const auto write = reinterpret_cast<render::AudioModuleWrite>(
      load_module({render::k_audio_module_file, render::k_audio_module_version_symbol,
                   render::k_audio_module_write_symbol, "-f mp3", "audio", missing_package}));
  return [](const std::vector<render::Cue>& cues, int total_seconds,
            const render::AudioOptions& options) {
    std::array<char, 1024> message{};
    std::string mp3;
    int code = write(&cues, total_seconds, &options, &mp3, message.data(), message.size());
    if (code != 0) {
      throw Error(static_cast<ExitCode>(code), message.data());
    }
    return mp3;
  };
}

}  // namespace backstride::cli
