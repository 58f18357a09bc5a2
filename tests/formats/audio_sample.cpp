// Drives the audio module (backstride-audio.so, loaded as the program loads it) without the
// CLI, for tests/formats/audio.sh (the whole program's guides: audio_plan.sh):
//   audio_sample OUT.mp3 [--voice V] [--stop-rule TEXT] KIND:SECONDS[xN]...
//     writes the guide of that session and prints {"seconds": N, "tones": [...]} for
//     audio_check.py --expect (KIND: warmup, walk, jog, cooldown; xN repeats it N times)
// Exit: 0, or the Error's exit code with its message on stderr.
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "backstride/error.hpp"
#include "backstride/program.hpp"
#include "backstride/render/audio.hpp"
#include "backstride/render/guide.hpp"
#include "io/audio_module.hpp"

namespace {

using backstride::Error;
using backstride::ExitCode;
using backstride::Segment;
using backstride::SegmentKind;

Segment parse_kind(const std::string& kind, int seconds) {
  for (SegmentKind each :
       {SegmentKind::warmup, SegmentKind::walk, SegmentKind::jog, SegmentKind::cooldown}) {
    if (backstride::segment_kind_key(each) == kind) {
      return {each, seconds};
    }
  }
  throw Error(ExitCode::usage, "unknown segment kind " + kind);
}

// "jog:60x6" -> six jog segments of 60 s.
void add_segments(const std::string& arg, std::vector<Segment>& segments) {
  auto colon = arg.find(':');
  auto times = arg.find('x', colon == std::string::npos ? 0 : colon);
  if (colon == std::string::npos) {
    throw Error(ExitCode::usage, "a segment is KIND:SECONDS[xN], not " + arg);
  }
  int seconds = std::stoi(arg.substr(colon + 1, times - colon - 1));
  int count = times == std::string::npos ? 1 : std::stoi(arg.substr(times + 1));
  for (int i = 0; i < count; ++i) {
    segments.push_back(parse_kind(arg.substr(0, colon), seconds));
  }
}

void write_file(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out.flush()) {
    throw Error(ExitCode::cant_create, "cannot write " + path);
  }
}

// What audio_check.py --expect reads: the length and the toned cues' times.
std::string expectation(const std::vector<backstride::render::Cue>& cues, int total) {
  std::vector<int> tones;
  for (const auto& cue : cues) {
    if (cue.tone) {
      tones.push_back(cue.at);
    }
  }
  return fmt::format("{{\"seconds\": {}, \"tones\": [{}]}}\n", total, fmt::join(tones, ", "));
}

int one_session(const std::vector<std::string>& args) {
  backstride::render::AudioOptions options{"en"};
  std::string stop_rule = "Stop and walk home if anything feels wrong.";
  std::vector<Segment> segments;
  for (std::size_t i = 1; i < args.size(); ++i) {
    if (args[i] == "--voice" && i + 1 < args.size()) {
      options.voice = args[++i];
    } else if (args[i] == "--stop-rule" && i + 1 < args.size()) {
      stop_rule = args[++i];
    } else {
      add_segments(args[i], segments);
    }
  }
  auto cues = backstride::render::session_cues(segments, stop_rule);
  int total = backstride::total_seconds(segments);
  write_file(args[0], backstride::cli::audio_module_writer()(cues, total, options));
  fmt::print("{}", expectation(cues, total));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  try {
    if (args.size() < 2) {
      throw Error(ExitCode::usage, "usage: audio_sample OUT.mp3 [--voice V] KIND:SECONDS[xN]...");
    }
    return one_session(args);
  } catch (const Error& error) {
    std::cerr << "audio_sample: " << error.what() << '\n';
    return static_cast<int>(error.code());
  } catch (const std::exception& error) {
    std::cerr << "audio_sample: " << error.what() << '\n';
    return static_cast<int>(ExitCode::software);
  }
}
