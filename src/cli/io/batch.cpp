#include "io/batch.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <tuple>
#include <utility>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "backstride/cli/completion.hpp"
#include "backstride/error.hpp"
#include "backstride/generate.hpp"
#include "backstride/render/catalogue.hpp"
#include "backstride/text_util.hpp"
#include "backstride/uuid.hpp"
#include "commands/common.hpp"
#include "io/batch_clashes.hpp"
#include "io/batch_look.hpp"
#include "io/files.hpp"
#include "io/parallel.hpp"
#include "io/previous_calendar.hpp"
#include "io/session_folder.hpp"

namespace backstride::cli {
namespace {

// Hands results to a sink in input order as they finish. A worker waits before taking
// an input more than `window` ahead of the first unfinished one, so at most that many
// finished results wait here whatever the batch's size.
class InOrder {
 public:
  InOrder(const ResultSink& sink, std::size_t window) : sink_(sink), window_(window) {}

  void wait_turn(std::size_t i) {
    std::unique_lock lock(mutex_);
    turn_.wait(lock, [&] { return i < next_ + window_; });
  }

  void done(std::size_t i, BatchResult result) {
    std::lock_guard lock(mutex_);
    waiting_.emplace(i, std::move(result));
    while (!waiting_.empty() && waiting_.begin()->first == next_) {
      if (!failure_) {
        try {
          sink_(waiting_.begin()->second);
        } catch (...) {
          failure_ = std::current_exception();  // rethrown once the workers have stopped
        }
      }
      waiting_.erase(waiting_.begin());
      ++next_;
    }
    turn_.notify_all();
  }

  void rethrow() const {
    if (failure_) {
      std::rethrow_exception(failure_);
    }
  }

 private:
  const ResultSink& sink_;
  std::size_t window_;
  std::size_t next_ = 0;
  std::map<std::size_t, BatchResult> waiting_;
  std::exception_ptr failure_;
  std::mutex mutex_;
  std::condition_variable turn_;
};

void fail(BatchResult& result, const Error& error) {
  result.status = "error";
  result.exit_code = static_cast<int>(error.code());
  // One line per profile in the summaries and on stderr, whatever the number of problems.
  for (std::string_view line : text_lines(error.what())) {
    result.error.append(result.error.empty() ? "" : "; ").append(line);
  }
}

std::string_view status_of(ExitCode code) {
  return code == ExitCode::ok                 ? "planned"
         : code == ExitCode::clearance_needed ? "clearance_needed"
                                              : "urgent";
}

class Progress {
 public:
  Progress(Io& io, std::size_t total) : io_(io), total_(total) {}

  void tick() {
    std::size_t done = ++done_;
    if (io_.err_is_terminal) {
      std::lock_guard lock(mutex_);
      io_.err << fmt::format("\rbatch: {}/{} profiles", done, total_) << std::flush;
    }
  }

  void finish() {
    if (io_.err_is_terminal && total_ > 0) {
      io_.err << "\n";
    }
  }

 private:
  Io& io_;
  std::size_t total_;
  std::atomic<std::size_t> done_{0};
  std::mutex mutex_;
};

// The stage, the last logged session and the next one, for the summary.
void describe_progress(const Plan& plan, BatchResult& result) {
  for (const auto& step : plan.trail) {
    if (!step.session.empty()) {
      result.last_logged = format_date(step.date);
    }
  }
  if (const PlannedSession* next = first_session(plan)) {
    result.stage = next->stage_id;
    result.next_session = next->id;
    result.next_date = format_date(next->date);
  } else if (!plan.trail.empty()) {
    result.stage = plan.trail.back().stage;
  }
}

// A per-session format's files as the summary lists them: "<id>/S01-1.fit", ...
std::vector<std::string> session_files(const Plan& plan, render::Format format,
                                       const std::string& id) {
  std::vector<std::string> names = render::session_file_names(plan, format);
  for (auto& name : names) {
    name = std::string(id).append("/").append(name);
  }
  return names;
}

// --update: true (and the outputs listed) when the last summary has this input with the
// same hash and every output it needs is there.
bool up_to_date(const BatchRequest& request, BatchResult& result, const std::string& id,
                const Plan& plan) {
  auto previous = request.previous_hashes.find(result.input);
  if (!request.update || previous == request.previous_hashes.end() ||
      previous->second != result.input_hash) {
    return false;
  }
  std::vector<std::string> names;
  for (render::Format format : request.formats) {
    std::vector<std::string> files{output_name(id, format)};
    if (render::per_session(format)) {
      files = session_files(plan, format, id);
    }
    for (auto& name : files) {
      std::error_code ec;
      if (!std::filesystem::is_regular_file(std::filesystem::path(request.output_dir) / name, ec)) {
        return false;
      }
      names.push_back(std::move(name));
    }
  }
  result.outputs = std::move(names);
  result.kept = true;
  return true;
}

void produce(const BatchRequest& request, BatchResult& result, Io& io) {
  LoadedProfile loaded = load_profile(result.input, io);
  apply_lang(loaded.profile, request.language);
  const Profile& profile = loaded.profile;
  if (request.machine_zone_error && request.timezone.empty() && !profile.schedule.timezone) {
    throw *request.machine_zone_error;
  }
  result.id = profile.id;
  result.name = profile.name;
  std::string timezone = !request.timezone.empty()   ? request.timezone
                         : profile.schedule.timezone ? *profile.schedule.timezone
                                                     : request.machine_zone;
  Plan plan = build_plan(profile, *request.program, request.today, loaded.source, timezone);
  result.status = status_of(plan.exit_code);
  result.exit_code = static_cast<int>(plan.exit_code);
  result.decision = action_key(plan.decision.action);
  result.rule = rule_key(plan.decision.rule);
  result.reason = render::say(plan.decision.reason);  // the summary is English
  describe_progress(plan, result);
  result.input_hash = uuid_v5(
      fmt::format("{}\n{}\n{}", request.settings, loaded.profile_text, loaded.history_text));
  if (up_to_date(request, result, profile.id, plan)) {
    return;
  }
  bool replace = request.force || request.update;
  render::RenderOptions options = request.render;
  if (std::ranges::find(request.formats, render::Format::ics) != request.formats.end()) {
    // The calendar replaced: its events the new plan drops are written as cancelled.
    std::string ics =
        (std::filesystem::path(request.output_dir) / output_name(profile.id, render::Format::ics))
            .string();
    if (replaces_regular_file(ics, replace)) {
      options.ics.previous = read_previous_calendar(ics, io);
    }
    options.ics.log_profile = shell_word(result.input);
  }
  render::PlanRenderer renderer(plan, options);
  std::vector<std::pair<std::string, std::string>> files;
  std::vector<std::tuple<std::string, render::Format, std::vector<render::SessionFile>>> folders;
  for (render::Format format : request.formats) {
    std::string name = output_name(profile.id, format);
    std::string path = (std::filesystem::path(request.output_dir) / name).string();
    if (!replace && std::filesystem::exists(std::filesystem::symlink_status(path))) {
      throw Error(ExitCode::cant_create,
                  fmt::format("{}: already exists (use --force to replace it)", path));
    }
    if (render::per_session(format)) {  // OUTDIR/<id>/S01-1.fit, ...; none when withheld
      folders.emplace_back(name, format, renderer.render_sessions(format));
      continue;
    }
    files.emplace_back(name, renderer.render(format));
  }
  for (const auto& [name, content] : files) {
    // Synced all at once before the summary is written (cmd_batch.cpp): a summary on
    // disk means every output it lists is on disk too.
    write_file_atomically((std::filesystem::path(request.output_dir) / name).string(), content,
                          replace, Durability::sync_later);
    result.outputs.push_back(name);
  }
  if (!folders.empty()) {  // every per-session format (fit, mp3) shares OUTDIR/<id>/
    check_session_folder(
        (std::filesystem::path(request.output_dir) / std::get<0>(folders.front())).string(),
        replace);
  }
  for (const auto& [folder, format, sessions] : folders) {
    // Checked above, so written as with --force: a withheld plan writes none, and empties
    // the folder of the session files an earlier plan left there.
    write_session_folder((std::filesystem::path(request.output_dir) / folder).string(), sessions,
                         render::format_extension(format), true, Durability::sync_later);
    for (const auto& session : sessions) {
      result.outputs.push_back(std::string(folder).append("/").append(session.name));
    }
  }
}

// Throws the error of an input that clashes with another (or with the summary).
void refuse_clash(const Clash& clash, const std::vector<std::string>& inputs, std::size_t i,
                  Io& io) {
  if (clash.same_id_as != Clash::k_none) {
    throw Error(ExitCode::data_error,
                located(inputs[i], "/id",
                        fmt::format("\"{}\" is also the id of {}: no outputs for either "
                                    "(ids name the output files)",
                                    quick_look(inputs[i], io).id, inputs[clash.same_id_as])));
  }
  if (clash.gcal_name_of != Clash::k_none) {
    throw Error(ExitCode::data_error,
                located(inputs[i], "/id",
                        fmt::format("\"{}\" and the id of {} give one file name to a "
                                    "spreadsheet and a Google Calendar CSV (X.gcal.csv): no "
                                    "outputs for either (ids name the output files)",
                                    quick_look(inputs[i], io).id, inputs[clash.gcal_name_of])));
  }
  if (clash.same_history_as != Clash::k_none) {
    throw Error(ExitCode::data_error,
                located(inputs[i], "/history_file",
                        fmt::format("names the same file as the history_file of {}: no "
                                    "outputs for either (each person needs a pain log of "
                                    "their own)",
                                    inputs[clash.same_history_as])));
  }
  if (clash.hidden_id) {
    throw Error(ExitCode::data_error,
                located(inputs[i], "/id",
                        fmt::format("\"{}\" starts with \".\": its outputs would be hidden "
                                    "files (allowed in batch: an id starting with a letter, "
                                    "digit, _ or -)",
                                    quick_look(inputs[i], io).id)));
  }
  if (clash.summary_id) {
    throw Error(ExitCode::cant_create,
                located(inputs[i], "/id",
                        fmt::format("\"{}\" would overwrite the batch summary",
                                    quick_look(inputs[i], io).id)));
  }
}

}  // namespace

std::string output_name(const std::string& id, render::Format format) {
  if (render::per_session(format)) {
    return id;  // a folder of the profile's session files
  }
  return fmt::format("{}.{}", id, render::format_extension(format));
}

std::vector<std::string> batch_inputs(const std::vector<std::string>& arguments) {
  std::vector<std::string> inputs;
  for (const auto& argument : arguments) {
    if (argument == "-") {
      throw Error(ExitCode::usage, "batch: profiles come from files, not standard input (-)");
    }
    std::error_code ec;
    if (!std::filesystem::is_directory(argument, ec)) {
      inputs.push_back(argument);
      continue;
    }
    // Every *.json entry that is not a directory: one that cannot be read fails on its own.
    std::size_t first = inputs.size();
    for (const auto& entry : std::filesystem::directory_iterator(argument, ec)) {
      auto name = entry.path().filename().string();
      std::error_code entry_ec;
      if (name.ends_with(".json") && !name.starts_with(".") && !entry.is_directory(entry_ec)) {
        inputs.push_back(entry.path().string());
      }
    }
    if (ec) {
      throw Error(ExitCode::no_input, fmt::format("{}: cannot list: {}", argument, ec.message()));
    }
    if (inputs.size() == first) {
      throw Error(ExitCode::no_input,
                  fmt::format("{}: no profiles (*.json) in this directory", argument));
    }
    std::sort(inputs.begin() + static_cast<std::ptrdiff_t>(first), inputs.end());
  }
  // The same file named twice (by any path) is read once, where it first appears. Only
  // hashes are kept for every input; paths are compared where two hashes meet.
  auto key = [&](std::size_t i) {
    std::error_code ec;
    auto canonical = std::filesystem::weakly_canonical(inputs[i], ec).string();
    return ec ? inputs[i] : canonical;
  };
  std::vector<std::pair<std::size_t, std::size_t>> hashes;  // (hash of key, index)
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    hashes.emplace_back(std::hash<std::string>{}(key(i)), i);
  }
  std::ranges::sort(hashes);
  std::vector<bool> repeated(inputs.size());
  for (std::size_t a = 0; a < hashes.size(); ++a) {
    for (std::size_t b = a + 1; b < hashes.size() && hashes[b].first == hashes[a].first; ++b) {
      if (!repeated[hashes[b].second] && key(hashes[a].second) == key(hashes[b].second)) {
        repeated[hashes[b].second] = true;
      }
    }
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (!repeated[i]) {
      if (kept != i) {
        inputs[kept] = std::move(inputs[i]);
      }
      ++kept;
    }
  }
  inputs.resize(kept);
  return inputs;
}

void run_batch(const BatchRequest& request, const std::vector<std::string>& inputs,
               const ResultSink& sink, Io& io) {
  std::vector<Clash> clashes = find_clashes(inputs, request.formats, request.jobs, io);
  Progress progress(io, inputs.size());
  InOrder order(sink, 64 * std::size_t{request.jobs});
  parallel_for(inputs.size(), request.jobs, [&](std::size_t i) {
    order.wait_turn(i);
    BatchResult result;
    result.input = inputs[i];
    try {
      refuse_clash(clashes[i], inputs, i, io);
      produce(request, result, io);
    } catch (const Error& error) {
      fail(result, error);
    } catch (const std::exception& error) {
      fail(result, Error(ExitCode::software,
                         fmt::format("{}: internal error: {}", inputs[i], error.what())));
    }
    progress.tick();
    order.done(i, std::move(result));
  });
  progress.finish();
  order.rethrow();
}

}  // namespace backstride::cli
