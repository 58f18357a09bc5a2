#include "io/batch.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <utility>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "backstride/error.hpp"
#include "backstride/generate.hpp"
#include "io/batch_look.hpp"
#include "commands/common.hpp"
#include "io/files.hpp"

namespace backstride::cli {
namespace {

// Runs work(i) for i in [0, count) on `jobs` threads.
template <class Work>
void parallel_for(std::size_t count, unsigned jobs, const Work& work) {
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < count; i = next++) {
      work(i);
    }
  };
  std::vector<std::jthread> threads;
  for (unsigned t = 1; t < std::min<std::size_t>(jobs, count); ++t) {
    threads.emplace_back(worker);
  }
  worker();
}

// The index of another input that shares `key` in `groups`, if any.
std::optional<std::size_t> other_with(const std::map<std::string, std::vector<std::size_t>>& groups,
                                      const std::string& key, std::size_t i) {
  auto same = groups.find(key);
  if (key.empty() || same == groups.end() || same->second.size() < 2) {
    return std::nullopt;
  }
  return same->second.front() == i ? same->second[1] : same->second.front();
}

void fail(BatchResult& result, const Error& error) {
  result.status = "error";
  result.exit_code = static_cast<int>(error.code());
  result.error = error.what();
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

void produce(const BatchRequest& request, const std::string& machine_zone,
             const std::optional<Error>& zone_error, BatchResult& result, Io& io) {
  LoadedProfile loaded = load_profile(result.input, io);
  const Profile& profile = loaded.profile;
  if (zone_error && request.timezone.empty() && !profile.schedule.timezone) {
    throw *zone_error;
  }
  result.id = profile.id;
  result.name = profile.name;
  std::string timezone = !request.timezone.empty()   ? request.timezone
                         : profile.schedule.timezone ? *profile.schedule.timezone
                                                     : machine_zone;
  Plan plan = build_plan(profile, *request.program, request.today, loaded.source, timezone);
  result.status = status_of(plan.exit_code);
  result.exit_code = static_cast<int>(plan.exit_code);
  result.decision = action_key(plan.decision.action);
  result.rule = rule_key(plan.decision.rule);
  render::PlanRenderer renderer(plan, request.render);
  std::vector<std::pair<std::string, std::string>> files;
  for (render::Format format : request.formats) {
    std::string name = fmt::format("{}.{}", profile.id, render::format_extension(format));
    std::string path = (std::filesystem::path(request.output_dir) / name).string();
    if (!request.force && std::filesystem::exists(std::filesystem::symlink_status(path))) {
      throw Error(ExitCode::cant_create,
                  fmt::format("{}: already exists (use --force to replace it)", path));
    }
    files.emplace_back(name, renderer.render(format));
  }
  for (const auto& [name, content] : files) {
    // Synced all at once before the summary is written (cmd_batch.cpp): a summary on
    // disk means every output it lists is on disk too.
    write_file_atomically((std::filesystem::path(request.output_dir) / name).string(), content,
                          request.force, Durability::sync_later);
    result.outputs.push_back(name);
  }
}

}  // namespace

std::vector<std::string> batch_inputs(const std::vector<std::string>& arguments) {
  std::vector<std::string> inputs;
  std::set<std::string> seen;
  auto add = [&](const std::string& path) {
    std::error_code ec;
    auto key = std::filesystem::weakly_canonical(path, ec).string();
    if (seen.insert(ec ? path : key).second) {
      inputs.push_back(path);
    }
  };
  for (const auto& argument : arguments) {
    if (argument == "-") {
      throw Error(ExitCode::usage, "batch: profiles come from files, not standard input (-)");
    }
    std::error_code ec;
    if (!std::filesystem::is_directory(argument, ec)) {
      add(argument);
      continue;
    }
    // Every *.json entry that is not a directory: one that cannot be read fails on its own.
    std::vector<std::string> found;
    for (const auto& entry : std::filesystem::directory_iterator(argument, ec)) {
      auto name = entry.path().filename().string();
      std::error_code entry_ec;
      if (name.ends_with(".json") && !name.starts_with(".") && !entry.is_directory(entry_ec)) {
        found.push_back(entry.path().string());
      }
    }
    if (ec) {
      throw Error(ExitCode::no_input, fmt::format("{}: cannot list: {}", argument, ec.message()));
    }
    if (found.empty()) {
      throw Error(ExitCode::no_input,
                  fmt::format("{}: no profiles (*.json) in this directory", argument));
    }
    std::sort(found.begin(), found.end());
    std::for_each(found.begin(), found.end(), add);
  }
  return inputs;
}

std::vector<BatchResult> run_batch(const BatchRequest& request,
                                   const std::vector<std::string>& inputs, Io& io) {
  std::vector<BatchResult> results(inputs.size());
  std::vector<QuickLook> looks(inputs.size());
  parallel_for(inputs.size(), request.jobs, [&](std::size_t i) {
    results[i].input = inputs[i];
    looks[i] = quick_look(inputs[i], io);
  });
  std::vector<std::string> ids(inputs.size());
  std::map<std::string, std::vector<std::size_t>> by_id;
  std::map<std::string, std::vector<std::size_t>> by_history;
  for (std::size_t i = 0; i < looks.size(); ++i) {
    ids[i] = looks[i].id;
    if (!ids[i].empty()) {
      by_id[ids[i]].push_back(i);
    }
    if (!looks[i].history.empty()) {
      by_history[looks[i].history].push_back(i);
    }
  }
  const std::set<std::string> reserved{"summary.csv", "summary.json"};
  std::string machine_zone;
  std::optional<Error> zone_error;  // reported only for profiles that need the machine's zone
  try {
    machine_zone = resolve_timezone("", Profile{}, io);
  } catch (const Error& error) {
    zone_error = error;
  }
  Progress progress(io, inputs.size());
  parallel_for(inputs.size(), request.jobs, [&](std::size_t i) {
    BatchResult& result = results[i];
    try {
      auto same = by_id.find(ids[i]);
      if (same != by_id.end() && same->second.size() > 1) {
        const auto& indices = same->second;
        std::size_t other = indices.front() == i ? indices[1] : indices.front();
        throw Error(ExitCode::data_error,
                    located(inputs[i], "/id",
                            fmt::format("\"{}\" is also the id of {}: no outputs for either "
                                        "(ids name the output files)",
                                        ids[i], inputs[other])));
      }
      if (auto other = other_with(by_history, looks[i].history, i)) {
        throw Error(ExitCode::data_error,
                    located(inputs[i], "/history_file",
                            fmt::format("names the same file as the history_file of {}: no "
                                        "outputs for either (each person needs a pain log of "
                                        "their own)",
                                        inputs[*other])));
      }
      if (ids[i].starts_with(".")) {
        throw Error(ExitCode::data_error,
                    located(inputs[i], "/id",
                            fmt::format("\"{}\" starts with \".\": its outputs would be hidden "
                                        "files (allowed in batch: an id starting with a letter, "
                                        "digit, _ or -)",
                                        ids[i])));
      }
      for (render::Format format : request.formats) {
        if (reserved.contains(fmt::format("{}.{}", ids[i], render::format_extension(format)))) {
          throw Error(ExitCode::cant_create,
                      located(inputs[i], "/id",
                              fmt::format("\"{}\" would overwrite the batch summary", ids[i])));
        }
      }
      produce(request, machine_zone, zone_error, result, io);
    } catch (const Error& error) {
      fail(result, error);
    } catch (const std::exception& error) {
      fail(result, Error(ExitCode::software,
                         fmt::format("{}: internal error: {}", inputs[i], error.what())));
    }
    progress.tick();
  });
  progress.finish();
  return results;
}

}  // namespace backstride::cli
