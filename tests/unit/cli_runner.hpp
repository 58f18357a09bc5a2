#pragma once

#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "backstride/cli/app.hpp"

// The unit tests' way to run the whole CLI in-process.
namespace cli_runner {

// What one in-process run of the CLI gave.
struct Result {
  int code = 0;
  std::string out;
  std::string err;
};

// Runs `backstride ARGS` in-process with no input, the environment `env` and the clock at
// 2026-12-01T00:00:00Z; `terminal` says whether stdin counts as a terminal.
inline Result run_cli(std::vector<std::string> args, bool terminal = false,
                      std::map<std::string, std::string> env = {}) {
  std::istringstream in;
  std::ostringstream out;
  std::ostringstream err;
  backstride::cli::Io io{in,
                         out,
                         err,
                         terminal,
                         [env](const char* name) -> std::optional<std::string> {
                           auto it = env.find(name);
                           return it == env.end() ? std::nullopt
                                                  : std::optional<std::string>(it->second);
                         },
                         [] { return 1796083200LL; }};
  args.insert(args.begin(), "backstride");
  std::vector<const char*> argv;
  for (const auto& arg : args) {
    argv.push_back(arg.c_str());
  }
  int code = backstride::cli::run(static_cast<int>(argv.size()), argv.data(), io);
  return {code, out.str(), err.str()};
}

}  // namespace cli_runner
