// backstride-fuzz-replay FILE|DIR...: runs each file (each regular file in a directory,
// in name order) once through the fuzz target, without libFuzzer, so any compiler can
// replay the seeds and the regression inputs. Exits 0 when every input ran clean;
// a crash aborts the process after the file's name was printed.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

// The fuzz target (fuzz/pipeline.cpp).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

std::vector<std::filesystem::path> inputs_of(const std::filesystem::path& argument) {
  std::vector<std::filesystem::path> files;
  if (std::filesystem::is_directory(argument)) {
    for (const auto& entry : std::filesystem::directory_iterator(argument)) {
      if (entry.is_regular_file()) {
        files.push_back(entry.path());
      }
    }
    std::ranges::sort(files);
  } else {
    files.push_back(argument);
  }
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t count = 0;
  for (int i = 1; i < argc; ++i) {
    for (const auto& path : inputs_of(argv[i])) {
      std::ifstream stream(path, std::ios::binary);
      if (!stream) {
        std::cerr << "backstride-fuzz-replay: cannot read " << path.string() << "\n";
        return 66;
      }
      std::string bytes{std::istreambuf_iterator<char>(stream), {}};
      // Named first, so a sanitizer report or an abort can be traced to its input.
      std::cout << "replay " << path.string() << std::endl;
      try {
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
      } catch (const std::exception& error) {
        std::cerr << "backstride-fuzz-replay: " << path.string()
                  << ": unexpected exception: " << error.what() << "\n";
        return 1;
      }
      ++count;
    }
  }
  std::cout << "replayed " << count << " inputs, none crashed\n";
  return count == 0 ? 1 : 0;
}
