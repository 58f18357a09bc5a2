// write_audio_guide: the session's frames, silent but where a cue's clip is dropped in.
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "audio/frame_grid.hpp"
#include "audio/mp3_clip.hpp"
#include "audio/pcm.hpp"
#include "audio/speech.hpp"
#include "backstride/render/audio.hpp"

namespace backstride::render {
namespace {

using audio::k_frame_bytes;
using audio::k_info_frame_bytes;
using audio::k_sample_rate;
constexpr auto silence_bytes = static_cast<std::size_t>(audio::k_silent_frame_bytes);

constexpr int k_tone_gap_ms = 200;               // between the tone and the words
constexpr std::size_t k_cache_bytes = 64 << 20;  // clips kept before the cache starts over

// A cue's sound: `lead` silent samples (its place within a frame), the tone when asked for,
// a gap, then the words, resampled to 24000 Hz.
audio::Samples clip_sound(const std::string& voice, const std::string& words, bool with_tone,
                          int lead) {
  audio::Samples sound(static_cast<std::size_t>(lead), 0);
  if (with_tone) {
    audio::Samples beep = audio::tone(k_sample_rate);
    sound.insert(sound.end(), beep.begin(), beep.end());
    sound.resize(sound.size() + k_sample_rate * k_tone_gap_ms / 1000, 0);
  }
  audio::Samples speech = audio::resample_to_guide(audio::trim_silence(audio::speak(voice, words)));
  sound.insert(sound.end(), speech.begin(), speech.end());
  return sound;
}

// Encoded clips by voice, tone, lead and words: sessions of a plan repeat most of their cues,
// and a cue at a whole second has one of three leads.
class ClipCache {
 public:
  std::shared_ptr<const std::string> get(const std::string& voice, const std::string& words,
                                         bool with_tone, int lead) {
    std::string key = voice;
    key.append(1, '\0').append(with_tone ? "t" : "-").append(std::to_string(lead));
    key.append(1, '\0').append(words);
    std::lock_guard lock(m_mutex);
    if (auto found = m_clips.find(key); found != m_clips.end()) {
      return found->second;
    }
    auto frames = std::make_shared<const std::string>(
        audio::encode_clip(clip_sound(voice, words, with_tone, lead)));
    if (m_bytes + frames->size() > k_cache_bytes) {
      m_clips.clear();
      m_bytes = 0;
    }
    m_bytes += frames->size();
    m_clips.emplace(std::move(key), frames);
    return frames;
  }

 private:
  std::mutex m_mutex;
  std::map<std::string, std::shared_ptr<const std::string>> m_clips;
  std::size_t m_bytes = 0;
};

ClipCache& clip_cache() {
  static ClipCache cache;
  return cache;
}

}  // namespace

std::string write_audio_guide(const std::vector<Cue>& cues, int total_seconds,
                              const AudioOptions& options) {
  const std::int64_t total_frames = audio::session_frames(total_seconds);
  std::vector<std::shared_ptr<const std::string>> clips;
  std::vector<audio::Span> wanted;
  for (const auto& cue : cues) {
    if (cue.ends_at) {
      auto clip = clip_cache().get(options.voice, cue.words, cue.tone, 0);
      auto frames = static_cast<std::int64_t>(clip->size() / k_frame_bytes);
      wanted.push_back({audio::ending_frame(frames, total_frames), frames});
      clips.push_back(std::move(clip));
      continue;
    }
    audio::GridSpot spot = audio::grid_spot(static_cast<std::int64_t>(cue.at) * k_sample_rate);
    auto clip = clip_cache().get(options.voice, cue.words, cue.tone, spot.lead);
    wanted.push_back({spot.frame, static_cast<std::int64_t>(clip->size() / k_frame_bytes)});
    clips.push_back(std::move(clip));
  }
  std::vector<audio::Span> spans = audio::fit_spans(std::move(wanted), total_frames);

  std::string mp3(k_info_frame_bytes, '\0');  // the info frame, written last
  std::size_t size = mp3.size() + static_cast<std::size_t>(total_frames) * silence_bytes;
  for (const auto& span : spans) {
    size += static_cast<std::size_t>(span.count) * (k_frame_bytes - silence_bytes);
  }
  mp3.reserve(size);
  std::string_view silence = audio::silent_frame();
  std::int64_t at = 0;                      // frames written after the info frame
  std::vector<std::uint64_t> frame_starts;  // where each of them starts (the seek table's)
  frame_starts.reserve(static_cast<std::size_t>(total_frames));
  auto silent_until = [&](std::int64_t frame) {
    for (; at < frame; ++at) {
      frame_starts.push_back(mp3.size());
      mp3.append(silence);
    }
  };
  for (std::size_t i = 0; i < spans.size(); ++i) {
    if (spans[i].count == 0) {
      continue;
    }
    silent_until(spans[i].first);
    for (std::int64_t k = 0; k < spans[i].count; ++k) {
      frame_starts.push_back(mp3.size() + static_cast<std::uint64_t>(k) * k_frame_bytes);
    }
    mp3.append(*clips[i], 0, static_cast<std::size_t>(spans[i].count) * k_frame_bytes);
    at += spans[i].count;
  }
  silent_until(total_frames);
  mp3.replace(
      0, k_info_frame_bytes,
      audio::info_frame(total_frames, mp3.size(), audio::seek_table(frame_starts, mp3.size())));
  return mp3;
}

}  // namespace backstride::render
