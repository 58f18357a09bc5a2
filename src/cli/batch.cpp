#include "batch.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <mutex>
#include <set>
#include <thread>
#include <utility>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "backstride/error.hpp"
#include "backstride/generate.hpp"
#include "common.hpp"
#include "files.hpp"

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

// Notes the top-level "id" string while checking the document is JSON, without
// building it (much cheaper than a DOM for the first pass over every input).
class IdReader : public nlohmann::json_sax<nlohmann::json> {
 public:
  std::string id;

  bool null() override {
    return value();
  }
  bool boolean(bool /*unused*/) override {
    return value();
  }
  bool number_integer(number_integer_t /*unused*/) override {
    return value();
  }
  bool number_unsigned(number_unsigned_t /*unused*/) override {
    return value();
  }
  bool number_float(number_float_t /*unused*/, const string_t& /*unused*/) override {
    return value();
  }
  bool string(string_t& text) override {
    if (std::exchange(m_next_is_id, false)) {
      id = text;  // as a DOM would, the last of duplicate keys wins
    }
    return true;
  }
  bool binary(binary_t& /*unused*/) override {
    return value();
  }
  bool start_object(std::size_t /*unused*/) override {
    return open();
  }
  bool end_object() override {
    return close();
  }
  bool start_array(std::size_t /*unused*/) override {
    return open();
  }
  bool end_array() override {
    return close();
  }
  bool key(string_t& name) override {
    m_next_is_id = m_depth == 1 && name == "id";
    return true;
  }
  bool parse_error(std::size_t /*unused*/, const std::string& /*unused*/,
                   const nlohmann::detail::exception& /*unused*/) override {
    return false;
  }

 private:
  bool value() {
    return !std::exchange(m_next_is_id, false);
  }  // an id that is not a string
  bool open() {
    ++m_depth;
    return value();
  }
  bool close() {
    --m_depth;
    return true;
  }

  int m_depth = 0;
  bool m_next_is_id = false;
};

// The profile's id, read without the full checks (they run later): for naming
// outputs and finding duplicates before anything is written.
std::string quick_id(const std::string& path, Io& io) {
  try {
    IdReader reader;
    if (nlohmann::json::sax_parse(read_input(path, io, k_max_profile_bytes).text, &reader)) {
      return reader.id;
    }
  } catch (const std::exception&) {
  }
  return "";
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

void produce(const BatchRequest& request, const std::string& machine_zone, BatchResult& result,
             Io& io) {
  LoadedProfile loaded = load_profile(result.input, io);
  const Profile& profile = loaded.profile;
  result.id = profile.id;
  result.name = profile.name;
  std::string timezone = !request.timezone.empty()   ? request.timezone
                         : profile.schedule.timezone ? *profile.schedule.timezone
                                                     : machine_zone;
  Plan plan = build_plan(profile, *request.program, request.today, loaded.source, timezone);
  result.status = status_of(plan.exit_code);
  result.exit_code = static_cast<int>(plan.exit_code);
  result.decision = action_key(plan.decision.action);
  result.rule = plan.decision.rule;
  PlanRenderer renderer(plan, request.render);
  std::vector<std::pair<std::string, std::string>> files;
  for (Format format : request.formats) {
    std::string name = fmt::format("{}.{}", profile.id, format_extension(format));
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
  std::vector<std::string> ids(inputs.size());
  parallel_for(inputs.size(), request.jobs, [&](std::size_t i) {
    results[i].input = inputs[i];
    ids[i] = quick_id(inputs[i], io);
  });
  std::map<std::string, std::vector<std::size_t>> by_id;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (!ids[i].empty()) {
      by_id[ids[i]].push_back(i);
    }
  }
  const std::set<std::string> reserved{"summary.csv", "summary.json"};
  std::string machine_zone = resolve_timezone("", Profile{}, io);
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
      if (ids[i].starts_with(".")) {
        throw Error(ExitCode::data_error,
                    located(inputs[i], "/id",
                            fmt::format("\"{}\" starts with \".\": its outputs would be hidden "
                                        "files (allowed in batch: an id starting with a letter, "
                                        "digit, _ or -)",
                                        ids[i])));
      }
      for (Format format : request.formats) {
        if (reserved.contains(fmt::format("{}.{}", ids[i], format_extension(format)))) {
          throw Error(ExitCode::cant_create,
                      located(inputs[i], "/id",
                              fmt::format("\"{}\" would overwrite the batch summary", ids[i])));
        }
      }
      produce(request, machine_zone, result, io);
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
