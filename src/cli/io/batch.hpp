#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <sys/types.h>

#include "backstride/cli/app.hpp"
#include "backstride/date.hpp"
#include "backstride/error.hpp"
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
  std::string language;  // --lang, else empty (each profile's own language)
  render::RenderOptions render;
  // --update: each input's content hash in the last summary (input path -> hash); an
  // input whose hash is the same, and whose outputs are all there, keeps its outputs.
  bool update = false;
  std::map<std::string, std::string> previous_hashes;
  std::string settings;  // what else shapes the outputs (today, program, formats, ...)
  // The machine's zone, for profiles without one of their own; or why it is unknown
  // (an error only for the profiles that need it).
  std::string machine_zone;
  std::optional<Error> machine_zone_error;
};

// The file an input with `id` gets for `format` inside the output directory ("p1.pdf"),
// or for a per-session format its folder ("p1": p1/S01-1.fit, ...).
std::string output_name(const std::string& id, render::Format format);

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
  std::string reason;        // today's decision in plain words
  std::string stage;         // the stage the person is at (of the next session, else the last)
  std::string last_logged;   // the date of the last logged session, or ""
  std::string next_session;  // the next session's id and date, or ""
  std::string next_date;
  std::string input_hash;  // of the profile, its history and the batch's settings
  bool kept = false;       // --update: its outputs were already up to date
};

// The input files a batch reads: each file argument as given, and each directory's
// *.json files (not *.history.jsonl) in name order; the same file only once.
std::vector<std::string> batch_inputs(const std::vector<std::string>& arguments);

// Receives each input's result, in input order, while the batch goes on.
using ResultSink = std::function<void(const BatchResult&)>;

// Plans every input in parallel and writes its outputs (never a partial file); bad
// inputs are reported in their result and skipped. Results reach `sink` in input order,
// one at a time; the batch holds only the few finished ahead of a slower one (memory does
// not grow with the number of inputs). An exception from `sink` ends the batch.
void run_batch(const BatchRequest& request, const std::vector<std::string>& inputs,
               const ResultSink& sink, Io& io);

// Text appended to an unnamed scratch file in a directory, then read back in order.
class Spool {
 public:
  // Throws Error(cant_create) when `dir` cannot hold a scratch file.
  explicit Spool(const std::string& dir);
  ~Spool();
  Spool(const Spool&) = delete;
  Spool& operator=(const Spool&) = delete;

  // Adds `text` at the end. Throws Error(io_error).
  void append(std::string_view text);

  // Hands everything appended so far to `write`, in pieces. Throws Error(io_error).
  void replay(const std::function<void(std::string_view)>& write);

 private:
  void flush();

  int m_fd;
  std::string m_dir;
  std::string m_buffer;
  off_t m_size = 0;
};

// summary.csv (one row per input) and summary.json ("backstride.batch/1"), built a row at
// a time in scratch files beside the outputs and written at the end.
class BatchSummary {
 public:
  explicit BatchSummary(const BatchRequest& request);

  // Adds the next input's row.
  void add(const BatchResult& result);

  // Writes both files atomically (refusing to replace them unless `force`).
  void write(const std::string& csv_path, const std::string& json_path, bool force);

  // Inputs added so far.
  [[nodiscard]] std::size_t rows() const {
    return m_rows;
  }
  // Output files those inputs wrote.
  [[nodiscard]] std::size_t files() const {
    return m_files;
  }
  // Output files --update kept because they were up to date.
  [[nodiscard]] std::size_t kept() const {
    return m_kept;
  }
  // "34 profiles: 1 emergency, 9 need clearance, 18 planned, 6 errors".
  [[nodiscard]] std::string closing_line() const;
  // "Name (input)" of every input with an urgent red flag, in input order.
  [[nodiscard]] const std::vector<std::string>& emergencies() const {
    return m_emergencies;
  }

 private:
  const BatchRequest& m_request;
  Spool m_csv;
  Spool m_json;
  std::size_t m_rows = 0;
  std::size_t m_files = 0;
  std::size_t m_kept = 0;
  std::map<std::string, int> m_counts;
  std::vector<std::string> m_emergencies;
};

}  // namespace backstride::cli
