#include <filesystem>

#include <sys/file.h>
#include <unistd.h>

#include <fmt/format.h>

#include "backstride/error.hpp"
#include "commands/common.hpp"
#include "io/beneath.hpp"
#include "io/files.hpp"

namespace backstride::cli {
namespace {

// An error about the history file, reported against the profile's key.
Error at_history_key(const LoadedProfile& loaded, const Error& error) {
  return {error.code(), located(loaded.source, "/history_file", error.what())};
}

// Reads the history file under a shared lock, so no half-appended line is seen.
std::string read_history(const LoadedProfile& loaded) {
  HistoryFile file = history_file_of(loaded);
  int fd = open_history(file, O_RDONLY);
  while (::flock(fd, LOCK_SH) != 0 && errno == EINTR) {
  }
  std::string text = read_descriptor(fd, k_max_history_bytes, file.path);
  if (text.size() > k_max_history_bytes) {
    throw Error(ExitCode::data_error,
                fmt::format("{}: file is larger than {} bytes (allowed: at most {} bytes)",
                            file.path, k_max_history_bytes, k_max_history_bytes));
  }
  return text;
}

bool history_exists(const LoadedProfile& loaded) {
  int fd = open_beneath(loaded.history_dir, *loaded.profile.history_file, O_PATH);
  bool missing = fd < 0 && errno == ENOENT;
  if (fd >= 0) {
    ::close(fd);
  }
  return !missing;
}

}  // namespace

LoadedProfile load_profile(const std::string& path, Io& io, HistoryLoad history) {
  Input input = read_input(path, io, k_max_profile_bytes);
  LoadedProfile loaded{parse_profile(input.text, input.name), input.name, "", input.dir, 0, "", ""};
  loaded.profile_text = std::move(input.text);
  loaded.inline_entries = loaded.profile.history.size();
  if (!loaded.profile.history_file) {
    return loaded;
  }
  loaded.history_path =
      (std::filesystem::path(input.dir) / *loaded.profile.history_file).lexically_normal().string();
  if (history == HistoryLoad::later ||
      (history == HistoryLoad::if_present && !history_exists(loaded))) {
    return loaded;
  }
  std::string text;
  try {
    text = read_history(loaded);
  } catch (const Error& error) {
    throw at_history_key(loaded, error);
  }
  merge_history(loaded, text);
  return loaded;
}

void merge_history(LoadedProfile& loaded, const std::string& text) {
  auto& all = loaded.profile.history;
  const std::string& before = loaded.history_text;
  std::vector<HistoryEntry> entries;
  bool extends = !before.empty() && before.back() == '\n' && text.starts_with(before);
  if (extends) {
    try {
      entries =
          parse_history_lines(std::string_view(text).substr(before.size()), loaded.history_path);
    } catch (const Error&) {
      extends = false;  // parsed again whole below, for the right line number
    }
  }
  if (!extends) {
    all.resize(loaded.inline_entries);
    entries = parse_history_lines(text, loaded.history_path);
  }
  if (all.size() + entries.size() > k_max_history_entries) {
    throw Error(ExitCode::data_error,
                located(loaded.history_path, "",
                        fmt::format("{} entries here and {} in the profile make {} history "
                                    "entries (allowed: at most {} together)",
                                    entries.size(), all.size(), all.size() + entries.size(),
                                    k_max_history_entries)));
  }
  all.insert(all.end(), entries.begin(), entries.end());
  loaded.history_text = text;
}

HistoryFile history_file_of(const LoadedProfile& loaded) {
  return {loaded.history_dir, loaded.profile.history_file.value_or(""), loaded.history_path};
}

}  // namespace backstride::cli
