#pragma once

#include <string>
#include <vector>

#include "backstride/cli/app.hpp"
#include "backstride/date.hpp"
#include "backstride/program.hpp"
#include "backstride/render/plan_renderer.hpp"

namespace backstride::cli {

// What `backstride batch` was asked to do.
struct BatchRequest {
  std::vector<std::string> inputs;  // files, or directories whose *.json files are read
  std::string output_dir;
  std::vector<render::Format> formats;
  unsigned jobs = 1;
  bool force = false;
  Date today;
  const Program* program = nullptr;
  std::string timezone;  // --timezone, else empty (each profile's own, else the machine's)
  render::RenderOptions render;
};

// How one input went.
struct BatchResult {
  std::string input;
  std::string id;
  std::string name;
  std::string status;  // planned | clearance_needed | urgent | error
  int exit_code = 0;
  std::string decision;
  std::string rule;
  std::vector<std::string> outputs;  // file names inside the output directory
  std::string error;
};

// The input files a batch reads: each file argument as given, and each directory's
// *.json files (not *.history.jsonl) in name order; the same file only once.
std::vector<std::string> batch_inputs(const std::vector<std::string>& arguments);

// Plans every input in parallel and writes its outputs (never a partial file); bad
// inputs are reported in their result and skipped. Results are in input order.
std::vector<BatchResult> run_batch(const BatchRequest& request,
                                   const std::vector<std::string>& inputs, Io& io);

// summary.csv: one row per input.
std::string batch_summary_csv(const std::vector<BatchResult>& results);

// summary.json: "backstride.batch/1" with every input's result.
std::string batch_summary_json(const BatchRequest& request,
                               const std::vector<BatchResult>& results);

}  // namespace backstride::cli
