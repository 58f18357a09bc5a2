// The audio guide (src/audio): the frame grid, the sound made without espeak-ng, LAME's
// frames, and whole guides (determinism, threads, a missing voice).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <string>
#include <thread>
#include <vector>

#include "audio/frame_grid.hpp"
#include "audio/mp3_clip.hpp"
#include "audio/pcm.hpp"
#include "audio/speech.hpp"
#include "backstride/error.hpp"
#include "backstride/render/audio.hpp"
#include "backstride/render/guide.hpp"

using namespace backstride;
using namespace backstride::audio;

namespace {

std::vector<Segment> short_session() {
  return {{SegmentKind::warmup, 20},
          {SegmentKind::jog, 30},
          {SegmentKind::walk, 40},
          {SegmentKind::cooldown, 30}};
}

std::string render_short(const std::string& voice = "en") {
  auto segments = short_session();
  return render::write_audio_guide(render::session_cues(segments, "Stop if it hurts."),
                                   total_seconds(segments), render::AudioOptions{voice});
}

}  // namespace

TEST_CASE("a silent frame is an 8 kbit/s header then zero side information and zero data") {
  std::string_view frame = silent_frame();
  REQUIRE(frame.size() == 24);
  CHECK(static_cast<unsigned char>(frame[0]) == 0xFF);
  CHECK(static_cast<unsigned char>(frame[1]) == 0xF3);  // MPEG-2, layer III, no CRC
  CHECK(static_cast<unsigned char>(frame[2]) == 0x14);  // 8 kbit/s, 24000 Hz, no padding
  CHECK(static_cast<unsigned char>(frame[3]) == 0xC4);  // mono, original
  CHECK(std::all_of(frame.begin() + 4, frame.end(), [](char byte) { return byte == 0; }));
  CHECK_FALSE(is_sound_frame(frame));
}

TEST_CASE("the info frame gives the frame count the file size and a seek table") {
  SeekTable table{};
  table[1] = 7;
  table[99] = 250;
  std::string frame = info_frame(62500, 1605360, table);
  REQUIRE(frame.size() == 192);
  CHECK(frame.substr(0, 4) == std::string("\xFF\xF3\x84\xC4", 4));  // 64 kbit/s, 24000 Hz
  CHECK(std::all_of(frame.begin() + 4, frame.begin() + 13, [](char byte) { return byte == 0; }));
  CHECK(frame.substr(13, 4) == "Xing");
  CHECK(frame.substr(17, 4) == std::string("\0\0\0\7", 4));
  CHECK(frame.substr(21, 4) == std::string("\0\0\xF4\x24", 4));    // 62500
  CHECK(frame.substr(25, 4) == std::string("\0\x18\x7E\xF0", 4));  // 1605360
  CHECK(frame.substr(29, 100) == std::string(table.begin(), table.end()));
  CHECK(std::all_of(frame.begin() + 129, frame.end(), [](char byte) { return byte == 0; }));
}

TEST_CASE("the seek table maps each percent of the frames to its place in the file") {
  // 200 frames of 10 bytes after a 100-byte info frame: 2100 bytes.
  std::vector<std::uint64_t> starts;
  for (std::uint64_t k = 0; k < 200; ++k) {
    starts.push_back(100 + 10 * k);
  }
  SeekTable table = seek_table(starts, 2100);
  CHECK(table[0] == 100 * 256 / 2100);
  CHECK(table[50] == (100 + 10 * 100) * 256 / 2100);
  CHECK(table[99] == (100 + 10 * 198) * 256 / 2100);
  CHECK(std::is_sorted(table.begin(), table.end()));
  CHECK(seek_table({}, 0) == SeekTable{});
}

TEST_CASE("a session is its length in 24 ms frames") {
  CHECK(session_frames(1500) == 62500);  // 25 minutes
  CHECK(session_frames(2100) == 87500);  // 35 minutes
  CHECK(session_frames(1) == 42);        // 41.67 rounded
  CHECK(session_frames(0) == 0);
}

TEST_CASE("a clip is placed so that its sample 0 is heard at the cue") {
  for (int second : {2, 60, 61, 62, 300, 1499}) {
    std::int64_t sample = std::int64_t{second} * k_sample_rate;
    GridSpot spot = grid_spot(sample);
    CHECK(spot.lead >= 0);
    CHECK(spot.lead < k_frame_samples);
    CHECK(spot.frame * k_frame_samples + spot.lead + k_codec_delay == sample);
  }
  // Whole seconds fall on one of three places within a frame, so clips cache well.
  std::vector<int> leads;
  for (int second = 1; second < 100; ++second) {
    leads.push_back(grid_spot(std::int64_t{second} * k_sample_rate).lead);
  }
  std::sort(leads.begin(), leads.end());
  leads.erase(std::unique(leads.begin(), leads.end()), leads.end());
  CHECK(leads.size() == 3);
  // The first 46 ms cannot be reached: as early as possible.
  CHECK(grid_spot(0).frame == 0);
  CHECK(grid_spot(0).lead == 0);
  CHECK(ending_frame(10, 100) == 90);
  CHECK(ending_frame(200, 100) == 0);
}

TEST_CASE("clips are cut where the next starts and at the end") {
  auto spans = fit_spans({{0, 10}, {5, 10}, {30, 4}, {98, 5}}, 100);
  CHECK(spans[0].count == 5);
  CHECK(spans[1].count == 10);
  CHECK(spans[2].count == 4);
  CHECK(spans[3].first == 98);
  CHECK(spans[3].count == 2);
  // A clip that would start before the one before it starts with it, and the earlier one
  // gives way.
  auto crowded = fit_spans({{50, 10}, {40, 10}}, 100);
  CHECK(crowded[1].first == 50);
  CHECK(crowded[0].count == 0);
  CHECK(crowded[1].count == 10);
}

TEST_CASE("the resampler turns 22050 samples into 24000") {
  CHECK(resampled_length(22050) == 24000);
  CHECK(resampled_length(147) == 160);
  CHECK(resampled_length(1) == 2);
  CHECK(resampled_length(0) == 0);
  Samples flat(2205, 1000);
  Samples out = resample_to_guide(flat);
  REQUIRE(out.size() == 2400);
  CHECK(std::all_of(out.begin() + 8, out.end() - 8, [](std::int16_t s) { return s == 1000; }));
  // A 1 kHz sine stays a 1 kHz sine at the new rate.
  Samples sine(22050);
  for (std::size_t i = 0; i < sine.size(); ++i) {
    sine[i] = static_cast<std::int16_t>(
        std::lround(10000 * std::sin(2 * std::numbers::pi * 1000 * double(i) / 22050)));
  }
  Samples up = resample_to_guide(sine);
  double worst = 0;
  for (std::size_t n = 100; n + 100 < up.size(); ++n) {
    double want = 10000 * std::sin(2 * std::numbers::pi * 1000 * double(n) / 24000);
    worst = std::max(worst, std::abs(up[n] - want));
  }
  CHECK(worst < 60);  // under -45 dB of the signal
}

TEST_CASE("the tone is 250 ms of 880 Hz faded in and out") {
  Samples beep = tone(k_sample_rate);
  REQUIRE(beep.size() == 6000);
  CHECK(beep.front() == 0);
  CHECK(std::abs(beep.back()) < 50);
  auto peak = *std::max_element(beep.begin(), beep.end());
  CHECK(peak > 8000);
  CHECK(peak < 8300);
  Samples quiet = {0, 5, -100, 2000, 0, -3000, 40, 0};
  CHECK(trim_silence(quiet) == Samples{2000, 0, -3000});
  CHECK(trim_silence(Samples{1, -2, 3}).empty());
}

TEST_CASE("LAME writes whole grid frames and the same frames for the same sound") {
  Samples sound(1000, 0);
  Samples beep = tone(k_sample_rate);
  sound.insert(sound.end(), beep.begin(), beep.end());
  std::string frames = encode_clip(sound);
  REQUIRE(frames.size() % k_frame_bytes == 0);
  CHECK(frames.size() / k_frame_bytes >= (sound.size() + k_codec_delay) / k_frame_samples);
  CHECK(frames.size() / k_frame_bytes <= (sound.size() + k_codec_delay) / k_frame_samples + 3);
  for (std::size_t at = 0; at < frames.size(); at += k_frame_bytes) {
    REQUIRE(is_sound_frame(std::string_view(frames).substr(at, k_frame_bytes)));
  }
  CHECK(encode_clip(sound) == frames);
}

TEST_CASE("a guide is the session's length in frames with sound at its cues") {
  std::string mp3 = render_short();
  // After the info frame: each frame sound (96 bytes) or silence (24 bytes), none other.
  std::vector<bool> sound;
  std::vector<std::uint64_t> starts;
  std::size_t at = k_info_frame_bytes;
  while (at < mp3.size()) {
    starts.push_back(at);
    std::string_view rest = std::string_view(mp3).substr(at);
    if (rest.substr(0, k_silent_frame_bytes) == silent_frame()) {
      sound.push_back(false);
      at += k_silent_frame_bytes;
    } else {
      REQUIRE(is_sound_frame(rest.substr(0, k_frame_bytes)));
      sound.push_back(true);
      at += k_frame_bytes;
    }
  }
  REQUIRE(at == mp3.size());
  REQUIRE(static_cast<std::int64_t>(sound.size()) == session_frames(120));
  CHECK(mp3.substr(0, k_info_frame_bytes) ==
        info_frame(session_frames(120), mp3.size(), seek_table(starts, mp3.size())));
  CHECK(sound.front());  // the first tone
  // Silent just before the jog's tone at 20 s, sound from it.
  auto jog = static_cast<std::size_t>(grid_spot(20 * k_sample_rate).frame);
  CHECK_FALSE(sound[jog - 1]);
  CHECK(sound[jog + 3]);
  // The "Done" words end in the last frame.
  CHECK(sound.back());
}

TEST_CASE("the same session gives the same bytes in one thread or several") {
  std::string first = render_short();
  CHECK(render_short() == first);
  std::vector<std::string> results(3);
  std::vector<std::thread> threads;
  for (auto& result : results) {
    threads.emplace_back([&result] { result = render_short(); });
  }
  for (auto& thread : threads) {
    thread.join();
  }
  for (const auto& result : results) {
    CHECK(result == first);
  }
}

TEST_CASE("a voice espeak-ng does not have is a usage error that says how to list voices") {
  try {
    render_short("no-such-voice");
    FAIL("no error");
  } catch (const Error& error) {
    CHECK(error.code() == ExitCode::usage);
    CHECK_THAT(error.what(),
               Catch::Contains("--voice no-such-voice") && Catch::Contains("espeak-ng --voices"));
  }
  // A good voice still works after a bad one.
  CHECK(!render_short().empty());
  // A language espeak-ng has no voice file of that name for, as its command takes it.
  CHECK(!render_short("en-gb").empty());
}

TEST_CASE("espeak-ng says the same words the same way after another voice") {
  Samples first = speak("en", "Jog for 1 minute");
  REQUIRE(first.size() > 10000);  // about a second at 22050 Hz
  CHECK(speak("en-us", "Jog for 1 minute") != first);
  CHECK(speak("en", "Jog for 1 minute") == first);
}
