#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace backstride::cli {

// A profile's history file: `name` (its history_file, as written) resolved beneath
// `dir` (the profile's folder); `path` is how messages name it.
struct HistoryFile {
  std::string dir;
  std::string name;
  std::string path;
};

// Opens the history file beneath its folder (no absolute path, no "..", no link out of
// it), as a regular file only. Throws Error(data_error) when it lies outside the folder,
// Error(no_input) when it is missing, unreadable or not a regular file.
int open_history(const HistoryFile& file, int flags, mode_t mode = 0);

// Appends one line to a JSON Lines file under an exclusive lock (flock), in append mode,
// then fsyncs. Creates the file with mode 0600. `check(current content)` runs under the
// lock before anything is written; an Error it throws leaves the file as it was. If a
// previous writer left no final newline, one is added first, so entries never merge.
// Throws Error(cant_create) or Error(io_error).
void append_line_locked(const HistoryFile& file, std::string_view line,
                        const std::function<void(const std::string&)>& check);

// Replaces the whole file with `rewrite(current content)` under the same lock, at the
// link's target when it is a symbolic link, keeping its owner, group and mode: by an
// atomic rename when this process can give the new file that owner, else in place
// (the lines before the first change are never rewritten). An Error thrown by `rewrite`
// leaves the file untouched. Throws Error(no_input) when the file is missing.
void update_history_locked(const HistoryFile& file,
                           const std::function<std::string(const std::string&)>& rewrite);

}  // namespace backstride::cli
