#include "audio/speech.hpp"

#include <espeak-ng/espeak_ng.h>

#include <fcntl.h>
#include <strings.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <string>

#include <fmt/format.h>

#include "backstride/error.hpp"

namespace backstride::audio {
namespace {

constexpr int k_words_per_minute = 165;

std::mutex g_mutex;
Samples* g_sink = nullptr;  // where the callback appends (in a speaking child)

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
    return {};
  }();
  return failure;
}

// What a speaking child reports first: the voice was found, or not.
enum class Said : std::int32_t { ok = 0, no_voice = 1, failed = 2 };

bool write_all(int fd, const void* data, std::size_t size) {
  const auto* bytes = static_cast<const char*>(data);
  while (size > 0) {
    ssize_t done = ::write(fd, bytes, size);
    if (done < 0 && errno == EINTR) {
      continue;
    }
    if (done <= 0) {
      return false;
    }
    bytes += done;
    size -= static_cast<std::size_t>(done);
  }
  return true;
}

// Chooses a voice by its name or file ("en-us", "gmw/en"), else the voice whose
// languages include exactly that one ("en-gb"): espeak-ng's own match by language is loose
// ("no-such-voice" would be Norwegian).
bool set_voice(const std::string& voice) {
  if (espeak_ng_SetVoiceByName(voice.c_str()) == ENS_OK) {
    return true;
  }
  espeak_VOICE wanted{};
  wanted.languages = voice.c_str();
  for (const espeak_VOICE** each = espeak_ListVoices(&wanted); each != nullptr && *each != nullptr;
       ++each) {
    // `languages`: a priority byte then a name, repeated; a zero priority ends it.
    for (const char* entry = (*each)->languages; *entry != 0; entry += std::strlen(entry + 1) + 2) {
      if (strcasecmp(entry + 1, voice.c_str()) == 0) {
        return espeak_ng_SetVoiceByName((*each)->identifier) == ENS_OK;
      }
    }
  }
  return false;
}

// In the child: speak and send Said then the samples down `fd`; never returns.
[[noreturn]] void speak_into(int fd, const std::string& voice, const std::string& words) {
  Said said = Said::ok;
  Samples samples;
  if (!set_voice(voice)) {
    said = Said::no_voice;
  } else {
    espeak_ng_SetParameter(espeakRATE, k_words_per_minute, 0);
    g_sink = &samples;
    espeak_ng_STATUS status = espeak_ng_Synthesize(
        words.c_str(), words.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, nullptr);
    if (status != ENS_OK || espeak_ng_Synchronize() != ENS_OK) {
      said = Said::failed;
    }
  }
  bool sent = write_all(fd, &said, sizeof said) &&
              write_all(fd, samples.data(), samples.size() * sizeof(std::int16_t));
  ::_exit(sent ? 0 : 1);
}

std::string read_all(int fd) {
  std::string bytes;
  std::array<char, 65536> buffer{};
  for (;;) {
    ssize_t got = ::read(fd, buffer.data(), buffer.size());
    if (got < 0 && errno == EINTR) {
      continue;
    }
    if (got <= 0) {
      return bytes;
    }
    bytes.append(buffer.data(), static_cast<std::size_t>(got));
  }
}

[[noreturn]] void speech_failed(const std::string& why) {
  throw Error(ExitCode::software, fmt::format("espeak-ng failed: {}", why));
}

}  // namespace

Samples speak(std::string_view voice, std::string_view words) {
  std::lock_guard lock(g_mutex);
  if (const std::string& failure = start_failure(); !failure.empty()) {
    throw Error(ExitCode::software, failure);
  }
  std::string name(voice);
  std::string text(words);
  std::array<int, 2> pipe_fds{};
  if (::pipe2(pipe_fds.data(), O_CLOEXEC) != 0) {
    speech_failed(std::strerror(errno));
  }
  pid_t child = ::fork();
  if (child == 0) {
    ::close(pipe_fds[0]);
    speak_into(pipe_fds[1], name, text);
  }
  ::close(pipe_fds[1]);
  if (child < 0) {
    ::close(pipe_fds[0]);
    speech_failed(std::strerror(errno));
  }
  std::string bytes = read_all(pipe_fds[0]);
  ::close(pipe_fds[0]);
  int status = 0;
  while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
  }
  Said said = Said::failed;
  if (bytes.size() >= sizeof said && WIFEXITED(status) && WEXITSTATUS(status) == 0) {
    std::memcpy(&said, bytes.data(), sizeof said);
  }
  if (said == Said::no_voice) {
    throw Error(ExitCode::usage,
                fmt::format("--voice {}: espeak-ng has no such voice (`espeak-ng --voices` lists "
                            "them: Debian package espeak-ng; en, en-us, de, fr, ...)",
                            name));
  }
  if (said != Said::ok || (bytes.size() - sizeof said) % sizeof(std::int16_t) != 0) {
    speech_failed("the speaking process did not finish");
  }
  Samples samples((bytes.size() - sizeof said) / sizeof(std::int16_t));
  std::memcpy(samples.data(), bytes.data() + sizeof said, samples.size() * sizeof(std::int16_t));
  return samples;
}

}  // namespace backstride::audio
