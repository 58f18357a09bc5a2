#include "audio/speech.hpp"

#include <espeak-ng/espeak_ng.h>

#include <array>
#include <mutex>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "backstride/error.hpp"

namespace backstride::audio {
namespace {

constexpr int k_words_per_minute = 165;

std::mutex g_mutex;
Samples* g_sink = nullptr;  // where the callback appends; set only while g_mutex is held

int on_samples(short* wave, int count, espeak_EVENT* /*events*/) {
  if (wave != nullptr && count > 0 && g_sink != nullptr) {
    g_sink->insert(g_sink->end(), wave, wave + count);
  }
  return 0;  // go on
}

std::string status_text(espeak_ng_STATUS status) {
  std::array<char, 512> text{};
  espeak_ng_GetStatusCodeMessage(status, text.data(), text.size());
  return text.data();
}

// Initialises espeak-ng once; returns the error message of a failed start (kept for later
// calls), or an empty string.
const std::string& start_failure() {
  static const std::string failure = []() -> std::string {
    espeak_ng_InitializePath(nullptr);
    const char* folder = nullptr;
    espeak_Info(&folder);
    espeak_ng_ERROR_CONTEXT context = nullptr;
    espeak_ng_STATUS status = espeak_ng_Initialize(&context);
    if (status != ENS_OK) {
      espeak_ng_ClearErrorContext(&context);
      return fmt::format(
          "espeak-ng cannot load its data from {} ({}); install the Debian package "
          "espeak-ng-data (the speech library itself is libespeak-ng1)",
          folder == nullptr ? "its folder" : folder, status_text(status));
    }
    status = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nullptr);
    if (status != ENS_OK) {
      return fmt::format("espeak-ng will not start: {}", status_text(status));
    }
    if (espeak_ng_GetSampleRate() != k_speech_rate) {
      return fmt::format("espeak-ng speaks at {} Hz, not {} Hz", espeak_ng_GetSampleRate(),
                         k_speech_rate);
    }
    espeak_SetSynthCallback(on_samples);
    espeak_ng_SetParameter(espeakRATE, k_words_per_minute, 0);
    return {};
  }();
  return failure;
}

void use_voice(std::string_view voice) {
  static std::optional<std::string> current;
  if (current && *current == voice) {
    return;
  }
  std::string name(voice);
  espeak_ng_STATUS status = espeak_ng_SetVoiceByName(name.c_str());
  if (status != ENS_OK) {
    current.reset();
    throw Error(ExitCode::usage,
                fmt::format("--voice {}: espeak-ng has no such voice (`espeak-ng --voices` lists "
                            "them: Debian package espeak-ng; en, en-us, de, fr, ...)",
                            name));
  }
  espeak_ng_SetParameter(espeakRATE, k_words_per_minute, 0);
  current = std::move(name);
}

}  // namespace

Samples speak(std::string_view voice, std::string_view words) {
  std::lock_guard lock(g_mutex);
  if (const std::string& failure = start_failure(); !failure.empty()) {
    throw Error(ExitCode::software, failure);
  }
  use_voice(voice);
  Samples samples;
  g_sink = &samples;
  std::string text(words);
  espeak_ng_STATUS status = espeak_ng_Synthesize(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0,
                                                 espeakCHARS_UTF8, nullptr, nullptr);
  if (status == ENS_OK) {
    status = espeak_ng_Synchronize();
  }
  g_sink = nullptr;
  if (status != ENS_OK) {
    throw Error(ExitCode::software, fmt::format("espeak-ng failed: {}", status_text(status)));
  }
  return samples;
}

}  // namespace backstride::audio
